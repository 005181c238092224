'use strict';
// channel/subscribe/unsubscribe/publish/hasSubscribers.
const assert = require('assert');
const dc = require('diagnostics_channel');
const common = require('../../common');

const ch = dc.channel('test:basic');
assert.strictEqual(dc.channel('test:basic'), ch);
assert(ch instanceof dc.Channel);
assert.strictEqual(ch.name, 'test:basic');
assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('test:basic'), false);
ch.publish('nobody listens');

const msgs = [];
const onMessage = (msg, name) => msgs.push([msg, name]);
assert.strictEqual(ch.subscribe(onMessage), undefined);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('test:basic'), true);
assert(ch instanceof dc.Channel);
ch.publish({ a: 1 });
assert.deepStrictEqual(msgs, [[{ a: 1 }, 'test:basic']]);
assert.strictEqual(ch.unsubscribe(() => {}), false);
assert.strictEqual(ch.unsubscribe(onMessage), true);
assert.strictEqual(ch.hasSubscribers, false);
ch.publish('dropped');
assert.strictEqual(msgs.length, 1);

// Module-level helpers and symbol names.
const sym = Symbol('sym-channel');
const got = [];
dc.subscribe(sym, (m) => got.push(m));
dc.channel(sym).publish(5);
assert.deepStrictEqual(got, [5]);
assert.strictEqual(dc.unsubscribe(sym, () => {}), false);

// A throwing subscriber does not stop the others; the error surfaces on the
// next tick as an uncaught exception.
const c2 = dc.channel('test:throws');
const after = [];
c2.subscribe(() => { throw new Error('subscriber boom'); });
c2.subscribe((m) => after.push(m));
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'subscriber boom');
}));
c2.publish('x');
assert.deepStrictEqual(after, ['x']);

// Unsubscribing during publish does not skip the next subscriber.
const c3 = dc.channel('test:unsub-during');
const order = [];
const first = () => { order.push(1); c3.unsubscribe(first); };
c3.subscribe(first);
c3.subscribe(() => order.push(2));
c3.publish();
c3.publish();
assert.deepStrictEqual(order, [1, 2, 2]);

assert.throws(() => dc.channel(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => ch.subscribe('no'), { code: 'ERR_INVALID_ARG_TYPE' });
