'use strict';
// node:worker_threads seen from the main thread: the constants, the
// messaging classes it shares with the globals, receiveMessageOnPort,
// markAsUntransferable and the environment data map. (eddy runs no workers
// yet: there, new Worker() throws ERR_NOT_IMPLEMENTED.)
const assert = require('assert');
const common = require('../../common');
const wt = require('worker_threads');

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.workerData, null);
assert.deepStrictEqual(wt.resourceLimits, {});
assert.strictEqual(wt.SHARE_ENV, Symbol.for('nodejs.worker_threads.SHARE_ENV'));
assert.strictEqual(wt.MessageChannel, globalThis.MessageChannel);
assert.strictEqual(wt.MessagePort, globalThis.MessagePort);
assert.strictEqual(wt.BroadcastChannel, globalThis.BroadcastChannel);

const { port1, port2 } = new wt.MessageChannel();
port1.postMessage({ a: 1 });
port1.postMessage('two');
assert.deepStrictEqual(wt.receiveMessageOnPort(port2), { message: { a: 1 } });
assert.deepStrictEqual(wt.receiveMessageOnPort(port2), { message: 'two' });
assert.strictEqual(wt.receiveMessageOnPort(port2), undefined);
for (const bad of [{}, undefined, 1]) {
  assert.throws(() => wt.receiveMessageOnPort(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "port" argument must be a MessagePort instance',
  });
}

// A marked ArrayBuffer in a transfer list is copied, not detached.
const ab = new ArrayBuffer(8);
wt.markAsUntransferable(ab);
port1.postMessage(ab, [ab]);
assert.strictEqual(ab.byteLength, 8);
assert.strictEqual(wt.receiveMessageOnPort(port2).message.byteLength, 8);
const copy = structuredClone(ab, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 8);
assert.strictEqual(copy.byteLength, 8);
const plain = new ArrayBuffer(4);
structuredClone(plain, { transfer: [plain] });
assert.strictEqual(plain.byteLength, 0);
port1.close();

wt.setEnvironmentData('key', { v: 1 });
assert.deepStrictEqual(wt.getEnvironmentData('key'), { v: 1 });
wt.setEnvironmentData('key', undefined);
assert.strictEqual(wt.getEnvironmentData('key'), undefined);

assert.strictEqual(typeof wt.Worker, 'function');
if (common.isEddy) {
  assert.throws(() => new wt.Worker(__filename), { code: 'ERR_NOT_IMPLEMENTED' });
}
