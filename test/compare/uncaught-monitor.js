// uncaughtExceptionMonitor sees the error and origin before the default
// handler prints it and exits 1; exit listeners still run.
'use strict';
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor 1:', err.message, origin);
});
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor 2:', err instanceof Error, origin);
});
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => {
  throw new Error('from a tick');
});
