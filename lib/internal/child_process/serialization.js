// eddy: the wire formats of the child_process IPC channel (node's
// lib/internal/child_process/serialization.js) and the few stream calls the
// channel makes on its IPC Pipe handle.
//
// - 'json': one JSON text per message, each ended by '\n' (node's format, so
//   an eddy parent and a node child understand each other).
// - 'advanced': each message is a 4-byte big-endian length, a flags byte and
//   the engine's structured-clone bytes (process_wrap's serialize/deserialize).
//   node sends V8 serializer bytes instead, so 'advanced' works between eddy
//   processes only. Values travel as with structuredClone, plus Errors,
//   Buffers (kept Buffers) and plain copies of native objects, as in node.
'use strict';

const { StringDecoder } = require('string_decoder');
const {
  WriteWrap,
  streamBaseState,
  kReadBytesOrError,
  kArrayBufferOffset,
  kLastWriteWasAsync,
} = internalBinding('stream_wrap');

const kMessageBuffer = Symbol('kMessageBuffer');
const kMessageBufferSize = Symbol('kMessageBufferSize');
const kJSONBuffer = Symbol('kJSONBuffer');
const kStringDecoder = Symbol('kStringDecoder');

// --- the stream calls ---------------------------------------------------------------

// Starts reading: ondata(Uint8Array) for each chunk, ondata(null) once at
// the end of the stream (or on a read error).
function startReading(channel, ondata) {
  channel.onread = function onread(arrayBuffer) {
    const nread = streamBaseState[kReadBytesOrError];
    if (nread > 0 && arrayBuffer) {
      ondata(new Uint8Array(arrayBuffer, streamBaseState[kArrayBufferOffset], nread));
    } else if (nread < 0) {
      ondata(null);
    }
  };
  channel.readStart();
}

function nop() {}

function stopReading(channel) {
  channel.onread = nop;
}

function writeQueueSize(channel) {
  return channel.writeQueueSize | 0;
}

// Writes a string or Uint8Array. Returns a negative errno, 0 when the bytes
// went out at once, or 1 when oncomplete(status) will run later.
function write(channel, data, oncomplete) {
  const req = new WriteWrap();
  req.handle = channel;
  req.oncomplete = oncomplete;
  const err = typeof data === 'string' ?
    channel.writeUtf8String(req, data) : channel.writeBuffer(req, data);
  if (err !== 0) return err;
  if (streamBaseState[kLastWriteWasAsync]) {
    req.buffer = data;
    return 1;
  }
  return 0;
}

// --- 'advanced' ---------------------------------------------------------------------

let cloneBinding;
function lazyClone() {
  if (cloneBinding === undefined) cloneBinding = internalBinding('process_wrap');
  return cloneBinding;
}

const kErrorCtors = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
const kHasMessage = 1 << 8;
const kHasStack = 1 << 9;

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, configurable: true, enumerable: false,
  });
}

// What the binding asks of JS while cloning (see ipc_clone.cc). Values the
// clone cannot take fail as V8's serializer fails in node: a plain Error.
const cloneHooks = {
  __proto__: null,
  onUncloneable(value) {
    const what = require('internal/structured_clone').cloneName(value);
    return new Error(`${what} could not be cloned.`);
  },
  plainCopy(object) {
    return { ...object };
  },
  makeError(index, message, stack, flags) {
    const err = new (kErrorCtors[index] || Error)();
    if (flags & kHasMessage) defineHidden(err, 'message', message);
    if (flags & kHasStack) defineHidden(err, 'stack', stack);
    return err;
  },
};

// The engine's clone turns a Buffer into a plain Uint8Array; node's channel
// keeps Buffers. A message holding Buffers is sent as a copy in which each
// Buffer is a marker object, flagged in the frame, and rebuilt on arrival.
const kBufferMarker = '\u0000eddy:Buffer';
const kFlagBuffers = 1;
let BufferCtor;
function isBuffer(v) {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return v instanceof BufferCtor;
}

function tagOf(v) {
  return Object.prototype.toString.call(v);
}

function hasBuffer(v, seen) {
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  if (ArrayBuffer.isView(v)) return isBuffer(v);
  const tag = tagOf(v);
  if (tag === '[object Map]') {
    for (const [k, val] of v) if (hasBuffer(k, seen) || hasBuffer(val, seen)) return true;
  } else if (tag === '[object Set]') {
    for (const val of v) if (hasBuffer(val, seen)) return true;
  } else if (tag === '[object Object]' || tag === '[object Array]') {
    for (const key of Object.keys(v)) if (hasBuffer(v[key], seen)) return true;
  }
  return false;
}

function encodeBuffers(v, memo) {
  if (v === null || typeof v !== 'object') return v;
  let copy = memo.get(v);
  if (copy !== undefined) return copy;
  if (ArrayBuffer.isView(v)) {
    if (!isBuffer(v)) return v;
    copy = { [kBufferMarker]: new Uint8Array(v.buffer, v.byteOffset, v.length) };
    memo.set(v, copy);
    return copy;
  }
  const tag = tagOf(v);
  if (tag === '[object Map]') {
    copy = new Map();
    memo.set(v, copy);
    for (const [k, val] of v) copy.set(encodeBuffers(k, memo), encodeBuffers(val, memo));
  } else if (tag === '[object Set]') {
    copy = new Set();
    memo.set(v, copy);
    for (const val of v) copy.add(encodeBuffers(val, memo));
  } else if (tag === '[object Array]') {
    copy = new Array(v.length);
    memo.set(v, copy);
    for (const key of Object.keys(v)) copy[key] = encodeBuffers(v[key], memo);
  } else if (tag === '[object Object]') {
    copy = {};
    memo.set(v, copy);
    for (const key of Object.keys(v)) copy[key] = encodeBuffers(v[key], memo);
  } else {
    return v;
  }
  return copy;
}

// Rebuilds the Buffers of a freshly deserialized graph, in place.
function decodeBuffers(v, seen) {
  if (v === null || typeof v !== 'object') return v;
  if (Object.prototype.hasOwnProperty.call(v, kBufferMarker)) {
    if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
    const u8 = v[kBufferMarker];
    let buf = seen.get(v);
    if (buf === undefined) {
      buf = BufferCtor.from(u8.buffer, u8.byteOffset, u8.length);
      seen.set(v, buf);
    }
    return buf;
  }
  if (seen.has(v)) return v;
  seen.set(v, v);
  if (v instanceof Map) {
    const entries = [...v];
    v.clear();
    for (const [k, val] of entries) v.set(decodeBuffers(k, seen), decodeBuffers(val, seen));
  } else if (v instanceof Set) {
    const values = [...v];
    v.clear();
    for (const val of values) v.add(decodeBuffers(val, seen));
  } else if (!ArrayBuffer.isView(v)) {
    for (const key of Object.keys(v)) v[key] = decodeBuffers(v[key], seen);
  }
  return v;
}

function concat(list, total) {
  const out = new Uint8Array(total);
  let off = 0;
  for (const part of list) {
    out.set(part, off);
    off += part.length;
  }
  return out;
}

// A frame: 4-byte big-endian length of the rest, a flags byte, the clone.
const kHeaderSize = 5;

const advanced = {
  initMessageChannel(channel) {
    channel[kMessageBuffer] = [];
    channel[kMessageBufferSize] = 0;
    channel.buffering = false;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;
    const parts = channel[kMessageBuffer];
    parts.push(readData);
    channel[kMessageBufferSize] += readData.length;
    while (channel[kMessageBufferSize] >= 4) {
      let head = parts[0];
      if (head.length < 4) {
        head = concat(parts, channel[kMessageBufferSize]);
        parts.length = 0;
        parts.push(head);
      }
      const size = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0;
      const full = size + 4;
      if (channel[kMessageBufferSize] < full) break;
      const all = parts.length === 1 ? head : concat(parts, channel[kMessageBufferSize]);
      const flags = all[4];
      const body = all.subarray(kHeaderSize, full);
      const rest = all.subarray(full);
      parts.length = 0;
      if (rest.length !== 0) parts.push(rest);
      channel[kMessageBufferSize] = rest.length;
      const message = lazyClone().deserialize(body, cloneHooks);
      yield flags & kFlagBuffers ? decodeBuffers(message, new Map()) : message;
    }
    channel.buffering = channel[kMessageBufferSize] > 0;
  },

  writeChannelMessage(channel, message, oncomplete) {
    let flags = 0;
    if (message !== null && typeof message === 'object' && hasBuffer(message, new Set())) {
      message = encodeBuffers(message, new Map());
      flags |= kFlagBuffers;
    }
    // The binding leaves room for the header in front of the clone.
    const framed = new Uint8Array(lazyClone().serialize(message, cloneHooks, kHeaderSize));
    const n = framed.length - 4;
    framed[0] = (n >>> 24) & 0xff;
    framed[1] = (n >>> 16) & 0xff;
    framed[2] = (n >>> 8) & 0xff;
    framed[3] = n & 0xff;
    framed[4] = flags;
    return write(channel, framed, oncomplete);
  },
};

// --- 'json' ------------------------------------------------------------------------------

const json = {
  initMessageChannel(channel) {
    channel[kJSONBuffer] = '';
    channel[kStringDecoder] = undefined;
    channel.buffering = false;
  },

  *parseChannelMessages(channel, readData) {
    if (readData.length === 0) return;
    if (channel[kStringDecoder] === undefined) channel[kStringDecoder] = new StringDecoder('utf8');
    const chunks = channel[kStringDecoder].write(readData).split('\n');
    const complete = chunks.length - 1;
    // The text after the last newline is the start of a later message.
    const incomplete = chunks[complete];
    if (complete === 0) {
      channel[kJSONBuffer] += incomplete;
    } else {
      chunks[0] = channel[kJSONBuffer] + chunks[0];
      for (let i = 0; i < complete; i++) yield JSON.parse(chunks[i]);
      channel[kJSONBuffer] = incomplete;
    }
    channel.buffering = channel[kJSONBuffer].length !== 0;
  },

  writeChannelMessage(channel, message, oncomplete) {
    return write(channel, JSON.stringify(message) + '\n', oncomplete);
  },
};

module.exports = { advanced, json, startReading, stopReading, writeQueueSize };
