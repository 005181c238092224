'use strict';
// A fork()ed child and its parent exchange messages; only the parent prints.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  let total = 0;
  process.on('message', (m) => {
    if (m.cmd === 'add') {
      total += m.value;
      process.send({ cmd: 'total', total });
    } else if (m.cmd === 'done') {
      process.send({ cmd: 'bye', env: process.env.FROM_PARENT, connected: process.connected });
      process.disconnect();
    }
  });
} else {
  const child = fork(__filename, ['child'], { env: { ...process.env, FROM_PARENT: 'yes' } });
  let n = 0;
  child.on('message', (m) => {
    console.log('parent got', m);
    if (m.cmd === 'total') {
      if (++n < 3) child.send({ cmd: 'add', value: n * 10 });
      else child.send({ cmd: 'done' });
    }
  });
  child.on('disconnect', () => console.log('disconnect, connected =', child.connected));
  child.on('exit', (code, signal) => console.log('exit', code, signal));
  child.on('close', (code, signal) => console.log('close', code, signal));
  child.send({ cmd: 'add', value: 1 });
}
