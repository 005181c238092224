// bench: metric=wall+rss, runs=20
//
// Start-up of a program that requires 20 built-in modules (the ones eddy
// has; node's are loaded from its snapshot).
'use strict';
const names = ['events', 'path', 'util', 'assert', 'timers', 'console', 'module',
  'timers/promises', 'assert/strict', 'buffer', 'url', 'querystring', 'os',
  'string_decoder', 'events', 'path', 'util', 'timers', 'console', 'module'];
let loaded = 0;
for (const n of names) {
  try {
    require(n);
    loaded++;
  } catch {
    // a module this runtime does not have yet
  }
}
if (loaded < 9) {
  console.error(`builtins-20: only ${loaded} loaded`);
  process.exitCode = 1;
}
