'use strict';
// repl.start() over given streams: the prompt option, a custom writer,
// ignoreUndefined, defineCommand, a custom eval (and Recoverable for more
// input), and 'exit' when the input ends.
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

function run(options, lines, done, setup = () => {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.setEncoding('utf8');
  output.on('data', (d) => { text += d; });
  const server = repl.start({ input, output, terminal: false, ...options });
  server.on('exit', () => setImmediate(() => done(text, server)));
  setup(server);
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  return server;
}

run({ prompt: 'js> ', writer: (v) => `<${typeof v}:${String(v)}>`, ignoreUndefined: true },
    ['1 + 2', 'var x', '"s"'], (text) => {
      assert.strictEqual(text, 'js> <number:3>\njs> js> <string:s>\njs> ');
    });

run({ prompt: '> ' }, ['.hello there', '.exit'], (text) => {
  assert.strictEqual(text, '> Hello, there!\n> ');
}, (server) => server.defineCommand('hello', {
  help: 'Say hello',
  action(name) {
    this.output.write(`Hello, ${name}!\n`);
    this.displayPrompt();
  },
}));

let seen = '';
run({
  prompt: '$ ',
  eval(code, context, file, cb) {
    seen += code;
    if (!code.includes(';')) return cb(new repl.Recoverable(new SyntaxError('more')));
    cb(null, seen.length);
  },
}, ['ab', 'cd;'], (text) => {
  assert.strictEqual(seen, 'ab\nab\ncd;\n');
  assert.strictEqual(text, '$ ... 10\n$ ');
});
assert.strictEqual(typeof repl.REPLServer, 'function');
assert.strictEqual(typeof repl.REPL_MODE_STRICT, 'symbol');
assert.ok(repl.isValidSyntax === undefined || repl.isValidSyntax('1 +') === false);
