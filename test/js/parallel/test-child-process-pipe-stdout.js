'use strict';
// Pipes: child.stdout and child.stderr are readable Sockets, child.stdin a
// writable one; data written to stdin comes back through cat; 'close' comes
// after 'exit' and after every stream closed.
const common = require('../../common');
const assert = require('node:assert');
const net = require('node:net');
const { spawn } = require('node:child_process');

const child = spawn('sh', ['-c', 'cat; echo done >&2']);
assert.ok(child.stdout instanceof net.Socket);
assert.strictEqual(child.stdio[0], child.stdin);
assert.strictEqual(child.stdio[1], child.stdout);
assert.strictEqual(child.stdio[2], child.stderr);
assert.strictEqual(child.stdin.readable, false);
assert.strictEqual(child.stdin.writable, true);
assert.strictEqual(child.stdout.readable, true);

let out = '';
let err = '';
const events = [];
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('exit', common.mustCall(() => events.push('exit')));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(out, 'line 1\nline 2\n');
  assert.strictEqual(err, 'done\n');
  // 'exit' came first; the last stream's own 'close' listeners may run after.
  assert.ok(events.includes('exit'));
}));
child.stdin.write('line 1\n');
child.stdin.end('line 2\n');

// Unread output does not keep 'close' from coming.
const unread = spawn('sh', ['-c', 'echo ignored; echo ignored >&2']);
unread.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
