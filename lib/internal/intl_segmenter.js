// eddy: Intl.Segmenter (ECMA-402), which SpiderMonkey 102 lacks and node 20
// has. Boundaries come from the system's ICU break iterators through
// internalBinding('icu').breaks(); this file gives them the standard's
// shape: Segmenter, its %SegmentsPrototype% (containing, @@iterator) and
// %SegmentIteratorPrototype% (next), and the segment data objects
// { segment, index, input[, isWordLike] }. Installed on Intl lazily by
// lib/internal/bootstrap/polyfills.js.
'use strict';

const binding = internalBinding('icu');

const kGranularities = ['grapheme', 'word', 'sentence'];
const kMatchers = ['lookup', 'best fit'];
// ICU rule statuses of word segments: below 100 is UBRK_WORD_NONE (spaces,
// punctuation); numbers, letters, kana and ideographs are word-like.
const kWordNoneLimit = 100;

function getOptionsObject(options) {
  if (options === undefined) return Object.create(null);
  if (typeof options === 'object' && options !== null) return options;
  if (typeof options === 'function') return options;
  throw new TypeError('Options must be an object');
}

function getStringOption(options, name, allowed, fallback) {
  const v = options[name];
  if (v === undefined) return fallback;
  const s = String(v);
  if (!allowed.includes(s)) {
    throw new RangeError(`Value ${s} out of range for Intl.Segmenter options property ${name}`);
  }
  return s;
}

// The locale a Segmenter resolves to: the first requested one the engine's
// Intl data knows, without Unicode extensions (none apply to segmentation),
// else the default locale.
function resolveLocale(locales, matcher) {
  const requested = Intl.getCanonicalLocales(locales);
  const stripped = requested.map((l) => l.replace(/-u(?:-[a-z0-9]{2,8})+/i, ''));
  const supported = Intl.DateTimeFormat.supportedLocalesOf(stripped, { localeMatcher: matcher });
  if (supported.length > 0) return supported[0];
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

function toIntegerOrInfinity(v) {
  const n = Number(v);
  if (Number.isNaN(n) || n === 0) return 0;
  if (!Number.isFinite(n)) return n;
  return Math.trunc(n);
}

const segmenterState = new WeakMap();  // Segmenter -> { locale, granularity, kind }
const segmentsState = new WeakMap();  // Segments -> { state, string, breaks }
const iteratorState = new WeakMap();  // iterator -> { segments, position }

function breaksOf(s) {
  if (s.breaks === null) {
    const b = binding.breaks(s.state.kind, s.state.locale, s.string);
    if (b === undefined) {
      throw new RangeError(`Intl.Segmenter: no ${s.state.granularity} break rules for ` +
        `locale ${s.state.locale}`);
    }
    s.breaks = b;
  }
  return s.breaks;
}

// The segment data object for the segment [breaks[2i], breaks[2i+2]).
function segmentData(s, i) {
  const b = breaksOf(s);
  const start = b[2 * i];
  const end = b[2 * i + 2];
  const data = {
    segment: s.string.slice(start, end),
    index: start,
    input: s.string,
  };
  if (s.state.granularity === 'word') data.isWordLike = b[2 * i + 3] >= kWordNoneLimit;
  return data;
}

function thisState(map, self, method) {
  const st = typeof self === 'object' && self !== null ? map.get(self) : undefined;
  if (st === undefined) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${String(self)}`);
  }
  return st;
}

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

const SegmentIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const it = thisState(iteratorState, this, '%SegmentIterator.prototype%.next');
      const b = breaksOf(it.segments);
      const count = b.length / 2 - 1;
      if (it.position >= count) return { value: undefined, done: true };
      const value = segmentData(it.segments, it.position++);
      return { value, done: false };
    },
    writable: true, configurable: true, enumerable: false,
  },
  [Symbol.toStringTag]: {
    value: 'Segmenter String Iterator', writable: false, configurable: true, enumerable: false,
  },
});

const SegmentsPrototype = Object.create(Object.prototype, {
  containing: {
    value: function containing(index) {
      const s = thisState(segmentsState, this, '%Segments.prototype%.containing');
      const n = toIntegerOrInfinity(index);
      if (n < 0 || n >= s.string.length) return undefined;
      const b = breaksOf(s);
      // Binary search for the last boundary at or before n.
      let lo = 0;
      let hi = b.length / 2 - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (b[2 * mid] <= n) lo = mid; else hi = mid;
      }
      return segmentData(s, lo);
    },
    writable: true, configurable: true, enumerable: false,
  },
  [Symbol.iterator]: {
    value: function segmentsIterator() {
      const s = thisState(segmentsState, this, '%Segments.prototype%[@@iterator]');
      const it = Object.create(SegmentIteratorPrototype);
      iteratorState.set(it, { segments: s, position: 0 });
      return it;
    },
    writable: true, configurable: true, enumerable: false,
  },
});
Object.defineProperty(SegmentsPrototype[Symbol.iterator], 'name', { value: '[Symbol.iterator]' });

class Segmenter {
  constructor(locales = undefined, options = undefined) {
    if (new.target === undefined) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
    const opts = getOptionsObject(options);
    const matcher = getStringOption(opts, 'localeMatcher', kMatchers, 'best fit');
    const granularity = getStringOption(opts, 'granularity', kGranularities, 'grapheme');
    const locale = resolveLocale(locales, matcher);
    segmenterState.set(this, { locale, granularity, kind: kGranularities.indexOf(granularity) });
  }

  segment(string) {
    const state = thisState(segmenterState, this, 'Intl.Segmenter.prototype.segment');
    const segments = Object.create(SegmentsPrototype);
    segmentsState.set(segments, { state, string: `${string}`, breaks: null });
    return segments;
  }

  resolvedOptions() {
    const state = thisState(segmenterState, this, 'Intl.Segmenter.prototype.resolvedOptions');
    return { locale: state.locale, granularity: state.granularity };
  }

  static supportedLocalesOf(locales, options = undefined) {
    return Intl.DateTimeFormat.supportedLocalesOf(locales, options);
  }
}

Object.defineProperty(Segmenter.prototype, Symbol.toStringTag, {
  value: 'Intl.Segmenter', writable: false, configurable: true, enumerable: false,
});

module.exports = { Segmenter };
