// import(spec, options) where the options object is computed at run time
// (SpiderMonkey 102 cannot parse a second argument to import(); eddy
// rewrites such calls): JSON with a type attribute, bad options rejecting
// with V8's TypeErrors, and import() calls inside strings, comments and
// templates left alone.
import assert from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-import-opts-'));
const json = path.join(dir, 'd.json');
fs.writeFileSync(json, '{"a":[1,2]}');
const url = pathToFileURL(json).href;

const opts = { with: { type: 'json' } };
const m = await import(url, opts);
assert.deepStrictEqual(m.default, { a: [1, 2] });
const legacy = { assert: { type: 'json' } };
assert.strictEqual((await import(url, legacy)).default, m.default);
// Nested parentheses, templates and trailing commas in the arguments.
const pick = (o) => ({ ...o });
assert.strictEqual((await import(`${url}`, pick(opts),)).default, m.default);
const strings = "import('x', y)"; // import('x', y)
assert.strictEqual(strings.length, 14);
/* import(a, b) */
assert.strictEqual(`${'import('}a, b)`, 'import(a, b)');

// Bad options reject (they do not throw synchronously).
const cases = [
  [1, 'The second argument to import() must be an object'],
  [null, 'The second argument to import() must be an object'],
  [{ with: 1 }, "The 'assert' option must be an object"],
  [{ with: { type: 1 } }, 'Import assertion value must be a string'],
];
for (const [o, message] of cases) {
  const p = import(url, o);
  assert.ok(p instanceof Promise);
  await assert.rejects(p, { name: 'TypeError', message });
}
// Missing type for JSON: the loader's own error.
await assert.rejects(import(url, {}), { code: 'ERR_IMPORT_ASSERTION_TYPE_MISSING' });
// undefined options: a plain import.
assert.strictEqual((await import('node:path', undefined)).default, path);

// The same from CommonJS.
const cjs = path.join(dir, 'c.cjs');
fs.writeFileSync(cjs, `
const o = { with: { type: 'json' } };
module.exports = import(${JSON.stringify(url)}, o);
`);
const { createRequire } = await import('node:module');
const fromCjs = await createRequire(import.meta.url)(cjs);
assert.deepStrictEqual(fromCjs.default, { a: [1, 2] });
fs.rmSync(dir, { recursive: true, force: true });
