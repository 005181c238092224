'use strict';
// A listener replaces the default action of a signal; removing the last
// listener restores it. Signal handles do not keep the process alive.
const assert = require('assert');

let got = 0;
function onUsr1(name, num) {
  got++;
  assert.strictEqual(name, 'SIGUSR1');
  assert.strictEqual(num, 10);
  process.removeListener('SIGUSR1', onUsr1);
}
process.on('SIGUSR1', onUsr1);
process.kill(process.pid, 'SIGUSR1');
const t = setTimeout(() => assert.fail('signal not delivered'), 5000);
const poll = setInterval(() => {
  if (got === 1) {
    clearInterval(poll);
    clearTimeout(t);
  }
}, 5);
process.on('exit', () => assert.strictEqual(got, 1));
