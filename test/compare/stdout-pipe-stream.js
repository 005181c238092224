// process.stdout over a pipe is a net.Socket: write callbacks, 'finish'-free
// writes, writableLength, and output ordering with console.log.
'use strict';
const { Writable } = require('stream');
const out = process.stdout;
console.log(out instanceof Writable, out.constructor.name, out._type, out.fd, out.isTTY, out.writable);
out.write('a\n', () => console.log('cb a'));
out.write(Buffer.from('b\n'), () => console.log('cb b'));
console.log('sync end');
process.nextTick(() => console.log('tick'));
