'use strict';
// question() in callback, promisified and readline/promises forms; abort
// signals; prompt()/setPrompt() output in non-terminal mode; question after
// close.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const util = require('util');
const { PassThrough, Writable } = require('stream');

function sink() {
  const out = new Writable({
    write(chunk, enc, cb) { out.data += chunk; cb(); },
  });
  out.data = '';
  return out;
}

async function main() {
  {
    const input = new PassThrough();
    const output = sink();
    const rl = readline.createInterface({ input, output, terminal: false });
    console.log('prompt', JSON.stringify(rl.getPrompt()));
    rl.setPrompt('? ');
    rl.prompt();
    rl.on('line', (l) => console.log('line event', l));
    await new Promise((resolve) => {
      rl.question('name: ', (answer) => {
        console.log('answer', JSON.stringify(answer), 'prompt now', JSON.stringify(rl.getPrompt()));
        resolve();
      });
      console.log('second question is ignored while one is pending');
      rl.question('other: ', () => console.log('never'));
      input.write('Ada\nnext\n');
    });
    await new Promise((r) => setImmediate(r));
    const question = util.promisify(rl.question);
    const p = question.call(rl, 'age: ');
    input.write('36\n');
    console.log('promisified', await p);
    console.log('output', JSON.stringify(output.data));
    rl.close();
    try {
      rl.question('late', () => {});
    } catch (e) {
      console.log('after close', e.name, e.code, e.message);
    }
  }
  {
    const input = new PassThrough();
    const output = sink();
    const rl = readline.createInterface({ input, output, terminal: false });
    const ac = new AbortController();
    rl.question('abort me: ', { signal: ac.signal }, () => console.log('never'));
    ac.abort();
    rl.on('line', (l) => console.log('line after abort', l));
    input.write('hello\n');
    await new Promise((r) => setImmediate(r));
    const pre = new AbortController();
    pre.abort();
    rl.question('pre-aborted', { signal: pre.signal }, () => console.log('never'));
    const question = util.promisify(rl.question);
    await question.call(rl, 'x', { signal: pre.signal }).catch((e) => console.log('promisified pre-aborted', e.name, e.code));
    console.log('output', JSON.stringify(output.data));
    rl.close();
  }
  {
    const input = new PassThrough();
    const output = sink();
    const rl = readlinePromises.createInterface({ input, output, terminal: false });
    const p = rl.question('promise? ');
    input.write('yes\n');
    console.log('promises answer', await p);
    const ac = new AbortController();
    const p2 = rl.question('abort? ', { signal: ac.signal });
    ac.abort('why');
    await p2.catch((e) => console.log('promises abort', e.name, e.code, e.message, e.cause));
    await rl.question('pre', { signal: AbortSignal.abort('r') })
      .catch((e) => console.log('promises pre-aborted', e.name, e.cause));
    await rl.question('bad', { signal: {} }).catch((e) => console.log('object signal', e.code));
    await rl.question('bad', { signal: 'x' }).catch((e) => console.log('bad signal', e.code));
    console.log('output', JSON.stringify(output.data));
    rl.close();
    await rl.question('closed').catch((e) => console.log('promises closed', e.code));
  }
}
main();
