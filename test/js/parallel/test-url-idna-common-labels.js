'use strict';
// Hosts made of the letters IDNs use most (Latin-1, Greek and Cyrillic lower
// case, kana, CJK ideographs, Hangul; eddy maps these in C++) become
// "xn--" + Punycode of the label, and such "xn--" labels parse back to
// themselves. Checked for every code point of those blocks, against
// node:punycode.
const assert = require('node:assert');
const punycode = require('node:punycode');

const ranges = [
  [0xe0, 0xff], [0x3ac, 0x3ce], [0x430, 0x45f], [0x3041, 0x3096], [0x30a1, 0x30fa],
  [0x4e00, 0x9fa5], [0xac00, 0xd7a3],
];
const skip = new Set([0xf7, 0x3c2]);  // division sign; final sigma (a deviation)

const failures = [];
let checked = 0;
for (const [from, to] of ranges) {
  for (let cp = from; cp <= to; cp++) {
    if (skip.has(cp)) continue;
    const ch = String.fromCodePoint(cp);
    const label = `x${ch}-${ch}`;
    const ace = `xn--${punycode.encode(label)}`;
    // ASCII upper case is mapped to lower case first.
    const host = new URL(`http://X${ch}-${ch}.Com/`).hostname;
    if (host !== `${ace}.com`) failures.push(`${label}: ${host}, expected ${ace}.com`);
    const back = new URL(`wss://${ace.toUpperCase()}./p`).hostname;
    if (back !== `${ace}.`) failures.push(`${ace}: ${back}`);
    checked++;
  }
}
assert.deepStrictEqual(failures.slice(0, 20), []);
assert.ok(checked > 28000);

// Mixed with labels that need full UTS #46 processing, percent-escapes and
// ASCII upper case.
assert.strictEqual(new URL('http://B%C3%BCcher.example/').hostname, 'xn--bcher-kva.example');
assert.strictEqual(new URL('http://bÜcher.example/').hostname, 'xn--bcher-kva.example');
assert.strictEqual(new URL('http://faß.de/').hostname, 'xn--fa-hia.de');
assert.strictEqual(new URL('http://ｅｘａｍｐｌｅ。ü/').hostname, 'example.xn--tda');
assert.strictEqual(URL.canParse('http://xn--a-ä.pt/'), false);
assert.strictEqual(URL.canParse('http://a\u0338b.ü/'), true);
assert.strictEqual(new URL('http://<\u0338.com/').hostname, 'xn--gdh.com');
assert.strictEqual(URL.canParse('http://<x.ü/'), false);
