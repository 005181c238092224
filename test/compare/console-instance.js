'use strict';
// A Console built on process.stdout/stderr: constructor forms, errors,
// the instance's shape, and the global console's shape.
const { Console } = require('console');
const c = new Console(process.stdout, process.stderr);
c.log('to stdout');
c.error('to stderr');
const c2 = Console({ stdout: process.stdout, colorMode: false });
c2.warn('stderr defaults to stdout');
console.log(Object.keys(c));
console.log(Object.keys(console));
console.log(Object.prototype.toString.call(c), c instanceof Console, console instanceof Console);
console.log(require('console') === console, console.Console === Console);
for (const make of [
  () => new Console(),
  () => new Console({ stdout: process.stdout, stderr: {} }),
  () => new Console({ stdout: process.stdout, colorMode: 'yes' }),
  () => new Console({ stdout: process.stdout, groupIndentation: 1001 }),
  () => new Console({ stdout: process.stdout, inspectOptions: 1 }),
  () => new Console({ stdout: process.stdout, inspectOptions: { colors: true }, colorMode: true }),
]) {
  try {
    make();
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
