// Throwing an instance of a class that is not an Error (with message and
// code fields) from an immediate: printed with util.inspect, exit 1.
'use strict';
class NotAnError { constructor() { this.message = 'looks like one'; this.code = 42; } }
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => { throw new NotAnError(); });
