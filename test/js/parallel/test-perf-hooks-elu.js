// performance.eventLoopUtilization(): zero before the loop starts; after a
// busy stretch and an idle stretch, both are counted and deltas add up.
'use strict';
const assert = require('assert');
const { performance, monitorEventLoopDelay } = require('perf_hooks');
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.strictEqual(performance.nodeTiming.loopStart, -1);
const h = monitorEventLoopDelay({ resolution: 5 });
h.enable();
setTimeout(() => {
  const first = performance.eventLoopUtilization();
  const end = Date.now() + 60;
  while (Date.now() < end);  // busy
  setTimeout(() => {
    const second = performance.eventLoopUtilization();
    const delta = performance.eventLoopUtilization(second, first);
    assert.ok(first.idle >= 30, `idle ${first.idle}`);
    assert.ok(delta.active >= 50, `active ${delta.active}`);
    assert.ok(delta.utilization > 0 && delta.utilization < 1);
    const d2 = performance.eventLoopUtilization(first);
    assert.ok(Math.abs(d2.active - delta.active) < 5);
    assert.ok(performance.nodeTiming.loopStart > 0);
    assert.ok(performance.nodeTiming.idleTime >= first.idle);
    h.disable();
    assert.ok(h.count > 5, `count ${h.count}`);
    assert.ok(h.max >= 50e6, `max ${h.max}`);  // the busy stretch delayed a tick
  }, 40);
}, 40);
