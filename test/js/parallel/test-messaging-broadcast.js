'use strict';
// BroadcastChannel: a message reaches every other open channel of the same
// name in this process (each gets its own copy), not the sender.
const assert = require('assert');

const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('news');
const other = new BroadcastChannel('other');
const closed = new BroadcastChannel('news');
closed.close();
const log = [];
const copies = [];
for (const [name, ch] of [['a', a], ['b', b], ['c', c], ['other', other], ['closed', closed]]) {
  ch.onmessage = (event) => {
    assert.ok(event instanceof MessageEvent);
    assert.strictEqual(event.target, ch);
    assert.strictEqual(event.origin, '');
    log.push(`${name}:${typeof event.data === 'object' ? event.data.v : event.data}`);
    if (typeof event.data === 'object') copies.push(event.data);
  };
}
a.postMessage('m1');
b.postMessage({ v: 'm2' });
assert.strictEqual(a.name, 'news');
assert.strictEqual(new BroadcastChannel(5).unref().name, '5');
assert.strictEqual(a.ref(), a);

assert.throws(() => closed.postMessage('x'), {
  name: 'InvalidStateError', message: 'BroadcastChannel is closed.',
});
assert.throws(() => a.postMessage(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => a.postMessage(() => {}), { name: 'DataCloneError' });
assert.throws(() => new BroadcastChannel(), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
assert.throws(() => BroadcastChannel.prototype.postMessage.call({}, 1), {
  code: 'ERR_INVALID_THIS',
});

setTimeout(() => {
  assert.deepStrictEqual(log, ['a:m2', 'b:m1', 'c:m1', 'c:m2']);
  assert.notStrictEqual(copies[0], copies[1]);
  for (const ch of [a, b, c, other]) ch.close();
}, 20);
