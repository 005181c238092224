'use strict';
// A string write without a callback still honours setDefaultEncoding(),
// an explicit encoding, and a subclass's own _write.
const assert = require('assert');
const net = require('net');

let overridden = 0;
class Counting extends net.Socket {
  _write(chunk, encoding, cb) {
    overridden++;
    super._write(chunk, encoding, cb);
  }
}

const server = net.createServer((s) => {
  s.setDefaultEncoding('latin1');
  s.write('\u00e9');        // latin1: one byte 0xe9
  s.setDefaultEncoding('utf8');
  s.write('\u00e9');        // utf8: c3 a9
  s.write('68690a', 'hex'); // "hi\n"
  s.write('');
  s.end('!');
});

server.listen(0, '127.0.0.1', () => {
  const c = new Counting();
  c.connect(server.address().port, '127.0.0.1', () => {
    c.write('ping');
    c.write('pong');
    c.end();
  });
  const got = [];
  c.on('data', (d) => got.push(d));
  c.on('end', () => {
    assert.deepStrictEqual([...Buffer.concat(got)],
                           [0xe9, 0xc3, 0xa9, 0x68, 0x69, 0x0a, 0x21]);
    assert.strictEqual(overridden >= 2, true);
    server.close();
  });
});
