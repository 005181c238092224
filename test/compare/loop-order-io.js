// Inside a callback from the poll phase (a signal delivery), setImmediate
// runs before setTimeout(0), every time.
'use strict';
let rounds = 0;
process.on('SIGUSR2', function onSignal() {
  const order = [];
  setTimeout(() => {
    order.push('timeout');
    if (order.length === 2) done(order);
  }, 0);
  setImmediate(() => {
    order.push('immediate');
    if (order.length === 2) done(order);
  });
});
function done(order) {
  console.log(`round ${rounds}: ${order.join(' then ')}`);
  if (++rounds < 5) {
    process.kill(process.pid, 'SIGUSR2');
  } else {
    process.removeAllListeners('SIGUSR2');
    clearInterval(keepAlive);
  }
}
process.kill(process.pid, 'SIGUSR2');
// Signal handles do not keep the loop alive; this does, until the last round.
const keepAlive = setInterval(() => {}, 1000);
