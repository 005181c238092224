// eddy: perf_hooks histograms. Values are bucketed the way HdrHistogram (the
// library node uses) buckets them, so min/max/mean/stddev/percentiles come
// out as node reports them: a value v is kept in a bucket of equivalent
// values whose width depends on v and the significant figures; min reports
// the lowest equivalent value, max and percentile() the highest, mean and
// stddev use the bucket midpoints. Arithmetic uses doubles (values go up to
// Number.MAX_SAFE_INTEGER), not 32-bit shifts.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');

const kInt64Max = 9223372036854775807n;
const kConstructing = Symbol('kConstructing');
const kRecord = Symbol('kRecord');
const kRecordDelta = Symbol('kRecordDelta');
const kAdd = Symbol('kAdd');

class SafeMap extends Map {}

function bitLength(v) {  // v >= 1
  let b = Math.floor(Math.log2(v));
  if (2 ** b > v) b--;
  else if (2 ** (b + 1) <= v) b++;
  return b + 1;
}

// The bucket layout for (lowest, highest, figures), as hdr_init computes it.
class Layout {
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * 10 ** figures;
    this.unitMagnitude = bitLength(lowest) - 1;
    const subBucketCountMagnitude = Math.ceil(Math.log2(largestSingleUnit));
    this.subBucketHalfCountMagnitude = Math.max(subBucketCountMagnitude, 1) - 1;
    this.subBucketCount = 2 ** (this.subBucketHalfCountMagnitude + 1);
    this.subBucketHalfCount = this.subBucketCount / 2;
    this.subBucketMaskBits = bitLength(this.subBucketCount - 1) + this.unitMagnitude;
    let smallestUntrackable = this.subBucketCount * 2 ** this.unitMagnitude;
    let buckets = 1;
    while (smallestUntrackable <= highest) {
      if (smallestUntrackable > 2 ** 62) {
        buckets++;
        break;
      }
      smallestUntrackable *= 2;
      buckets++;
    }
    this.bucketCount = buckets;
    this.countsLen = (buckets + 1) * this.subBucketHalfCount;
  }

  bucketIndex(v) {
    return Math.max(bitLength(v), this.subBucketMaskBits) - this.unitMagnitude -
      (this.subBucketHalfCountMagnitude + 1);
  }

  subBucketIndex(v, bucket) {
    return Math.floor(v / 2 ** (bucket + this.unitMagnitude));
  }

  countsIndex(v) {
    if (v < 1) return 0;
    const bucket = this.bucketIndex(v);
    const sub = this.subBucketIndex(v, bucket);
    return (bucket + 1) * this.subBucketHalfCount + (sub - this.subBucketHalfCount);
  }

  valueAtIndex(index) {
    let bucket = Math.floor(index / this.subBucketHalfCount) - 1;
    let sub = (index % this.subBucketHalfCount) + this.subBucketHalfCount;
    if (bucket < 0) {
      sub -= this.subBucketHalfCount;
      bucket = 0;
    }
    return sub * 2 ** (bucket + this.unitMagnitude);
  }

  rangeSize(v) {
    const bucket = v < 1 ? 0 : this.bucketIndex(v);
    const sub = v < 1 ? 0 : this.subBucketIndex(v, bucket);
    const adjusted = sub >= this.subBucketCount ? bucket + 1 : bucket;
    return 2 ** (this.unitMagnitude + adjusted);
  }

  lowestEquivalent(v) {
    if (v < 1) return 0;
    const bucket = this.bucketIndex(v);
    return this.subBucketIndex(v, bucket) * 2 ** (bucket + this.unitMagnitude);
  }

  highestEquivalent(v) { return this.lowestEquivalent(v) + this.rangeSize(v) - 1; }
  medianEquivalent(v) { return this.lowestEquivalent(v) + Math.floor(this.rangeSize(v) / 2); }
}

function validateValue(val, name, min) {
  if (typeof val === 'bigint') {
    if (val < BigInt(min) || val > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, val);
    }
    return Number(val);
  }
  validateInteger(val, name, min);
  return val;
}

class Histogram {
  #layout;
  #counts;
  #total = 0;       // values recorded (hdr's total_count)
  #count = 0;
  #exceeds = 0;
  #min = Infinity;  // raw extremes
  #max = 0;
  #prev = 0n;

  constructor(token, lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3) {
    if (token !== kConstructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#layout = new Layout(lowest, highest, figures);
    this.#counts = new Float64Array(this.#layout.countsLen);
  }

  // Returns false when the value is outside the trackable range.
  [kRecord](v, n = 1) {
    const index = this.#layout.countsIndex(v);
    if (index < 0 || index >= this.#counts.length) {
      this.#exceeds += n;
      return false;
    }
    this.#counts[index] += n;
    this.#total += n;
    this.#count += n;
    if (v !== 0 && v < this.#min) this.#min = v;
    if (v > this.#max) this.#max = v;
    return true;
  }

  [kRecordDelta]() {
    const now = process.hrtime.bigint();
    if (this.#prev > 0n) {
      const delta = Number(now - this.#prev);
      if (delta > 0) this[kRecord](delta);
    }
    this.#prev = now;
  }

  [kAdd](other) {
    const counts = other.#counts;
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      const v = other.#layout.valueAtIndex(i);
      const index = this.#layout.countsIndex(v);
      if (index < 0 || index >= this.#counts.length) {
        this.#exceeds += counts[i];
        continue;
      }
      this.#counts[index] += counts[i];
      this.#total += counts[i];
      if (v !== 0 && v < this.#min) this.#min = v;
      if (v > this.#max) this.#max = v;
    }
    this.#count += other.#count;
  }

  get count() { return this.#count; }
  get countBigInt() { return BigInt(this.#count); }

  get min() { return Number(this.minBigInt); }
  get minBigInt() {
    if (this.#counts[0] > 0) return 0n;
    if (this.#min === Infinity) return kInt64Max;
    return BigInt(this.#layout.lowestEquivalent(this.#min));
  }

  get max() { return this.#max === 0 ? 0 : this.#layout.highestEquivalent(this.#max); }
  get maxBigInt() { return BigInt(this.max); }

  get mean() {
    let sum = 0;
    const counts = this.#counts;
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] !== 0) sum += counts[i] * this.#layout.medianEquivalent(this.#layout.valueAtIndex(i));
    }
    return sum / this.#total;
  }

  get exceeds() { return this.#exceeds; }
  get exceedsBigInt() { return BigInt(this.#exceeds); }

  get stddev() {
    const mean = this.mean;
    let dev = 0;
    const counts = this.#counts;
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      const d = this.#layout.medianEquivalent(this.#layout.valueAtIndex(i)) - mean;
      dev += counts[i] * d * d;
    }
    return Math.sqrt(dev / this.#total);
  }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return this.#valueAtPercentile(percentile);
  }

  percentileBigInt(percentile) { return BigInt(this.percentile(percentile)); }

  #valueAtPercentile(percentile) {
    const requested = Math.min(percentile, 100);
    const target = Math.max(Math.floor((requested / 100) * this.#total + 0.5), 1);
    let running = 0;
    const counts = this.#counts;
    let value = 0;
    for (let i = 0; i < counts.length; i++) {
      running += counts[i];
      if (running >= target) {
        value = this.#layout.valueAtIndex(i);
        break;
      }
    }
    return this.#layout.highestEquivalent(value);
  }

  // HdrHistogram's percentile iteration, one tick per half distance; each
  // step reports the lowest value of the bucket it stopped at.
  #percentiles(toValue) {
    const map = new SafeMap();
    const counts = this.#counts;
    const total = this.#total;
    const layout = this.#layout;
    let index = -1;
    let cumulative = 0;
    let value = 0;
    let toIterateTo = 0;
    let key = 0;
    let seenLast = false;
    const step = () => {
      if (index + 1 >= counts.length) return false;
      index++;
      cumulative += counts[index];
      value = layout.valueAtIndex(index);
      return true;
    };
    const next = () => {
      if (!(cumulative < total)) {
        if (seenLast) return false;
        seenLast = true;
        key = 100;
        return true;
      }
      if (index === -1 && !step()) return false;
      do {
        if (counts[index] !== 0 && toIterateTo <= (100 * cumulative) / total) {
          key = toIterateTo;
          const halfDistance = 2 ** (Math.trunc(Math.log(100 / (100 - toIterateTo)) / Math.log(2)) + 1);
          toIterateTo += 100 / halfDistance;
          return true;
        }
      } while (step());
      return true;
    };
    while (next()) map.set(key, toValue(value));
    return map;
  }

  get percentiles() { return this.#percentiles((v) => v); }
  get percentilesBigInt() { return this.#percentiles((v) => BigInt(v)); }

  reset() {
    this.#counts.fill(0);
    this.#total = 0;
    this.#count = 0;
    this.#exceeds = 0;
    this.#min = Infinity;
    this.#max = 0;
    this.#prev = 0n;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }
}

class RecordableHistogram extends Histogram {
  constructor(token, lowest, highest, figures) {
    super(token, lowest, highest, figures);
  }

  record(val) {
    if (typeof val !== 'bigint' && typeof val !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('val', 'number', val);
    }
    this[kRecord](validateValue(val, 'val', 1));
  }

  recordDelta() { this[kRecordDelta](); }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    this[kAdd](other);
  }
}

// monitorEventLoopDelay(): samples the loop every `resolution` ms with an
// unreferenced timer and records each tick's real interval in nanoseconds;
// late ticks mean a busy loop.
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;

  constructor(token, resolution) {
    super(token);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    this[kRecordDelta]();
    this.#timer = setInterval(() => this[kRecordDelta](), this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const lo = validateValue(lowest, 'options.lowest', 1);
  const hi = validateValue(highest, 'options.highest', 2 * lo);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kConstructing, lo, hi, figures);
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kConstructing, resolution);
}

module.exports = {
  Histogram, RecordableHistogram, IntervalHistogram, createHistogram, monitorEventLoopDelay,
};
