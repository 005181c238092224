'use strict';
// A request body arriving in several pieces reaches the handler whole
// whatever way it is read: 'data' listeners (with setEncoding, pause and
// resume switched on in the middle), async iteration, pipe, 'readable'.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { PassThrough } = require('stream');

const pieces = ['hello ', 'wide ', 'world'];
const expected = pieces.join('');

const readers = [
  (req, done) => {
    let s = '';
    req.on('data', (c) => { s += c; });
    req.on('end', () => done(s));
  },
  (req, done) => {
    let s = '';
    req.on('data', (c) => {
      assert.strictEqual(typeof c, s === '' ? 'object' : 'string');
      s += c;
      req.setEncoding('utf8');
    });
    req.on('end', () => done(s));
  },
  (req, done) => {
    let s = '';
    req.on('data', (c) => {
      s += c;
      req.pause();
      assert.strictEqual(req.isPaused(), true);
      setTimeout(() => req.resume(), 5);
    });
    req.on('end', () => done(s));
  },
  async (req, done) => {
    let s = '';
    for await (const c of req) s += c;
    done(s);
  },
  (req, done) => {
    const pt = new PassThrough();
    let s = '';
    pt.on('data', (c) => { s += c; });
    pt.on('end', () => done(s));
    req.pipe(pt);
  },
  (req, done) => {
    let s = '';
    req.on('readable', () => {
      let c;
      while ((c = req.read()) !== null) s += c;
    });
    req.on('end', () => done(s));
  },
  (req, done) => {
    let s = '';
    req.once('data', (c) => {
      s += c;
      req.on('data', (d) => { s += d; });
    });
    req.on('end', () => {
      assert.strictEqual(req.readableEnded, true);
      assert.strictEqual(req.complete, true);
      done(s);
    });
  },
];

let current = 0;
const server = http.createServer((req, res) => {
  readers[current](req, (s) => {
    assert.strictEqual(s, expected, `reader ${current}`);
    res.end('ok');
  });
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (current = 0; current < readers.length; current++) {
    await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', async () => {
        s.write('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
        for (const p of pieces) {
          s.write(p.length.toString(16) + '\r\n' + p + '\r\n');
          await new Promise((r) => setTimeout(r, 10));
        }
        s.write('0\r\n\r\n');
      });
      let got = '';
      s.on('data', (d) => {
        got += d;
        if (/\r\n\r\nok$/.test(got)) s.end();
      });
      s.on('close', resolve);
    });
  }
  server.close();
});
