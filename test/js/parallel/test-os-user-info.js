'use strict';
// userInfo() describes the effective user: a null-prototype object with
// uid, gid, username, homedir and shell; a non-object argument is ignored.
const assert = require('node:assert');
const os = require('node:os');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.geteuid());
assert.strictEqual(info.gid, process.getegid());
assert.strictEqual(typeof info.username, 'string');
assert.ok(info.username.length > 0);
assert.strictEqual(typeof info.homedir, 'string');
assert.ok(info.shell === null || typeof info.shell === 'string');

assert.deepStrictEqual(os.userInfo('buffer'), info);  // not an options object
assert.deepStrictEqual(os.userInfo({}), info);
assert.deepStrictEqual(os.userInfo({ encoding: 'utf8' }), info);
assert.deepStrictEqual(os.userInfo({ encoding: 'nonsense' }), info);
assert.notStrictEqual(os.userInfo(), info);
