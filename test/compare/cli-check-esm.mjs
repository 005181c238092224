// --check on an ES module parses it as a module: import/export are valid,
// nothing is linked (the import below does not exist) or run, exit 0.
import { nothing } from './this-file-does-not-exist.mjs';
export const value = nothing;
console.log('never: --check does not run the module');
