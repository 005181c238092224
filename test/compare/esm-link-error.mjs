// Importing a name a module does not export fails at link time.
import { notExported } from './fixtures-esm/exports-one.mjs';
console.log(notExported);
