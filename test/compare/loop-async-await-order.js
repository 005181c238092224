// async/await interleavings: await of values, native promises and
// thenables, async functions returning promises, and async iteration.
'use strict';
const out = [];
const log = (s) => out.push(s);
async function a1() {
  log('a1 start');
  await undefined;
  log('a1 after await undefined');
  await Promise.resolve();
  log('a1 after await promise');
}
async function a2() {
  log('a2 start');
  await { then(res) { log('a2 thenable.then called'); res(); } };
  log('a2 after await thenable');
}
async function a3() {
  return Promise.resolve('a3 value'); // extra ticks for returning a promise
}
async function a4() {
  return 'a4 value';
}
async function* gen() {
  yield 'g1';
  await null;
  yield 'g2';
}
a1();
a2();
a3().then((v) => log(`${v} resolved`));
a4().then((v) => log(`${v} resolved`));
(async () => {
  for await (const v of gen()) log(`for await ${v}`);
  for await (const v of [Promise.resolve('arr1'), 'arr2']) log(`for await ${v}`);
})();
Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3'))
  .then(() => log('p4')).then(() => log('p5'));
log('sync end');
setImmediate(() => console.log(out.join('\n')));
