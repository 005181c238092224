// Errors from fs.watch and fs.watchFile argument checks, and the watch
// system error with its filename property.
'use strict';
const fs = require('fs');

for (const fn of [
  () => fs.watch('/nonexistent-eddy-compare/w'),
  () => fs.watchFile('/nonexistent-eddy-compare/w'),
  () => fs.watch(__dirname, { recursive: 1 }),
  () => fs.watch(42),
]) {
  try {
    fn();
  } catch (err) {
    err.stack = err.stack.split('\n')[0];
    console.log(err);
  }
}
