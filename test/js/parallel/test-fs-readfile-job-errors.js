'use strict';
// readFile/writeFile as one thread-pool job: node's error fields for a
// directory (EISDIR from read, no path) and a missing file (ENOENT from
// open, with the path), in the callback, promise and sync forms; files
// that report size 0 (/proc) are read to the end; AbortSignal before and
// while in flight.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-job-'));
const missing = path.join(dir, 'nope', 'missing.txt');
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'héllo wörld');

function checkEisdir(e) {
  assert.strictEqual(e.code, 'EISDIR');
  assert.strictEqual(e.errno, -21);
  assert.strictEqual(e.syscall, 'read');
  assert.strictEqual(e.path, undefined);
  assert.strictEqual(e.message, 'EISDIR: illegal operation on a directory, read');
}

function checkEnoent(e, p) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.errno, -2);
  assert.strictEqual(e.syscall, 'open');
  assert.strictEqual(e.path, p);
  assert.strictEqual(e.message, `ENOENT: no such file or directory, open '${p}'`);
}

assert.throws(() => fs.readFileSync(dir), (e) => { checkEisdir(e); return true; });
assert.throws(() => fs.readFileSync(missing), (e) => { checkEnoent(e, missing); return true; });
assert.ok(fs.readFileSync('/proc/self/status', 'utf8').startsWith('Name:'));

const steps = [
  (next) => fs.readFile(dir, (e, d) => {
    checkEisdir(e);
    assert.strictEqual(d, undefined);
    next();
  }),
  (next) => fs.promises.readFile(dir).then(assert.fail, (e) => { checkEisdir(e); next(); }),
  (next) => fs.readFile(missing, 'utf8', (e) => { checkEnoent(e, missing); next(); }),
  (next) => fs.promises.readFile(missing).then(assert.fail, (e) => {
    checkEnoent(e, missing);
    next();
  }),
  (next) => fs.writeFile(missing, 'x', (e) => { checkEnoent(e, missing); next(); }),
  (next) => fs.promises.writeFile(missing, 'x').then(assert.fail, (e) => {
    checkEnoent(e, missing);
    next();
  }),
  (next) => fs.promises.writeFile(dir, 'x').then(assert.fail, (e) => {
    assert.strictEqual(e.code, 'EISDIR');
    assert.strictEqual(e.syscall, 'open');
    assert.strictEqual(e.path, dir);
    next();
  }),
  (next) => fs.readFile('/proc/self/status', (e, d) => {
    assert.ifError(e);
    assert.ok(d.length > 0 && d.toString().startsWith('Name:'));
    next();
  }),
  (next) => fs.promises.readFile('/proc/self/status', 'utf8').then((d) => {
    assert.ok(d.startsWith('Name:'));
    next();
  }),
  (next) => fs.promises.readFile(file, 'utf8').then((d) => {
    assert.strictEqual(d, 'héllo wörld');
    next();
  }),
  (next) => fs.promises.readFile(file, 'latin1').then((d) => {
    assert.strictEqual(d, Buffer.from('héllo wörld').toString('latin1'));
    next();
  }),
  // Invalid UTF-8 decodes with replacement characters, as Buffer does.
  (next) => {
    const bad = Buffer.from([0x61, 0xff, 0xc3, 0x62, 0xe2, 0x82]);
    fs.writeFileSync(file, bad);
    fs.readFile(file, 'utf8', (e, d) => {
      assert.ifError(e);
      assert.strictEqual(d, bad.toString('utf8'));
      fs.promises.readFile(file, 'utf8').then((d2) => {
        assert.strictEqual(d2, bad.toString('utf8'));
        assert.strictEqual(fs.readFileSync(file, 'utf8'), bad.toString('utf8'));
        next();
      });
    });
  },
  // Aborted before the call.
  (next) => {
    const c = new AbortController();
    c.abort();
    fs.readFile(file, { signal: c.signal }, (e, d) => {
      assert.strictEqual(e.name, 'AbortError');
      assert.strictEqual(e.code, 'ABORT_ERR');
      assert.strictEqual(d, undefined);
      fs.promises.readFile(file, { signal: c.signal }).then(assert.fail, (e2) => {
        assert.strictEqual(e2.name, 'AbortError');
        fs.promises.writeFile(file, 'x', { signal: c.signal }).then(assert.fail, (e3) => {
          assert.strictEqual(e3.name, 'AbortError');
          next();
        });
      });
    });
  },
  // Aborted while the job runs.
  (next) => {
    const c = new AbortController();
    let calls = 0;
    fs.readFile(file, { signal: c.signal }, (e) => {
      calls++;
      assert.strictEqual(e.name, 'AbortError');
      const c2 = new AbortController();
      const p = fs.promises.readFile(file, { signal: c2.signal });
      c2.abort();
      p.then(assert.fail, (e2) => {
        assert.strictEqual(e2.name, 'AbortError');
        const c3 = new AbortController();
        const w = fs.promises.writeFile(file, 'y', { signal: c3.signal });
        c3.abort();
        w.then(assert.fail, (e3) => {
          assert.strictEqual(e3.name, 'AbortError');
          assert.strictEqual(calls, 1);
          next();
        });
      });
    });
    c.abort();
  },
  // Argument errors reject (never throw) from fs.promises.
  (next) => {
    let p;
    assert.doesNotThrow(() => { p = fs.promises.readFile(123); });
    p.then(assert.fail, (e) => {
      assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
      let w;
      assert.doesNotThrow(() => { w = fs.promises.writeFile(file, 'x', { signal: 1 }); });
      w.then(assert.fail, (e2) => {
        assert.strictEqual(e2.code, 'ERR_INVALID_ARG_TYPE');
        next();
      });
    });
  },
];

let i = 0;
function next() {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  steps[i++](next);
}
next();
