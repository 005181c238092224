// Server-side request bodies read with 'data'/'end' listeners: the order of
// the request's events ('resume', 'data', 'end', 'close') against the
// response's and against nextTicks and promise jobs, and the stream state
// seen at each point (read from inside listeners, and not at all in some
// scenarios, so that both the lazy and the built stream paths are taken).
'use strict';
const http = require('http');
const net = require('net');

const log = [];
function L(s) { log.push(s); }

function st(req) {
  return `flowing=${req.readableFlowing} ended=${req.readableEnded} ` +
    `destroyed=${req.destroyed} closed=${req.closed} len=${req.readableLength} ` +
    `complete=${req.complete}`;
}

const scenarios = [
  // 1: plain reader, looks at nothing until 'close'.
  (req, res) => {
    const chunks = [];
    req.on('data', (c) => { L('data ' + c.length); chunks.push(c); });
    req.on('end', () => {
      L('end ' + Buffer.concat(chunks).toString());
      process.nextTick(() => L('tick after end'));
      res.end('ok');
    });
    req.on('close', () => L('req close ' + st(req)));
    res.on('finish', () => L('res finish'));
    res.on('close', () => L('res close'));
    process.nextTick(() => L('tick in handler'));
    Promise.resolve().then(() => L('promise in handler'));
  },
  // 2: state read inside 'data' and 'end'.
  (req, res) => {
    req.on('data', (c) => L('data ' + c.length + ' ' + st(req)));
    req.on('end', () => {
      L('end ' + st(req));
      setImmediate(() => L('immediate ' + st(req)));
      res.end('ok');
    });
    req.on('close', () => L('req close ' + st(req)));
  },
  // 3: state read in 'resume' and right after on('data').
  (req, res) => {
    req.on('resume', () => L('resume ' + st(req)));
    req.on('data', (c) => L('data ' + c.length));
    L('after on data ' + st(req));
    req.on('end', () => { L('end'); res.end('ok'); });
    req.on('close', () => L('req close'));
  },
  // 4: state read in 'end' only, then once the tick after it ran.
  (req, res) => {
    req.on('data', (c) => L('data ' + c.length));
    req.on('end', () => {
      L('end ' + st(req));
      process.nextTick(() => L('tick ' + st(req)));
      res.end('ok');
    });
  },
  // 5: the response ends before the body is read (in the handler).
  (req, res) => {
    req.on('data', (c) => L('data ' + c.length));
    req.on('end', () => L('end'));
    req.on('close', () => L('req close'));
    res.on('finish', () => L('res finish'));
    res.end('early');
  },
  // 6: once('data') and a second data listener.
  (req, res) => {
    req.once('data', (c) => L('once data ' + c.length));
    req.on('data', (c) => L('data2 ' + c.length));
    req.on('end', () => { L('end ' + req.listenerCount('data')); res.end('ok'); });
    req.on('close', () => L('req close'));
  },
  // 7: pause() in the first 'data', resume later.
  (req, res) => {
    req.on('data', (c) => {
      L('data ' + c.length);
      req.pause();
      setImmediate(() => { L('resume ' + st(req)); req.resume(); });
    });
    req.on('end', () => { L('end'); res.end('ok'); });
    req.on('close', () => L('req close'));
  },
  // 8: the body is never read; the state is looked at later.
  (req, res) => {
    res.end('ok');
    setTimeout(() => L('later ' + st(req) + ' ' + req._dumped), 10);
  },
  // 9: never read, but 'end' and 'close' listened for.
  (req, res) => {
    req.on('end', () => L('end ' + st(req)));
    req.on('close', () => L('req close ' + st(req)));
    res.on('finish', () => L('res finish'));
    res.end('ok');
  },
  // 10: never read; the state is looked at when the response finishes
  // (bodies only: an unread GET skips to its final state, see
  // _http_incoming's kLazyDone).
  (req, res) => {
    if (req.method === 'GET') {
      res.end('ok');
      return;
    }
    res.on('finish', () => {
      L('res finish ' + st(req));
      process.nextTick(() => L('tick ' + st(req)));
    });
    res.end('ok');
  },
  // 11: the response goes after the request closed.
  (req, res) => {
    req.on('data', (c) => L('data ' + c.length));
    req.on('close', () => {
      L('req close');
      setTimeout(() => {
        res.on('finish', () => {
          L('res finish');
          setImmediate(() => L('end listeners ' + req.listenerCount('end') + ' ' + st(req)));
        });
        res.end('ok');
      }, 5);
    });
  },
];

let current = 0;
const server = http.createServer((req, res) => {
  L(`-- ${req.method} scenario ${current + 1}`);
  scenarios[current](req, res);
});

// Requests: a body in one packet, a body in three pieces (chunked), a GET.
const body = '{"a":1,"b":"two"}';
const requests = [
  (s) => s.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body}`),
  (s) => {
    s.write('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n');
    setTimeout(() => s.write('6\r\n world\r\n'), 20);
    setTimeout(() => s.write('0\r\n\r\n'), 40);
  },
  (s) => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'),
];

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (let i = 0; i < scenarios.length; i++) {
    current = i;
    for (const send of requests) {
      await new Promise((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => send(s));
        let got = '';
        s.on('data', (d) => {
          got += d;
          if (/\r\n\r\n(ok|early)$/.test(got)) {
            s.end();
          }
        });
        s.on('close', () => setTimeout(resolve, 30));
      });
    }
  }
  server.close();
  console.log(log.join('\n'));
});
