// Errors from async generators in for-await, Promise.allSettled with a
// rejection (printed with its stack) and Promise.race between tick and immediate.
'use strict';
async function* g() { yield 1; throw new Error('gen failed'); }
(async () => {
  try { for await (const v of g()) console.log('v', v); } catch (e) { console.log('caught', e.message); }
  const results = await Promise.allSettled([Promise.reject(new Error('x')), 1, new Promise((r) => setTimeout(r, 1, 'late'))]);
  console.log(results);
  console.log(await Promise.race([new Promise((r) => setImmediate(r, 'imm')), new Promise((r) => process.nextTick(r, 'tick'))]));
})();
