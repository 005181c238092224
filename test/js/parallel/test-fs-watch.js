'use strict';
// fs.watch: 'change' events with eventType and filename for a directory,
// close() (idempotent, 'close' on the next tick), ENOENT for a missing
// path, AbortSignal, and fs.promises.watch as an async iterator.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const events = [];
const watcher = fs.watch(tmp, common.mustCallAtLeast((eventType, filename) => {
  assert.ok(eventType === 'rename' || eventType === 'change', eventType);
  events.push(`${eventType}:${filename}`);
  if (events.includes('rename:new.txt')) watcher.close();
}));
assert.strictEqual(watcher.constructor.name, 'FSWatcher');
watcher.on('close', common.mustCall(() => {
  assert.ok(events.includes('rename:new.txt'));
  watcher.close();
}));
setTimeout(() => fs.writeFileSync(path.join(tmp, 'new.txt'), 'x'), 20);

assert.throws(() => fs.watch(path.join(tmp, 'missing')), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'watch');
  assert.strictEqual(err.filename, path.join(tmp, 'missing'));
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, watch '${path.join(tmp, 'missing')}'`);
  return true;
});
assert.throws(() => fs.watch(tmp, { recursive: 'no' }), { code: 'ERR_INVALID_ARG_TYPE' });

// An aborted signal closes the watcher.
const ac = new AbortController();
const w2 = fs.watch(tmp, { signal: ac.signal });
w2.on('close', common.mustCall());
ac.abort();

// A non-persistent watcher does not keep the process alive.
fs.watch(tmp, { persistent: false });

(async () => {
  const sub = path.join(tmp, 'sub');
  fs.mkdirSync(sub);
  const ctl = new AbortController();
  setTimeout(() => fs.writeFileSync(path.join(sub, 'p.txt'), 'p'), 20);
  const seen = [];
  await assert.rejects((async () => {
    for await (const { eventType, filename } of fs.promises.watch(sub, { signal: ctl.signal })) {
      seen.push(`${eventType}:${filename}`);
      ctl.abort();
    }
  })(), { name: 'AbortError' });
  assert.strictEqual(seen[0], 'rename:p.txt');
})().then(common.mustCall());
