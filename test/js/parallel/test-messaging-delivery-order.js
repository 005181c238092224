'use strict';
// MessagePort delivery is asynchronous (a macrotask in the poll phase, as
// node's uv_async_t): after nextTicks and promises, before setImmediate when
// posted from a timer callback; ticks and promise jobs drain between messages.
const assert = require('assert');

const log = [];
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  log.push(`msg${m}`);
  process.nextTick(() => log.push(`tick${m}`));
  Promise.resolve().then(() => log.push(`promise${m}`));
  if (m === 3) port2.close();
});

setTimeout(() => {
  port1.postMessage(1);
  port1.postMessage(2);
  port1.postMessage(3);
  log.push('posted');
  setImmediate(() => log.push('immediate'));
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('promise'));
}, 1);

port2.on('close', () => {
  log.push('close');
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'posted', 'tick', 'promise',
    'msg1', 'tick1', 'promise1',
    'msg2', 'tick2', 'promise2',
    'msg3', 'tick3', 'promise3',
    'immediate', 'close',
  ]);
});
