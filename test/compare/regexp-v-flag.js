'use strict';
// Regular expression literals with the `v` flag (node 20 has them; eddy
// rewrites the ones u mode can express when SpiderMonkey 102 rejects the
// source): literals in many syntactic positions, next to strings, comments,
// templates and divisions that look like regexps, v's class escapes, the
// emoji properties of strings, and an ES module imported from here.
const a = 10;
const v = 2;
const half = a / v / 1;  // division, not a regexp: "/ v /"
const path = '/usr/v/x';  // a string that looks like one
/* a comment with /v in it */
const tests = [
  /[\p{L}\p{N}]+/v,
  /^[\&\!\#\%\,\:\;\<\=\>\@\`\~]+$/v,
  /\p{RGI_Emoji}/gv,
  /^\p{RGI_Emoji_Flag_Sequence}$/v,
  /^\p{Emoji_Keycap_Sequence}$/v,
  /^(?:\p{RGI_Emoji_Modifier_Sequence}|\p{RGI_Emoji_ZWJ_Sequence})$/v,
  /caf\u{E9}/iv,
  /(?<word>[a-z]+)/dv,
];
const inputs = ['hello world 42', '&!#%', 'I \u2764\uFE0F \u{1F1EB}\u{1F1F7} and \u{1F44D}\u{1F3FD}',
  '\u{1F1EB}\u{1F1F7}', '1\uFE0F\u20E3', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  '\u{1F44D}\u{1F3FD}', 'CAF\u00C9', 'abc def', ''];
for (const re of tests) {
  for (const s of inputs) {
    re.lastIndex = 0;
    const m = s.match(re);
    console.log(re.global, re.ignoreCase, re.hasIndices, JSON.stringify(s),
      JSON.stringify(m && [...m]), m && m.indices ? JSON.stringify([...m.indices[0]]) : '');
  }
}
function pick(x) {
  return x ? /^\p{Lu}/v.test(x) : /x/v;
}
const obj = { re: /[\p{Script=Greek}]/v, list: [/a/v, /b/gv] };
const tpl = `${/[\p{Nd}]+/v.exec('abc123')[0]} ${'/v'} ${half} ${path}`;
console.log(pick('Hello'), pick('hello'), String(typeof pick('')), tpl);
console.log(obj.re.test('\u03B1'), obj.list.map((r) => r.test('ab')).join(), (() => /q/v)().test('q'));
console.log([1, 2].map((n) => n / 2 / v).join(), 4 / 2 /* /v */ / 1);
import('../fixtures/regexp-v/widths.mjs').then(({ describe }) => {
  for (const s of ['a', '\u200B', '\u{1F600}', '\u{1F1EB}\u{1F1F7}', 'x\u0301']) {
    console.log(JSON.stringify(s), describe(s));
  }
});
