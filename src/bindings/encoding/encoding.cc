// eddy: the `encoding_binding` binding (node's src/encoding_binding.cc): the
// byte loops behind TextEncoder and TextDecoder (lib/internal/encoding.js).
// The decoders follow the WHATWG Encoding Standard's UTF-8, UTF-16 and
// windows-1252 decoders; a streaming decoder keeps its state in an Int32Array(1) owned
// by the JS object, so no native object has to outlive a call.
//
// Rules: typed array and string characters are read only inside a
// JS::AutoCheckCannotGC scope (small typed arrays and short strings keep
// their data inline and move during GC). Results are built in malloc'd
// buffers inside the scope and handed to the engine after it.
#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/SharedArrayBuffer.h>
#include <js/String.h>
#include <js/Utility.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>

#include <cstring>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

// The bytes of an ArrayBufferView, ArrayBuffer or SharedArrayBuffer (after
// unwrapping), or nullptr for anything else. Valid only while `nogc` lives.
const uint8_t* GetBytes(JSObject* obj, size_t* len,
                        const JS::AutoCheckCannotGC& nogc) {
  bool shared;
  if (JSObject* view = js::UnwrapArrayBufferView(obj)) {
    const auto* data = static_cast<const uint8_t*>(
        JS_GetArrayBufferViewData(view, &shared, nogc));
    *len = data ? JS_GetArrayBufferViewByteLength(view) : 0;
    return data;
  }
  if (JSObject* ab = JS::UnwrapArrayBuffer(obj)) {
    const uint8_t* data = JS::GetArrayBufferData(ab, &shared, nogc);
    *len = data ? JS::GetArrayBufferByteLength(ab) : 0;
    return data;
  }
  if (JSObject* sab = JS::UnwrapSharedArrayBuffer(obj)) {
    *len = JS::GetSharedArrayBufferByteLength(sab);
    return JS::GetSharedArrayBufferData(sab, &shared, nogc);
  }
  return nullptr;
}

bool IsByteSource(JSObject* obj) {
  return js::UnwrapArrayBufferView(obj) || JS::UnwrapArrayBuffer(obj) ||
         JS::UnwrapSharedArrayBuffer(obj);
}

// The state cell of a streaming decoder: element 0 of an Int32Array(1).
int32_t* StateCell(JSObject* obj, const JS::AutoCheckCannotGC& nogc) {
  JSObject* arr = obj ? js::UnwrapInt32Array(obj) : nullptr;
  if (!arr || JS_GetTypedArrayLength(arr) < 1) return nullptr;
  bool shared;
  return JS_GetInt32ArrayData(arr, &shared, nogc);
}

// A growing UTF-16 result in a malloc'd buffer sized for the worst case.
struct Utf16Out {
  char16_t* data = nullptr;
  size_t len = 0;

  bool Reserve(size_t units) {
    data = js_pod_malloc<char16_t>(units + 1);
    return data != nullptr;
  }
  void Push(char16_t c) { data[len++] = c; }
  void PushCodePoint(uint32_t cp) {
    if (cp < 0x10000) {
      Push(static_cast<char16_t>(cp));
    } else {
      cp -= 0x10000;
      Push(static_cast<char16_t>(0xD800 | (cp >> 10)));
      Push(static_cast<char16_t>(0xDC00 | (cp & 0x3FF)));
    }
  }
};

// Turns a filled Utf16Out into a string (taking the buffer).
JSString* FinishString(JSContext* cx, Utf16Out* out) {
  if (out->len == 0) {
    js_free(out->data);
    return JS_GetEmptyString(cx);
  }
  out->data[out->len] = 0;
  JSString* s = JS_NewUCString(cx, JS::UniqueTwoByteChars(out->data), out->len);
  out->data = nullptr;
  return s;
}

// The WHATWG UTF-8 decoder. Between calls its state is the bytes of the
// incomplete sequence seen so far (at most three, all a valid prefix), packed
// as count | byte0 << 2 | byte1 << 10 | byte2 << 18; replaying them restores
// the bounds and partial code point exactly.
class Utf8Decoder {
 public:
  explicit Utf8Decoder(int32_t packed) {
    int count = packed & 3;
    for (int i = 0; i < count; i++) {
      Step(static_cast<uint8_t>((packed >> (2 + 8 * i)) & 0xFF), nullptr);
    }
  }

  // Feeds one byte (output goes to `out` when non-null). Returns 0: byte
  // consumed; 1: error, byte consumed; 2: error, byte must be read again as
  // the start of a new sequence.
  int Step(uint8_t b, Utf16Out* out) {
    if (needed_ == 0) {
      if (b < 0x80) {
        if (out) out->Push(b);
        return 0;
      }
      if (b >= 0xC2 && b <= 0xDF) {
        needed_ = 1;
        cp_ = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower_ = 0xA0;
        if (b == 0xED) upper_ = 0x9F;
        needed_ = 2;
        cp_ = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower_ = 0x90;
        if (b == 0xF4) upper_ = 0x8F;
        needed_ = 3;
        cp_ = b & 0x07;
      } else {
        return 1;
      }
      pending_[0] = b;
      seen_bytes_ = 1;
      return 0;
    }
    if (b < lower_ || b > upper_) {
      Reset();
      return 2;
    }
    lower_ = 0x80;
    upper_ = 0xBF;
    cp_ = (cp_ << 6) | (b & 0x3F);
    pending_[seen_bytes_++] = b;
    if (seen_bytes_ == needed_ + 1) {
      if (out) out->PushCodePoint(cp_);
      Reset();
    }
    return 0;
  }

  // Decodes `bytes`; false means a fatal error (only when `fatal`).
  bool Run(const uint8_t* bytes, size_t n, bool fatal, Utf16Out* out) {
    for (size_t i = 0; i < n;) {
      int r = Step(bytes[i], out);
      if (r == 0) {
        i++;
        continue;
      }
      if (fatal) return false;
      out->Push(kReplacement);
      if (r == 1) i++;
    }
    return true;
  }

  // End of stream: an unfinished sequence is one error.
  bool Flush(bool fatal, Utf16Out* out) {
    if (needed_ == 0) return true;
    Reset();
    if (fatal) return false;
    out->Push(kReplacement);
    return true;
  }

  int32_t Packed() const {
    if (needed_ == 0) return 0;
    int32_t packed = seen_bytes_;
    for (int i = 0; i < seen_bytes_; i++) packed |= pending_[i] << (2 + 8 * i);
    return packed;
  }

 private:
  void Reset() {
    needed_ = 0;
    seen_bytes_ = 0;
    cp_ = 0;
    lower_ = 0x80;
    upper_ = 0xBF;
  }

  int needed_ = 0;      // continuation bytes the lead byte asks for
  int seen_bytes_ = 0;  // bytes of the current sequence, lead included
  uint32_t cp_ = 0;
  uint8_t lower_ = 0x80;
  uint8_t upper_ = 0xBF;
  uint8_t pending_[4] = {0, 0, 0, 0};
};

// decodeUtf8(input, state, flush, fatal): the decoded string, or undefined
// when `fatal` and the bytes are malformed. `state` is an Int32Array(1) for
// streaming (updated in place; cleared by a flush) or undefined for a
// one-shot decode. A leading BOM is left in the result (lib/ strips it).
bool DecodeUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !IsByteSource(&args[0].toObject())) {
    return ThrowTypeError(cx, "decodeUtf8: input must be a buffer source");
  }
  JSObject* state_obj = args.get(1).isObject() ? &args[1].toObject() : nullptr;
  bool flush = JS::ToBoolean(args.get(2));
  bool fatal = JS::ToBoolean(args.get(3));
  Utf16Out out;
  bool ok;
  bool ascii_only = false;
  JS::Latin1Char* latin1 = nullptr;
  size_t latin1_len = 0;
  {
    JS::AutoCheckCannotGC nogc;
    size_t n = 0;
    const uint8_t* bytes = GetBytes(&args[0].toObject(), &n, nogc);
    int32_t* state = StateCell(state_obj, nogc);
    int32_t packed = state ? *state : 0;
    if (packed == 0) {
      ascii_only = true;
      for (size_t i = 0; i < n; i++) {
        if (bytes[i] >= 0x80) {
          ascii_only = false;
          break;
        }
      }
    }
    if (ascii_only) {
      // Pure ASCII needs no decoding and makes a compact one-byte string.
      if (n > 0) {
        latin1 = js_pod_malloc<JS::Latin1Char>(n + 1);
        if (!latin1) {
          JS_ReportOutOfMemory(cx);
          return false;
        }
        std::memcpy(latin1, bytes, n);
        latin1[n] = 0;
      }
      latin1_len = n;
      ok = true;
    } else {
      // Each byte yields at most one unit, except that a finished four-byte
      // sequence yields two and a pending sequence may add a replacement.
      if (!out.Reserve(n + 4)) {
        JS_ReportOutOfMemory(cx);
        return false;
      }
      Utf8Decoder dec(packed);
      ok = dec.Run(bytes, n, fatal, &out);
      if (ok && flush) ok = dec.Flush(fatal, &out);
      if (state) *state = ok && !flush ? dec.Packed() : 0;
    }
  }
  if (ascii_only) {
    if (latin1_len == 0) {
      args.rval().setString(JS_GetEmptyString(cx));
      return true;
    }
    JSString* s = JS_NewLatin1String(
        cx, js::UniquePtr<JS::Latin1Char[], JS::FreePolicy>(latin1), latin1_len);
    if (!s) return false;
    args.rval().setString(s);
    return true;
  }
  if (!ok) {
    js_free(out.data);
    args.rval().setUndefined();
    return true;
  }
  JSString* s = FinishString(cx, &out);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// decodeUtf16(input, state, flush, fatal, bigEndian): the WHATWG UTF-16LE/BE
// decoder, same contract as decodeUtf8. State: the pending odd byte plus
// one (bits 0-8) and a pending lead surrogate (bits 9-24).
bool DecodeUtf16(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !IsByteSource(&args[0].toObject())) {
    return ThrowTypeError(cx, "decodeUtf16: input must be a buffer source");
  }
  JSObject* state_obj = args.get(1).isObject() ? &args[1].toObject() : nullptr;
  bool flush = JS::ToBoolean(args.get(2));
  bool fatal = JS::ToBoolean(args.get(3));
  bool big_endian = JS::ToBoolean(args.get(4));
  Utf16Out out;
  bool ok = true;
  {
    JS::AutoCheckCannotGC nogc;
    size_t n = 0;
    const uint8_t* bytes = GetBytes(&args[0].toObject(), &n, nogc);
    int32_t* state = StateCell(state_obj, nogc);
    int32_t packed = state ? *state : 0;
    int lead_byte = (packed & 0x1FF) - 1;  // -1: none
    char16_t lead_surrogate = static_cast<char16_t>((packed >> 9) & 0xFFFF);
    if (!out.Reserve(n / 2 + 3)) {
      JS_ReportOutOfMemory(cx);
      return false;
    }
    for (size_t i = 0; ok && i < n; i++) {
      if (lead_byte < 0) {
        lead_byte = bytes[i];
        continue;
      }
      char16_t unit = big_endian ? static_cast<char16_t>((lead_byte << 8) | bytes[i])
                                 : static_cast<char16_t>((bytes[i] << 8) | lead_byte);
      lead_byte = -1;
      if (lead_surrogate) {
        char16_t lead = lead_surrogate;
        lead_surrogate = 0;
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
          out.Push(lead);
          out.Push(unit);
          continue;
        }
        // The lead had no trail: an error, then `unit` is read afresh.
        if (fatal) {
          ok = false;
          break;
        }
        out.Push(kReplacement);
      }
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        lead_surrogate = unit;
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        if (fatal) ok = false;
        else out.Push(kReplacement);
      } else {
        out.Push(unit);
      }
    }
    if (ok && flush && (lead_byte >= 0 || lead_surrogate)) {
      lead_byte = -1;
      lead_surrogate = 0;
      if (fatal) ok = false;
      else out.Push(kReplacement);
    }
    if (state) {
      *state = ok && !flush ? (lead_byte + 1) | (lead_surrogate << 9) : 0;
    }
  }
  if (!ok) {
    js_free(out.data);
    args.rval().setUndefined();
    return true;
  }
  JSString* s = FinishString(cx, &out);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// windows-1252's bytes 0x80-0x9F (the WHATWG index); every other byte is
// the code point of the same value.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// decodeLatin1(input, windows1252): each byte becomes one character: the
// code point of the same value (ISO-8859-1), or with `windows1252` the
// windows-1252 character.
bool DecodeLatin1(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !IsByteSource(&args[0].toObject())) {
    return ThrowTypeError(cx, "decodeLatin1: input must be a buffer source");
  }
  bool windows1252 = JS::ToBoolean(args.get(1));
  JS::Latin1Char* chars = nullptr;
  Utf16Out wide;
  size_t n = 0;
  {
    JS::AutoCheckCannotGC nogc;
    const uint8_t* bytes = GetBytes(&args[0].toObject(), &n, nogc);
    bool one_byte = true;
    if (windows1252) {
      for (size_t i = 0; i < n; i++) {
        if (bytes[i] >= 0x80 && bytes[i] < 0xA0 && kWindows1252High[bytes[i] - 0x80] > 0xFF) {
          one_byte = false;
          break;
        }
      }
    }
    if (one_byte && n > 0) {
      chars = js_pod_malloc<JS::Latin1Char>(n + 1);
      if (!chars) {
        JS_ReportOutOfMemory(cx);
        return false;
      }
      std::memcpy(chars, bytes, n);
      chars[n] = 0;
    } else if (!one_byte) {
      if (!wide.Reserve(n)) {
        JS_ReportOutOfMemory(cx);
        return false;
      }
      for (size_t i = 0; i < n; i++) {
        uint8_t b = bytes[i];
        wide.Push(b >= 0x80 && b < 0xA0 ? kWindows1252High[b - 0x80] : b);
      }
    }
  }
  if (wide.data) {
    JSString* s = FinishString(cx, &wide);
    if (!s) return false;
    args.rval().setString(s);
    return true;
  }
  if (n == 0) {
    args.rval().setString(JS_GetEmptyString(cx));
    return true;
  }
  JSString* s = JS_NewLatin1String(
      cx, js::UniquePtr<JS::Latin1Char[], JS::FreePolicy>(chars), n);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// UTF-8 length of one scalar value.
inline size_t Utf8Length(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

inline uint8_t* PutUtf8(uint8_t* p, uint32_t cp) {
  if (cp < 0x80) {
    *p++ = static_cast<uint8_t>(cp);
  } else if (cp < 0x800) {
    *p++ = static_cast<uint8_t>(0xC0 | (cp >> 6));
    *p++ = static_cast<uint8_t>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *p++ = static_cast<uint8_t>(0xE0 | (cp >> 12));
    *p++ = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<uint8_t>(0x80 | (cp & 0x3F));
  } else {
    *p++ = static_cast<uint8_t>(0xF0 | (cp >> 18));
    *p++ = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3F));
    *p++ = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<uint8_t>(0x80 | (cp & 0x3F));
  }
  return p;
}

// The scalar value at units[i] (a lone surrogate reads as U+FFFD) and how
// many units it spans.
inline uint32_t ScalarAt(const char16_t* units, size_t len, size_t i,
                         size_t* width) {
  char16_t c = units[i];
  *width = 1;
  if (c < 0xD800 || c > 0xDFFF) return c;
  if (c <= 0xDBFF && i + 1 < len && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
    *width = 2;
    return 0x10000 + ((c - 0xD800) << 10) + (units[i + 1] - 0xDC00);
  }
  return kReplacement;
}

// Encodes a linear string's characters as UTF-8 into `dest` (capacity
// `cap`), stopping before a scalar that does not fit. Returns the bytes
// written and sets *read to the UTF-16 units consumed. With dest null, only
// measures (cap ignored).
template <typename CharT>
size_t EncodeChars(const CharT* chars, size_t len, uint8_t* dest, size_t cap,
                   size_t* read) {
  size_t written = 0;
  size_t i = 0;
  while (i < len) {
    size_t width = 1;
    uint32_t cp;
    if constexpr (sizeof(CharT) == 1) {
      cp = chars[i];
    } else {
      cp = ScalarAt(chars, len, i, &width);
    }
    size_t need = Utf8Length(cp);
    if (dest) {
      if (written + need > cap) break;
      PutUtf8(dest + written, cp);
    }
    written += need;
    i += width;
  }
  *read = i;
  return written;
}

template <typename F>
auto WithLinearChars(JSLinearString* s, const JS::AutoCheckCannotGC& nogc, F&& f) {
  size_t len = JS::GetLinearStringLength(s);
  if (JS::LinearStringHasLatin1Chars(s)) {
    return f(JS::GetLatin1LinearStringChars(nogc, s), len);
  }
  return f(JS::GetTwoByteLinearStringChars(nogc, s), len);
}

// encodeUtf8String(string): a new Uint8Array with the UTF-8 bytes (lone
// surrogates become U+FFFD).
bool EncodeUtf8String(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isString()) {
    return ThrowTypeError(cx, "encodeUtf8String: argument must be a string");
  }
  JS::RootedString str(cx, args[0].toString());
  JSLinearString* linear = JS_EnsureLinearString(cx, str);
  if (!linear) return false;
  uint8_t* bytes = nullptr;
  size_t n = 0;
  {
    JS::AutoCheckCannotGC nogc;
    n = WithLinearChars(linear, nogc, [&](auto* chars, size_t len) {
      size_t read;
      return EncodeChars(chars, len, nullptr, 0, &read);
    });
    if (n > 0) {
      bytes = js_pod_malloc<uint8_t>(n);
      if (!bytes) {
        JS_ReportOutOfMemory(cx);
        return false;
      }
      WithLinearChars(linear, nogc, [&](auto* chars, size_t len) {
        size_t read;
        return EncodeChars(chars, len, bytes, n, &read);
      });
    }
  }
  JS::RootedObject result(cx);
  if (n == 0) {
    result = JS_NewUint8Array(cx, 0);
  } else {
    JS::RootedObject ab(cx, JS::NewArrayBufferWithContents(cx, n, bytes));
    if (!ab) {
      js_free(bytes);
      return false;
    }
    result = JS_NewUint8ArrayWithBuffer(cx, ab, 0, -1);
  }
  if (!result) return false;
  args.rval().setObject(*result);
  return true;
}

// encodeInto(string, dest, results): writes as many whole scalars as fit
// into the Uint8Array `dest`; results (a Float64Array(2)) gets the UTF-16
// units read and the bytes written.
bool EncodeInto(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isString() || !args.get(1).isObject() ||
      !args.get(2).isObject()) {
    return ThrowTypeError(cx, "encodeInto: bad arguments");
  }
  JS::RootedString str(cx, args[0].toString());
  JSLinearString* linear = JS_EnsureLinearString(cx, str);
  if (!linear) return false;
  JSObject* dest = js::UnwrapUint8Array(&args[1].toObject());
  JSObject* results = js::UnwrapFloat64Array(&args[2].toObject());
  if (!dest || !results || JS_GetTypedArrayLength(results) < 2) {
    return ThrowTypeError(cx, "encodeInto: bad arguments");
  }
  JS::AutoCheckCannotGC nogc;
  bool shared;
  uint8_t* out = JS_GetUint8ArrayData(dest, &shared, nogc);
  size_t read = 0;
  size_t written = 0;
  if (out) {  // null when the buffer is detached: nothing fits
    size_t cap = JS_GetArrayBufferViewByteLength(dest);
    written = WithLinearChars(linear, nogc, [&](auto* chars, size_t len) {
      return EncodeChars(chars, len, out, cap, &read);
    });
  }
  double* res = JS_GetFloat64ArrayData(results, &shared, nogc);
  res[0] = static_cast<double>(read);
  res[1] = static_cast<double>(written);
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("decodeUtf8", DecodeUtf8, 4, 0),
    JS_FN("decodeUtf16", DecodeUtf16, 5, 0),
    JS_FN("decodeLatin1", DecodeLatin1, 2, 0),
    JS_FN("encodeUtf8String", EncodeUtf8String, 1, 0),
    JS_FN("encodeInto", EncodeInto, 3, 0),
    JS_FS_END};

}  // namespace

bool InitEncodingBinding(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods);
}

}  // namespace eddy::bindings
