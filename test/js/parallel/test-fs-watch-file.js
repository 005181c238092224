'use strict';
// fs.watchFile polls with stat: the listener gets (current, previous)
// Stats on a change, zeroed Stats for a missing file, one StatWatcher per
// path; unwatchFile stops it.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'watched.txt');
fs.writeFileSync(file, 'one');

const listener = common.mustCall((curr, prev) => {
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  assert.strictEqual(prev.size, 3);
  assert.notStrictEqual(curr.mtimeMs, prev.mtimeMs);
  fs.unwatchFile(file, listener);
});
const watcher = fs.watchFile(file, { interval: 10 }, listener);
assert.strictEqual(watcher.constructor.name, 'StatWatcher');
assert.strictEqual(fs.watchFile(file, { interval: 10 }, common.mustCallAtLeast(() => {
  fs.unwatchFile(file);
}, 0)), watcher);
watcher.on('stop', common.mustCall());
setTimeout(() => fs.utimesSync(file, 1, 1), 50);

const missing = path.join(tmp, 'missing.txt');
fs.watchFile(missing, { interval: 10 }, common.mustCall((curr, prev) => {
  assert.strictEqual(curr.size, 0);
  assert.strictEqual(curr.ino, 0);
  assert.strictEqual(curr.mtimeMs, 0);
  assert.strictEqual(prev.ino, 0);
  fs.unwatchFile(missing);
}));

fs.watchFile(file, { interval: 10, persistent: false, bigint: true }, () => {});
assert.throws(() => fs.watchFile(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received undefined',
});
fs.unwatchFile(path.join(tmp, 'never-watched'));
