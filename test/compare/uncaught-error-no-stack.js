// An uncaught Error whose stack property was deleted / made non-string:
// node falls back to inspecting the error ("[Error: msg]" style).
'use strict';
process.on('exit', (code) => console.log('exit', code));
const e = new TypeError('stackless');
Object.defineProperty(e, 'stack', { value: undefined });
setImmediate(() => { throw e; });
