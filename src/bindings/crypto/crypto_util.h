// eddy: shared machinery of the `crypto` binding (node's src/crypto/): byte
// arguments, output encodings, the digest table, OpenSSL error objects and
// CryptoJob, the thread-pool request behind the async KDFs and randomBytes.
//
// Rules:
// - lib/internal/crypto/ validates every argument and throws node's ERR_*
//   errors; functions here tolerate any value (a wrong type reads as empty
//   bytes) so no input reaches memory it should not.
// - Bytes of strings and views are touched only inside JS::AutoCheckCannotGC
//   scopes (WithBytes); OpenSSL calls made there never re-enter the engine.
// - A failed OpenSSL call becomes an Error like node's: message
//   "error:XXXXXXXX:library::reason", with `library`, `reason`, `code`
//   (ERR_OSSL_*) and `opensslErrorStack` when more errors were queued.
#ifndef EDDY_BINDINGS_CRYPTO_CRYPTO_UTIL_H_
#define EDDY_BINDINGS_CRYPTO_CRYPTO_UTIL_H_

// HMAC_CTX: the fast keyed-hash path (EVP_MAC refetches the digest per key).
#ifndef OPENSSL_SUPPRESS_DEPRECATED
#define OPENSSL_SUPPRESS_DEPRECATED 1
#endif

#include <jsapi.h>
#include <js/CharacterEncoding.h>
#include <js/String.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <openssl/evp.h>
#include <uv.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/runtime.h"
#include "loop/req_wrap.h"

namespace eddy::bindings::crypto {

// --- bytes --------------------------------------------------------------------

// The view, ArrayBuffer or SharedArrayBuffer behind `v`, or null.
JSObject* UnwrapBytes(const JS::Value& v);
// The bytes of an object UnwrapBytes returned; valid only while `nogc` lives.
void GetBytes(JSObject* obj, const JS::AutoRequireNoGC& nogc, const uint8_t** data,
              size_t* size);

// UTF-8 scratch space for strings with non-ASCII characters.
std::string& Utf8Scratch();

// Calls f(const uint8_t* data, size_t size) with the bytes of `v`: a string
// (UTF-8, lone surrogates as U+FFFD) or a view/ArrayBuffer. Anything else
// reads as no bytes. The pointer is valid only during the call, and `f` must
// not touch the engine. Returns false with an exception pending (a rope that
// could not be flattened).
template <typename F>
[[nodiscard]] bool WithBytes(JSContext* cx, JS::HandleValue v, F&& f) {
  if (v.isString()) {
    JSLinearString* s = JS_EnsureLinearString(cx, v.toString());
    if (!s) return false;
    size_t n = JS::GetLinearStringLength(s);
    if (JS::LinearStringHasLatin1Chars(s)) {
      JS::AutoCheckCannotGC nogc;
      const JS::Latin1Char* p = JS::GetLatin1LinearStringChars(nogc, s);
      size_t i = 0;
      while (i < n && p[i] < 0x80) i++;
      if (i == n) {
        f(reinterpret_cast<const uint8_t*>(p), n);
        return true;
      }
    }
    std::string& buf = Utf8Scratch();
    size_t len = JS::GetDeflatedUTF8StringLength(s);
    buf.resize(len);
    if (len) JS::DeflateStringToUTF8Buffer(s, mozilla::Span<char>(buf.data(), len));
    f(reinterpret_cast<const uint8_t*>(buf.data()), len);
    return true;
  }
  JSObject* obj = UnwrapBytes(v);
  JS::AutoCheckCannotGC nogc;
  const uint8_t* data = nullptr;
  size_t size = 0;
  if (obj) GetBytes(obj, nogc, &data, &size);
  static const uint8_t kEmpty = 0;
  f(data ? data : &kEmpty, data ? size : 0);
  return true;
}

// Calls f(data, size) with the characters of a string as bytes (each
// character's low byte): the form KeySnapshot made. Other values as
// WithBytes.
template <typename F>
[[nodiscard]] bool WithLatin1Bytes(JSContext* cx, JS::HandleValue v, F&& f) {
  if (!v.isString()) return WithBytes(cx, v, f);
  JSLinearString* s = JS_EnsureLinearString(cx, v.toString());
  if (!s) return false;
  size_t n = JS::GetLinearStringLength(s);
  if (JS::LinearStringHasLatin1Chars(s)) {
    JS::AutoCheckCannotGC nogc;
    f(reinterpret_cast<const uint8_t*>(JS::GetLatin1LinearStringChars(nogc, s)), n);
    return true;
  }
  std::string& buf = Utf8Scratch();
  buf.resize(n);
  {
    JS::AutoCheckCannotGC nogc;
    const char16_t* p = JS::GetTwoByteLinearStringChars(nogc, s);
    for (size_t i = 0; i < n; i++) buf[i] = static_cast<char>(p[i] & 0xff);
  }
  f(reinterpret_cast<const uint8_t*>(buf.data()), n);
  return true;
}

// Copies the bytes of `v` (as WithBytes reads them).
[[nodiscard]] bool CopyBytes(JSContext* cx, JS::HandleValue v, std::vector<uint8_t>* out);

// Wipes and frees: a byte vector for key material.
void Cleanse(std::vector<uint8_t>* v);

// --- results ------------------------------------------------------------------

// Output encodings lib/ passes as numbers (kOutBuffer returns an ArrayBuffer
// that lib/ wraps as a Buffer).
enum OutEncoding : int {
  kOutBuffer = 0,
  kOutHex = 1,
  kOutBase64 = 2,
  kOutBase64Url = 3,
  kOutLatin1 = 4,
};
OutEncoding OutEncodingArg(const JS::Value& v);

// A new ArrayBuffer holding a copy of `n` bytes.
JSObject* NewArrayBufferCopy(JSContext* cx, const uint8_t* p, size_t n);
// The bytes encoded as `enc` (a string, or an ArrayBuffer for kOutBuffer).
[[nodiscard]] bool EncodeOutput(JSContext* cx, const uint8_t* p, size_t n, OutEncoding enc,
                                JS::MutableHandleValue out);

// --- digests ------------------------------------------------------------------

// Digests are looked up once by name and kept in a table for the process;
// lib/ caches name -> id and passes the id. EVP_MD_fetch per call is what
// makes OpenSSL 3 hashing slow for small inputs.
const EVP_MD* DigestById(int id);
// The id of `name` (node's rules: names OpenSSL knows, aliases included), or
// -1. An algorithm known only to a provider that is not loaded (md4) still
// gets an id: initialising it fails with OpenSSL's error, as in node.
int DigestIdForName(const std::string& name);

// --- errors -------------------------------------------------------------------

// A captured OpenSSL error queue (first error first).
struct OpenSSLErrors {
  std::vector<unsigned long> codes;  // NOLINT(runtime/int)
  void Capture();                    // drains the thread's queue
  bool empty() const { return codes.empty(); }
};
// The Error node builds from an OpenSSL error queue; `fallback` is the
// message when the queue is empty (with no code).
[[nodiscard]] bool MakeOpenSSLError(JSContext* cx, const OpenSSLErrors& errors,
                                    const char* fallback, JS::MutableHandleValue out);
// Captures the queue and throws that error. Always returns false.
bool ThrowOpenSSLError(JSContext* cx, const char* fallback);
// A plain Error with `message` (and a `code` property when code is set).
bool ThrowPlainError(JSContext* cx, const char* message, const char* code = nullptr);

// --- thread-pool jobs -----------------------------------------------------------
//
// A CryptoJob runs Run() on libuv's thread pool (no JSAPI there) and turns
// its outcome into a JS value on the loop thread (Finish). lib/ passes a job
// object; on completion `job.ondone(err, result)` runs through a
// CallbackScope (err null on success). Without a job object the work runs
// synchronously and the result is returned (or the error thrown).
class CryptoJob {
 public:
  virtual ~CryptoJob() = default;
  virtual void Run() = 0;
  [[nodiscard]] virtual bool Finish(JSContext* cx, JS::MutableHandleValue out) = 0;

  // Set by Run on failure: the OpenSSL queue, or just a message.
  bool failed = false;
  OpenSSLErrors errors;
  std::string message;
  // Non-null: the error is a RangeError/Error with this code instead.
  const char* code = nullptr;
};

// Runs `job` synchronously (args[index] undefined) or on the thread pool.
bool DispatchJob(JSContext* cx, const JS::CallArgs& args, unsigned index,
                 std::unique_ptr<CryptoJob> job);

// --- parts of the binding -------------------------------------------------------

bool InitHash(JSContext* cx, JS::HandleObject target);
bool InitRandom(JSContext* cx, JS::HandleObject target);
bool InitKdf(JSContext* cx, JS::HandleObject target);
bool InitCipher(JSContext* cx, JS::HandleObject target);

// Numeric argument helpers.
int64_t IntArg(const JS::Value& v, int64_t def);

}  // namespace eddy::bindings::crypto

#endif  // EDDY_BINDINGS_CRYPTO_CRYPTO_UTIL_H_
