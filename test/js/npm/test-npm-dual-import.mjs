// Real npm packages (installed at test time): the ES module side of dual
// packages, by "exports" "import" conditions, plus a CommonJS import.
import assert from 'node:assert';
import { dequal } from 'dequal';
import kleur from 'kleur';
import * as lite from 'dequal/lite';

assert.ok(import.meta.resolve('dequal').endsWith('/dequal/dist/index.mjs'));
assert.strictEqual(dequal([1, 2], [1, 2]), true);
assert.strictEqual(typeof lite.dequal, 'function');
kleur.enabled = true;
assert.strictEqual(kleur.bold('y'), '\u001b[1my\u001b[22m');
