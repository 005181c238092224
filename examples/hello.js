#!/usr/bin/env eddy
// A small real program: timers, promises, nextTick and process facts.
'use strict';

const { setTimeout: sleep } = require('node:timers/promises');

async function main() {
  console.log(`hello from eddy ${process.versions.eddy} (SpiderMonkey ${process.versions.spidermonkey}, libuv ${process.versions.uv})`);
  const started = process.hrtime.bigint();
  const order = [];
  setImmediate(() => order.push('immediate'));
  process.nextTick(() => order.push('nextTick'));
  Promise.resolve().then(() => order.push('promise'));
  await sleep(20);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`event loop order: ${order.join(' -> ')}`);
  console.log(`slept ${ms >= 19 ? 'at least 20' : ms.toFixed(1)} ms; arguments: ${JSON.stringify(process.argv.slice(2))}`);
}

main();
