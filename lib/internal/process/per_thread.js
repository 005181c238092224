// eddy: the process object's properties and methods (node's lib/internal/
// process/per_thread.js and bootstrap/node.js): argument validation here,
// system calls in the process_methods binding.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_SIGNAL,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
  },
  uvException,
  errnoException,
} = require('internal/errors');
const {
  validateNumber,
  validateString,
  validateObject,
  validateFunction,
  validateInteger,
} = require('internal/validators');

// The Node.js release whose API eddy implements; packages test
// process.version and process.versions.node against it.
const kNodeVersion = '20.20.2';

function setupProcessObject(process, binding) {
  const { options } = binding;
  const define = (name, value, enumerable = true) =>
    Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable });
  const getter = (name, get, set) =>
    Object.defineProperty(process, name, { get, set, configurable: true, enumerable: true });

  define('version', `v${kNodeVersion}`);
  define('versions', Object.freeze({
    node: kNodeVersion,
    eddy: binding.eddyVersion,
    spidermonkey: binding.engineVersion.replace(/^JavaScript-C/, ''),
    uv: binding.uvVersion,
    modules: '115',
    // Not V8: kept so packages that parse it do not crash (see docs/COMPAT.md).
    v8: '11.3.244.8-node.33',
  }));
  define('arch', binding.arch);
  define('platform', binding.platform);
  define('release', Object.freeze({
    name: 'node',
    lts: 'Iron',
    sourceUrl: '',
    headersUrl: '',
  }));
  define('features', Object.freeze({
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false,
    tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true,
    typescript: false,
  }));
  define('config', Object.freeze({ target_defaults: {}, variables: { node_shared: false } }));
  define('pid', binding.pid);
  getter('ppid', () => binding.getPpid());
  define('execPath', binding.execPath);
  const argv = binding.argv.slice();
  argv[0] = binding.execPath;
  define('argv', argv);
  define('argv0', binding.argv0);
  define('execArgv', binding.execArgv);
  define('env', createEnv(binding));
  define('_exiting', false, false);
  // Present only when the flag is given, as in node.
  if (options.noDeprecation) define('noDeprecation', true, false);
  if (options.throwDeprecation) define('throwDeprecation', true, false);
  if (options.traceDeprecation) define('traceDeprecation', true, false);

  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined &&
          !(typeof code === 'string' && code !== '' && Number.isInteger(+code))) {
        validateInteger(code, 'code');
      }
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });

  let title;
  getter('title', () => (title === undefined ? binding.getTitle() : title), (v) => {
    title = String(v);
    binding.setTitle(title);
  });

  define('exit', function exit(code) {
    if (arguments.length !== 0) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode | 0);
    }
    binding.reallyExit(process.exitCode === undefined ? 0 : process.exitCode | 0);
  });
  define('reallyExit', function reallyExit(code) { binding.reallyExit(code | 0); });
  define('abort', function abort() {
    binding._rawDebug('eddy: process.abort() called');
    binding.kill(binding.pid, 6);
  });

  define('cwd', function cwd() {
    const r = binding.cwd();
    if (typeof r === 'number') throw uvException({ errno: r, syscall: 'uv_cwd' });
    return r;
  });
  define('chdir', function chdir(directory) {
    validateString(directory, 'directory');
    const err = binding.chdir(directory);
    if (err < 0) {
      const cwd = binding.cwd();
      throw uvException({ errno: err, syscall: 'chdir', path: typeof cwd === 'string' ? cwd : '', dest: directory });
    }
  });
  define('umask', function umask(mask) {
    if (mask === undefined) return binding.umask(undefined);
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
      }
      mask = parseInt(mask, 8);
    } else {
      validateUint32(mask, 'mask');
    }
    return binding.umask(mask);
  });

  function hrtime(time) {
    const [sec, nsec] = binding.hrtime();
    if (time !== undefined) {
      if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
      let s = sec - time[0];
      let n = nsec - time[1];
      if (n < 0) { s -= 1; n += 1e9; }
      return [s, n];
    }
    return [sec, nsec];
  }
  hrtime.bigint = function bigint() { return binding.hrtimeBigInt(); };
  define('hrtime', hrtime);
  define('uptime', function uptime() { return binding.uptime(); });

  function memoryUsage() {
    const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers };
  }
  memoryUsage.rss = function rss() { return binding.rss(); };
  define('memoryUsage', memoryUsage);

  define('loadEnvFile', function loadEnvFile(path = '.env') {
    require('internal/process/dotenv').loadEnvFile(path);
  });
  define('cpuUsage', function cpuUsage(prevValue) {
    const r = binding.cpuUsage();
    if (typeof r === 'number') throw errnoException(r, 'uv_getrusage');
    if (prevValue !== undefined) {
      validateObject(prevValue, 'prevValue');
      validateNumber(prevValue.user, 'prevValue.user', 0);
      validateNumber(prevValue.system, 'prevValue.system', 0);
      return { user: r[0] - prevValue.user, system: r[1] - prevValue.system };
    }
    return { user: r[0], system: r[1] };
  });
  define('resourceUsage', function resourceUsage() {
    const f = binding.resourceUsage();
    if (typeof f === 'number') throw errnoException(f, 'uv_getrusage');
    return {
      userCPUTime: f[0], systemCPUTime: f[1], maxRSS: f[2], sharedMemorySize: f[3],
      unsharedDataSize: f[4], unsharedStackSize: f[5], minorPageFault: f[6],
      majorPageFault: f[7], swappedOut: f[8], fsRead: f[9], fsWrite: f[10],
      ipcSent: f[11], ipcReceived: f[12], signalsCount: f[13],
      voluntaryContextSwitches: f[14], involuntaryContextSwitches: f[15],
    };
  });

  define('kill', function kill(pid, sig) {
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    const { signals } = internalBinding('constants').os;
    let num;
    if (sig === (sig | 0)) {
      num = sig;
    } else if (sig === undefined) {
      num = signals.SIGTERM;
    } else if (typeof sig === 'string' && signals[sig] !== undefined) {
      num = signals[sig];
    } else {
      throw new ERR_UNKNOWN_SIGNAL(sig);
    }
    const err = binding.kill(pid, num);
    if (err) throw errnoException(err, 'kill');
    return true;
  });

  define('nextTick', require('internal/process/task_queues').nextTick);
  define('emitWarning', require('internal/process/warning').emitWarning);
  define('_rawDebug', binding._rawDebug, false);

  const creds = internalBinding('credentials');
  for (const name of ['getuid', 'geteuid', 'getgid', 'getegid', 'getgroups']) {
    define(name, { [name]() { return creds[name](); } }[name]);
  }
  for (const name of ['setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups']) {
    define(name, { [name]() { throw new ERR_NOT_IMPLEMENTED(`process.${name}()`); } }[name]);
  }

  let captureFn = null;
  define('setUncaughtExceptionCaptureCallback', function setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) { captureFn = null; return; }
    validateFunction(fn, 'fn');
    if (captureFn !== null) {
      throw new (require('internal/errors').codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET)();
    }
    captureFn = fn;
  });
  define('hasUncaughtExceptionCaptureCallback', () => captureFn !== null);
  Object.defineProperty(process, '_uncaughtExceptionCaptureCallback', {
    get() { return captureFn; }, configurable: true, enumerable: false,
  });

  // --- smaller process APIs of node 20 (lib/internal/process/extras.js,
  // loaded on first call) ---
  let extras;
  const lazy = () => (extras ??= require('internal/process/extras'));
  define('getBuiltinModule', function getBuiltinModule(id) { return lazy().getBuiltinModule(id); });
  define('constrainedMemory', function constrainedMemory() { return lazy().constrainedMemory(); });
  define('availableMemory', function availableMemory() { return lazy().availableMemory(); });
  define('assert', function assert(...args) { return lazy().assert(...args); });
  define('openStdin', function openStdin() { return lazy().openStdin(); });
  define('setSourceMapsEnabled', function setSourceMapsEnabled(val) {
    return lazy().setSourceMapsEnabled(val);
  });
  define('sourceMapsEnabled', false);
  define('dlopen', function dlopen() {
    throw new ERR_NOT_IMPLEMENTED('process.dlopen() (native addons)');
  });
  define('_linkedBinding', function _linkedBinding(name) {
    throw new ERR_NOT_IMPLEMENTED(`process._linkedBinding('${name}')`);
  });
  define('_eval', options.mode === 'eval' || options.mode === 'print' ? options.script : undefined);
  define('_preload_modules', [...binding.preloadModules]);
  define('debugPort', 9229);
  define('_tickCallback', function _tickCallback() {
    require('internal/process/task_queues').runNextTicks();
  });

  define('binding', function binding_(name) {
    throw new ERR_NOT_IMPLEMENTED(`process.binding('${name}')`);
  });
  define('getActiveResourcesInfo', function getActiveResourcesInfo() {
    return require('internal/timers').getActiveResourcesInfo();
  });
  define('allowedNodeEnvironmentFlags', new Set([
    '--enable-source-maps', '--no-deprecation', '--no-warnings',
    '--stack-trace-limit', '--throw-deprecation', '--title',
    '--trace-deprecation', '--trace-warnings', '--unhandled-rejections',
    '--require', '-r', '--max-old-space-size',
  ]));
  define('moduleLoadList', require('internal/bootstrap/realm').moduleLoadList, false);

  // Standard streams: built on first use.
  const stdio = require('internal/process/stdio');
  getter('stdout', () => stdio.getStdout());
  getter('stderr', () => stdio.getStderr());
  getter('stdin', () => stdio.getStdin());
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295) throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
}

// process.env: a live view of the C environment; assignments coerce to
// strings, as node's interceptors do.
function createEnv(binding) {
  const target = Object.create(null);
  const handler = {
    get(t, key) {
      if (typeof key !== 'string') return undefined;
      return binding.getEnv(key);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') return true;
      if (typeof value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      binding.setEnv(key, String(value));
      return true;
    },
    has(t, key) {
      return typeof key === 'string' && binding.getEnv(key) !== undefined;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') binding.unsetEnv(key);
      return true;
    },
    ownKeys() { return binding.envKeys(); },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const value = binding.getEnv(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if ('value' in desc) {
        if (desc.configurable === false || desc.writable === false || desc.enumerable === false) {
          const { codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY } } = require('internal/errors');
          throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
            "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
        }
        binding.setEnv(key, String(desc.value));
        return true;
      }
      const { codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY } } = require('internal/errors');
      throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
        "'process.env' does not accept an accessor(getter/setter) descriptor");
    },
    getPrototypeOf() { return Object.prototype; },
  };
  const env = new Proxy(target, handler);
  // env is a host object in node, not a Proxy: hide it from the proxy checks
  // that util.inspect and util.types use.
  const util = internalBinding('util');
  const types = internalBinding('types');
  const { getProxyDetails } = util;
  const { isProxy } = types;
  util.getProxyDetails = (p, showProxy) =>
    (p === env ? undefined : getProxyDetails(p, showProxy));
  types.isProxy = (p) => p !== env && isProxy(p);
  return env;
}

module.exports = { setupProcessObject, kNodeVersion };
