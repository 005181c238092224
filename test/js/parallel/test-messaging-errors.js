'use strict';
// Bad input to MessageChannel/MessagePort/MessageEvent: node's errors.
const assert = require('assert');

const { port1, port2 } = new MessageChannel();
const dce = (message) => ({ name: 'DataCloneError', message });
assert.throws(() => port1.postMessage(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS',
  message: 'Not enough arguments to MessagePort.postMessage',
});
assert.throws(() => port1.postMessage({ port2 }), {
  name: 'TypeError', code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  message: 'Object that needs transfer was found in message but not listed in transferList',
});
assert.throws(() => structuredClone(port2), { code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST' });
assert.throws(() => port1.postMessage(1, [port1]), dce('Transfer list contains source port'));
assert.throws(() => port1.postMessage(1, 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'Optional transferList argument must be an iterable',
});
assert.throws(() => port1.postMessage(1, { transfer: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'Optional options.transfer argument must be an iterable',
});
assert.throws(() => port1.postMessage(1, [{}]), {
  code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList',
});
const ab = new ArrayBuffer(1);
assert.throws(() => port1.postMessage(1, [ab, ab]),
              dce('Transfer list contains duplicate ArrayBuffer'));
assert.strictEqual(ab.byteLength, 1);
const c = new MessageChannel();
assert.throws(() => port1.postMessage(1, [c.port1, c.port1]),
              dce('Transfer list contains duplicate MessagePort'));
c.port1.close();
assert.throws(() => port1.postMessage(1, [c.port1]),
              dce('MessagePort in transfer list is already detached'));
assert.throws(() => new MessagePort(), {
  code: 'ERR_CONSTRUCT_CALL_INVALID', message: 'Constructor cannot be called',
});
assert.throws(() => MessageChannel(), { code: 'ERR_CONSTRUCT_CALL_REQUIRED' });
assert.throws(() => MessagePort.prototype.postMessage.call({}, 1), {
  name: 'TypeError', message: 'Illegal invocation',
});
assert.throws(() => MessagePort.prototype.close.call({}), { message: 'Illegal invocation' });
// A closed port still clones, so bad values still throw.
port1.close();
assert.throws(() => port1.postMessage(() => {}), { name: 'DataCloneError' });
port1.postMessage('dropped');

// MessageEvent
const ev = new MessageEvent('message', {
  data: { a: 1 }, origin: 'o', lastEventId: 5, ports: [port2], source: port2,
});
assert.deepStrictEqual(ev.data, { a: 1 });
assert.strictEqual(ev.origin, 'o');
assert.strictEqual(ev.lastEventId, '5');
assert.strictEqual(ev.source, port2);
assert.deepStrictEqual(ev.ports, [port2]);
assert.ok(ev instanceof Event);
const empty = new MessageEvent('x');
assert.strictEqual(empty.data, null);
assert.strictEqual(empty.origin, '');
assert.strictEqual(empty.lastEventId, '');
assert.strictEqual(empty.source, null);
assert.deepStrictEqual(empty.ports, []);
assert.strictEqual(new MessageEvent().type, 'undefined');
assert.throws(() => new MessageEvent('m', { ports: [5] }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "init.ports[0]" property must be an instance of MessagePort. ' +
           'Received type number (5)',
});
assert.throws(() => new MessageEvent('m', { ports: 5 }), TypeError);
assert.throws(() => new MessageEvent('m', { source: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Reflect.get(MessageEvent.prototype, 'data', {}), {
  code: 'ERR_INVALID_THIS',
});
