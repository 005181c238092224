// eddy: `eddy --test [paths]`, node 20's test runner command. It finds the
// test files (each path given, or the current directory: directories are
// searched as node does, skipping node_modules, for *.test.js, *-test.js,
// *_test.js, test-*.js, test.js and every file under a test/ directory, in
// .js/.cjs/.mjs), runs them one at a time in child processes whose node:test
// reports come back as protocol lines (test_runner.js, ProtocolReporter),
// and reports everything in one numbering with the usual reporter: TAP off a
// terminal, spec on one. A file's other output becomes diagnostics; a file
// without tests is one test named by its path, failed when it exits nonzero.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { kProtocolMarker, makeReporter } = require('internal/test_runner');

const kExtensions = ['.js', '.cjs', '.mjs'];

function isTestFile(file, underTestDir) {
  const ext = path.extname(file);
  if (!kExtensions.includes(ext)) return false;
  if (underTestDir) return true;
  const base = path.basename(file, ext);
  return base === 'test' || base.startsWith('test-') || base.endsWith('.test') ||
    base.endsWith('-test') || base.endsWith('_test');
}

function walk(dir, underTestDir, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      walk(full, underTestDir || e.name === 'test', out);
    } else if (e.isFile() && isTestFile(e.name, underTestDir)) {
      out.push(full);
    }
  }
}

function findFiles(args) {
  const files = [];
  const roots = args.length > 0 ? args : ['.'];
  for (const arg of roots) {
    const full = path.resolve(arg);
    let st;
    try {
      st = fs.statSync(full);
    } catch {
      const err = new Error(`Could not find '${full}'`);
      err.code = 'ENOENT';
      throw err;
    }
    if (st.isDirectory()) walk(full, path.basename(full) === 'test', files);
    else files.push(full);
  }
  return [...new Set(files)].sort();
}

// A stand-in with what the reporters read from a Test.
function reported(event, depthOffset) {
  const depth = event.depth + depthOffset;
  let error = null;
  if (event.error) {
    const e = event.error;
    error = e.isError ? Object.assign(new Error(e.message), e) : e.message;
    if (e.isError) {
      error.stack = e.stack;
      if (e.name !== undefined) {
        Object.defineProperty(error, 'name', { value: e.name, configurable: true, writable: true });
      }
      for (const k of ['expected', 'actual']) {
        if (k in e) error[k] = revive(e[k]);
      }
      delete error.isError;
    }
  }
  return {
    depth,
    name: event.name,
    isSuite: event.isSuite,
    skipped: event.skipped,
    skipMessage: event.skipMessage,
    todo: event.todo,
    todoMessage: event.todoMessage,
    duration: event.duration,
    location: event.location,
    failureType: event.failureType,
    error,
    indent() { return '    '.repeat(Math.max(depth, 0)); },
    childIndent() { return '    '.repeat(depth + 1); },
    passed() { return error === null || (this.todo && this.failureType === 'testCodeFailure'); },
  };
}

function revive(v) {
  if (v === null || typeof v !== 'object') return v;
  if (v.$bigint !== undefined) return BigInt(v.$bigint);
  if (v.$undefined) return undefined;
  for (const k of Object.keys(v)) v[k] = revive(v[k]);
  return v;
}

const rootLike = {
  depth: -1,
  indent() { return ''; },
  childIndent() { return ''; },
};

// The test options each file's process must see too.
function childFlags() {
  const { options } = internalBinding('process_methods');
  const flags = options.testNamePatterns.map((p) => `--test-name-pattern=${p}`);
  if (options.testOnly) flags.push('--test-only');
  return flags;
}

function runFile(file, reporter, state) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [...childFlags(), file], {
      env: { ...process.env, NODE_TEST_CONTEXT: 'child-eddy' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let sawTests = false;
    let buffered = '';
    const counters = []; // per depth: how many ended
    const onLine = (line) => {
      if (!line.startsWith(kProtocolMarker)) {
        if (line !== '') reporter.diagnostic(rootLike, line);
        return;
      }
      const event = JSON.parse(line.slice(kProtocolMarker.length));
      if (event.type === 'start') {
        sawTests = true;
        reporter.start(reported(event, 0));
      } else if (event.type === 'end') {
        const t = reported(event, 0);
        let index;
        if (event.depth === 0) {
          index = ++state.index;
          state.record(t);
        } else {
          counters[event.depth] = (counters[event.depth] || 0) + 1;
          index = counters[event.depth];
          state.record(t);
        }
        // Deeper levels restart their numbering under the next parent.
        counters.length = event.depth + 1;
        reporter.end(t, index);
      } else if (event.type === 'plan') {
        if (event.depth >= 0) reporter.plan(reported({ ...event, name: '' }, 0), event.count);
      } else if (event.type === 'diagnostic') {
        reporter.diagnostic(reported({ ...event, name: '' }, 0), event.message);
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) !== -1) {
        onLine(buffered.slice(0, nl));
        buffered = buffered.slice(nl + 1);
      }
    });
    child.stderr.setEncoding('utf8');
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code, signal) => {
      if (buffered !== '') onLine(buffered);
      for (const line of stderr.split('\n')) if (line !== '') reporter.diagnostic(rootLike, line);
      if (!sawTests) {
        const failed = code !== 0 || signal !== null;
        const t = reported({
          depth: 0, name: file, isSuite: false, skipped: false, todo: false,
          duration: Number(process.hrtime.bigint() - start) / 1e6, location: file,
          failureType: failed ? 'testCodeFailure' : '',
          error: failed ? { isError: true, message: 'test failed', code: 'ERR_TEST_FAILURE',
            stack: '' } : null,
        }, 0);
        reporter.start(t);
        state.record(t);
        reporter.end(t, ++state.index);
      }
      resolve();
    });
  });
}

async function runTests(paths) {
  const start = process.hrtime.bigint();
  let files;
  try {
    files = findFiles(paths);
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
    return;
  }
  const reporter = makeReporter();
  const counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  const state = {
    index: 0,
    record(t) {
      if (t.isSuite) {
        counts.suites++;
        return;
      }
      counts.tests++;
      if (t.skipped) counts.skipped++;
      else if (t.todo) counts.todo++;
      else if (t.passed()) counts.pass++;
      else counts.fail++;
    },
  };
  for (const file of files) await runFile(file, reporter, state);
  reporter.plan(rootLike, state.index);
  reporter.summary(counts, Number(process.hrtime.bigint() - start) / 1e6);
  if (counts.fail > 0) process.exitCode = 1;
}

module.exports = { runTests, findFiles };
