'use strict';
// group/groupCollapsed/groupEnd: nested indentation of single- and
// multi-line output on stdout and stderr, extra groupEnd calls, and a
// Console with a custom groupIndentation.
console.group('Level 1 %s', 'label');
console.log('one line');
console.log('two\nlines');
console.groupCollapsed();
console.error('error\nat level 2');
console.log({ key: 'x'.repeat(30), other: 'y'.repeat(30), third: [1, 2, 3] });
console.group('Level 3');
console.table([{ a: 1 }]);
console.dir({ d: 1 });
console.groupEnd();
console.groupEnd();
console.warn('back at level 1');
console.groupEnd();
console.groupEnd();
console.log('top level');

const { Console } = require('console');
const c = new Console({ stdout: process.stdout, stderr: process.stderr, groupIndentation: 4 });
c.group('four');
c.log('a\nb');
c.group();
c.error('c');
c.groupEnd();
c.groupEnd();
c.log('d');
const flat = new Console({ stdout: process.stdout, groupIndentation: 0 });
flat.group('zero');
flat.log('not indented');
