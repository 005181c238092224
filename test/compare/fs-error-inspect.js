// How fs errors print: system errors from sync and async calls (with path
// and dest), node's ERR_FS_EISDIR SystemError, validation errors, and the
// binding-style mode errors.
'use strict';
const fs = require('fs');
const path = require('path');

// Frames are cut: the caller's column differs between engines.
function show(fn) {
  try {
    fn();
  } catch (err) {
    err.stack = err.stack.split('\n')[0];
    console.log(err);
    console.log(String(err));
  }
}

show(() => fs.openSync('/nonexistent-eddy-compare/a'));
show(() => fs.renameSync('/nonexistent-eddy-compare/a', '/nonexistent-eddy-compare/b'));
show(() => fs.readFileSync(__dirname));
show(() => fs.rmSync(__dirname));
show(() => fs.mkdirSync(__filename, { recursive: true }));
show(() => fs.readFileSync(42.5));
show(() => fs.openSync('x', 'nope'));
show(() => fs.accessSync(__filename, 9));
show(() => fs.readSync(0, Buffer.alloc(2), 0, 3, 0));
show(() => fs.symlinkSync('a', 'b', 'sideways'));
show(() => fs.opendirSync(path.join(__dirname, 'nonexistent')));
// One after the other: two independent pool jobs may finish in either order.
fs.readFile('/nonexistent-eddy-compare/c', (err) => {
  console.log(err);
  fs.promises.mkdir(__filename).catch((err) => console.log(err));
});
