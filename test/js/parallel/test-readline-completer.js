'use strict';
// Tab completion: a one-argument completer is called synchronously, a
// two-argument one with a callback; the common prefix is inserted and a
// second tab lists the candidates.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

function tty() {
  const input = new PassThrough();
  input.isTTY = true;
  const output = new EventEmitter();
  output.isTTY = true;
  output.columns = 30;
  output.chunks = [];
  output.write = (d) => { output.chunks.push(d); return true; };
  return { input, output };
}

{
  const { input, output } = tty();
  const completer = common.mustCall((line) => {
    const all = ['help', 'hello', 'quit'];
    return [all.filter((c) => c.startsWith(line)), line];
  }, 3);
  const rl = readline.createInterface({ input, output, completer });
  input.write('h');
  input.write('\t');
  assert.strictEqual(rl.line, 'hel');
  output.chunks.length = 0;
  input.write('\t');
  assert.deepStrictEqual(output.chunks, [
    '\r\nhelp   hello\r\n\r\n', '\x1b[1G', '\x1b[0J', '> hel', '\x1b[6G',
  ]);
  input.write('\x15q');
  input.write('\t');
  assert.strictEqual(rl.line, 'quit');
  rl.close();
}
{
  const { input, output } = tty();
  let calls = 0;
  const rl = readline.createInterface({
    input, output,
    completer(line, callback) {
      calls++;
      setImmediate(common.mustCall(() => {
        callback(null, [['world'], line]);
        assert.strictEqual(rl.line, 'world');
        assert.strictEqual(calls, 1);
        rl.close();
      }));
    },
  });
  input.write('w');
  input.write('\t');
  // The answer comes later.
  assert.strictEqual(rl.line, 'w');
}
