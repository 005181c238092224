'use strict';
// compose() and Duplex.from() with WHATWG streams: the Duplex each gives
// (sides, object modes, high-water marks), the order of data, 'end',
// 'finish' and 'close', errors and destroy, and compose()'s argument checks.
const { compose, Readable, Writable, Transform, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const tests = [];
const t = (name, fn) => tests.push([name, fn]);
function upper(name = 'ts') { return new TransformStream({ transform(c, ctl) { log(name, 'transform', String(c)); ctl.enqueue(String(c).toUpperCase()); } }); }
function sink(name = 'ws') {
  return new WritableStream({
    write(c) { log(name, 'write', String(c)); },
    close() { log(name, 'close'); },
    abort(r) { log(name, 'abort', r && (r.code || r.message || r)); },
  });
}
const show = (d) => log('duplex', d.readable, d.writable, d.readableObjectMode, d.writableObjectMode);
t('ts-ts', (done) => {
  const d = compose(upper('t1'), new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } }));
  show(d);
  d.on('data', (x) => log('data', x, typeof x)).on('end', () => log('end')).on('finish', () => log('finish')).on('close', () => { log('close'); done(); });
  d.write('a'); d.write('b'); d.end();
});
t('ts-node', (done) => {
  const d = compose(upper(), new Transform({ transform(c, e, cb) { cb(null, String(c) + '?'); } }));
  show(d);
  d.on('data', (x) => log('data', String(x))).on('end', () => log('end')).on('finish', () => log('finish')).on('close', () => { log('close'); done(); });
  d.end('x');
});
t('node-ts', (done) => {
  const d = compose(new Transform({ transform(c, e, cb) { cb(null, String(c) + '?'); } }), upper());
  show(d);
  d.on('data', (x) => log('data', String(x))).on('end', () => log('end')).on('finish', () => log('finish')).on('close', () => { log('close'); done(); });
  d.write('x'); d.end('y');
});
t('rs-ts', (done) => {
  const d = compose(ReadableStream.from(['p', 'q']), upper());
  show(d);
  d.on('data', (x) => log('data', String(x))).on('end', () => log('end')).on('close', () => { log('close'); done(); });
});
t('ts-ws', (done) => {
  const d = compose(upper(), sink());
  show(d);
  d.on('finish', () => log('finish')).on('close', () => { log('close'); done(); });
  d.write('k'); d.end();
});
t('gen-ts', (done) => {
  const d = compose(async function*(s) { for await (const c of s) yield String(c) + '1'; }, upper());
  show(d);
  d.on('data', (x) => log('data', String(x))).on('end', () => log('end')).on('close', () => { log('close'); done(); });
  d.end('u');
});
t('ts-error', (done) => {
  const d = compose(new TransformStream({ transform() { throw new Error('tboom'); } }), upper());
  d.on('error', (e) => log('error', e.message)).on('close', () => { log('close'); done(); });
  d.on('data', (x) => log('data', x));
  d.write('a');
});
t('ws-first', (done) => {
  try { compose(sink(), upper()); } catch (e) { log(e.code, e.message.split('\n')[0]); }
  try { compose(upper(), ReadableStream.from([])); } catch (e) { log(e.code, e.message.split('\n')[0]); }
  try { compose(upper(), sink(), upper()); } catch (e) { log(e.code, e.message.split('\n')[0]); }
  done();
});
t('destroy-pending-close', (done) => {
  // node waits for the web pieces, which nothing ends: no 'close' comes.
  const d = compose(upper('t1'), upper('t2'));
  d.on('error', (e) => log('error', e.name)).on('close', () => log('close'));
  d.write('a');
  setTimeout(() => {
    d.destroy();
    log('destroyed', d.destroyed, d.closed);
    setTimeout(() => { log('closed later?', d.closed); done(); }, 20);
  }, 5);
});
t('obj', (done) => {
  const d = compose(new TransformStream({ transform(c, ctl) { ctl.enqueue({ v: c }); } }), new TransformStream());
  d.on('data', (x) => log('data', x)).on('error', (e) => log('error', e.code, e.message)).on('close', () => { log('close'); done(); });
  d.end('a');
});
t('one', (done) => {
  const d = compose(upper());
  show(d);
  d.on('data', (x) => log('data', String(x))).on('end', () => log('end')).on('close', () => { log('close'); done(); });
  d.end('solo');
});
t('rs-one', (done) => {
  const d = compose(ReadableStream.from(['r1']));
  show(d);
  d.on('data', (x) => log('data', x)).on('end', () => log('end')).on('close', () => { log('close'); done(); });
});
t('ws-one', (done) => {
  const d = compose(sink());
  show(d);
  d.on('finish', () => log('finish')).on('close', () => { log('close'); done(); });
  d.end('w1');
});
function sink2(name = 'ws') {
  return new WritableStream({
    write(c) { log(name, 'write', c); },
    close() { log(name, 'close'); },
    abort(r) { log(name, 'abort', r && (r.code || r.message || r)); },
  });
}
const showFrom = (d) => log('duplex', d.constructor.name, d.readable, d.writable, d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
t('from-rs', (done) => {
  const d = Duplex.from(ReadableStream.from(['a', 'b']));
  showFrom(d);
  d.on('data', (x) => log('data', x)).on('end', () => log('end')).on('close', () => { log('close'); done(); });
});
t('from-ws', (done) => {
  const d = Duplex.from(sink2());
  showFrom(d);
  d.on('finish', () => log('finish')).on('close', () => { log('close'); done(); });
  d.write('x'); d.end('y');
});
t('from-ts', (done) => {
  const d = Duplex.from(new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c) + '!'); } }));
  showFrom(d);
  d.on('data', (x) => log('data', x)).on('end', () => log('end')).on('finish', () => log('finish')).on('close', () => { log('close'); done(); });
  d.write('x'); d.end('y');
});
t('from-pair', (done) => {
  const d = Duplex.from({ readable: ReadableStream.from(['r']), writable: sink2() });
  showFrom(d);
  d.on('data', (x) => log('data', x)).on('end', () => log('end')).on('finish', () => log('finish')).on('close', () => { log('close'); done(); });
  d.end('w');
});
t('from-pair-mixed', (done) => {
  const d = Duplex.from({ readable: Readable.from(['r']), writable: sink2() });
  showFrom(d);
  d.on('data', (x) => log('data', x)).on('end', () => log('end')).on('finish', () => log('finish')).on('close', () => { log('close'); done(); });
  d.end('w');
});
t('from-rs-error', (done) => {
  const d = Duplex.from(new ReadableStream({ start(c) { c.error(new Error('rboom')); } }));
  d.on('error', (e) => log('error', e.message)).on('close', () => { log('close'); done(); });
});
t('from-destroy', (done) => {
  const rs = new ReadableStream({ cancel(r) { log('cancel', r && r.message); } });
  const d = Duplex.from(rs);
  d.on('error', (e) => log('error', e.message)).on('close', () => { log('close'); done(); });
  d.destroy(new Error('dboom'));
});
t('from-ws-error', (done) => {
  const d = Duplex.from(new WritableStream({ write() { throw new Error('wboom'); } }));
  d.on('error', (e) => log('error', e.message)).on('close', () => { log('close'); done(); });
  d.write('a');
});
(async () => {
  for (const [name, fn] of tests) {
    log('---', name);
    await new Promise((res) => { fn(res); });
    await new Promise((res) => setTimeout(res, 30));
  }
})();
