// process.emitWarning argument forms: Error objects, (msg, type, code),
// (msg, options), a ctor argument, detail text, and the 'warning' event's
// object; the "(Use ... --trace-warnings" hint appears once.
'use strict';
process.on('warning', (w) => {
  console.log('event:', w.name, '|', w.message, '|', w.code, '|', w.detail, '|', w instanceof Error);
});
process.emitWarning('plain');
process.emitWarning('typed', 'MyWarning');
process.emitWarning('typed with code', 'MyWarning', 'MY_CODE');
process.emitWarning('options', { type: 'OptWarning', code: 'OPT1', detail: 'line one\nline two' });
process.emitWarning('options without type', { code: 'NOTYPE' });
const err = new Error('an error object');
err.name = 'ErrorWarning';
process.emitWarning(err);
class Sub extends Error { constructor(m) { super(m); this.name = 'SubWarning'; } }
process.emitWarning(new Sub('subclass instance'));
process.emitWarning('with ctor', 'CtorWarning', 'CODE2', function ctor() {});
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0001');
process.emitWarning('ex', 'ExperimentalWarning');
for (const bad of [1, null, {}]) {
  try { process.emitWarning('x', bad); } catch (e) { console.log('bad type', String(bad), e.code); }
}
console.log('sync end');
