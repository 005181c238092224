'use strict';
// homedir() prefers $HOME; without it, the password database's entry
// (the same as userInfo().homedir).
const assert = require('node:assert');
const os = require('node:os');

const saved = process.env.HOME;
process.env.HOME = '/some/where';
assert.strictEqual(os.homedir(), '/some/where');
delete process.env.HOME;
assert.strictEqual(os.homedir(), os.userInfo().homedir);
if (saved !== undefined) process.env.HOME = saved;
