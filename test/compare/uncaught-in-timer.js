'use strict';
process.on('exit', (code) => console.log('exit code', code));
setTimeout(function timerCallback() {
  const e = new RangeError('from a timer');
  e.code = 'E_CUSTOM';
  throw e;
}, 1);
