'use strict';
// The node:events helpers also accept EventTargets: once(), on(),
// getEventListeners(), getMaxListeners() and setMaxListeners().
const assert = require('node:assert');
const events = require('node:events');

// node:events does not export the DOM classes.
assert.strictEqual(events.EventTarget, undefined);
assert.strictEqual(events.Event, undefined);

async function main() {
  const target = new EventTarget();
  const fn = () => {};
  const obj = { handleEvent() {} };
  target.addEventListener('x', fn);
  target.addEventListener('x', obj);
  target.addEventListener('x', fn); // duplicate [listener, capture]: ignored
  target.addEventListener('x', fn, { capture: true });

  assert.deepStrictEqual(events.getEventListeners(target, 'x'), [fn, obj, fn]);
  assert.deepStrictEqual(events.getEventListeners(target, 'none'), []);

  assert.strictEqual(events.getMaxListeners(target), events.defaultMaxListeners);
  events.setMaxListeners(3, target);
  assert.strictEqual(events.getMaxListeners(target), 3);

  // once(): resolves with [event]; not starved by stopImmediatePropagation.
  const t2 = new EventTarget();
  t2.addEventListener('go', (e) => e.stopImmediatePropagation());
  const p = events.once(t2, 'go');
  const ev = new Event('go');
  t2.dispatchEvent(ev);
  const [got] = await p;
  assert.strictEqual(got, ev);
  assert.deepStrictEqual(events.getEventListeners(t2, 'go').length, 1);

  // on(): one-element arrays holding the events.
  const it = events.on(t2, 'tick');
  t2.dispatchEvent(new Event('tick'));
  const r = await it.next();
  assert.strictEqual(r.done, false);
  assert.strictEqual(r.value.length, 1);
  assert.strictEqual(r.value[0].type, 'tick');
  await it.return();
  assert.strictEqual(events.getEventListeners(t2, 'tick').length, 0);

  // once() with an already-aborted signal on an EventTarget.
  await assert.rejects(events.once(t2, 'never', { signal: AbortSignal.abort() }), {
    name: 'AbortError',
  });

  // The EventTarget flavour of the leak warning.
  const warnings = [];
  process.on('warning', (w) => warnings.push(w));
  const t3 = new EventTarget();
  events.setMaxListeners(1, t3);
  t3.addEventListener('y', () => {});
  t3.addEventListener('y', () => {});
  t3.addEventListener('y', () => {});
  await new Promise((resolve) => setTimeout(resolve, 1));
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'MaxListenersExceededWarning');
  assert.strictEqual(warnings[0].message,
                     'Possible EventTarget memory leak detected. 2 y listeners ' +
                     'added to EventTarget. MaxListeners is 1. ' +
                     'Use events.setMaxListeners() to increase limit');
  assert.strictEqual(warnings[0].target, t3);
  assert.strictEqual(warnings[0].count, 2);
}

main().then(() => { process.exitCode = 0; });
process.exitCode = 1;
