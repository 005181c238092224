// eddy: AssertionError, the error every failing node:assert check throws, and
// the text of its generated messages: the `+ actual - expected` line diff for
// strictEqual / deepStrictEqual, the single-line `a !== b` form for short
// primitives, and the "should loosely deep-equal" layouts of the other
// operators. Output follows Node 20 (including its line-skipping rules).
'use strict';

// util.inspect is loaded on the first generated message, not with assert.
function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
const { validateObject } = require('internal/validators');
const { isErrorStackTraceLimitWritable } = require('internal/errors');

const kOperatorText = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject:
    'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Inputs whose two inspected forms together are at most this long (and are
// not objects) are shown as `actual !== expected` on one line.
const kMaxShortLength = 12;
// Longest inspected value the non-diff layouts print in full.
const kMaxLongLength = 512;
// Beyond this many printed diff lines the rest is cut.
const kMaxDiffLines = 50;

// Colors are used only when stderr is a color terminal; refreshed per error.
let blue = '';
let green = '';
let red = '';
let white = '';

function refreshColors() {
  const stderr = process.stderr;
  if (stderr && stderr.isTTY) {
    const colored = typeof stderr.hasColors === 'function' && stderr.hasColors();
    blue = colored ? '\u001b[34m' : '';
    green = colored ? '\u001b[32m' : '';
    white = colored ? '\u001b[39m' : '';
    red = colored ? '\u001b[31m' : '';
  }
}

const ansiPattern = /\u001b\[\d\d?m/g; // eslint-disable-line no-control-regex
function stripColors(str) {
  return str.replace(ansiPattern, '');
}

// Errors keep their stack out of the message: compare stand-ins that carry
// the same prototype, own enumerable properties and message.
function copyError(source) {
  const target = Object.create(Object.getPrototypeOf(source));
  for (const key of Object.keys(source)) target[key] = source[key];
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let cause = source.cause;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

// The same view of a value whatever util.inspect's defaults are: every
// element, sorted keys, getters shown, one property per line.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function inspectColors() {
  const defaults = require('internal/util/inspect').inspect.defaultOptions;
  return Boolean(defaults && defaults.colors);
}

// Appends the context lines kept before a diverging line: up to two of the
// identical lines just before it, with `...` standing for a longer run.
function identicalRun(lines, i, identical, state) {
  let out = '';
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          out += `\n  ${lines[i - 3]}`;
          state.printed++;
        } else {
          out += `\n${blue}...${white}`;
          state.skipped = true;
        }
      }
      out += `\n  ${lines[i - 2]}`;
      state.printed++;
    }
    out += `\n  ${lines[i - 1]}`;
    state.printed++;
  }
  return out;
}

// `customMessage`, when given, replaces the operator's headline.
function createErrDiff(actual, expected, operator, customMessage) {
  let other = '';
  let res = '';
  let end = '';
  let indicator = '';
  const state = { skipped: false, printed: 0 };
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;

  // Two distinct objects (or functions) under strictEqual: the complaint is
  // about identity, not contents.
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const colors = inspectColors();
    const actualRaw = colors ? stripColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colors ? stripColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      // Short primitives read best side by side; 0 vs -0 still gets the diff.
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${customMessage || kOperatorText[operator]}\n\n` +
          `${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      // Point at the first differing character when both fit on a line.
      const columns = process.stderr && process.stderr.isTTY ?
        process.stderr.columns : 80;
      if (inputLength < columns) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Identical trailing lines are dropped from the diff; up to three of them
  // are printed after it, and a longer run is shortened with `...`.
  let lastA = actualLines[actualLines.length - 1];
  let lastB = expectedLines[expectedLines.length - 1];
  while (lastA === lastB) {
    if (i++ < 3) {
      end = `\n  ${lastA}${end}`;
    } else {
      other = lastA;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    lastA = actualLines[actualLines.length - 1];
    lastB = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Nothing differs in the inspected form: same structure, other identity.
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      lines.length = 47;
    }
    return `${kOperatorText.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (i >= 5) {
    end = `\n${blue}...${white}${end}`;
    state.skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  const header = `${customMessage || kOperatorText[operator]}\n` +
    `${green}+ actual${white} ${red}- expected${white}`;
  const skippedText = ` ${blue}...${white} Lines skipped`;

  // Where one side has more lines, its extra lines are all additions (or all
  // removals) after the common part.
  let lines = actualLines;
  let sign = `${green}+${white}`;
  let common = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    sign = `${red}-${white}`;
    common = actualLines.length;
  }

  let identical = 0;
  for (i = 0; i < maxLines; i++) {
    if (common < i + 1) {
      res += identicalRun(lines, i, identical, state);
      identical = 0;
      if (lines === actualLines) {
        res += `\n${sign} ${lines[i]}`;
      } else {
        other += `\n${sign} ${lines[i]}`;
      }
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // A line that differs only by a trailing comma is the same entry.
      let differs = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') &&
          expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        res += identicalRun(actualLines, i, identical, state);
        identical = 0;
        // Removed lines are held back so a block reads +++--- not +-+-.
        res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        state.printed += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    if (state.printed > kMaxDiffLines && i < maxLines - 2) {
      return `${header}${skippedText}\n${res}\n${blue}...${white}${other}\n` +
        `${blue}...${white}`;
    }
  }

  return `${header}${state.skipped ? skippedText : ''}\n${res}${other}${end}${indicator}`;
}

// Long strings in `actual` / `expected` are cut when the error is inspected.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > kMaxLongLength) {
    // (node) keeps what follows the first 512 characters, not the start.
    return `${string.slice(kMaxLongLength)}...`;
  }
  return string;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    // The values are equal; show one of them.
    let base = kOperatorText[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) ||
         typeof actual === 'function')) {
      base = kOperatorText.notStrictEqualObject;
    }
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      lines.length = 47;
    }
    if (lines.length === 1) {
      return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    }
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const text = kOperatorText[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${text}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > kMaxLongLength) res = `${res.slice(0, 509)}...`;
  if (other.length > kMaxLongLength) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${text}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kOperatorText[`${operator}Unequal`];
    if (unequal) {
      res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      // Older name of stackStartFn.
      stackStartFunction,
    } = options;
    let { actual, expected } = options;

    const limitWritable = isErrorStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;

    if (message != null) {
      // strictEqual and deepStrictEqual keep their comparison under a custom
      // headline.
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        super(createErrDiff(actual, expected, operator, message));
      } else {
        super(String(message));
      }
    } else {
      refreshColors();
      if (typeof actual === 'object' && actual !== null &&
          typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      super(generatedMessage(actual, expected, operator));
    }

    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    // The stack header reads `AssertionError [ERR_ASSERTION]: ...`; the name
    // property itself is plain 'AssertionError'.
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    // Show actual/expected shallowly and long strings shortened: the message
    // already holds the full comparison.
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') {
      this.expected = addEllipsis(this.expected);
    }
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
  }
}

module.exports = AssertionError;
