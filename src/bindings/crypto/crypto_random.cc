// eddy: randomness of the `crypto` binding (node's src/crypto/crypto_random.cc):
// randomFill into a view (sync) or into a new ArrayBuffer on the thread pool,
// and randomUUID, which formats version-4 UUIDs from a cached batch of random
// bytes, sixteen to a string (see RandomUuidBatch).
#include "bindings/crypto/crypto_util.h"  // first: sets OpenSSL's API level

#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/Utility.h>
#include <openssl/err.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstring>

#include "engine/convert.h"

namespace eddy::bindings::crypto {

namespace {

// Fills `p` with `n` random bytes, in pieces RAND_bytes accepts.
bool FillRandom(uint8_t* p, size_t n) {
  while (n > 0) {
    int chunk = static_cast<int>(std::min<size_t>(n, 1 << 30));
    if (RAND_bytes(p, chunk) != 1) return false;
    p += chunk;
    n -= static_cast<size_t>(chunk);
  }
  return true;
}

// randomFillSync(view, offset, size): fills bytes [offset, offset + size) of
// the view (clamped to it). Throws OpenSSL's error on failure.
bool RandomFillSync(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSObject* obj = UnwrapBytes(args.get(0));
  int64_t offset = std::max<int64_t>(0, IntArg(args.get(1), 0));
  int64_t size = std::max<int64_t>(0, IntArg(args.get(2), 0));
  bool ok = true;
  if (obj) {
    JS::AutoCheckCannotGC nogc;
    const uint8_t* data;
    size_t len;
    GetBytes(obj, nogc, &data, &len);
    if (static_cast<uint64_t>(offset) < len) {
      size_t n = std::min<uint64_t>(static_cast<uint64_t>(size), len - offset);
      ok = FillRandom(const_cast<uint8_t*>(data) + offset, n);
    }
  }
  if (!ok) return ThrowOpenSSLError(cx, "Random bytes generation failed");
  args.rval().setUndefined();
  return true;
}

class RandomBytesJob final : public CryptoJob {
 public:
  explicit RandomBytesJob(size_t n) : n_(n) {}
  ~RandomBytesJob() override { js_free(data_); }

  void Run() override {
    if (n_ == 0) return;
    data_ = js_pod_arena_malloc<uint8_t>(js::ArrayBufferContentsArena, n_);
    if (!data_) {
      failed = true;
      message = "Out of memory";
      return;
    }
    if (!FillRandom(data_, n_)) {
      failed = true;
      errors.Capture();
      message = "Random bytes generation failed";
    }
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    JSObject* ab = n_ == 0 ? JS::NewArrayBuffer(cx, 0)
                           : JS::NewArrayBufferWithContents(cx, n_, data_);
    if (!ab) return false;
    data_ = nullptr;  // owned by the ArrayBuffer now
    out.setObject(*ab);
    return true;
  }

 private:
  size_t n_;
  uint8_t* data_ = nullptr;
};

// randomBytesJob(size, job): `size` random bytes as an ArrayBuffer, made on
// the thread pool (job an object) or now.
bool RandomBytesJobFn(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int64_t n = std::max<int64_t>(0, IntArg(args.get(0), 0));
  return DispatchJob(cx, args, 1, std::make_unique<RandomBytesJob>(static_cast<size_t>(n)));
}

// --- randomUUID ------------------------------------------------------------------

constexpr size_t kUuidBatch = 128;

struct UuidCache {
  uint8_t bytes[16 * kUuidBatch];
  size_t next = kUuidBatch;  // empty
};

void FormatUuid(const uint8_t* r, char* out) {
  static const char kHex[] = "0123456789abcdef";
  size_t o = 0;
  for (int i = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out[o++] = '-';
    uint8_t b = r[i];
    if (i == 6) b = (b & 0x0f) | 0x40;  // version 4
    if (i == 8) b = (b & 0x3f) | 0x80;  // variant 10xx
    out[o++] = kHex[b >> 4];
    out[o++] = kHex[b & 15];
  }
}

// The next 16 cached random bytes (refilled in batches: RAND_bytes has a
// high fixed cost per call).
const uint8_t* NextUuidBytes() {
  static thread_local UuidCache cache;
  if (cache.next == kUuidBatch) {
    if (!FillRandom(cache.bytes, sizeof(cache.bytes))) return nullptr;
    cache.next = 0;
  }
  return cache.bytes + 16 * cache.next++;
}

// randomUUID(): one UUID from fresh random bytes (disableEntropyCache).
bool RandomUuid(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uint8_t fresh[16];
  if (!FillRandom(fresh, sizeof(fresh))) {
    return ThrowOpenSSLError(cx, "Random bytes generation failed");
  }
  char text[36];
  FormatUuid(fresh, text);
  OPENSSL_cleanse(fresh, sizeof(fresh));
  JSString* s = JS_NewStringCopyN(cx, text, sizeof(text));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// randomUUIDBatch(): kUuidsPerString UUIDs from the cached random bytes,
// back to back in one string. lib/ hands out 36-character substrings of it:
// the engine makes those without copying, where a string of its own per
// UUID costs a malloc each (36 characters do not fit inline).
constexpr size_t kUuidsPerString = 16;

bool RandomUuidBatch(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char text[36 * kUuidsPerString];
  for (size_t i = 0; i < kUuidsPerString; i++) {
    const uint8_t* r = NextUuidBytes();
    if (!r) return ThrowOpenSSLError(cx, "Random bytes generation failed");
    FormatUuid(r, text + 36 * i);
  }
  JSString* s = JS_NewStringCopyN(cx, text, sizeof(text));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("randomFillSync", RandomFillSync, 3, 0),
    JS_FN("randomBytesJob", RandomBytesJobFn, 2, 0),
    JS_FN("randomUUID", RandomUuid, 0, 0),
    JS_FN("randomUUIDBatch", RandomUuidBatch, 0, 0),
    JS_FS_END};

}  // namespace

bool InitRandom(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kFunctions);
}

}  // namespace eddy::bindings::crypto
