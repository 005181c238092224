'use strict';
// Buffer.from(str, 'base64' | 'base64url') and buf.write(str, 'base64') on
// generated strings long enough for eddy's vectorised decoder: both
// alphabets mixed, padding in the middle, whitespace, invalid bytes and
// non-latin1 characters at every position of a 32-character block. A hash
// of all the results is printed, and the first few results in full.
const crypto = require('crypto');

let seed = 7;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return (seed >>> 8) % n;
}
const std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const junk = ['-', '_', '=', ' ', '\n', '\t', '.', '\u00ff', '\u0100', '\u2603', '*', '\0', '@', '[', '`', '{', ':'];

const hash = crypto.createHash('sha256');
let shown = 0;
for (let t = 0; t < 3000; t++) {
  const len = 40 + rnd(300);
  let s = '';
  for (let i = 0; i < len; i++) s += std[rnd(64)];
  const edits = rnd(4);
  for (let e = 0; e < edits; e++) {
    const at = rnd(len);
    s = s.slice(0, at) + junk[rnd(junk.length)] + s.slice(at + 1);
  }
  if (rnd(5) === 0) s += '==';
  const enc = rnd(2) ? 'base64' : 'base64url';
  const out = Buffer.from(s, enc);
  const into = Buffer.alloc(rnd(400));
  const n = into.write(s, enc);
  hash.update(`${t}:${out.toString('hex')}:${n}:${into.toString('hex')}\n`);
  if (shown < 5 && edits > 0) {
    shown++;
    console.log(JSON.stringify(s), enc, out.length, out.toString('hex').slice(0, 64), n);
  }
}
console.log(hash.digest('hex'));
