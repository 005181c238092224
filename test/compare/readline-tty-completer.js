'use strict';
// Tab completion in terminal mode: sync and callback completers (node:readline),
// async completers (node:readline/promises), common-prefix insertion, the
// candidate listing on a second tab, and completer errors.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

function tty(columns) {
  const input = new PassThrough();
  input.isTTY = true;
  input.setRawMode = () => {};
  const output = new EventEmitter();
  output.isTTY = true;
  output.columns = columns;
  output.chunks = [];
  output.write = (d) => { output.chunks.push(d); return true; };
  return { input, output };
}

const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry', 'avocado',
               'a-very-long-fruit-name'];
function complete(line) {
  const hits = words.filter((w) => w.startsWith(line));
  return [hits.length ? hits : words, line];
}

function show(label, rl, output) {
  // Error stacks differ between runtimes: keep first lines only.
  const chunks = output.chunks.map((c) => c.split('\n    at ')[0]);
  console.log(label, JSON.stringify(chunks), JSON.stringify(rl.line), rl.cursor);
  output.chunks.length = 0;
}

async function main() {
  {
    const { input, output } = tty(40);
    const events = [];
    const rl = readline.createInterface({ input, output, completer: complete, prompt: '> ' });
    rl.on('pause', () => events.push('pause'));
    rl.on('resume', () => events.push('resume'));
    input.write('b');
    input.write('\t');
    show('sync b<tab>', rl, output);
    input.write('l\t');
    show('paste bl<tab>', rl, output);
    rl.write(null, { ctrl: true, name: 'u' });
    input.write('a');
    input.write('\t');
    show('a<tab>', rl, output);
    input.write('\t');
    show('a<tab><tab>', rl, output);
    input.write('p');
    input.write('\t');
    show('ap<tab>', rl, output);
    input.write('\t');
    show('ap<tab><tab>', rl, output);
    rl.write(null, { ctrl: true, name: 'u' });
    input.write('z');
    input.write('\t');
    input.write('\t');
    show('z<tab><tab>', rl, output);
    console.log('events', events.join(','));
    rl.close();
  }
  {
    const { input, output } = tty(Infinity);
    const rl = readline.createInterface(input, output, (line, cb) => {
      setTimeout(() => cb(null, [['cat', 'car', 'cab', ''], line]), 5);
    });
    input.write('c');
    input.write('\t');
    await new Promise((r) => setTimeout(r, 30));
    show('callback c<tab>', rl, output);
    input.write('a');
    input.write('\t');
    await new Promise((r) => setTimeout(r, 30));
    input.write('\t');
    await new Promise((r) => setTimeout(r, 30));
    show('callback ca<tab><tab>', rl, output);
    rl.close();
  }
  {
    const { input, output } = tty(80);
    const rl = readline.createInterface({
      input, output, completer: (line, cb) => cb(new Error('nope')),
    });
    input.write('x');
    input.write('\t');
    show('callback error', rl, output);
    rl.close();
  }
  {
    const { input, output } = tty(80);
    const rl = readlinePromises.createInterface({
      input, output, completer: async (line) => [['hello', 'help'], line],
    });
    input.write('h');
    input.write('\t');
    await new Promise((r) => setTimeout(r, 10));
    show('async h<tab>', rl, output);
    input.write('\t');
    await new Promise((r) => setTimeout(r, 10));
    show('async hel<tab>', rl, output);
    input.write('\t');
    await new Promise((r) => setTimeout(r, 10));
    show('async hel<tab><tab>', rl, output);
    rl.close();
  }
  {
    const { input, output } = tty(80);
    const rl = readlinePromises.createInterface({
      input, output, completer: (line) => [['ZZZ'], 'abc'],
    });
    input.write('xyabc');
    input.write('\t');
    await new Promise((r) => setTimeout(r, 10));
    show('replace completeOn', rl, output);
    rl.close();
  }
  {
    const { input, output } = tty(80);
    const rl = readlinePromises.createInterface({
      input, output, completer: async () => { throw new Error('async nope'); },
    });
    input.write('q');
    input.write('\t');
    await new Promise((r) => setTimeout(r, 10));
    console.log('async error', JSON.stringify(output.chunks).includes('Tab completion error: Error: async nope'));
    rl.close();
  }
  {
    // Without a completer a tab is inserted as text.
    const { input, output } = tty(80);
    const rl = readline.createInterface({ input, output, tabSize: 4 });
    input.write('a');
    input.write('\t');
    input.write('b');
    show('no completer', rl, output);
    console.log(JSON.stringify(rl.getCursorPos()));
    rl.close();
  }
  try {
    readline.createInterface({ input: new PassThrough(), completer: 'nope' });
  } catch (e) {
    console.log(e.code, e.message);
  }
}
main();
