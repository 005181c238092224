'use strict';
// node:fs/promises: the same object as fs.promises, every function
// returning a promise, results and rejections matching the callback API.
const assert = require('node:assert');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');

assert.strictEqual(fsp, fs.promises);
assert.strictEqual(require('fs/promises'), fsp);
assert.strictEqual(fsp.constants, fs.constants);
for (const name of ['access', 'copyFile', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir',
  'mkdir', 'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'statfs', 'link', 'unlink', 'chmod',
  'lchmod', 'lchown', 'chown', 'utimes', 'lutimes', 'realpath', 'mkdtemp', 'writeFile',
  'appendFile', 'readFile']) {
  assert.strictEqual(typeof fsp[name], 'function', name);
}

(async () => {
  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'eddy-test-fs-'));
  try {
    const file = path.join(tmp, 'a.txt');
    await fsp.writeFile(file, 'hello');
    await fsp.appendFile(file, ' world', 'utf8');
    assert.strictEqual(await fsp.readFile(file, 'utf8'), 'hello world');
    assert.deepStrictEqual(await fsp.readFile(file), Buffer.from('hello world'));
    assert.strictEqual(await fsp.readFile(file, { encoding: 'base64' }),
                       Buffer.from('hello world').toString('base64'));
    await fsp.writeFile(file, new Uint8Array([104, 105]));
    assert.strictEqual(await fsp.readFile(new URL(`file://${file}`), 'utf8'), 'hi');

    assert.strictEqual(await fsp.mkdir(path.join(tmp, 'd', 'e'), { recursive: true }),
                       path.join(tmp, 'd'));
    assert.strictEqual(await fsp.mkdir(path.join(tmp, 'f')), undefined);
    assert.deepStrictEqual((await fsp.readdir(tmp)).sort(), ['a.txt', 'd', 'f']);
    const st = await fsp.stat(file);
    assert.ok(st instanceof fs.Stats);
    assert.strictEqual(st.size, 2);
    assert.ok((await fsp.lstat(tmp)).isDirectory());
    assert.ok((await fsp.statfs(tmp)).bsize > 0);

    await fsp.chmod(file, 0o600);
    assert.strictEqual((await fsp.stat(file)).mode & 0o777, 0o600);
    await fsp.rename(file, path.join(tmp, 'b.txt'));
    await fsp.link(path.join(tmp, 'b.txt'), path.join(tmp, 'c.txt'));
    await fsp.unlink(path.join(tmp, 'b.txt'));
    assert.strictEqual(await fsp.readFile(path.join(tmp, 'c.txt'), 'utf8'), 'hi');
    await fsp.rmdir(path.join(tmp, 'f'));
    await fsp.rm(path.join(tmp, 'd'), { recursive: true });
    assert.deepStrictEqual((await fsp.readdir(tmp)).sort(), ['c.txt']);

    await assert.rejects(fsp.readFile(path.join(tmp, 'none')), {
      code: 'ENOENT', syscall: 'open', path: path.join(tmp, 'none'),
      message: `ENOENT: no such file or directory, open '${path.join(tmp, 'none')}'`,
    });
    await assert.rejects(fsp.mkdir(tmp), { code: 'EEXIST', syscall: 'mkdir' });
    await assert.rejects(fsp.lchmod(tmp, 0o777), {
      code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The lchmod() method is not implemented',
    });
    // Argument errors reject; nothing throws synchronously.
    const p = fsp.readFile(42n);
    assert.ok(p instanceof Promise);
    await assert.rejects(p, { code: 'ERR_INVALID_ARG_TYPE' });
    await assert.rejects(fsp.writeFile(path.join(tmp, 'x'), 42), { code: 'ERR_INVALID_ARG_TYPE' });

    const ac = new AbortController();
    ac.abort();
    await assert.rejects(fsp.readFile(path.join(tmp, 'c.txt'), { signal: ac.signal }),
                         { name: 'AbortError' });
    await assert.rejects(fsp.writeFile(path.join(tmp, 'c.txt'), 'x', { signal: ac.signal }),
                         { name: 'AbortError' });
  } finally {
    await fsp.rm(tmp, { recursive: true, force: true });
  }
})().then(() => assert.strictEqual(process.exitCode, undefined));
