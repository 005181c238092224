'use strict';
// The errors child_process throws for bad arguments, as node words them.
const cp = require('child_process');

const cases = [
  () => cp.spawn(),
  () => cp.spawn(''),
  () => cp.spawn('true', 'x'),
  () => cp.spawn('true', ['a\u0000']),
  () => cp.spawn('true', { cwd: 1 }),
  () => cp.spawn('true', { env: { A: 'x\u0000' } }),
  () => cp.spawn('true', { uid: 'root' }),
  () => cp.spawn('true', { shell: 3 }),
  () => cp.spawn('true', { timeout: -5 }),
  () => cp.spawn('true', { killSignal: 'NOPE' }),
  () => cp.spawn('true', { killSignal: true }),
  () => cp.spawn('true', { stdio: 'all' }),
  () => cp.spawn('true', { stdio: ['ipc', 'pipe', 'ipc'] }),
  () => cp.spawn('true', { serialization: 'binary' }),
  () => cp.spawnSync('true', { stdio: ['ipc'] }),
  () => cp.spawnSync('true', { maxBuffer: 'big' }),
  () => cp.spawnSync('true', { input: {} }),
  () => cp.exec(42),
  () => cp.execFile('true', [], 'opts'),
  () => cp.execFile('true', [], {}, 'cb'),
  () => cp.fork(),
  () => cp.fork('m.js', { stdio: 'pipe', execArgv: ['a\u0000'] }),
  () => cp.fork('m.js', { stdio: ['pipe', 'pipe', 'pipe'] }),
];
for (const fn of cases) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}

const child = cp.spawn('sleep', ['5'], { stdio: 'ignore' });
for (const sig of ['SIGNOPE', 99999, -1, 'term']) {
  try {
    console.log('kill', sig, child.kill(sig));
  } catch (e) {
    console.log(`kill ${sig}: ${e.name} [${e.code}]: ${e.message}`);
  }
}
child.on('exit', (code, signal) => console.log('exit', code, signal));
console.log('kill()', child.kill());
