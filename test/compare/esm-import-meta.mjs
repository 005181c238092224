// import.meta fields, printed relative to the test directory.
const base = new URL('.', import.meta.url).href;
console.log(import.meta.url.slice(base.length));
console.log(import.meta.filename.endsWith('esm-import-meta.mjs'), import.meta.dirname.length > 0);
console.log(import.meta.resolve('./fixtures-esm/exports-one.mjs').slice(base.length));
console.log(Object.keys(import.meta).sort().join());
