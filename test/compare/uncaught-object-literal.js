// Throwing a plain object and a class instance that is not an Error.
'use strict';
class NotAnError { constructor() { this.message = 'looks like one'; this.code = 42; } }
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => { throw new NotAnError(); });
