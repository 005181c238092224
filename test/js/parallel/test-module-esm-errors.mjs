// Resolution errors of ES modules carry node's codes and messages.
import assert from 'node:assert';


const here = new URL('../../fixtures/modules/', import.meta.url).pathname;
const me = `${here}esm-errors.mjs`;

const cases = [
  ['./missing.mjs', 'ERR_MODULE_NOT_FOUND', `Cannot find module '${here}missing.mjs' imported from ${me}`],
  ['no-such-package', 'ERR_MODULE_NOT_FOUND', `Cannot find package 'no-such-package' imported from ${me}`],
  ['./app', 'ERR_UNSUPPORTED_DIR_IMPORT', `Directory import '${here}app' is not supported resolving ES modules imported from ${me}`],
  ['dual/utils/secret', 'ERR_PACKAGE_PATH_NOT_EXPORTED', undefined],
  ['#nope', 'ERR_PACKAGE_IMPORT_NOT_DEFINED', undefined],
  ['./data.json', 'ERR_IMPORT_ASSERTION_TYPE_MISSING', `Module "file://${here}data.json" needs an import attribute of type "json"`],
  ['https://example.com/x.js', 'ERR_UNSUPPORTED_ESM_URL_SCHEME', undefined],
];
const { importFromHere } = await import('../../fixtures/modules/esm-errors.mjs');
for (const [specifier, code, message] of cases) {
  await assert.rejects(importFromHere(specifier), (err) => {
    assert.strictEqual(err.code, code, specifier);
    if (message !== undefined) assert.strictEqual(err.message, message);
    return true;
  });
}

