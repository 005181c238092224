'use strict';
// Intl.Segmenter: grapheme, word and sentence boundaries over a corpus of
// scripts and emoji, containing() at edge indexes, the iterator protocol,
// resolvedOptions, and the errors for bad options and receivers.
const texts = [
  '',
  'a',
  'Hello, world! How are you?',
  "It's 3.14 o'clock -- isn't it?  Yes.",
  'e\u0301 n\u0303 a\u0308\u0304',
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u{1F1EB}\u{1F1F7}\u{1F1EF}\u{1F1F5} \u{1F44D}\u{1F3FD}',
  '\r\n\n\r x',
  '\uD55C\uAD6D\uC5B4 \u1100\u1161\u11A8',
  '\u0928\u092E\u0938\u094D\u0924\u0947 \u0926\u0941\u0928\u093F\u092F\u093E',
  '\u65E5\u672C\u8A9E\u306E\u6587\u7AE0\u3067\u3059\u3002\u30AB\u30BF\u30AB\u30CA',
  'Mr. Smith went to Washington. He arrived at 5 p.m. It rained! Did it? Yes.',
  'lone \uD800 surrogate \uDC00 end',
  'tab\there, emoji\u{1F600}text',
];
for (const granularity of ['grapheme', 'word', 'sentence']) {
  const seg = new Intl.Segmenter('en', { granularity });
  for (const t of texts) {
    const parts = [...seg.segment(t)].map((s) =>
      (granularity === 'word' ? `${s.index}:${JSON.stringify(s.segment)}:${s.isWordLike}`
        : `${s.index}:${JSON.stringify(s.segment)}`));
    console.log(granularity, JSON.stringify(t), parts.join(' '));
  }
}
const segments = new Intl.Segmenter('en', { granularity: 'word' }).segment('ab cd, ef');
for (const i of [-1, 0, 1, 2, 3, 5, 8, 9, 10, NaN, 1.7, '4', Infinity, -Infinity, undefined]) {
  console.log('containing', String(i), JSON.stringify(segments.containing(i)));
}
const first = [...segments][0];
console.log('keys', Object.keys(first).join(','), first.input === 'ab cd, ef');
console.log('grapheme keys', Object.keys([...new Intl.Segmenter().segment('x')][0]).join(','));
const it = segments[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it);
console.log(JSON.stringify(it.next()), JSON.stringify([...it].length));
console.log(Object.prototype.toString.call(new Intl.Segmenter()));
console.log(JSON.stringify(new Intl.Segmenter('fr', { granularity: 'sentence' }).resolvedOptions()));
console.log(JSON.stringify(new Intl.Segmenter('de-DE-u-co-phonebk').resolvedOptions()));
console.log(JSON.stringify(Intl.Segmenter.supportedLocalesOf(['en-US', 'fr'])));
console.log(Intl.Segmenter.length, Intl.Segmenter.name, Intl.Segmenter.supportedLocalesOf.length);
console.log(JSON.stringify(Object.getOwnPropertyNames(Intl.Segmenter.prototype).sort()));
const desc = Object.getOwnPropertyDescriptor(Intl, 'Segmenter');
console.log(desc.writable, desc.enumerable, desc.configurable);
console.log(typeof segments.containing, 'constructor' in Object.getPrototypeOf(segments),
  Object.getPrototypeOf(segments) === Object.prototype);
console.log(String(new Intl.Segmenter().segment(12345).containing(2).segment));

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name);
  }
}
attempt('no new', () => Intl.Segmenter());
attempt('bad granularity', () => new Intl.Segmenter('en', { granularity: 'line' }));
attempt('bad matcher', () => new Intl.Segmenter('en', { localeMatcher: 'x' }));
attempt('options string', () => new Intl.Segmenter('en', 'word'));
attempt('options null', () => new Intl.Segmenter('en', null));
attempt('bad locale', () => new Intl.Segmenter('not a locale!'));
attempt('symbol input', () => new Intl.Segmenter().segment(Symbol('s')));
attempt('bad receiver', () => Intl.Segmenter.prototype.segment.call({}, 'x'));
attempt('bad containing receiver', () =>
  Object.getPrototypeOf(segments).containing.call({}, 0));
