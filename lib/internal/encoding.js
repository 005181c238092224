// eddy: TextEncoder and TextDecoder (WHATWG Encoding Standard), the classes
// behind the globals and util.TextEncoder/TextDecoder; mirrors node's
// lib/internal/encoding.js. The byte loops live in the `encoding_binding`
// binding. Decoding covers UTF-8, UTF-16LE/BE and windows-1252; the other
// labels of the standard are recognised and throw ERR_NOT_IMPLEMENTED.
//
// Node 20 is the oracle where it departs from the standard, and this file
// follows it: a utf-8 or windows-1252 decoder takes a one-shot path until
// its first `stream: true` call and a full decoder after it, for good. On
// the one-shot path a bad `options` argument is ignored, and windows-1252
// (with all its labels: latin1, ascii, ...) decodes as ISO-8859-1 (0x80 is
// U+0080, not the euro sign). `options: null` means "do not flush".
// Malformed input and bad `input` types throw plain TypeErrors carrying a
// `code`, as node's C++ does.
'use strict';

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateObject,
  validateString,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/validators');
const { isAnyArrayBuffer, isUint8Array } = require('internal/util/types');
const {
  decodeUtf8,
  decodeUtf16,
  decodeLatin1,
  encodeUtf8String,
  encodeInto,
} = internalBinding('encoding_binding');

const kCustomInspect = Symbol.for('nodejs.util.inspect.custom');
const kAllowObjectsAndNull = kValidateObjectAllowNullable |
  kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kEmptyObject = Object.freeze({ __proto__: null });
const kEmptyInput = new Uint8Array(0);

// --- labels --------------------------------------------------------------------

// Encoding name -> labels, from the standard's table (node leaves out
// iso-8859-16, replacement and x-user-defined, so does eddy).
const kLabels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8'],
  'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592',
    'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593',
    'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
  'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594',
    'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
  'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144',
    'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
  'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic',
    'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6',
    'iso88596', 'iso_8859-6', 'iso_8859-6:1987'],
  'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8',
    'iso-8859-7', 'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987',
    'sun_eu_greek'],
  'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8',
    'iso-8859-8-e', 'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8',
    'iso_8859-8:1988', 'visual'],
  'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910',
    'l6', 'latin6'],
  'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
  'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
  'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15',
    'l9'],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620',
    'windows-874'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987',
    'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
  'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9',
    'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254',
    'x-cp1254'],
  'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80',
    'gbk', 'iso-ir-58', 'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis',
    'windows-31j', 'x-sjis'],
  'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean',
    'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
    'utf-16le'],
};

let labelMap;  // label -> encoding name, built on first use

function getEncodingFromLabel(label) {
  if (labelMap === undefined) {
    labelMap = new Map();
    for (const name of Object.keys(kLabels)) {
      for (const l of kLabels[name]) labelMap.set(l, name);
    }
  }
  // The standard trims ASCII whitespace only (TAB, LF, FF, CR, SPACE).
  const key = `${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  return labelMap.get(key);
}

// --- errors shaped like node's C++ ones ----------------------------------------

function nativeTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function invalidDataError(encoding) {
  return nativeTypeError('ERR_ENCODING_INVALID_ENCODED_DATA',
                         `The encoded data was not valid for encoding ${encoding}`);
}

function isBufferSource(input) {
  return ArrayBuffer.isView(input) || isAnyArrayBuffer(input);
}

function invalidInputError(name, list) {
  return nativeTypeError('ERR_INVALID_ARG_TYPE',
                         `The "${name}" argument must be an instance of ${list}.`);
}

// --- TextEncoder -----------------------------------------------------------------

const encodeIntoResults = new Float64Array(2);

class TextEncoder {
  #brand;

  constructor() {
    this.#brand = true;
  }

  get encoding() {
    if (!TextEncoder.#is(this)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!TextEncoder.#is(this)) throw new ERR_INVALID_THIS('TextEncoder');
    return encodeUtf8String(`${input}`);
  }

  encodeInto(src, dest) {
    if (!TextEncoder.#is(this)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) {
      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    encodeInto(src, dest, encodeIntoResults);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  [kCustomInspect](depth, opts) {
    if (!TextEncoder.#is(this)) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof depth === 'number' && depth < 0) return tooDeep(this, opts);
    // Node shows the fields on an object whose prototype only names the
    // constructor, which inspect prints as a plain object.
    const shown = { __proto__: { constructor: this.constructor || TextEncoder } };
    shown.encoding = this.encoding;
    return require('internal/util/inspect').inspect(shown, opts);
  }

  static #is(obj) {
    return obj !== null && typeof obj === 'object' && #brand in obj;
  }
}

// --- TextDecoder -----------------------------------------------------------------

const kUtf8 = 0;
const kUtf16le = 1;
const kUtf16be = 2;
const kLatin1 = 3;

class TextDecoder {
  #encoding;
  #kind;
  #fatal;
  #ignoreBOM;
  // Streaming state: the binding's Int32Array(1) cell, whether the BOM
  // check is done for the current stream, and whether the decoder still
  // takes node's one-shot path (see the header).
  #state = new Int32Array(1);
  #bomSeen = false;
  #oneShot = true;

  constructor(encoding = 'utf-8', options = kEmptyObject) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kAllowObjectsAndNull);
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    switch (name) {
      case 'utf-8': this.#kind = kUtf8; break;
      case 'utf-16le': this.#kind = kUtf16le; break;
      case 'utf-16be': this.#kind = kUtf16be; break;
      case 'windows-1252': this.#kind = kLatin1; break;
      default:
        throw new ERR_NOT_IMPLEMENTED(`TextDecoder for the "${name}" encoding`);
    }
    this.#encoding = name;
    this.#fatal = options !== null && Boolean(options.fatal);
    this.#ignoreBOM = options !== null && Boolean(options.ignoreBOM);
  }

  decode(input = kEmptyInput, options = kEmptyObject) {
    if (!TextDecoder.#is(this)) throw new ERR_INVALID_THIS('TextDecoder');
    const kind = this.#kind;
    if (kind === kLatin1 && this.#oneShot) {
      this.#oneShot = !(options != null && options.stream);
      if (this.#oneShot) {
        if (!isBufferSource(input)) {
          throw invalidInputError('input', 'ArrayBuffer, SharedArrayBuffer, or ArrayBufferView');
        }
        return decodeLatin1(input, false);
      }
    }
    if (kind === kUtf8 && this.#oneShot) {
      this.#oneShot = !(options != null && options.stream);
      if (this.#oneShot) {
        if (!isBufferSource(input)) {
          throw invalidInputError('list', 'SharedArrayBuffer, ArrayBuffer or ArrayBufferView');
        }
        const text = decodeUtf8(input, undefined, true, this.#fatal);
        if (text === undefined) throw invalidDataError('utf-8');
        return this.#ignoreBOM ? text : stripBOM(text);
      }
    }
    validateObject(options, 'options', kAllowObjectsAndNull);
    if (!isBufferSource(input)) {
      throw invalidInputError('input', 'SharedArrayBuffer, ArrayBuffer or ArrayBufferView');
    }
    if (kind === kLatin1) return decodeLatin1(input, true);
    const flush = options !== null && !options.stream;
    let text = kind === kUtf8 ?
      decodeUtf8(input, this.#state, flush, this.#fatal) :
      decodeUtf16(input, this.#state, flush, this.#fatal, kind === kUtf16be);
    if (text === undefined) {
      this.#bomSeen = false;
      throw invalidDataError(this.#encoding);
    }
    if (!this.#bomSeen && text.length > 0) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM) text = stripBOM(text);
    }
    if (flush) this.#bomSeen = false;
    return text;
  }

  get encoding() {
    if (!TextDecoder.#is(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#encoding;
  }

  get fatal() {
    if (!TextDecoder.#is(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!TextDecoder.#is(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#ignoreBOM;
  }

  [kCustomInspect](depth, opts) {
    if (!TextDecoder.#is(this)) throw new ERR_INVALID_THIS('TextDecoder');
    if (typeof depth === 'number' && depth < 0) return tooDeep(this, opts);
    const ctor = this.constructor || TextDecoder;
    const shown = { __proto__: { constructor: ctor } };
    shown.encoding = this.#encoding;
    shown.fatal = this.#fatal;
    shown.ignoreBOM = this.#ignoreBOM;
    return `${ctor.name} ${require('internal/util/inspect').inspect(shown)}`;
  }

  static #is(obj) {
    return obj !== null && typeof obj === 'object' && #kind in obj;
  }
}

// Below the inspection depth node prints `[TextDecoder]` (its instances
// have own keys, so inspect abbreviates them).
function tooDeep(obj, opts) {
  const name = (obj.constructor && obj.constructor.name) || 'Object';
  const text = `[${name}]`;
  return opts && typeof opts.stylize === 'function' ? opts.stylize(text, 'special') : text;
}

function stripBOM(text) {
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

// WebIDL shape: accessors and methods enumerable, a @@toStringTag.
for (const [C, names] of [[TextEncoder, ['encoding', 'encode', 'encodeInto']],
  [TextDecoder, ['encoding', 'fatal', 'ignoreBOM', 'decode']]]) {
  for (const name of names) {
    Object.defineProperty(C.prototype, name, { enumerable: true });
  }
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    value: C.name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  TextDecoder,
  TextEncoder,
  getEncodingFromLabel,
};
