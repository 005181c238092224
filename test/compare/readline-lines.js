'use strict';
// Non-terminal line splitting: \n, \r\n, lone \r, chunks split anywhere,
// multi-byte characters split across chunks, last line without newline,
// and the event order up to 'close'.
const readline = require('readline');
const { PassThrough } = require('stream');

function run(label, chunks, options = {}) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, ...options });
    const events = [];
    rl.on('line', (l) => events.push(['line', l]));
    rl.on('pause', () => events.push(['pause']));
    rl.on('resume', () => events.push(['resume']));
    rl.on('close', () => {
      events.push(['close']);
      console.log(label, JSON.stringify(events));
      resolve();
    });
    for (const c of chunks) input.write(c);
    input.end();
  });
}

(async () => {
  await run('lf', ['a\nb\nc\n']);
  await run('crlf', ['a\r\nb\r\n']);
  await run('cr', ['a\rb\rc']);
  await run('mixed', ['a\r\n\nb\r\r\nc\n\r']);
  await run('empty lines', ['\n\n\n']);
  await run('no trailing newline', ['one\ntwo']);
  await run('split line', ['ab', 'cd', '\nef', 'gh\n']);
  await run('crlf split', ['a\r', '\nb\r', '\n']);
  await run('utf8 split', [Buffer.from('é€😀\n').subarray(0, 3), Buffer.from('é€😀\n').subarray(3)]);
  await run('buffers', [Buffer.from('x\ny'), Buffer.from('\n')]);
  await run('unicode separators', ['a\u2028b\u2029c\n']);
  await run('empty input', []);
  await run('crlfDelay', ['a\r', '\n'], { crlfDelay: 5000 });
  await run('only cr', ['\r']);

  // A lone \r at the end of a chunk ends the line at once; a \n arriving
  // after crlfDelay is a separate (empty) line.
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: 100 });
  console.log('crlfDelay property', rl.crlfDelay,
              readline.createInterface({ input: new PassThrough(), crlfDelay: 5 }).crlfDelay);
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  input.write('x\r');
  setTimeout(() => {
    input.write('\ny\n');
    setTimeout(() => {
      console.log('late lf', JSON.stringify(lines));
      rl.close();
      process.exit(0);
    }, 10);
  }, 250);
})();
