// A line-delimited JSON service: the server greets each client with a JSON
// line, answers each request line with a response line (one response is
// split across two writes with a delay between them, one carries non-ASCII
// text), and the client reassembles lines that arrive split across chunks.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

// Calls onLine for every complete line in a stream of text chunks.
function lineReader(onLine) {
  let pending = '';
  return (chunk) => {
    pending += chunk;
    let nl;
    while ((nl = pending.indexOf('\n')) !== -1) {
      onLine(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
    }
  };
}

const server = net.createServer((s) => {
  s.setEncoding('utf8');
  s.write(JSON.stringify({ type: 'hello', version: 1 }) + '\n');
  // Responses go out in order: each waits for the previous one's writes.
  let last = Promise.resolve();
  s.on('data', lineReader((line) => {
    const req = JSON.parse(line);
    const res = JSON.stringify({ id: req.id, sum: req.a + req.b, note: 'π ≈ 3.14159 — ✓' }) + '\n';
    last = last.then(() => new Promise((resolve) => {
      if (req.id === 2) {
        // One message in two writes, 25 ms apart, split inside a multi-byte char.
        const bytes = Buffer.from(res);
        const cut = bytes.indexOf(Buffer.from('≈')) + 1;
        s.write(bytes.subarray(0, cut));
        setTimeout(() => { s.write(bytes.subarray(cut)); resolve(); }, 25);
      } else if (req.id === 3) {
        s.end(res);
        resolve();
      } else {
        s.write(res);
        resolve();
      }
    }));
  }));
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  const messages = [];
  c.on('data', lineReader((line) => {
    const msg = JSON.parse(line);
    messages.push(msg);
    if (msg.type === 'hello') {
      // Three requests in one write, the last one split over two writes.
      const reqs = [1, 2, 3].map((id) => JSON.stringify({ id, a: id, b: 10 * id })).join('\n') + '\n';
      c.write(reqs.slice(0, reqs.length - 7));
      setTimeout(() => c.write(reqs.slice(reqs.length - 7)), 10);
    }
  }));
  c.on('end', common.mustCall(() => {
    assert.deepStrictEqual(messages.map((m) => m.type || m.id), ['hello', 1, 2, 3]);
    assert.deepStrictEqual(messages.slice(1).map((m) => m.sum), [11, 22, 33]);
    for (const m of messages.slice(1)) assert.strictEqual(m.note, 'π ≈ 3.14159 — ✓');
    server.close();
  }));
}));
