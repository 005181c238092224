// eddy: the engine of node:test (lib/test.js). Built: test()/it() and
// describe()/suite() with their skip/todo/only forms, subtests through
// t.test(), before/after/beforeEach/afterEach hooks (module-level and on the
// context), skip/todo/timeout/only options, t.skip()/t.todo()/t.diagnostic(),
// tests taking a `done` callback, mock.fn()/mock.method() with call records,
// and node 20's reporters (TAP when stdout is not a terminal, spec when it
// is, or --test-reporter tap/spec/dot to stdout, stderr or a file), with
// node's summary counts and exit code 1 on failure. Not built (they
// throw ERR_NOT_IMPLEMENTED): run(), mock.timers,
// mock.getter/setter, snapshot and coverage options, `concurrency` above 1.
'use strict';

const { codes: { ERR_NOT_IMPLEMENTED, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const hrnow = () => process.hrtime.bigint();
// Milliseconds between two hrtime readings, to the nanosecond (as node).
const msSince = (start) => Number(hrnow() - start) / 1e6;

// --- results and reporting ---------------------------------------------------------

// Quotes a string as node's TAP reporter writes YAML scalars.
function yamlString(s) {
  return `'${String(s).replace(/'/g, "''")}'`;
}

// A test name as a TAP description: backslash and '#' escaped, newlines as \\n.
function tapName(name) {
  return String(name).replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\\\n');
}

// The YAML lines node writes for a value (expected/actual of assertions).
function yamlValue(key, value, indent, out) {
  if (value !== null && typeof value === 'object') {
    out.push(`${indent}${key}:`);
    for (const k of Object.keys(value)) yamlValue(k, value[k], `${indent}  `, out);
    return;
  }
  let text;
  if (typeof value === 'string') {
    text = value.includes('\n') ? null : yamlString(value);
    if (text === null) {
      out.push(`${indent}${key}: |-`);
      for (const line of value.split('\n')) out.push(`${indent}  ${line}`);
      return;
    }
  } else if (typeof value === 'bigint') {
    text = `${value}n`;
  } else if (value === undefined) {
    text = '~';
  } else {
    text = String(value);
  }
  out.push(`${indent}${key}: ${text}`);
}

function stackFrames(err) {
  if (!err || typeof err.stack !== 'string') return [];
  return err.stack.split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('at ') || /:\d+:\d+\)?$/.test(l))
    .map((l) => (l.startsWith('at ') ? l.slice(3) : l))
    .filter((l) => !l.includes('node:internal/test_runner'));
}

class TapReporter {
  constructor(write) {
    this.write = write;
    this.write('TAP version 13\n');
  }

  start(test) {
    this.write(`${test.indent()}# Subtest: ${tapName(test.name)}\n`);
  }

  diagnostic(test, message) {
    this.write(`${test.indent()}# ${message}\n`);
  }

  end(test, index) {
    const ind = test.indent();
    let line = `${ind}${test.passed() ? 'ok' : 'not ok'} ${index} - ${tapName(test.name)}`;
    if (test.skipped) line += ` # SKIP${test.skipMessage ? ` ${test.skipMessage}` : ''}`;
    else if (test.todo) line += ` # TODO${test.todoMessage ? ` ${test.todoMessage}` : ''}`;
    const out = [line, `${ind}  ---`, `${ind}  duration_ms: ${test.duration}`];
    if (test.isSuite) out.push(`${ind}  type: 'suite'`);
    if (test.error !== null) {
      out.push(`${ind}  location: ${yamlString(test.location)}`);
      out.push(`${ind}  failureType: ${yamlString(test.failureType)}`);
      const err = test.error;
      const isAssertion = err && err.code === 'ERR_ASSERTION';
      const message = err instanceof Error ? err.message : String(err);
      const inner = `${ind}  `;
      if (message.includes('\n')) {
        out.push(`${inner}error: |-`);
        for (const l of message.split('\n')) out.push(`${inner}  ${l}`);
      } else {
        out.push(`${inner}error: ${yamlString(message)}`);
      }
      out.push(`${inner}code: ${yamlString(isAssertion ? 'ERR_ASSERTION' : (err && err.code) || 'ERR_TEST_FAILURE')}`);
      if (isAssertion) {
        out.push(`${inner}name: ${yamlString(err.name)}`);
        yamlValue('expected', err.expected, inner, out);
        yamlValue('actual', err.actual, inner, out);
        out.push(`${inner}operator: ${yamlString(err.operator)}`);
      }
      const frames = test.failureType === 'testCodeFailure' ||
        test.failureType === 'hookFailed' ? stackFrames(err) : [];
      if (frames.length > 0) {
        out.push(`${inner}stack: |-`);
        for (const f of frames) out.push(`${inner}  ${f}`);
      }
    }
    out.push(`${ind}  ...`);
    this.write(`${out.join('\n')}\n`);
  }

  plan(test, count) {
    this.write(`${test.childIndent()}1..${count}\n`);
  }

  summary(counts, duration) {
    const lines = [];
    for (const k of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) {
      lines.push(`# ${k} ${counts[k]}`);
    }
    lines.push(`# duration_ms ${duration}`);
    this.write(`${lines.join('\n')}\n`);
  }
}

class SpecReporter {
  constructor(write, colors) {
    this.write = write;
    this.colors = colors;
    this.failures = [];
    this.announced = new Set();
  }

  paint(code, s) {
    return this.colors ? `\u001b[${code}m${s}\u001b[39m` : s;
  }

  // A test's parents get their "▶ name" line when their first child starts.
  start(test) {
    const chain = [];
    for (let p = test.isSuite ? test : test.parent; p !== null && p.parent !== null;
      p = p.parent) {
      chain.unshift(p);
    }
    for (const p of chain) {
      if (this.announced.has(p)) continue;
      this.announced.add(p);
      this.write(`${'  '.repeat(p.depth)}\u25b6 ${p.name}\n`);
    }
  }

  diagnostic(test, message) {
    this.write(`${'  '.repeat(test.depth + 1)}${this.paint(34, `\u2139 ${message}`)}\n`);
  }

  errorText(test, pad) {
    const err = test.error;
    const text = err instanceof Error ? require('internal/util/inspect').inspect(err, {
      colors: this.colors,
    }) : String(err);
    return `${text.split('\n').map((l) => `${pad}  ${l}`).join('\n')}\n\n`;
  }

  line(test) {
    const ms = this.paint(90, `(${test.duration}ms)`);
    if (test.skipped) {
      return this.paint(90, `\ufe63 ${test.name} ${ms} # ${test.skipMessage || 'SKIP'}`);
    }
    const mark = test.passed() ? '\u2714' : '\u2716';
    const todo = test.todo ? ` # ${test.todoMessage || 'TODO'}` : '';
    return this.paint(test.passed() ? 32 : 31, `${mark} ${test.name} ${ms}${todo}`);
  }

  end(test) {
    const pad = '  '.repeat(test.depth);
    this.write(`${pad}${this.line(test)}\n`);
    if (!test.passed() &&
        (test.failureType === 'testCodeFailure' || test.failureType === 'hookFailed')) {
      this.failures.push(test);
      this.write(this.errorText(test, pad));
    }
  }

  plan() {}

  summary(counts, duration) {
    const lines = [];
    for (const k of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) {
      lines.push(this.paint(34, `\u2139 ${k} ${counts[k]}`));
    }
    lines.push(this.paint(34, `\u2139 duration_ms ${duration}`));
    this.write(`${lines.join('\n')}\n`);
    if (this.failures.length > 0) {
      this.write(`\n${this.paint(31, '\u2716 failing tests:')}\n\n`);
      for (const t of this.failures) {
        const where = t.location.startsWith(`${process.cwd()}/`) ?
          t.location.slice(process.cwd().length + 1) : t.location;
        this.write(`test at ${where}\n${this.line(t)}\n${this.errorText(t, '')}`);
      }
    }
  }
}

// node 20's dot reporter: one mark per finished test ('.' passed, skipped
// or todo; 'X' failed), then the failures in full.
class DotReporter extends SpecReporter {
  constructor(write, colors) {
    super(write, colors);
    this.count = 0;
  }

  start() {}
  diagnostic() {}

  end(test) {
    const ok = test.passed();
    if (!ok) this.failures.push(test);
    this.write(ok ? this.paint(32, '.') : this.paint(31, 'X'));
    if (++this.count % 20 === 0) this.write('\n');
  }

  summary() {
    this.write('\n');
    if (this.failures.length === 0) return;
    this.write('\nFailed tests:\n\n');
    for (const t of this.failures) {
      this.write(`${this.line(t)}\n`);
      if (t.failureType === 'subtestsFailed') {
        const { inspect } = require('internal/util/inspect');
        this.write(`  ${inspect(t.error.message, { colors: this.colors })}\n`);
      } else {
        this.write(this.errorText(t, '').replace(/\n\n$/, '\n'));
      }
    }
  }
}

// In a file run by `eddy --test` (lib/internal/test_runner_cli.js): every
// report is one line on stdout, a marker then JSON, for the parent to
// re-report in its own numbering.
const kProtocolMarker = '\u0001eddy-test ';

function plainValue(v, depth = 0) {
  if (typeof v === 'bigint') return { $bigint: String(v) };
  if (v === undefined) return { $undefined: true };
  if (v === null || typeof v !== 'object') return v;
  if (depth > 8) return String(v);
  const out = Array.isArray(v) ? [] : {};
  for (const k of Object.keys(v)) out[k] = plainValue(v[k], depth + 1);
  return out;
}

class ProtocolReporter {
  constructor(write) {
    this.write = write;
  }

  send(event) {
    this.write(`${kProtocolMarker}${JSON.stringify(event)}\n`);
  }

  start(test) {
    this.send({ type: 'start', depth: test.depth, name: test.name, isSuite: test.isSuite });
  }

  diagnostic(test, message) {
    this.send({ type: 'diagnostic', depth: test.depth, message });
  }

  end(test) {
    const err = test.error;
    let error = null;
    if (err !== null) {
      error = {
        isError: err instanceof Error,
        message: err instanceof Error ? err.message : String(err),
        stack: err instanceof Error ? err.stack : undefined,
        code: err && err.code,
        name: err && err.name,
      };
      if (err && err.code === 'ERR_ASSERTION') {
        error.expected = plainValue(err.expected);
        error.actual = plainValue(err.actual);
        error.operator = err.operator;
      }
    }
    this.send({
      type: 'end', depth: test.depth, name: test.name, isSuite: test.isSuite,
      skipped: test.skipped, skipMessage: test.skipMessage, todo: test.todo,
      todoMessage: test.todoMessage, duration: test.duration, location: test.location,
      failureType: test.failureType, error,
    });
  }

  plan(test, count) {
    this.send({ type: 'plan', depth: test.depth, count });
  }

  summary(counts) {
    this.send({ type: 'summary', counts });
  }
}

// --- tests ----------------------------------------------------------------------------

class TestContext {
  #test;

  constructor(test) {
    this.#test = test;
  }

  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName(); }
  get signal() { return this.#test.controller.signal; }
  get mock() { return mock; }

  diagnostic(message) {
    this.#test.diagnostics.push(String(message));
  }

  skip(message = '') {
    this.#test.skipped = true;
    this.#test.skipMessage = String(message);
  }

  todo(message = '') {
    this.#test.todo = true;
    this.#test.todoMessage = String(message);
  }

  runOnly() {
    throw new ERR_NOT_IMPLEMENTED('node:test TestContext.runOnly()');
  }

  test(name, options, fn) {
    return this.#test.addSubtest(false, name, options, fn, callLocation());
  }

  before(fn, options) { this.#test.hooks.before.push(fn); void options; }
  after(fn, options) { this.#test.hooks.after.push(fn); void options; }
  beforeEach(fn, options) { this.#test.hooks.beforeEach.push(fn); void options; }
  afterEach(fn, options) { this.#test.hooks.afterEach.push(fn); void options; }
}

// The "file:line:column" of the user code that called into node:test.
function callLocation() {
  const lines = String(new Error().stack).split('\n');
  for (const line of lines) {
    if (line.includes('node:') || line.trim() === '') continue;
    const m = /(?:\(|@|at )?((?:file:\/\/)?\/[^()]*?:\d+:\d+)\)?$/.exec(line.trim());
    if (m) return m[1].replace(/^file:\/\//, '');
  }
  return '';
}

function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = {};
    name = fn.name || '<anonymous>';
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  if (name === undefined) name = fn && fn.name ? fn.name : '<anonymous>';
  if (options === null || options === undefined) options = {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  if (fn !== undefined && typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
  }
  return { name: String(name), options, fn };
}

let root = null;

class Test {
  constructor(parent, isSuite, name, options, fn, location) {
    this.parent = parent;
    this.isSuite = isSuite;
    this.name = name;
    this.fn = fn;
    this.location = location;
    this.depth = parent === null ? -1 : parent.depth + 1;
    this.subtests = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.skipped = Boolean(options.skip);
    this.skipMessage = typeof options.skip === 'string' ? options.skip : '';
    this.todo = Boolean(options.todo) || (fn === undefined && !isSuite && parent !== null);
    this.todoMessage = typeof options.todo === 'string' ? options.todo : '';
    this.timeout = typeof options.timeout === 'number' ? options.timeout : Infinity;
    this.only = Boolean(options.only);
    this.onlyScope = false;
    this.nameMatched = false;
    this.error = null;
    this.failureType = '';
    this.duration = 0;
    this.controller = new AbortController();
    // Subtests run one after another once this test has started.
    this.queue = new Promise((resolve) => { this.openGate = resolve; });
    this.reported = 0;
  }

  indent() { return '    '.repeat(Math.max(this.depth, 0)); }
  childIndent() { return '    '.repeat(this.depth + 1); }

  fullName() {
    const names = [];
    for (let t = this; t !== null && t.parent !== null; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  passed() {
    return this.error === null || (this.todo && this.failureType === 'testCodeFailure');
  }

  fail(err, type) {
    if (this.error !== null) return;
    this.error = err;
    this.failureType = type;
  }

  addSubtest(isSuite, name, options, fn, location) {
    const args = parseArgs(name, options, fn);
    const t = new Test(this, isSuite, args.name, args.options, args.fn, location);
    if (t.only) harness.usedOnly = true;
    // --test-only: outside `only` tests, tests without it are skipped
    // (suites still run, for their `only` children).
    t.onlyScope = this.onlyScope || t.only;
    if (harness.testOnly() && !t.onlyScope && !isSuite && !t.skipped) {
      t.skipped = true;
      t.skipMessage = "'only' option not set";
    }
    // --test-name-pattern: a test runs when its name or an enclosing one
    // matches a pattern (suites run, for their tests).
    t.nameMatched = this.nameMatched || harness.nameMatches(t.name);
    if (!isSuite && !t.skipped && !t.nameMatched) {
      t.skipped = true;
      t.skipMessage = 'test name does not match pattern';
    }
    this.subtests.push(t);
    if (isSuite) t.collect();
    const run = this.queue.then(() => this.runSubtest(t));
    this.queue = run;
    return run.then(() => undefined);
  }

  // A suite's body runs as it is declared, to collect its tests and hooks.
  collect() {
    if (this.fn === undefined || this.skipped) return;
    harness.stack.push(this);
    try {
      const r = this.fn.call(undefined, new SuiteContext(this));
      if (r && typeof r.then === 'function') {
        r.then(undefined, (err) => this.fail(err, 'testCodeFailure'));
      }
    } catch (err) {
      this.fail(err, 'testCodeFailure');
    } finally {
      harness.stack.pop();
    }
  }

  async runSubtest(t) {
    harness.reporter.start(t);
    const start = hrnow();
    t.openGate();
    // Once the loop ran dry, what had not started is cancelled too.
    if (harness.cancelling && !t.skipped) t.fail(cancelledError(), 'cancelledByParent');
    if (!t.skipped && t.error === null) {
      if (!t.isSuite) await this.runHooks('beforeEach', t);
      if (t.error === null) await t.run();
      if (!t.isSuite) await this.runHooks('afterEach', t);
    }
    t.duration = msSince(start);
    harness.record(t);
    harness.reporter.end(t, ++this.reported);
    for (const d of t.diagnostics) harness.reporter.diagnostic(this, d);
  }

  // beforeEach hooks run outermost first, afterEach innermost first.
  async runHooks(kind, test) {
    const chain = [];
    for (let s = this; s !== null; s = s.parent) chain.unshift(s);
    if (kind === 'afterEach') chain.reverse();
    for (const s of chain) {
      for (const hook of s.hooks[kind]) {
        try {
          await callWithTimeout(hook, new TestContext(test), Infinity);
        } catch (err) {
          test.fail(err, failureTypeOf(err, 'hookFailed'));
        }
      }
    }
  }

  async run() {
    if (this.isSuite) {
      await this.runOwnHooks('before');
      await this.queue;
      await this.runOwnHooks('after');
      const failed = this.subtests.filter((t) => !t.passed()).length;
      if (failed > 0 && this.error === null) {
        this.fail(new Error(`${failed} subtest${failed > 1 ? 's' : ''} failed`), 'subtestsFailed');
      }
      harness.reporter.plan(this, this.subtests.length);
      return;
    }
    if (this.fn === undefined) return;
    const ctx = new TestContext(this);
    try {
      await callWithTimeout(this.fn, ctx, this.timeout, this.fn.length >= 2);
    } catch (err) {
      this.fail(err, failureTypeOf(err, 'testCodeFailure'));
    }
    await this.queue;
    await this.runOwnHooks('after');
    if (this.subtests.length > 0) {
      const failed = this.subtests.filter((t) => !t.passed()).length;
      if (failed > 0) {
        this.fail(new Error(`${failed} subtest${failed > 1 ? 's' : ''} failed`), 'subtestsFailed');
      }
      harness.reporter.plan(this, this.subtests.length);
    }
  }

  async runOwnHooks(kind) {
    for (const hook of this.hooks[kind]) {
      try {
        await callWithTimeout(hook, new TestContext(this), Infinity);
      } catch (err) {
        this.fail(err, failureTypeOf(err, 'hookFailed'));
      }
    }
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get name() { return this.#suite.name; }
  get signal() { return this.#suite.controller.signal; }
}

// Calls fn(ctx[, done]) and settles when it returns, its promise settles or
// done is called; rejects with ERR_TEST_TIMEOUT after `timeout` ms.
// Settle functions of the calls still running: when the loop runs dry with
// some pending (a promise nothing will resolve), the harness cancels them.
const pendingCalls = new Set();

function cancelledError() {
  const err = new Error('Promise resolution is still pending but the event loop has ' +
                        'already resolved');
  err.code = 'ERR_TEST_FAILURE';
  err[kCancelled] = true;
  return err;
}
const kCancelled = Symbol('kCancelled');

function failureTypeOf(err, otherwise) {
  if (err && err[kCancelled]) return 'cancelledByParent';
  if (err && err.code === 'ERR_TEST_TIMEOUT') return 'testTimeoutFailure';
  return otherwise;
}

function callWithTimeout(fn, ctx, timeout, withDone = false) {
  return new Promise((resolve, reject) => {
    let timer = null;
    let done = false;
    const settle = (err) => {
      if (done) return;
      done = true;
      pendingCalls.delete(settle);
      if (timer !== null) clearTimeout(timer);
      if (err === undefined || err === null) resolve(); else reject(err);
    };
    pendingCalls.add(settle);
    if (timeout !== Infinity) {
      timer = setTimeout(() => {
        const err = new Error(`test timed out after ${timeout}ms`);
        err.code = 'ERR_TEST_TIMEOUT';
        settle(err);
      }, timeout);
    }
    try {
      if (withDone) {
        fn.call(ctx, ctx, (err) => settle(err));
        return;
      }
      const r = fn.call(ctx, ctx);
      if (r && typeof r.then === 'function') r.then(() => settle(), (err) => settle(err ?? new Error('rejected')));
      else settle();
    } catch (err) {
      settle(err ?? new Error('thrown'));
    }
  });
}

// The reporter for --test-reporter (the first one given; node 20's default
// is spec on a terminal, TAP otherwise) writing to
// --test-reporter-destination (stdout, stderr or a file).
function makeReporter() {
  if (process.env.NODE_TEST_CONTEXT === 'child-eddy') {
    return new ProtocolReporter((s) => process.stdout.write(s));
  }
  const { options } = internalBinding('process_methods');
  const dest = options.testReporterDestinations[0] || 'stdout';
  let write;
  let tty = false;
  if (dest === 'stdout' || dest === 'stderr') {
    const stream = process[dest];
    write = (s) => stream.write(s);
    tty = Boolean(stream.isTTY && stream.hasColors && stream.hasColors());
  } else {
    const fs = require('fs');
    const fd = fs.openSync(dest, 'w');
    write = (s) => fs.writeSync(fd, s);
  }
  const name = options.testReporters[0] || (tty ? 'spec' : 'tap');
  switch (name) {
    case 'tap': return new TapReporter(write);
    case 'spec': return new SpecReporter(write, tty);
    case 'dot': return new DotReporter(write, tty);
    default:
      throw new ERR_NOT_IMPLEMENTED(`node:test reporter "${name}"`);
  }
}

// --- the harness ----------------------------------------------------------------------

const harness = {
  reporter: null,
  stack: [],
  usedOnly: false,
  testOnly() {
    return Boolean(internalBinding('process_methods').options.testOnly);
  },
  namePatterns: undefined,
  // Whether `name` matches a --test-name-pattern (always, without one).
  // A pattern written /source/flags is that regular expression.
  nameMatches(name) {
    if (this.namePatterns === undefined) {
      this.namePatterns = internalBinding('process_methods').options.testNamePatterns
        .map((p) => {
          const m = /^\/(.*)\/([a-z]*)$/s.exec(p);
          return m ? new RegExp(m[1], m[2]) : new RegExp(p);
        });
    }
    return this.namePatterns.length === 0 || this.namePatterns.some((re) => re.test(name));
  },
  start: 0,
  counts: { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 },

  current() {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1] : this.root();
  },

  root() {
    if (root === null) {
      root = new Test(null, true, '<root>', {}, undefined, '');
      root.openGate();
      // Module-level before() hooks run ahead of the first test.
      root.queue = root.queue.then(() => root.runOwnHooks('before'));
      this.start = hrnow();
      this.reporter = makeReporter();
      process.on('beforeExit', () => this.finish());
    }
    return root;
  },

  record(t) {
    const c = this.counts;
    if (t.isSuite) c.suites++; else c.tests++;
    if (t.isSuite) return;
    if (t.skipped) c.skipped++;
    else if (t.todo) c.todo++;
    else if (t.passed()) c.pass++;
    else if (t.failureType === 'cancelledByParent') c.cancelled++;
    else c.fail++;
  },

  finished: false,
  cancelling: false,
  async finish() {
    if (this.finished || root === null) return;
    this.finished = true;
    if (pendingCalls.size > 0) {
      // Nothing can settle these any more: cancel them, and everything that
      // has not started (the queues then run to the end in microtasks).
      this.cancelling = true;
      for (const settle of [...pendingCalls]) settle(cancelledError());
    }
    await root.queue;
    await root.runOwnHooks('after');
    if (this.usedOnly && !this.testOnly()) {
      this.reporter.diagnostic(root,
        "'only' and 'runOnly' require the --test-only command-line option.");
    }
    this.reporter.plan(root, root.subtests.length);
    this.reporter.summary(this.counts, msSince(this.start));
    if (this.counts.fail > 0 || this.counts.cancelled > 0 || root.error !== null) {
      process.exitCode = 1;
    }
  },
};

// --- public API -----------------------------------------------------------------------

function test(name, options, fn) {
  const parent = harness.current();
  return parent.addSubtest(false, name, options, fn, callLocation());
}

function describe(name, options, fn) {
  const parent = harness.current();
  return parent.addSubtest(true, name, options, fn, callLocation());
}

function withOption(base, key) {
  return (name, options, fn) => {
    const args = parseArgs(name, options, fn);
    return base(args.name, { ...args.options, [key]: true }, args.fn);
  };
}

for (const f of [test, describe]) {
  f.skip = withOption(f, 'skip');
  f.todo = withOption(f, 'todo');
  f.only = withOption(f, 'only');
}

function hook(kind) {
  return (fn, options) => {
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
    void options;
    harness.current().hooks[kind].push(fn);
  };
}

// --- mock -----------------------------------------------------------------------------

function makeMockFunction(original, implementation) {
  let impl = implementation;
  const calls = [];
  const onceImpls = new Map();
  const ctx = {
    get calls() { return calls.slice(); },
    callCount() { return calls.length; },
    mockImplementation(f) { impl = f; },
    mockImplementationOnce(f, onCall = calls.length) { onceImpls.set(onCall, f); },
    resetCalls() { calls.length = 0; },
    restore() { impl = original; },
  };
  const fn = function(...args) {
    const once = onceImpls.get(calls.length);
    if (once !== undefined) onceImpls.delete(calls.length);
    const use = once || impl;
    const record = { arguments: args, error: undefined, result: undefined, stack: new Error(),
      target: new.target, this: this };
    try {
      record.result = new.target ? Reflect.construct(use, args, new.target) :
        use.apply(this, args);
      return record.result;
    } catch (err) {
      record.error = err;
      throw err;
    } finally {
      calls.push(record);
    }
  };
  Object.defineProperty(fn, 'mock', { value: ctx, enumerable: false });
  return fn;
}

const restorers = [];
const mock = {
  fn(original = function() {}, implementation = original) {
    if (typeof original !== 'function') throw new ERR_INVALID_ARG_TYPE('original', 'function', original);
    return makeMockFunction(original, implementation);
  },
  method(object, methodName, implementation, options) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'object', object);
    }
    if (typeof implementation === 'object' && implementation !== null) {
      options = implementation;
      implementation = undefined;
    }
    if (options && (options.getter || options.setter)) {
      throw new ERR_NOT_IMPLEMENTED('node:test mock.method() with getter/setter');
    }
    const original = object[methodName];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_TYPE(`methodName`, 'function', original);
    }
    const m = makeMockFunction(original, implementation || original);
    const had = Object.prototype.hasOwnProperty.call(object, methodName);
    const desc = Object.getOwnPropertyDescriptor(object, methodName);
    Object.defineProperty(object, methodName, {
      value: m, writable: true, configurable: true, enumerable: desc ? desc.enumerable : false,
    });
    const restore = () => {
      if (had) Object.defineProperty(object, methodName, desc);
      else delete object[methodName];
    };
    restorers.push(restore);
    const baseRestore = m.mock.restore;
    m.mock.restore = () => { baseRestore(); restore(); };
    return m;
  },
  getter() { throw new ERR_NOT_IMPLEMENTED('node:test mock.getter()'); },
  setter() { throw new ERR_NOT_IMPLEMENTED('node:test mock.setter()'); },
  get timers() { throw new ERR_NOT_IMPLEMENTED('node:test mock.timers'); },
  reset() { this.restoreAll(); },
  restoreAll() {
    while (restorers.length > 0) restorers.pop()();
  },
};

function run() {
  throw new ERR_NOT_IMPLEMENTED('node:test run()');
}

module.exports = {
  test,
  describe,
  hook,
  mock,
  run,
  // For lib/internal/test_runner_cli.js.
  kProtocolMarker,
  makeReporter,
  counts: () => harness.counts,
};
