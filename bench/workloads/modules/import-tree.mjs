// bench: metric=wall, runs=10, setup=setup/module_tree.py
//
// The same 1,000-module tree as require-tree, as ES modules.
import total from '../../.cache/esm-tree/entry.mjs';

if (typeof total !== 'number' || !(total > 0)) {
  console.error('import-tree: bad total', total);
  process.exitCode = 1;
}
