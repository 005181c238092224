'use strict';
// read(n) in paused mode: partial reads across chunks, highWaterMark
// growth, read(0), unshift, setEncoding with split characters, objectMode,
// and the state accessors along the way.
const { Readable } = require('stream');

function show(label, v) {
  if (v === null) return `${label}: null`;
  if (Buffer.isBuffer(v)) return `${label}: <Buffer ${v.toString('hex')}>`;
  return `${label}: ${JSON.stringify(v)}`;
}

const log = [];
const r = new Readable({ read() {} });
r.push('abc');
r.push('defg');
r.push('h');
log.push(`len=${r.readableLength} hwm=${r.readableHighWaterMark} flowing=${r.readableFlowing}`);
log.push(show('read(2)', r.read(2)));
log.push(show('read(3)', r.read(3)));
log.push(show('read(10)', r.read(10)));
log.push(show('read()', r.read()));
log.push(`len=${r.readableLength} didRead=${r.readableDidRead}`);
log.push(show('read(20000)', r.read(20000)));
log.push(`hwm grew to ${r.readableHighWaterMark}`);
r.unshift('zz');
log.push(show('after unshift read(1)', r.read(1)));
log.push(show('read(0)', r.read(0)));
r.push(null);
log.push(show('read() at end', r.read()));
log.push(show('read() after end', r.read()));
try { r.read(2 ** 31); } catch (e) { log.push(`${e.code} ${e.message}`); }

const e = new Readable({ read() {} });
e.setEncoding('utf8');
const euro = Buffer.from('€');
e.push(euro.subarray(0, 1));
e.push(euro.subarray(1));
e.push('x');
log.push(`encoding=${e.readableEncoding} len=${e.readableLength}`);
log.push(show('decoded', e.read()));
const h = new Readable({ read() {} });
h.push('hi');
h.setEncoding('hex');
log.push(show('hex after setEncoding', h.read()));

const b = new Readable({ read() {}, encoding: 'base64' });
b.push('hello');
b.push(null);
log.push(show('base64', b.read()));

const o = new Readable({ objectMode: true, read() {} });
o.push({ a: 1 });
o.push('s');
o.push(0);
log.push(`obj len=${o.readableLength} hwm=${o.readableHighWaterMark}`);
log.push(show('obj read(5)', o.read(5)));
log.push(show('obj read()', o.read()));
log.push(show('obj read()', o.read()));
o.unshift(7);
log.push(show('obj after unshift', o.read()));

const u = new Readable({ read() {} });
u.push(null);
u.resume();
u.on('end', () => {
  u.on('error', (err) => { log.push(`unshift after end: ${err.code}`); });
  u.unshift('late');
  setTimeout(() => console.log(log.join('\n')), 5);
});
log.push(`push return values: ${[
  new Readable({ read() {}, highWaterMark: 2 }).push('abc'),
  new Readable({ read() {}, highWaterMark: 5 }).push('abc'),
  new Readable({ read() {}, highWaterMark: 0 }).push('a'),
]}`);
