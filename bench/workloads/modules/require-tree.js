// bench: metric=wall, runs=10, setup=setup/module_tree.py
//
// Start a process and require a tree of 1,000 small CommonJS modules in 250
// node_modules packages (each package requires two others): resolution
// (stat, package.json, realpath) and compilation of many small files.
'use strict';
const path = require('path');
const total = require(path.join(__dirname, '..', '..', '.cache', 'cjs-tree', 'entry.js'));
// sum over packages of (i + 0 + 1 + 2) plus each package's deps' totals
if (typeof total !== 'number' || !(total > 0)) {
  console.error('require-tree: bad total', total);
  process.exitCode = 1;
}
