'use strict';
// console.log/info/debug/dirxml to stdout and warn/error to stderr, with
// format specifiers and mixed argument types.
console.log('%s is %d years and %i days, %f tall, %j, %o, %O, %c%%', 'Bob', 42.5, 3.9, 1.5,
            { a: [1] }, { b: { c: 1 } }, { d: 1 }, 'color: red');
console.log('no specifiers', 1, 'two', [3], { four: 4 }, null, undefined, 5n, Symbol('six'));
console.log();
console.log('');
console.log('%s', 'only');
console.log('%d', '42', 'rest');
console.info('info');
console.debug('debug');
console.dirxml('dirxml', { x: 1 });
console.warn('warn %s', 'formatted');
console.error(new Map([[1, { a: 2 }]]), new Set(['s']));
console.log('multi\nline\nstring');
console.error([function named() {}, class K {}, () => {}]);
const { log, error } = console;
log('detached log');
error('detached error');
