'use strict';
// assert.rejects() / doesNotReject(): accept a promise or a function returning
// one, and validate the rejection like throws() / doesNotThrow().
const assert = require('node:assert');

async function rejectionOf(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('did not reject');
}

async function main() {
  assert.strictEqual(await assert.rejects(Promise.reject(new Error('x'))), undefined);
  await assert.rejects(async () => { throw new TypeError('x'); }, TypeError);
  await assert.rejects(() => Promise.reject(new Error('abc')), /b/);
  await assert.rejects(Promise.reject(new Error('x')), { message: 'x' });
  // A synchronous throw inside the function counts as a rejection.
  await assert.rejects(async () => { throw new Error('sync'); }, { message: 'sync' });

  let err = await rejectionOf(assert.rejects(Promise.resolve(1)));
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.message, 'Missing expected rejection.');
  assert.strictEqual(err.operator, 'rejects');

  err = await rejectionOf(assert.rejects(async () => {}, TypeError, 'msg'));
  assert.strictEqual(err.message, 'Missing expected rejection (TypeError): msg');

  err = await rejectionOf(assert.rejects(Promise.reject(new Error('x')), TypeError));
  assert.strictEqual(err.message, 'The error is expected to be an instance of "TypeError". ' +
                     'Received "Error"\n\nError message:\n\nx');

  err = await rejectionOf(assert.rejects(() => 5));
  assert.strictEqual(err.code, 'ERR_INVALID_RETURN_VALUE');
  assert.match(err.message, /^Expected instance of Promise to be returned from the "promiseFn" function/);

  err = await rejectionOf(assert.rejects(5));
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.message, 'The "promiseFn" argument must be of type function or an ' +
                     'instance of Promise. Received type number (5)');

  assert.strictEqual(await assert.doesNotReject(Promise.resolve(1)), undefined);
  await assert.doesNotReject(async () => 1);

  err = await rejectionOf(assert.doesNotReject(Promise.reject(new Error('x'))));
  assert.strictEqual(err.message, 'Got unwanted rejection.\nActual message: "x"');
  assert.strictEqual(err.operator, 'doesNotReject');

  err = await rejectionOf(assert.doesNotReject(async () => { throw new Error('x'); }, 'msg'));
  assert.strictEqual(err.message, 'Got unwanted rejection: msg\nActual message: "x"');

  const original = new RangeError('r');
  err = await rejectionOf(assert.doesNotReject(Promise.reject(original), TypeError));
  assert.strictEqual(err, original);

  // Thenables with then() and catch() are accepted.
  const thenable = {
    then(resolve, reject) { return Promise.reject(new Error('t')).then(resolve, reject); },
    catch() {},
  };
  await assert.rejects(thenable, { message: 't' });
}

let done = false;
main().then(() => { done = true; });
process.on('exit', () => assert.ok(done, 'main() did not finish'));
