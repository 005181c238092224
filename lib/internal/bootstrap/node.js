// eddy: process and global set-up, run once before the main entry (node's
// lib/internal/bootstrap/node.js). Keep work here minimal: every line costs
// start-up time; globals that need a module load it on first use.
'use strict';

const binding = internalBinding('process_methods');
const { options } = binding;

require('internal/errors_stack').install(options.stackTraceLimit);
require('internal/bootstrap/polyfills');

// --- process is an EventEmitter ------------------------------------------------
const EventEmitter = require('events');
function Process() {}
Object.defineProperty(Process, 'name', { value: 'process' });
Process.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: Process, writable: true, configurable: true },
});
Object.setPrototypeOf(process, Process.prototype);
EventEmitter.call(process);
// Object.prototype.toString gives '[object process]' and '[object global]'
// as in node (axios, for one, picks its http adapter by that tag).
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process', writable: true, enumerable: false, configurable: false,
});
// node:domain replaces this with the active domain.
process.domain = null;
Object.defineProperty(globalThis, Symbol.toStringTag, {
  value: 'global', writable: false, enumerable: false, configurable: true,
});

require('internal/process/per_thread').setupProcessObject(process, binding);

// --- the hooks C++ calls --------------------------------------------------------
const { setupTaskQueue, queueMicrotask } = require('internal/process/task_queues');
const { processPromiseRejections } = require('internal/process/promises');
setupTaskQueue(processPromiseRejections);
{
  const { onGlobalUncaughtException, printFatal } = require('internal/process/execution');
  binding.setFatalException(onGlobalUncaughtException, printFatal);
}
binding.setEmitProcessEvent(function emitProcessEvent(name) {
  if (name === 'beforeExit') {
    process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
    return 0;
  }
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode);
  }
  const code = process.exitCode === undefined ? 0 : process.exitCode;
  return code | 0;
});

// --- globals ---------------------------------------------------------------------
function defineLazyGlobal(name, load, enumerable = true) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, {
        value, writable: true, configurable: true, enumerable,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, {
        value, writable: true, configurable: true, enumerable,
      });
    },
    configurable: true,
    enumerable,
  });
}

function defineGlobal(name, value, enumerable = true) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable,
  });
}

defineGlobal('global', globalThis);
defineGlobal('process', process, false);
defineLazyGlobal('console',
                 () => require('internal/console/constructor').createGlobalConsole(),
                 false);
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate']) {
  defineLazyGlobal(name, () => require('timers')[name]);
}
defineGlobal('queueMicrotask', queueMicrotask);
for (const name of ['EventTarget', 'Event', 'CustomEvent']) {
  defineLazyGlobal(name, () => require('internal/event_target')[name], false);
}
for (const name of ['AbortController', 'AbortSignal']) {
  defineLazyGlobal(name, () => require('internal/abort_controller')[name], false);
}
defineLazyGlobal('performance', () => require('perf_hooks').performance);
{
  // node's `crypto` global is a getter without a setter.
  let webcrypto;
  const { get } = Object.getOwnPropertyDescriptor({
    get crypto() { return webcrypto || (webcrypto = require('crypto').webcrypto); },
  }, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { get, configurable: true, enumerable: true });
}
for (const name of ['Crypto', 'SubtleCrypto']) {
  defineLazyGlobal(name, () => require('internal/crypto/webcrypto')[name], false);
}
defineLazyGlobal('CryptoKey', () => require('internal/crypto/keys_api').CryptoKey, false);
defineLazyGlobal('DOMException',
                 () => require('internal/per_context/domexception').DOMException, false);
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone);
for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
  defineLazyGlobal(name, () => require('internal/messaging')[name], false);
}
defineLazyGlobal('Buffer', () => require('buffer').Buffer, false);
for (const name of ['atob', 'btoa']) defineLazyGlobal(name, () => require('buffer')[name]);
for (const name of ['Blob', 'File']) defineLazyGlobal(name, () => require('buffer')[name], false);
for (const name of ['URL', 'URLSearchParams']) {
  defineLazyGlobal(name, () => require('internal/url')[name], false);
}
{
  // fetch (internal/fetch/*): each class loads only its own module.
  for (const [name, id] of [['Headers', 'headers'], ['Request', 'request'],
    ['Response', 'response'], ['FormData', 'formdata']]) {
    defineLazyGlobal(name, () => require(`internal/fetch/${id}`)[name], false);
  }
  let fetchImpl;
  defineGlobal('fetch', function fetch(input, init = undefined) {
    fetchImpl ??= require('internal/fetch/fetch').fetch;
    return fetchImpl(input, init);
  });
}
for (const name of ['TextEncoder', 'TextDecoder']) {
  defineLazyGlobal(name, () => require('internal/encoding')[name], false);
}
{
  // The WHATWG streams, each loading only the module that defines it.
  const webstreams = {
    TransformStream: 'transformstream',
    TransformStreamDefaultController: 'transformstream',
    WritableStream: 'writablestream',
    WritableStreamDefaultController: 'writablestream',
    WritableStreamDefaultWriter: 'writablestream',
    ReadableStream: 'readablestream',
    ReadableStreamDefaultReader: 'readablestream',
    ReadableStreamBYOBReader: 'readablestream',
    ReadableStreamBYOBRequest: 'readablestream',
    ReadableByteStreamController: 'readablestream',
    ReadableStreamDefaultController: 'readablestream',
    ByteLengthQueuingStrategy: 'queuingstrategies',
    CountQueuingStrategy: 'queuingstrategies',
    TextEncoderStream: 'encoding',
    TextDecoderStream: 'encoding',
    CompressionStream: 'compression',
    DecompressionStream: 'compression',
  };
  for (const name of Object.keys(webstreams)) {
    const id = `internal/webstreams/${webstreams[name]}`;
    defineLazyGlobal(name, () => require(id)[name], false);
  }
}
if (options.exposeGc) defineGlobal('gc', binding.gc, false);

// ES modules: the engine's hooks reach the loader, loaded on first use (a
// CommonJS program that never imports pays nothing).
{
  let esm;
  const loader = () => esm || (esm = require('internal/modules/esm/loader'));
  internalBinding('module_wrap').setup(
    (referrer, specifier) => loader().resolveHook(referrer, specifier),
    (meta, url) => loader().importMeta(meta, url),
    (referrer, specifier) => loader().importDynamic(referrer, specifier));
}

// Signals: a listener for a signal name starts a uv signal handle.
require('internal/process/signals').setup();

if (!options.noWarnings) {
  process.on('warning', require('internal/process/warning').onWarning);
}
if (options.title) process.title = options.title;

// A child started by child_process.fork(): the parent's IPC channel.
if (binding.getEnv('NODE_CHANNEL_FD') !== undefined) {
  require('internal/child_process').setupChildChannel();
}
