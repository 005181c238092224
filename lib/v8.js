// eddy: node:v8 on SpiderMonkey.
// - getHeapStatistics(): the engine's GC heap figures (the `v8` binding);
//   V8-only fields (executable code, malloc, global handles) are 0.
// - serialize()/deserialize(): the engine's structured clone with the
//   child_process 'advanced' framing (Buffers stay Buffers). The bytes are
//   eddy's own format, not V8's: they round-trip within eddy only.
// - cachedDataVersionTag(): a number that changes with the eddy/engine build.
// - startupSnapshot.isBuildingSnapshot() is false; its other functions throw
//   ERR_NOT_BUILDING_SNAPSHOT as in node outside a snapshot build.
// - takeCoverage()/stopCoverage() do nothing unless NODE_V8_COVERAGE is set
//   (as in node), and then throw ERR_NOT_IMPLEMENTED.
// Everything else (setFlagsFromString, heap snapshots, heap space/code
// statistics, Serializer/Deserializer classes, promiseHooks, queryObjects,
// GCProfiler) throws ERR_NOT_IMPLEMENTED naming itself.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED, ERR_NOT_BUILDING_SNAPSHOT },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const binding = internalBinding('v8');

function notImplemented(name) {
  return { [name]() { throw new ERR_NOT_IMPLEMENTED(`v8.${name}()`); } }[name];
}

function getHeapStatistics() {
  const s = binding.getHeapStatistics();
  return {
    total_heap_size: s[0],
    total_heap_size_executable: s[1],
    total_physical_size: s[2],
    total_available_size: s[3],
    used_heap_size: s[4],
    heap_size_limit: s[5],
    malloced_memory: s[6],
    peak_malloced_memory: s[7],
    does_zap_garbage: 0,
    number_of_native_contexts: s[8],
    number_of_detached_contexts: s[9],
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

let tag;
function cachedDataVersionTag() {
  if (tag === undefined) {
    // FNV-1a over the versions that decide whether compiled data is usable.
    const text = `${process.version} ${JSON.stringify(process.versions)}`;
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    tag = h;
  }
  return tag;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  throw new ERR_NOT_IMPLEMENTED('v8.setFlagsFromString()');
}

// --- serialize / deserialize (the child_process 'advanced' framing) -----------------

let advanced;
let BufferCtor;
function lazy() {
  if (advanced === undefined) {
    advanced = require('internal/child_process/serialization').advanced;
    BufferCtor = require('buffer').Buffer;
  }
}

function serialize(value) {
  lazy();
  let bytes;
  // A channel that only keeps what would be written.
  const sink = {
    writeBuffer(req, data) { bytes = data; return 0; },
    writeUtf8String() { return 0; },
  };
  advanced.writeChannelMessage(sink, value, () => {});
  return BufferCtor.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function deserialize(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['TypedArray', 'DataView'], buffer);
  }
  lazy();
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const source = {};
  advanced.initMessageChannel(source);
  for (const message of advanced.parseChannelMessages(source, bytes)) return message;
  throw new Error('Unable to deserialize cloned data.');
}

function makeUnavailableClass(name) {
  return {
    [name]: class {
      constructor() { throw new ERR_NOT_IMPLEMENTED(`v8.${name}`); }
    },
  }[name];
}

function coverage(name) {
  return {
    [name]() {
      if (process.env.NODE_V8_COVERAGE) throw new ERR_NOT_IMPLEMENTED(`v8.${name}()`);
    },
  }[name];
}

function notBuilding(name) {
  return { [name]() { throw new ERR_NOT_BUILDING_SNAPSHOT(); } }[name];
}

const startupSnapshot = {
  addDeserializeCallback: notBuilding('addDeserializeCallback'),
  addSerializeCallback: notBuilding('addSerializeCallback'),
  setDeserializeMainFunction: notBuilding('setDeserializeMainFunction'),
  isBuildingSnapshot() { return false; },
};

const promiseHooks = {
  createHook: notImplemented('promiseHooks.createHook'),
  onInit: notImplemented('promiseHooks.onInit'),
  onBefore: notImplemented('promiseHooks.onBefore'),
  onAfter: notImplemented('promiseHooks.onAfter'),
  onSettled: notImplemented('promiseHooks.onSettled'),
};

class GCProfiler {
  start() { throw new ERR_NOT_IMPLEMENTED('v8.GCProfiler'); }
  stop() { throw new ERR_NOT_IMPLEMENTED('v8.GCProfiler'); }
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics: notImplemented('getHeapSpaceStatistics'),
  getHeapCodeStatistics: notImplemented('getHeapCodeStatistics'),
  setFlagsFromString,
  Serializer: makeUnavailableClass('Serializer'),
  Deserializer: makeUnavailableClass('Deserializer'),
  DefaultSerializer: makeUnavailableClass('DefaultSerializer'),
  DefaultDeserializer: makeUnavailableClass('DefaultDeserializer'),
  deserialize,
  takeCoverage: coverage('takeCoverage'),
  stopCoverage: coverage('stopCoverage'),
  serialize,
  writeHeapSnapshot: notImplemented('writeHeapSnapshot'),
  promiseHooks,
  queryObjects: notImplemented('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit: notImplemented('setHeapSnapshotNearHeapLimit'),
  GCProfiler,
};
