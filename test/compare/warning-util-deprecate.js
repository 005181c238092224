// util.deprecate: one warning per code (shared across functions with the
// same code), once per function without a code, class wrapping, `this` and
// arguments passed through, process.noDeprecation set at run time.
'use strict';
const util = require('util');
process.on('warning', (w) => console.log('event:', w.name, w.code, w.message));
const a = util.deprecate(function a(x) { return [this && this.tag, x]; }, 'a is old', 'DEP_A');
const b = util.deprecate(() => 'b', 'b shares a code', 'DEP_A');
const c = util.deprecate(() => 'c', 'c has no code');
console.log(a.call({ tag: 't' }, 1), a(2), b(), c(), c());
const Old = util.deprecate(class Old { constructor(v) { this.v = v; } }, 'Old class', 'DEP_CLS');
const o = new Old(5);
console.log(o.v, o instanceof Old, a.name, a.length);
process.noDeprecation = true;
const d = util.deprecate(() => 'd', 'never printed', 'DEP_D');
console.log(d());
