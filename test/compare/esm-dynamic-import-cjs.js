// import() from CommonJS, of an ES module and of JSON (with attributes).
'use strict';
(async () => {
  const ns = await import('./fixtures-esm/exports-one.mjs');
  console.log(Object.keys(ns), ns.one);
  const json = await import('./fixtures-esm/data.json', { with: { type: 'json' } }).catch((e) => e.name);
  console.log(typeof json);
})();
