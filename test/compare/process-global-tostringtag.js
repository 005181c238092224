'use strict';
// Object.prototype.toString of process and globalThis ('[object process]',
// '[object global]'), their own @@toStringTag descriptors, and inspect's
// first line for both.
const util = require('util');
console.log(Object.prototype.toString.call(process), Object.prototype.toString.call(globalThis));
console.log(util.inspect(globalThis, { depth: 0 }).split('\n')[0]);
console.log(util.inspect(process, { depth: 0 }).split('\n')[0]);
console.log(String(globalThis), `${process}`);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(process, Symbol.toStringTag)));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag)));
