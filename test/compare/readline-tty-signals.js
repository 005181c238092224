'use strict';
// Terminal-mode Ctrl+C / Ctrl+D / Ctrl+Z handling, raw mode on and off,
// closing on input end (with a pending line), and TERM=dumb.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

function tty() {
  const input = new PassThrough();
  input.isTTY = true;
  input.raw = [];
  input.setRawMode = (m) => { input.isRaw = m; input.raw.push(m); };
  const output = new EventEmitter();
  output.isTTY = true;
  output.columns = 80;
  output.chunks = [];
  output.write = (d) => { output.chunks.push(d); return true; };
  return { input, output };
}

function watch(label, rl) {
  for (const ev of ['line', 'close', 'pause', 'resume', 'SIGINT', 'SIGTSTP', 'SIGCONT', 'history']) {
    rl.on(ev, (...args) => console.log(label, ev, JSON.stringify(args)));
  }
}

async function main() {
  {
    const { input, output } = tty();
    const rl = readline.createInterface({ input, output });
    console.log('raw after create', JSON.stringify(input.raw), rl.terminal);
    watch('a', rl);
    input.write('abc');
    input.write('\x03');
    input.write('\x1a');
    input.write('\x04');
    console.log('line after ^D mid-line', JSON.stringify(rl.line));
    input.write('\x01\x04');
    console.log('after ^A^D', JSON.stringify(rl.line), rl.cursor);
    input.write('\x15');
    input.write('\x04');
    console.log('raw after ^D', JSON.stringify(input.raw), rl.closed);
    console.log('output', JSON.stringify(output.chunks));
  }
  {
    // No SIGINT listener: Ctrl+C closes.
    const { input, output } = tty();
    const rl = readline.createInterface({ input, output });
    rl.on('close', () => console.log('b close', JSON.stringify(input.raw)));
    input.write('x');
    input.write('\x03');
    console.log('b closed', rl.closed, 'listeners', input.listenerCount('keypress'));
  }
  {
    // Ctrl+C / Ctrl+D reject a pending promises question.
    const { input, output } = tty();
    const rl = readlinePromises.createInterface({ input, output });
    const p = rl.question('q1 ');
    input.write('\x03');
    await p.catch((e) => console.log('c', e.name, e.message));
    const { input: input2, output: output2 } = tty();
    const rl2 = readlinePromises.createInterface({ input: input2, output: output2 });
    const p2 = rl2.question('q2 ');
    input2.write('\x04');
    await p2.catch((e) => console.log('c2', e.name, e.message));
    console.log('c output', JSON.stringify(output.chunks), JSON.stringify(output2.chunks));
  }
  {
    // Input end in terminal mode emits the unfinished line, then closes.
    const { input, output } = tty();
    const rl = readline.createInterface({ input, output });
    watch('d', rl);
    input.write('partial');
    input.end();
    await new Promise((r) => rl.once('close', r));
  }
  {
    // Non-terminal: input end emits the buffered line then closes; close
    // removes the listeners from the input.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    watch('e', rl);
    const before = ['data', 'end', 'error'].map((e) => input.listenerCount(e));
    input.end('tail');
    await new Promise((r) => rl.once('close', r));
    const after = ['data', 'end', 'error'].map((e) => input.listenerCount(e));
    console.log('e listeners', JSON.stringify(before), JSON.stringify(after));
    rl.close();
  }
  {
    // An AbortSignal closes the interface.
    const ac = new AbortController();
    const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
    watch('f', rl);
    ac.abort();
    const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
    watch('f2', rl2);
    console.log('f2 closed sync?', rl2.closed);
    await new Promise((r) => setImmediate(r));
  }
  {
    // input errors are re-emitted on the interface.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('error', (e) => console.log('g error', e.message));
    input.emit('error', new Error('bad input'));
    rl.close();
  }
  {
    process.env.TERM = 'dumb';
    const { input, output } = tty();
    const rl = readline.createInterface({ input, output, prompt: 'dumb> ' });
    watch('h', rl);
    rl.prompt();
    input.write('ab');
    input.write('\x1b[D');
    input.write('c\r');
    input.write('\x7f');
    input.write('\x04');
    console.log('h output', JSON.stringify(output.chunks));
  }
}
main();
