// Bytes on the wire for every write form: strings in utf8 (with lone
// surrogates), latin1, ascii, ucs2, hex, base64, Buffers and Uint8Arrays,
// one by one and gathered by cork()/uncork() into one writev; setEncoding
// on the reading side; write callbacks and their order.
'use strict';
const net = require('net');

const writes = [
  ['héllo wörld ☃ 𝄞', 'utf8'],
  ['lone \ud800 surrogate \udc00', 'utf8'],
  ['latin1 ÿé\u0100', 'latin1'],
  ['ascii é', 'ascii'],
  ['ucs2 ☃', 'ucs2'],
  ['deadbeef', 'hex'],
  ['aGVsbG8=', 'base64'],
  [Buffer.from([0, 1, 2, 255])],
  [new Uint8Array([9, 8, 7])],
  ['', 'utf8'],
  ['x'.repeat(70000), 'utf8'],
];

const server = net.createServer((s) => {
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('server got', all.length, 'bytes');
    // Print the bytes, runs of one byte shortened.
    console.log(all.toString('hex').replace(/(78){20,}/g, (m) => `<78 x${m.length / 2}>`));
    s.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const order = [];
    for (const [data, enc] of writes) {
      c.write(data, enc, () => order.push(`single:${enc || 'buffer'}`));
    }
    c.cork();
    for (const [data, enc] of writes) {
      c.write(data, enc, () => order.push(`corked:${enc || 'buffer'}`));
    }
    console.log('corked writableLength', c.writableLength, 'writableCorked', c.writableCorked);
    process.nextTick(() => {
      c.uncork();
      c.end(() => {
        console.log('callbacks', order.length, order.join(' '));
        console.log('bytesWritten', c.bytesWritten);
      });
    });
  });
  c.resume();
});
