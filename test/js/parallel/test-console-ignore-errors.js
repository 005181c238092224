'use strict';
// With ignoreErrors (the default) a failing write is swallowed, sync or
// async; with ignoreErrors false it reaches the caller. Stack overflow is
// never swallowed.
const assert = require('node:assert');
const EventEmitter = require('node:events');
const { Console } = require('node:console');

function failingStream() {
  const s = new EventEmitter();
  s._writableState = { errorEmitted: false };
  s.calls = [];
  s.write = function(chunk, cb) {
    s.calls.push([chunk, cb]);
    if (s.fail) throw new Error('write failed');
    return true;
  };
  return s;
}

{
  const s = failingStream();
  const c = new Console(s);
  c.log('ok');
  assert.strictEqual(s.calls.length, 1);
  assert.strictEqual(s.calls[0][0], 'ok\n');
  assert.strictEqual(typeof s.calls[0][1], 'function');
  s.fail = true;
  c.log('lost');  // swallowed
  c.error('lost too');
  assert.strictEqual(s.calls.length, 3);
  assert.strictEqual(s.listenerCount('error'), 0);

  // An asynchronous failure: the callback gets the error, and the 'error'
  // event that follows does not become an uncaught exception.
  s.calls[0][1](null);
  assert.strictEqual(s.listenerCount('error'), 0);
  s.calls[0][1](new Error('async'));
  assert.strictEqual(s.listenerCount('error'), 1);
  s.emit('error', new Error('async'));
  assert.strictEqual(s.listenerCount('error'), 0);

  // A user listener is left alone.
  const seen = [];
  s.on('error', (e) => seen.push(e.message));
  s.calls[0][1](new Error('again'));
  assert.strictEqual(s.listenerCount('error'), 1);
  s.emit('error', new Error('again'));
  assert.deepStrictEqual(seen, ['again']);
}

{
  const s = failingStream();
  s.fail = true;
  const c = new Console({ stdout: s, ignoreErrors: false });
  assert.throws(() => c.log('x'), { message: 'write failed' });
  // Called with the string only.
  assert.deepStrictEqual(s.calls, [['x\n', undefined]]);
}

{
  const s = failingStream();
  s.write = function() {
    const recurse = () => recurse() + 1;
    return recurse();
  };
  const c = new Console(s);
  let overflow;
  try {
    c.log('deep');
  } catch (e) {
    overflow = e;
  }
  assert.ok(overflow, 'stack overflow was swallowed');
}
