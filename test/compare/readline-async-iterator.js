'use strict';
// for await over an Interface: all lines, the unterminated last one, ending
// on close; breaking out closes; lines already buffered by the iterator
// survive a pause; readline/promises interfaces iterate too.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Readable } = require('stream');

async function main() {
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    console.log('same iterator', it === rl[Symbol.asyncIterator]());
    input.write('one\ntwo\n');
    input.end('three');
    const lines = [];
    for await (const line of rl) lines.push(line);
    console.log('lines', JSON.stringify(lines), 'closed', rl.closed);
  }
  {
    // Breaking out ends the iteration (the interface itself stays open).
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('close', () => console.log('closed'));
    setTimeout(() => input.write('a\nb\nc\n'), 5);
    for await (const line of rl) {
      console.log('got', line);
      if (line === 'b') break;
    }
    console.log('after break', rl.closed, rl.listenerCount('line'));
    rl.close();
  }
  {
    // Lines emitted while the loop body awaits are queued, not lost.
    const input = new PassThrough();
    const rl = readlinePromises.createInterface({ input });
    setTimeout(() => {
      input.write('1\n2\n3\n');
      input.end('4\n');
    }, 5);
    for await (const line of rl) {
      await new Promise((r) => setTimeout(r, 2));
      console.log('slow', line);
    }
  }
  {
    // Created lazily after lines were read: only later lines are seen.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const early = [];
    rl.on('line', (l) => early.push(l));
    input.write('early\n');
    await new Promise((r) => setImmediate(r));
    setTimeout(() => input.end('late\n'), 5);
    const seen = [];
    for await (const line of rl) seen.push(line);
    console.log('early listener', JSON.stringify(early), 'iterator', JSON.stringify(seen));
  }
  {
    // Many lines in one chunk.
    const n = 3000;
    let text = '';
    for (let i = 0; i < n; i++) text += i + '\n';
    const rl = readline.createInterface({ input: Readable.from([text]) });
    let count = 0;
    let sum = 0;
    for await (const line of rl) {
      count++;
      sum += Number(line);
    }
    console.log('many', count, sum);
  }
}
main();
