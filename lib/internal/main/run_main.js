// eddy: the main entry, by mode: a script file (CommonJS), -e/-p code, code
// on stdin, or --check (node's lib/internal/main/*.js).
'use strict';

const binding = internalBinding('process_methods');
const { options } = binding;
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function preload() {
  const mods = binding.preloadModules;
  if (mods.length === 0) return;
  const { Module } = require('internal/modules/cjs/loader');
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const m of mods) parent.require(m);
}

function evalScript(name, code, print) {
  const { Module } = require('internal/modules/cjs/loader');
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = `${cwd}/${name}`;
  module.paths = Module._nodeModulePaths(cwd);
  module.loaded = true;
  const userRequire = Module.createRequire(`${cwd}/${name}`);
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = userRequire;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = internalBinding('contextify').runScript(code, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}

function checkSyntax(filename) {
  const { Module } = require('internal/modules/cjs/loader');
  const path = Module._resolveFilename(require('path').resolve(filename), null, true);
  const { readFileUtf8 } = internalBinding('fs');
  const source = readFileUtf8(path);
  if (isModuleFile(path)) {
    // As node: an ES module is parsed as a module (not linked or run), and
    // a syntax error names the file by its path.
    internalBinding('module_wrap').compileModule(source, path);
    return;
  }
  internalBinding('contextify').compileFunction(
    source, path, ['exports', 'require', 'module', '__filename', '__dirname'], true);
}

// .mjs; .js under a package.json "type": "module"; or, with no "type", .js
// whose syntax is only valid in a module (node 20's module detection).
function isModuleFile(path) {
  if (path.endsWith('.mjs')) return true;
  if (!path.endsWith('.js')) return false;
  const pkg = require('internal/modules/package_json_reader')
    .findParent(require('path').dirname(path), true);
  const type = pkg === undefined ? 'none' : pkg.type;
  if (type === 'module') return true;
  if (type === 'commonjs') return false;
  return require('internal/modules/cjs/loader').detectESMSyntax(path);
}

// `eddy` on a terminal, or `eddy -i`: the REPL, with node's greeting.
function startRepl() {
  const { versions } = process;
  process.stdout.write(`Welcome to eddy v${versions.eddy} (Node.js v${versions.node} API).\n` +
                       'Type ".help" for more information.\n');
  const repl = require('repl').start({ prompt: '> ' });
  repl.on('exit', () => process.exit());
}

// --env-file: each file's variables the environment lacks, before anything
// runs; a missing file ends the process as node does (exit code 9).
function loadEnvFiles() {
  for (const file of options.envFiles) {
    const { readFileUtf8 } = internalBinding('fs');
    const text = readFileUtf8(file);
    if (typeof text !== 'string') {
      process.stderr.write(`${process.argv0}: ${file}: not found\n`);
      process.exit(9);
    }
    require('internal/process/dotenv').applyEnv(text);
  }
}

function runMain() {
  binding.markBootstrapComplete();
  if (options.envFiles.length > 0) loadEnvFiles();
  preload();
  switch (options.mode) {
    case 'file':
      if (options.check) {
        checkSyntax(options.script);
        return;
      }
      require('internal/modules/cjs/loader').Module.runMain(options.script);
      return;
    case 'eval':
      if (options.inputType === 'module') {
        // node names eval'd module code file://<cwd>/[eval1], unencoded.
        const { pathToFileURL } = require('internal/modules/esm/resolve');
        require('internal/modules/esm/loader').runModuleSource(
          options.script, `${pathToFileURL(process.cwd())}/[eval1]`);
        return;
      }
      evalScript('[eval]', options.script, false);
      return;
    case 'print':
      evalScript('[eval]', options.script, true);
      return;
    case 'stdin': {
      const { readFileUtf8, guessHandleType } = internalBinding('fs');
      if (guessHandleType(0) === 'TTY' || options.interactive) {
        startRepl();
        return;
      }
      const code = readFileUtf8('/dev/stdin');
      if (typeof code === 'number') {
        throw require('internal/errors').uvException({ errno: code, syscall: 'read' });
      }
      evalScript('[stdin]', code, false);
      return;
    }
    case 'test':
      require('internal/test_runner_cli').runTests(process.argv.slice(1));
      return;
    default:
      throw new ERR_NOT_IMPLEMENTED(`mode ${options.mode}`);
  }
}

module.exports = { runMain };
