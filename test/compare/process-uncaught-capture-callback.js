'use strict';
// process.setUncaughtExceptionCaptureCallback(): the callback takes uncaught
// errors and unhandled rejections ahead of 'uncaughtException' listeners
// (after uncaughtExceptionMonitor), a second one throws
// ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET, null removes it.
process.setUncaughtExceptionCaptureCallback((e) => console.log('cap', e.message));
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.name, e.code, e.message); }
process.on('uncaughtExceptionMonitor', (e, t) => console.log('mon', t, e.message));
process.on('uncaughtException', () => console.log('listener (not reached)'));
console.log(process.hasUncaughtExceptionCaptureCallback());
setTimeout(() => { throw new Error('t'); }, 1);
Promise.reject(new Error('r'));
setTimeout(() => { process.setUncaughtExceptionCaptureCallback(null); console.log(process.hasUncaughtExceptionCaptureCallback()); }, 20);
