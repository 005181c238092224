'use strict';
// setInterval reschedules relative to when its callback started (not when it
// returned), and never fires early; other timers due meanwhile get their turn.
const assert = require('node:assert');
const { setInterval, clearInterval, setTimeout } = require('node:timers');

const times = [];
const iv = setInterval(() => {
  times.push(Date.now());
  const until = Date.now() + 30;
  while (Date.now() < until); // 30ms of work inside a 40ms interval
  if (times.length === 5) clearInterval(iv);
}, 40);

let other = 0;
setTimeout(() => other++, 45);

process.on('exit', () => {
  assert.strictEqual(times.length, 5);
  let total = 0;
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    assert.ok(gap >= 38, `interval fired early: ${gap}ms`);
    total += gap;
  }
  // Relative to the callback's end it would be ~70ms per period.
  const avg = total / (times.length - 1);
  assert.ok(avg < 62, `interval drifted: average period ${avg}ms`);
  assert.strictEqual(other, 1);
});
