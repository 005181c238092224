'use strict';
// prompt()/setPrompt()/getPrompt(): the default prompt is '> ', the option
// sets it, and in non-terminal mode prompt() writes it as is.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');
const EventEmitter = require('events');

const output = new EventEmitter();
const chunks = [];
output.write = (data) => { chunks.push(data); return true; };

const plain = readline.createInterface({ input: new PassThrough(), output });
assert.strictEqual(plain.getPrompt(), '> ');
plain.prompt();
plain.setPrompt('next$ ');
assert.strictEqual(plain.getPrompt(), 'next$ ');
plain.prompt(true);
assert.deepStrictEqual(chunks, ['> ', 'next$ ']);
plain.close();

const custom = readline.createInterface({ input: new PassThrough(), prompt: '~ ' });
assert.strictEqual(custom.getPrompt(), '~ ');
// Without an output nothing is written and nothing throws.
custom.prompt();
custom.close();

// Terminal mode redraws: column 1, clear down, prompt + line, cursor column.
output.isTTY = true;
output.columns = 80;
chunks.length = 0;
const input = new PassThrough();
input.isTTY = true;
const tty = readline.createInterface({ input, output, prompt: '# ' });
tty.write('ab');
chunks.length = 0;
tty.prompt(true);
assert.deepStrictEqual(chunks, ['\x1b[1G', '\x1b[0J', '# ab', '\x1b[5G']);
chunks.length = 0;
tty.prompt();
assert.deepStrictEqual(chunks, ['\x1b[1G', '\x1b[0J', '# ab', '\x1b[3G']);
assert.strictEqual(tty.cursor, 0);
tty.close();
