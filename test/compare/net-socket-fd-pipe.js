// new net.Socket({ fd }) over a pipe (stdin, fed by the test runner): the
// handle is a Pipe, data and 'end' arrive in order, then 'close'; an fd that
// is not a socket or pipe is refused with ERR_INVALID_FD_TYPE.
'use strict';
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const s = new net.Socket({ fd: 0, readable: true, writable: false });
console.log('pending', s.pending, 'readable', s.readable, 'writable', s.writable);
let text = '';
s.setEncoding('utf8');
s.on('data', (d) => { text += d; });
s.on('end', () => {
  const lines = text.split('\n');
  console.log('end: lines', lines.length, 'first', JSON.stringify(lines[0]), 'bytes', s.bytesRead);
});
s.on('close', (hadError) => {
  console.log('close', hadError);
  const file = path.join(os.tmpdir(), `eddy-net-fd-${process.pid}`);
  fs.writeFileSync(file, 'x');
  const fd = fs.openSync(file, 'r');
  try {
    new net.Socket({ fd });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  fs.closeSync(fd);
  fs.unlinkSync(file);
  try { new net.Socket({ fd: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
});
