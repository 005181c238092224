// eddy: shared pieces of the `crypto_keys` binding, the native half of
// node:crypto's key APIs (node's src/crypto/crypto_keys.cc, crypto_sig.cc,
// crypto_dh.cc, crypto_ec.cc, crypto_x509.cc, crypto_keygen.cc): key handles,
// OpenSSL error objects, byte arguments and jobs that run either now or on
// libuv's thread pool.
//
// Rules:
// - lib/internal/crypto/ validates every argument; functions here still read
//   any value safely (a wrong type is an empty byte string or throws a plain
//   TypeError), so bad input can never crash.
// - Native objects (key handles, sign contexts, DH states, certificates) are
//   opaque JS objects whose reserved slot 0 points at the C++ state, freed by
//   the finalizer. Every operation is a binding function taking the handle as
//   its first argument and checking its class.
// - Key material is immutable once a handle exists (KeyData is shared with
//   jobs running on other threads through std::shared_ptr).
// - A thread-pool job touches no JSAPI in Run(); OpenSSL's error queue is
//   per-thread, so failures are captured there as an OsslError and turned
//   into a JS error on the loop thread.
#ifndef EDDY_BINDINGS_CRYPTO_KEYS_CRYPTO_KEYS_H_
#define EDDY_BINDINGS_CRYPTO_KEYS_CRYPTO_KEYS_H_

#include <jsapi.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace eddy::bindings::crypto_keys {

using Bytes = std::vector<unsigned char>;

// --- errors -------------------------------------------------------------------

// An OpenSSL failure: the oldest queued error (`code`, 0 when the queue was
// empty), the others newest first, and the message to use when there was none.
struct OsslError {
  unsigned long code = 0;
  std::vector<std::string> stack;
  std::string fallback;
  // Only the message, no code/library/reason (node's key generation jobs).
  bool plain = false;
};

// Drains this thread's OpenSSL error queue.
OsslError CaptureError(const char* fallback);
// Builds node's error for `e`: message "error:...", and library, reason,
// code (ERR_OSSL_*), opensslErrorStack when several errors were queued.
[[nodiscard]] bool MakeOsslError(JSContext* cx, const OsslError& e,
                                 JS::MutableHandleValue out);
// Throws the error for `e` (always returns false).
bool ThrowOsslError(JSContext* cx, const OsslError& e);
// CaptureError + ThrowOsslError.
bool ThrowOssl(JSContext* cx, const char* fallback);
// Throws `new Error(message)` with `code` set (node's THROW_ERR_* for the few
// errors only C++ can detect). Returns false.
bool ThrowCodeError(JSContext* cx, const char* code, const char* message,
                    JSProtoKey kind = JSProto_Error);

// --- bytes --------------------------------------------------------------------

// Copies the bytes of an ArrayBufferView or (Shared)ArrayBuffer. Any other
// value gives an empty string and false.
bool CopyBytes(JSContext* cx, JS::HandleValue v, Bytes* out);
// A new ArrayBuffer holding a copy of `p[0..n)`; null on failure (pending).
JSObject* NewArrayBufferCopy(JSContext* cx, const void* p, size_t n);
// Same, stored into `out`.
[[nodiscard]] bool SetBytes(JSContext* cx, const void* p, size_t n,
                            JS::MutableHandleValue out);
[[nodiscard]] bool SetBytes(JSContext* cx, const Bytes& b,
                            JS::MutableHandleValue out);
// The value as UTF-8 when it is a string; false otherwise.
bool StringArg(JSContext* cx, JS::HandleValue v, std::string* out);
// Integer argument, `def` unless a number.
int64_t IntArg(const JS::Value& v, int64_t def);

// --- keys ---------------------------------------------------------------------

enum KeyKind { kKeySecret = 0, kKeyPublic = 1, kKeyPrivate = 2 };

struct KeyData {
  KeyData(KeyKind k, EVP_PKEY* p) : kind(k), pkey(p) {}
  KeyData(Bytes s) : kind(kKeySecret), secret(std::move(s)) {}
  ~KeyData();
  KeyData(const KeyData&) = delete;
  KeyData& operator=(const KeyData&) = delete;

  KeyKind kind;
  EVP_PKEY* pkey = nullptr;  // owned (one reference)
  Bytes secret;
};
using KeyRef = std::shared_ptr<const KeyData>;

// A new key handle object owning `key`; null with an exception pending.
JSObject* NewKeyHandle(JSContext* cx, KeyRef key);
// The key of a handle object; null (no exception) when `v` is not one.
KeyRef GetKey(JS::HandleValue v);
// GetKey that throws a TypeError when `v` is not a key handle.
[[nodiscard]] bool KeyArg(JSContext* cx, JS::HandleValue v, KeyRef* out);
// The EVP_PKEY for the public half of `pkey`: a new reference to the same
// object (a public KeyObject only ever uses the public half).
EVP_PKEY* PublicOnly(EVP_PKEY* pkey);
// Re-encodes an X9.62 EC point of curve `nid` in `form`
// (POINT_CONVERSION_*). False when the point is not on the curve.
bool ConvertEcPoint(int nid, const Bytes& in, int form, Bytes* out);
// The RFC 2409/3526 MODP group `name` ("modp14", ...) as a new BIGNUM, or
// null for an unknown name.
BIGNUM* ModpPrime(const std::string& name);
// DH domain parameters (p, g) as a new EVP_PKEY, or null.
EVP_PKEY* DhParams(const BIGNUM* p, const BIGNUM* g);
// node's asymmetricKeyType name ("rsa", "ec", ...) or nullptr.
const char* KeyTypeName(EVP_PKEY* pkey);

// --- jobs ---------------------------------------------------------------------

// Work that can run now or on the thread pool. Run() must not touch JSAPI;
// on failure it sets `failed` and `error`. Finish() builds the result on the
// loop thread.
class Job {
 public:
  virtual ~Job() = default;
  virtual void Run() = 0;
  [[nodiscard]] virtual bool Finish(JSContext* cx, JS::MutableHandleValue out) = 0;

  void Fail(const char* fallback) {
    failed = true;
    error = CaptureError(fallback);
  }
  bool failed = false;
  OsslError error;
};

// args[req_index] undefined: runs `job` now and returns its result (or
// throws its error). An object: queues it on the thread pool and later calls
// req.oncomplete(err, result) through a CallbackScope (err null on success).
bool DispatchJob(JSContext* cx, const JS::CallArgs& args, unsigned req_index,
                 std::unique_ptr<Job> job);

// --- the parts of the binding -----------------------------------------------

bool InitKeys(JSContext* cx, JS::HandleObject target);
bool InitKeygen(JSContext* cx, JS::HandleObject target);
bool InitSig(JSContext* cx, JS::HandleObject target);
bool InitDh(JSContext* cx, JS::HandleObject target);
bool InitX509(JSContext* cx, JS::HandleObject target);
bool InitWebcrypto(JSContext* cx, JS::HandleObject target);

}  // namespace eddy::bindings::crypto_keys

#endif  // EDDY_BINDINGS_CRYPTO_KEYS_CRYPTO_KEYS_H_
