// Data written to a socket right before process.exit() (or before an
// uncaught exception ends the process) reaches the peer: many small writes
// in one tick, then exit, in a child process.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');
const { spawn } = require('child_process');

const childCode = (mode) => `
  const net = require('net');
  const c = net.connect(+process.argv[1], '127.0.0.1', () => {
    for (let i = 0; i < 2000; i++) c.write('line ' + i + '\\n');
    ${mode === 'exit' ? 'process.exit(3);' : "throw new Error('boom');"}
  });
`;

function run(mode, done) {
  const server = net.createServer(common.mustCall((s) => {
    let text = '';
    s.setEncoding('utf8');
    s.on('data', (d) => { text += d; });
    s.on('error', () => {});
    s.on('close', common.mustCall(() => {
      const lines = text.split('\n');
      assert.strictEqual(lines.length, 2001, `${mode}: got ${lines.length - 1} lines`);
      assert.strictEqual(lines[1999], 'line 1999');
      server.close(done);
    }));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const child = spawn(process.execPath, ['-e', childCode(mode), String(server.address().port)],
                        { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', common.mustCall((code) => {
      assert.strictEqual(code, mode === 'exit' ? 3 : 1, stderr);
    }));
  }));
}

run('exit', common.mustCall(() => run('throw', common.mustCall())));
