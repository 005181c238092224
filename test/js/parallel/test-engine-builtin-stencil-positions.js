// Built-in modules come from precompiled stencils (lazy functions, trained
// at build time): stack positions of node:internal frames and the source
// text of built-in functions must be exactly those of lib/, both for
// functions compiled ahead of time and for ones compiled on first call.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');

function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected a throw');
}

function builtinFrames(err) {
  const frames = [];
  for (const line of err.stack.split('\n').slice(1)) {
    const m = line.match(/\((node:[^()]+):(\d+):(\d+)\)$/) ||
              line.match(/at (node:[^ ]+):(\d+):(\d+)$/);
    if (m) frames.push({ file: m[1], line: +m[2], column: +m[3] });
  }
  return frames;
}

const errors = [
  thrown(() => path.join(1)),
  thrown(() => Buffer.alloc(-1)),
  thrown(() => require('os').setPriority('x')),
  thrown(() => require('querystring').escape(Symbol('s'))),
  thrown(() => new (require('events'))().emit('error', new Error('boom'))),
];
for (const err of errors) {
  assert.ok(builtinFrames(err).length >= 1, err.stack);
}

// eddy's lib/ is in this repository: check each position against it.
if (process.versions.eddy) {
  const libDir = path.join(__dirname, '..', '..', '..', 'lib');
  const sources = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.js')) sources.set(p, fs.readFileSync(p, 'utf8'));
    }
  };
  walk(libDir);

  for (const err of errors) {
    for (const { file, line, column } of builtinFrames(err)) {
      const text = sources.get(path.join(libDir, `${file.slice(5)}.js`));
      assert.ok(text !== undefined, `${file} is not in lib/`);
      const src = text.split('\n')[line - 1];
      assert.ok(src !== undefined && column >= 1 && column <= src.length,
                `${file}:${line}:${column} is outside the file`);
    }
  }
  // The first frame of an argument error is the throw in the validator.
  const top = builtinFrames(errors[0])[0];
  const topLine = sources.get(path.join(libDir, `${top.file.slice(5)}.js`))
    .split('\n')[top.line - 1];
  assert.match(topLine, /throw|new ERR_/);

  // Function source text: functions that ran at start-up and ones that
  // never ran before this call.
  const fns = [
    require('events').prototype.emit,
    require('path').join,
    require('util').format,
    require('querystring').unescapeBuffer,
    require('os').loadavg,
    require('url').fileURLToPath,
  ];
  const all = [...sources.values()];
  for (const fn of fns) {
    const s = fn.toString();
    assert.ok(all.some((t) => t.includes(s)), `source of ${fn.name} not found in lib/`);
  }
}
