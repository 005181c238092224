'use strict';
// The order of a child's events: 'spawn' on the next tick, then 'exit',
// then 'close' once every stdio stream closed; a failed spawn gives 'error'
// and 'close' only.
const { spawn } = require('child_process');

function watch(name, child, done) {
  const events = [];
  for (const ev of ['spawn', 'exit', 'close', 'error', 'disconnect']) {
    child.on(ev, (...args) => {
      events.push(`${ev}(${args.map((a) => (a instanceof Error ? a.code : String(a))).join(', ')})`);
      if (ev === 'close') {
        console.log(`${name}: ${events.join(' ')}`);
        done();
      }
    });
  }
}

const steps = [
  () => spawn('true', { stdio: 'ignore' }),
  () => spawn('sh', ['-c', 'exit 3'], { stdio: 'ignore' }),
  () => spawn('sh', ['-c', 'kill -TERM $$'], { stdio: 'inherit' }),
  () => spawn('eddy-no-such-command'),
  () => spawn('eddy-no-such-command', { stdio: 'ignore' }),
];
let i = 0;
function next() {
  if (i === steps.length) {
    piped();
    return;
  }
  const child = steps[i]();
  watch(`step ${i++}`, child, next);
  console.log('spawned, pid is a', typeof child.pid);
}
next();

// With pipes, 'spawn' still comes before any data and 'close' last.
function piped() {
  const child = spawn('sh', ['-c', 'echo out; echo err >&2']);
  const seen = [];
  child.on('spawn', () => seen.push('spawn'));
  child.stdout.on('data', () => seen.push('data'));
  child.on('exit', () => seen.push('exit'));
  child.on('close', () => {
    seen.push('close');
    console.log('piped first/last:', seen[0], seen[seen.length - 1],
                seen.indexOf('exit') < seen.indexOf('close'), seen.includes('data'));
  });
}
