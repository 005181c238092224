// node:timers/promises: setTimeout/setImmediate resolve with their value, in
// the usual phase order; setInterval as an async iterator; abort rejects.
'use strict';
const tp = require('timers/promises');
const out = [];
(async () => {
  const [a, b] = await Promise.all([tp.setTimeout(10, 'timeout value'), tp.setImmediate('immediate value')]);
  out.push(`${a} / ${b}`);
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) {
    out.push(`${v} ${++n}`);
    if (n === 3) break;
  }
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { out.push(`aborted: ${e.name} ${e.code}`); }
  try { await tp.setImmediate('x', { signal: AbortSignal.abort() }); } catch (e) { out.push(`pre-aborted: ${e.name} ${e.code}`); }
  await tp.setTimeout(5, undefined, { ref: false }).then(() => out.push('unref timer resolved while loop alive'));
})().then(() => {
  console.log(out.join('\n'));
  clearInterval(keepAlive);
});
const keepAlive = setInterval(() => {}, 1000);
