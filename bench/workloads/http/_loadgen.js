// Load generator for the http workloads, always run by node so that only
// the server under test differs between runtimes. It opens `conns`
// keep-alive connections to 127.0.0.1:`port`, keeps one request in flight
// on each (or `pipeline` of them), parses the responses (status line,
// Content-Length or chunked framing), and after `warmupMs` counts the
// responses completed during `durationMs`. Prints one JSON line:
// {"requests": n, "ms": elapsed, "errors": e, "bytes": b}.
//
// Usage: node _loadgen.js port conns durationMs warmupMs [pipeline] [close]
// With `close` every request uses a new connection (Connection: close).
// Environment: LOADGEN_PATH (default /), LOADGEN_BODY (POST that body,
// ASCII, with LOADGEN_TYPE as its Content-Type).
'use strict';
const net = require('net');

const [port, conns, durationMs, warmupMs] = process.argv.slice(2, 6).map(Number);
const pipeline = Number(process.argv[6] || 1);
const closeEach = process.argv[7] === 'close';
const path = process.env.LOADGEN_PATH || '/';
// LOADGEN_BODY (with LOADGEN_TYPE): every request is a POST of that body.
const body = process.env.LOADGEN_BODY;

const request = Buffer.from(
  `${body === undefined ? 'GET' : 'POST'} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
  (body === undefined ? '' : `Content-Type: ${process.env.LOADGEN_TYPE || 'text/plain'}\r\n` +
                             `Content-Length: ${Buffer.byteLength(body)}\r\n`) +
  (closeEach ? 'Connection: close\r\n' : '') + '\r\n' + (body || ''), 'latin1');
const batch = Buffer.concat(new Array(pipeline).fill(request));

let counting = false;
let done = false;
let completed = 0;
let errors = 0;
let bytes = 0;
let start = 0;

function fail(msg) {
  console.error('loadgen: ' + msg);
  process.exit(1);
}

// Returns the number of complete responses at the front of buf, and how
// many bytes they take, or [0, 0].
function parseResponses(buf, st) {
  let off = 0;
  let n = 0;
  for (;;) {
    if (st.bodyLeft === -1) {
      const end = buf.indexOf('\r\n\r\n', off, 'latin1');
      if (end === -1) break;
      const head = buf.latin1Slice(off, end);
      if (!head.startsWith('HTTP/1.1 ')) fail('bad status line: ' + JSON.stringify(head.slice(0, 40)));
      const status = +head.slice(9, 12);
      if (status !== 200) errors++;
      const m = /\r\ncontent-length: *(\d+)/i.exec(head);
      off = end + 4;
      if (m) {
        st.bodyLeft = +m[1];
        st.chunked = false;
      } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
        st.bodyLeft = 0;
        st.chunked = true;
      } else {
        st.bodyLeft = 0;
        st.chunked = false;
      }
    }
    if (st.chunked) {
      // Walk chunks until the terminating 0-size one (no trailers expected).
      let p = off + st.bodyLeft;
      let finished = false;
      for (;;) {
        const lineEnd = buf.indexOf('\r\n', p, 'latin1');
        if (lineEnd === -1) break;
        const size = parseInt(buf.latin1Slice(p, lineEnd), 16);
        if (size === 0) {
          if (buf.length < lineEnd + 4) break;
          p = lineEnd + 4;
          finished = true;
          break;
        }
        if (buf.length < lineEnd + 2 + size + 2) break;
        p = lineEnd + 2 + size + 2;
      }
      if (!finished) {
        st.bodyLeft = 0;
        break;
      }
      off = p;
    } else {
      if (buf.length - off < st.bodyLeft) break;
      off += st.bodyLeft;
    }
    st.bodyLeft = -1;
    n++;
  }
  return [n, off];
}

function openConnection() {
  const st = { bodyLeft: -1, chunked: false };
  let pending = Buffer.alloc(0);
  let inflight = 0;
  const s = net.connect(port, '127.0.0.1');
  s.setNoDelay(true);
  s.on('connect', () => {
    s.write(batch);
    inflight = pipeline;
  });
  s.on('data', (d) => {
    bytes += d.length;
    pending = pending.length ? Buffer.concat([pending, d]) : d;
    const [n, used] = parseResponses(pending, st);
    pending = used === pending.length ? Buffer.alloc(0) : pending.subarray(used);
    if (n === 0) return;
    inflight -= n;
    if (counting) completed += n;
    if (done) return;
    if (closeEach) return;  // 'end' starts the next connection
    if (inflight === 0) {
      s.write(batch);
      inflight = pipeline;
    }
  });
  s.on('error', (e) => {
    if (!done) fail('socket error ' + e.code);
  });
  s.on('end', () => {
    s.destroy();
    if (!done && closeEach) openConnection();
    else if (!done) fail('server closed a keep-alive connection');
  });
  return s;
}

const sockets = [];
for (let i = 0; i < conns; i++) sockets.push(openConnection());

setTimeout(() => {
  counting = true;
  start = process.hrtime.bigint();
  setTimeout(() => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    counting = false;
    done = true;
    for (const s of sockets) s.destroy();
    console.log(JSON.stringify({ requests: completed, ms, errors, bytes }));
    process.exit(0);
  }, durationMs);
}, warmupMs);
