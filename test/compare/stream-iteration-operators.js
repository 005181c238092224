'use strict';
// Async iteration of Readable (break destroys, errors reject), Readable.from
// on iterables/strings/promises, and the helper methods.
const { Readable } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

function describe(err) {
  if (!err) return String(err);
  return `${err.name} ${err.code || ''} ${err.message}`.trim();
}

scenario('for await', async (log) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  setTimeout(() => { r.push(3); r.push(null); }, 1);
  for await (const x of r) log.push(`got ${x}`);
  log.push(`destroyed=${r.destroyed} ended=${r.readableEnded}`);
});

scenario('break destroys', async (log) => {
  const r = Readable.from([1, 2, 3, 4]);
  r.on('close', () => log.push('close'));
  for await (const x of r) {
    log.push(`got ${x}`);
    if (x === 2) break;
  }
  log.push(`destroyed=${r.destroyed}`);
});

scenario('destroyOnReturn false', async (log) => {
  const r = Readable.from([1, 2, 3]);
  for await (const x of r.iterator({ destroyOnReturn: false })) {
    log.push(`got ${x}`);
    break;
  }
  log.push(`destroyed=${r.destroyed}`);
  for await (const x of r) log.push(`again ${x}`);
});

scenario('error rejects', async (log) => {
  const r = new Readable({ read() {} });
  setTimeout(() => r.destroy(new Error('iter fail')), 1);
  try {
    for await (const x of r) log.push(`got ${x}`);
  } catch (e) {
    log.push(`caught ${describe(e)}`);
  }
});

scenario('byte mode chunks', async (log) => {
  const r = new Readable({ read() {} });
  r.push('ab');
  r.push('cd');
  r.push(null);
  for await (const c of r) log.push(`chunk ${c}`);
});

scenario('from variants', async (log) => {
  log.push(JSON.stringify(await Readable.from('str').toArray()));
  log.push(JSON.stringify((await Readable.from(Buffer.from('buf')).toArray()).map(String)));
  log.push(JSON.stringify(await Readable.from([Promise.resolve(1), 2]).toArray()));
  async function* gen() { yield 'g1'; yield 'g2'; }
  log.push(JSON.stringify(await Readable.from(gen()).toArray()));
  log.push(JSON.stringify(await Readable.from(new Set(['s'])).toArray()));
  const r = Readable.from([1]);
  log.push(`objectMode=${r.readableObjectMode} hwm=${r.readableHighWaterMark}`);
  try { Readable.from(5); } catch (e) { log.push(describe(e)); }
  try { await Readable.from([1, null]).toArray(); } catch (e) { log.push(describe(e)); }
});

scenario('map filter take drop', async (log) => {
  const src = () => Readable.from([1, 2, 3, 4, 5, 6]);
  log.push(JSON.stringify(await src().map((x) => x * 2).toArray()));
  log.push(JSON.stringify(await src().filter((x) => x % 2).toArray()));
  log.push(JSON.stringify(await src().take(2).toArray()));
  log.push(JSON.stringify(await src().drop(4).toArray()));
  log.push(JSON.stringify(await src().flatMap((x) => [x, x]).take(5).toArray()));
  log.push(JSON.stringify(await src().map(async (x) => {
    await new Promise((r) => setTimeout(r, 7 - x));
    return x;
  }, { concurrency: 3 }).toArray()));
});

scenario('promise helpers', async (log) => {
  const src = () => Readable.from([1, 2, 3, 4]);
  log.push(`some ${await src().some((x) => x > 3)}`);
  log.push(`every ${await src().every((x) => x > 3)}`);
  log.push(`find ${await src().find((x) => x > 1)}`);
  log.push(`reduce ${await src().reduce((a, b) => a + b)}`);
  log.push(`reduce init ${await src().reduce((a, b) => a + b, 10)}`);
  const seen = [];
  await src().forEach((x) => { seen.push(x); });
  log.push(`forEach ${seen}`);
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    log.push(describe(e));
  }
});

scenario('helper validation', async (log) => {
  const r = Readable.from([1]);
  for (const fn of [() => r.map(5), () => r.map((x) => x, { concurrency: 0 }),
    () => r.take(-1), () => r.filter(null), () => r.map((x) => x, 'opts')]) {
    try { fn(); } catch (e) { log.push(describe(e)); }
  }
  try { await r.reduce('x'); } catch (e) { log.push(describe(e)); }
  try { new r.map((x) => x); } catch (e) { log.push(describe(e)); }
});

scenario('helper signal', async (log) => {
  const ac = new AbortController();
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  const p = r.map((x) => x, { signal: ac.signal }).toArray();
  setTimeout(() => { ac.abort(); r.push(2); }, 1);
  try { await p; } catch (e) { log.push(describe(e)); }
  try {
    await Readable.from([1, 2]).toArray({ signal: AbortSignal.abort() });
  } catch (e) {
    log.push(describe(e));
  }
});

(async () => {
  for (const [name, fn] of scenarios) {
    const log = [];
    try {
      await fn(log);
    } catch (e) {
      log.push(`threw ${describe(e)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
    console.log(`${name}:\n  ${log.join('\n  ')}`);
  }
})();
