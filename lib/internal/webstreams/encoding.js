// eddy: TextEncoderStream and TextDecoderStream (WHATWG Encoding §7), as
// TransformStreams over the TextEncoder/TextDecoder of
// lib/internal/encoding.js; node 20's shape and inspect output.
'use strict';

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const {
  customInspect,
  isBrand,
  kEmptyObject,
  kInspect,
  kState,
  kType,
} = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

const kReplacement = [0xEF, 0xBF, 0xBD];

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A high surrogate that ended the last chunk waits for the next one.
    let pending = '';
    this[kType] = 'TextEncoderStream';
    this[kState] = {
      encoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          let text = `${chunk}`;
          if (pending !== '') {
            text = pending + text;
            pending = '';
          }
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {
            pending = text[text.length - 1];
            text = text.slice(0, -1);
          }
          if (text.length > 0) controller.enqueue(encoder.encode(text));
        },
        flush(controller) {
          if (pending !== '') controller.enqueue(new Uint8Array(kReplacement));
        },
      }),
    };
  }

  get encoding() {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].encoder.encoding;
  }

  get readable() {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options) {
    if (!isBrand(this, 'TextEncoderStream')) throw new ERR_INVALID_THIS('TextEncoderStream');
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: this.encoding,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = kEmptyObject) {
    const decoder = new TextDecoder(encoding, options);
    this[kType] = 'TextDecoderStream';
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const value = decoder.decode(chunk, { stream: true });
          if (value) controller.enqueue(value);
        },
        flush(controller) {
          const value = decoder.decode();
          if (value) controller.enqueue(value);
        },
      }),
    };
  }

  get encoding() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.writable;
  }

  [kInspect](depth, options) {
    if (!isBrand(this, 'TextDecoderStream')) throw new ERR_INVALID_THIS('TextDecoderStream');
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

Object.defineProperties(TextEncoderStream.prototype, {
  encoding: { enumerable: true },
  readable: { enumerable: true },
  writable: { enumerable: true },
});

Object.defineProperties(TextDecoderStream.prototype, {
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  readable: { enumerable: true },
  writable: { enumerable: true },
});

module.exports = { TextEncoderStream, TextDecoderStream };
