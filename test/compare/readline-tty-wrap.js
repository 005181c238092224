'use strict';
// Terminal redraws on a narrow fake TTY: lines wrapping over several rows,
// wide (CJK, emoji) characters, tabs, ANSI colours in the prompt, cursor
// movement across rows and a resize event.
const readline = require('readline');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

const input = new PassThrough();
input.isTTY = true;
input.setRawMode = () => {};
const output = new EventEmitter();
output.isTTY = true;
output.columns = 10;
let chunks = [];
output.write = (d) => { chunks.push(d); return true; };

const rl = readline.createInterface({ input, output, prompt: '\x1b[32m>\x1b[0m ' });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));

function step(label, fn) {
  chunks = [];
  fn();
  console.log(label.padEnd(12), JSON.stringify(chunks), rl.cursor,
              JSON.stringify(rl.getCursorPos()), 'prevRows=' + rl.prevRows);
}

step('prompt', () => rl.prompt());
step('type 7', () => { for (const c of 'abcdefg') input.write(c); });
step('type wrap', () => { for (const c of 'hijkl') input.write(c); });
step('paste', () => input.write('mnopqrstuvwxyz'));
step('home', () => input.write('\x1b[H'));
step('right', () => input.write('\x1b[C'));
step('end', () => input.write('\x1b[F'));
step('left', () => input.write('\x1b[D'));
step('backspace', () => input.write('\x7f'));
step('ctrl-u', () => input.write('\x15'));
step('wide', () => { for (const c of '日本語テキスト') input.write(c); });
step('emoji', () => input.write('😀'));
step('emoji split', () => {
  const b = Buffer.from('😀');
  input.write(b.subarray(0, 2));
  input.write(b.subarray(2));
});
step('left wide', () => input.write('\x1b[D'));
step('ctrl-b wide', () => input.write('\x02'));
step('ctrl-w', () => input.write('\x17'));
step('ctrl-u', () => input.write('\x15'));
step('tab', () => { input.write('a'); input.write('\t'); input.write('b'); });
step('combining', () => input.write('e\u0301'));
step('resize', () => { output.columns = 6; output.emit('resize'); });
step('enter', () => input.write('\r'));
step('exact width', () => { for (const c of 'abcdefgh') input.write(c); });
step('ctrl-a', () => input.write('\x01'));
step('ctrl-e', () => input.write('\x05'));
step('setPrompt', () => { rl.setPrompt('>>> '); rl.prompt(true); });
step('prompt', () => rl.prompt());
step('close', () => rl.close());
