// FileHandle.readLines(): lines of a file (LF and CRLF, last line without a
// newline), with start/end options.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-readlines-'));
  const file = path.join(dir, 'f.txt');
  fs.writeFileSync(file, 'one\r\ntwo\nthree');
  const fh = await fs.promises.open(file);
  const lines = [];
  for await (const line of fh.readLines()) lines.push(line);
  assert.deepStrictEqual(lines, ['one', 'two', 'three']);
  const fh2 = await fs.promises.open(file);
  const part = [];
  for await (const line of fh2.readLines({ start: 5, end: 8 })) part.push(line);
  assert.deepStrictEqual(part, ['two']);
  fs.rmSync(dir, { recursive: true });
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });
