'use strict';
// Terminal-mode line editing over a fake TTY: the bytes written for each key
// must match node's exactly.
const readline = require('readline');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

const input = new PassThrough();
input.isTTY = true;
const rawCalls = [];
input.setRawMode = (mode) => { input.isRaw = mode; rawCalls.push(mode); };

const output = new EventEmitter();
output.isTTY = true;
output.columns = 80;
let written = [];
output.write = (data) => { written.push(data); return true; };

const rl = readline.createInterface({ input, output, prompt: '$ ' });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('history', (h) => console.log('history', JSON.stringify(h)));
rl.on('close', () => console.log('close', JSON.stringify(rawCalls)));

function step(label, keys) {
  written = [];
  for (const k of keys) {
    if (typeof k === 'string') input.write(k);
    else if (typeof k === 'function') k();
    else rl.write(null, k);
  }
  console.log(label.padEnd(14), JSON.stringify(written),
              'line=' + JSON.stringify(rl.line), 'cursor=' + rl.cursor,
              JSON.stringify(rl.getCursorPos()));
}

step('prompt', []);
rl.prompt();
console.log('after prompt', JSON.stringify(written));
step('type', ['h', 'e', 'l', 'l', 'o']);
step('left', ['\x1b[D', '\x1b[D']);
step('insert mid', ['X']);
step('right', ['\x1b[C']);
step('home', ['\x1b[H']);
step('end', ['\x1b[F']);
step('ctrl-a', ['\x01']);
step('ctrl-e', ['\x05']);
step('ctrl-b', ['\x02']);
step('ctrl-f', ['\x06']);
step('backspace', ['\x7f']);
step('ctrl-h', ['\x08']);
step('ctrl-a+ctrl-d', ['\x01', '\x04']);
step('delete', ['\x1b[3~']);
step('end+space', ['\x05', ' ', 'w', 'o', 'r', 'l', 'd']);
step('ctrl-w', ['\x17']);
step('ctrl-u', ['\x15']);
step('retype', ['a', 'b', 'c', ' ', 'd', 'e', 'f']);
step('ctrl-left', ['\x1b[1;5D']);
step('meta-b', ['\x1bb']);
step('meta-f', ['\x1bf']);
step('ctrl-k', ['\x0b']);
step('ctrl-y', ['\x19']);
step('ctrl-l', ['\x0c']);
step('undo', ['\x1f']);
step('redo', ['\x1e']);
step('meta-d', ['\x01', '\x1bd']);
step('enter', ['\r']);
step('second', ['s', 'e', 'c', 'o', 'n', 'd', '\r']);
step('third', ['t', 'h', 'i', 'r', 'd', '\n']);
step('up', ['\x1b[A']);
step('up', ['\x1b[A']);
step('up', ['\x1b[A']);
step('down', ['\x1b[B']);
step('down', ['\x1b[B']);
step('down', ['\x1b[B']);
step('search s', ['s', '\x1b[A']);
step('esc', ['\x1b', '\x1b']);
step('ctrl-n', ['\x0e']);
step('ctrl-p', ['\x10']);
step('paste', ['one\rtwo']);
step('write key', [{ ctrl: true, name: 'u' }]);
step('write str', [() => rl.write('abc')]);
step('crlf', ['x\r', '\n']);
step('ctrl-d empty', ['\x04']);
console.log('closed', rl.closed, 'paused', rl.paused);
