// eddy: hashes and HMACs of the `crypto` binding (node's
// src/crypto/crypto_hash.cc and crypto_hmac.cc): the Hash and Hmac handles
// behind lib/internal/crypto/hash.js, one-shot digests (crypto.hash and the
// common createHash(a).update(s).digest(e) chain, which lib/ folds into one
// call), getHashes, timingSafeEqual.
#include "bindings/crypto/crypto_util.h"  // first: sets OpenSSL's API level

#include <js/Array.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/hmac.h>
#include <openssl/objects.h>

#include <cstring>
#include <string>

#include "bindings/crypto/fast_digest.h"
#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"

namespace eddy::bindings::crypto {

namespace {

// The length a digest produces: its size, or the requested XOF length.
// Returns false when a length was asked of a digest that cannot give it.
bool OutputLength(const EVP_MD* md, int64_t xof_len, size_t* out) {
  size_t size = static_cast<size_t>(EVP_MD_get_size(md));
  if (xof_len < 0) {
    *out = size;
    return true;
  }
  if ((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) == 0 && static_cast<size_t>(xof_len) != size) {
    return false;
  }
  *out = static_cast<size_t>(xof_len);
  return true;
}

bool ThrowNotXof(JSContext* cx) {
  ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
  return ThrowOpenSSLError(cx, "Digest method not supported");
}

// Finishes `ctx` into `out` (at least `len` bytes of room).
bool FinalDigest(EVP_MD_CTX* ctx, const EVP_MD* md, size_t len, uint8_t* out) {
  if (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) {
    if (len == 0) return true;
    return EVP_DigestFinalXOF(ctx, out, len) == 1;
  }
  unsigned int n = 0;
  return EVP_DigestFinal_ex(ctx, out, &n) == 1;
}

// --- Hash ----------------------------------------------------------------------

// A hash in progress: an EVP context, or the short path's state (`fast`
// not kNone). `live` turns false after digest().
struct HashState {
  EVP_MD_CTX* ctx = nullptr;
  const EVP_MD* md = nullptr;
  size_t out_len = 0;
  FastKind fast = FastKind::kNone;
  bool live = false;
  FastCtx fctx;
  ~HashState() { EVP_MD_CTX_free(ctx); }

  void Update(const uint8_t* p, size_t n, int* ok) {
    if (fast != FastKind::kNone) {
      FastUpdate(fast, &fctx, p, n);
      *ok = 1;
    } else {
      *ok = EVP_DigestUpdate(ctx, p, n);
    }
  }
};

// The short path applies: a common digest at its own output length.
FastKind ShortPathFor(const EVP_MD* md, int64_t xof_len) {
  if (!FastPathEnabled()) return FastKind::kNone;
  FastKind k = FastKindOf(md);
  if (k == FastKind::kNone || (xof_len >= 0 && static_cast<size_t>(xof_len) != FastSize(k))) {
    return FastKind::kNone;
  }
  return k;
}

void HashFinalize(JS::GCContext* gcx, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<HashState>(obj, kNativeSlot);
}

const JSClassOps kHashOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                             nullptr, HashFinalize, nullptr, nullptr, nullptr};
const JSClass kHashClass = {"Hash", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_BACKGROUND_FINALIZE,
                            &kHashOps};

// new Hash(digestId, xofLen): xofLen < 0 for the digest's own size.
bool HashNew(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) return ThrowTypeError(cx, "Hash must be called with new");
  const EVP_MD* md = DigestById(static_cast<int>(IntArg(args.get(0), -1)));
  if (!md) return ThrowPlainError(cx, "Digest method not supported");
  auto state = std::make_unique<HashState>();
  state->md = md;
  int64_t xof_len = IntArg(args.get(1), -1);
  if (!OutputLength(md, xof_len, &state->out_len)) return ThrowNotXof(cx);
  state->fast = ShortPathFor(md, xof_len);
  if (state->fast != FastKind::kNone) {
    FastInit(state->fast, &state->fctx);
  } else {
    state->ctx = EVP_MD_CTX_new();
    if (!state->ctx || EVP_DigestInit_ex(state->ctx, md, nullptr) != 1) {
      return ThrowOpenSSLError(cx, "Digest method not supported");
    }
  }
  state->live = true;
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kHashClass, args));
  if (!obj) return false;
  SetNative(obj, state.release());
  args.rval().setObject(*obj);
  return true;
}

HashState* UnwrapHash(const JS::CallArgs& args) {
  HashState* s = UnwrapThis<HashState>(nullptr, args, &kHashClass);
  return s && s->live ? s : nullptr;
}

// update(data): data is a string (UTF-8) or bytes. Returns false when the
// handle is finished or OpenSSL failed.
bool HashUpdate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  HashState* s = UnwrapHash(args);
  if (!s) {
    args.rval().setBoolean(false);
    return true;
  }
  int ok = 0;
  if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) { s->Update(p, n, &ok); })) {
    return false;
  }
  args.rval().setBoolean(ok == 1);
  return true;
}

// digest(outEncoding): the digest as a string or ArrayBuffer; the handle is
// finished afterwards.
bool HashDigest(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  HashState* s = UnwrapHash(args);
  if (!s) return ThrowPlainError(cx, "Digest already called", "ERR_CRYPTO_HASH_FINALIZED");
  uint8_t stack_buf[EVP_MAX_MD_SIZE];
  std::unique_ptr<uint8_t[]> heap;
  uint8_t* out = stack_buf;
  if (s->out_len > sizeof(stack_buf)) {
    heap.reset(new uint8_t[s->out_len]);
    out = heap.get();
  }
  bool ok = true;
  if (s->fast != FastKind::kNone) {
    FastFinal(s->fast, &s->fctx, out);
    OPENSSL_cleanse(&s->fctx, sizeof(s->fctx));
  } else {
    ok = FinalDigest(s->ctx, s->md, s->out_len, out);
    EVP_MD_CTX_free(s->ctx);
    s->ctx = nullptr;
  }
  s->live = false;
  if (!ok) return ThrowOpenSSLError(cx, "Digest method not supported");
  return EncodeOutput(cx, out, s->out_len, OutEncodingArg(args.get(0)), args.rval());
}

// copy(xofLen): a new handle with this one's state.
bool HashCopy(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  HashState* s = UnwrapHash(args);
  if (!s) return ThrowPlainError(cx, "Digest already called", "ERR_CRYPTO_HASH_FINALIZED");
  auto copy = std::make_unique<HashState>();
  copy->md = s->md;
  int64_t xof_len = IntArg(args.get(0), -1);
  if (!OutputLength(s->md, xof_len, &copy->out_len)) return ThrowNotXof(cx);
  if (s->fast != FastKind::kNone) {
    // Same digest, so its own length: the short path carries over.
    copy->fast = s->fast;
    copy->fctx = s->fctx;
  } else {
    copy->ctx = EVP_MD_CTX_new();
    if (!copy->ctx || EVP_MD_CTX_copy_ex(copy->ctx, s->ctx) != 1) {
      return ThrowOpenSSLError(cx, "Digest method not supported");
    }
  }
  copy->live = true;
  JS::RootedObject proto(cx);
  JS::RootedObject self(cx, &args.thisv().toObject());
  if (!JS_GetPrototype(cx, self, &proto)) return false;
  JS::RootedObject obj(cx, JS_NewObjectWithGivenProto(cx, &kHashClass, proto));
  if (!obj) return false;
  SetNative(obj, copy.release());
  args.rval().setObject(*obj);
  return true;
}

const JSFunctionSpec kHashMethods[] = {
    JS_FN("update", HashUpdate, 1, 0), JS_FN("digest", HashDigest, 1, 0),
    JS_FN("copy", HashCopy, 1, 0), JS_FS_END};

// hashOneShot(digestId, data, outEncoding, xofLen): the digest of `data`
// (undefined when the digest is unknown, so lib/ throws its error).
bool HashOneShot(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const EVP_MD* md = DigestById(static_cast<int>(IntArg(args.get(0), -1)));
  if (!md) return ThrowPlainError(cx, "Digest method not supported");
  size_t out_len;
  int64_t xof_len = IntArg(args.get(3), -1);
  if (!OutputLength(md, xof_len, &out_len)) return ThrowNotXof(cx);
  FastKind fast = ShortPathFor(md, xof_len);
  if (fast != FastKind::kNone) {
    uint8_t out[EVP_MAX_MD_SIZE];
    if (!WithBytes(cx, args.get(1), [&](const uint8_t* p, size_t n) {
          FastCtx c;
          FastInit(fast, &c);
          FastUpdate(fast, &c, p, n);
          FastFinal(fast, &c, out);
        })) {
      return false;
    }
    return EncodeOutput(cx, out, out_len, OutEncodingArg(args.get(2)), args.rval());
  }
  static thread_local EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  if (!ctx || EVP_DigestInit_ex(ctx, md, nullptr) != 1) {
    return ThrowOpenSSLError(cx, "Digest method not supported");
  }
  uint8_t stack_buf[EVP_MAX_MD_SIZE];
  std::unique_ptr<uint8_t[]> heap;
  uint8_t* out = stack_buf;
  if (out_len > sizeof(stack_buf)) {
    heap.reset(new uint8_t[out_len]);
    out = heap.get();
  }
  bool ok = false;
  if (!WithBytes(cx, args.get(1), [&](const uint8_t* p, size_t n) {
        ok = EVP_DigestUpdate(ctx, p, n) == 1 && FinalDigest(ctx, md, out_len, out);
      })) {
    return false;
  }
  if (!ok) return ThrowOpenSSLError(cx, "Digest method not supported");
  return EncodeOutput(cx, out, out_len, OutEncodingArg(args.get(2)), args.rval());
}

// digestId(name): the id lib/ caches, or -1.
bool DigestId(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  args.rval().setInt32(DigestIdForName(name));
  return true;
}

// digestInfo(id): [size, blockSize, isXof, usable] of a known digest; not
// usable means no provider implements it (initialising it fails).
bool DigestInfo(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const EVP_MD* md = DigestById(static_cast<int>(IntArg(args.get(0), -1)));
  if (!md) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedValueArray<4> items(cx);
  items[0].setInt32(EVP_MD_get_size(md));
  items[1].setInt32(EVP_MD_get_block_size(md));
  items[2].setBoolean((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0);
  items[3].setBoolean(EVP_MD_get0_provider(md) != nullptr);
  JSObject* arr = JS::NewArrayObject(cx, items);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// digestJob(digestId, data, job): the digest of `data` as an ArrayBuffer,
// computed on the thread pool (WebCrypto's subtle.digest).
class DigestJob final : public CryptoJob {
 public:
  DigestJob(const EVP_MD* md, std::vector<uint8_t> data) : md_(md), data_(std::move(data)) {}

  void Run() override {
    unsigned int n = 0;
    if (EVP_Digest(data_.data(), data_.size(), out_, &n, md_, nullptr) != 1) {
      failed = true;
      errors.Capture();
      message = "Digest method not supported";
      return;
    }
    out_len_ = n;
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    JSObject* ab = NewArrayBufferCopy(cx, out_, out_len_);
    if (!ab) return false;
    out.setObject(*ab);
    return true;
  }

 private:
  const EVP_MD* md_;
  std::vector<uint8_t> data_;
  uint8_t out_[EVP_MAX_MD_SIZE];
  size_t out_len_ = 0;
};

bool DigestJobFn(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const EVP_MD* md = DigestById(static_cast<int>(IntArg(args.get(0), -1)));
  if (!md) return ThrowPlainError(cx, "Digest method not supported");
  std::vector<uint8_t> data;
  if (!CopyBytes(cx, args.get(1), &data)) return false;
  return DispatchJob(cx, args, 2, std::make_unique<DigestJob>(md, std::move(data)));
}

// --- Hmac ----------------------------------------------------------------------

// An HMAC in progress: an HMAC_CTX, or the short path's key schedule and
// inner state (`key.kind` not kNone).
struct HmacState {
  HMAC_CTX* ctx = nullptr;
  FastHmacKey key;
  FastCtx inner;
  bool live = false;
  ~HmacState() {
    HMAC_CTX_free(ctx);
    key.Wipe();
    OPENSSL_cleanse(&inner, sizeof(inner));
  }
};

// One-shot HMACs reuse key schedules: a small per-thread cache keyed by the
// digest and the key bytes (compared in constant time).
struct HmacKeyCache {
  static constexpr int kEntries = 4;
  struct Entry {
    std::string key;
    FastHmacKey schedule;
  };
  Entry entries[kEntries];
  int next = 0;

  const FastHmacKey& Get(FastKind kind, const uint8_t* p, size_t n) {
    for (Entry& e : entries) {
      if (e.schedule.kind == kind && e.key.size() == n &&
          (n == 0 || CRYPTO_memcmp(e.key.data(), p, n) == 0)) {
        return e.schedule;
      }
    }
    Entry& e = entries[next];
    next = (next + 1) % kEntries;
    if (!e.key.empty()) OPENSSL_cleanse(e.key.data(), e.key.size());
    e.key.assign(reinterpret_cast<const char*>(p), n);
    e.schedule.Set(kind, p, n);
    return e.schedule;
  }
};

void HmacFinalize(JS::GCContext* gcx, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<HmacState>(obj, kNativeSlot);
}

const JSClassOps kHmacOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                             nullptr, HmacFinalize, nullptr, nullptr, nullptr};
const JSClass kHmacClass = {"Hmac", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_BACKGROUND_FINALIZE,
                            &kHmacOps};

// Keys the context; `key` is a string (UTF-8) or bytes.
bool HmacInit(JSContext* cx, HMAC_CTX* ctx, const EVP_MD* md, JS::HandleValue key, bool* ok) {
  return WithBytes(cx, key, [&](const uint8_t* p, size_t n) {
    *ok = n <= INT32_MAX && HMAC_Init_ex(ctx, p, static_cast<int>(n), md, nullptr) == 1;
  });
}

// new Hmac(digestId, key, keyLatin1)
bool HmacNew(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) return ThrowTypeError(cx, "Hmac must be called with new");
  const EVP_MD* md = DigestById(static_cast<int>(IntArg(args.get(0), -1)));
  if (!md) return ThrowPlainError(cx, "Invalid digest", "ERR_CRYPTO_INVALID_DIGEST");
  auto state = std::make_unique<HmacState>();
  FastKind fast = ShortPathFor(md, -1);
  bool latin1 = args.get(2).isTrue();
  if (fast != FastKind::kNone) {
    auto set = [&](const uint8_t* p, size_t n) { state->key.Set(fast, p, n); };
    if (!(latin1 ? WithLatin1Bytes(cx, args.get(1), set) : WithBytes(cx, args.get(1), set))) {
      return false;
    }
    state->inner = state->key.inner;
  } else {
    state->ctx = HMAC_CTX_new();
    bool ok = false;
    if (!state->ctx) return ThrowOpenSSLError(cx, "HMAC_CTX_new failed");
    auto init = [&](const uint8_t* p, size_t n) {
      ok = n <= INT32_MAX && HMAC_Init_ex(state->ctx, p, static_cast<int>(n), md, nullptr) == 1;
    };
    if (!(latin1 ? WithLatin1Bytes(cx, args.get(1), init) : WithBytes(cx, args.get(1), init))) {
      return false;
    }
    if (!ok) return ThrowOpenSSLError(cx, "error:00000000:lib(0)::reason(0)");
  }
  state->live = true;
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kHmacClass, args));
  if (!obj) return false;
  SetNative(obj, state.release());
  args.rval().setObject(*obj);
  return true;
}

HmacState* UnwrapHmac(const JS::CallArgs& args) {
  HmacState* s = UnwrapThis<HmacState>(nullptr, args, &kHmacClass);
  return s && s->live ? s : nullptr;
}

bool HmacUpdate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  HmacState* s = UnwrapHmac(args);
  if (!s) {
    args.rval().setBoolean(false);
    return true;
  }
  int ok = 0;
  if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) {
        if (s->key.kind != FastKind::kNone) {
          FastUpdate(s->key.kind, &s->inner, p, n);
          ok = 1;
        } else {
          ok = HMAC_Update(s->ctx, p, n);
        }
      })) {
    return false;
  }
  args.rval().setBoolean(ok == 1);
  return true;
}

// digest(outEncoding); a finished handle gives empty output (node's Hmac
// returns '' for a second digest()).
bool HmacDigest(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  HmacState* s = UnwrapHmac(args);
  uint8_t out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (s) {
    s->live = false;
    if (s->key.kind != FastKind::kNone) {
      FastHmacFinal(s->key, &s->inner, out);
      n = static_cast<unsigned int>(FastSize(s->key.kind));
      s->key.Wipe();
    } else {
      int ok = HMAC_Final(s->ctx, out, &n);
      HMAC_CTX_free(s->ctx);
      s->ctx = nullptr;
      if (ok != 1) return ThrowOpenSSLError(cx, "HMAC_Final failed");
    }
  }
  return EncodeOutput(cx, out, n, OutEncodingArg(args.get(0)), args.rval());
}

const JSFunctionSpec kHmacMethods[] = {JS_FN("update", HmacUpdate, 1, 0),
                                       JS_FN("digest", HmacDigest, 1, 0), JS_FS_END};

// hmacOneShot(digestId, key, data, outEncoding)
bool HmacOneShot(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const EVP_MD* md = DigestById(static_cast<int>(IntArg(args.get(0), -1)));
  if (!md) return ThrowPlainError(cx, "Invalid digest", "ERR_CRYPTO_INVALID_DIGEST");
  FastKind fast = ShortPathFor(md, -1);
  if (fast != FastKind::kNone) {
    static thread_local HmacKeyCache cache;
    // The key's bytes: a string keyed as UTF-8, or (keyLatin1) a string
    // whose characters are the bytes (lib/'s snapshot of a byte key).
    const FastHmacKey* schedule = nullptr;
    auto with_key = [&](const uint8_t* p, size_t n) { schedule = &cache.Get(fast, p, n); };
    if (!(args.get(4).isTrue() ? WithLatin1Bytes(cx, args.get(1), with_key)
                               : WithBytes(cx, args.get(1), with_key))) {
      return false;
    }
    uint8_t out[EVP_MAX_MD_SIZE];
    if (!WithBytes(cx, args.get(2), [&](const uint8_t* p, size_t n) {
          FastCtx inner = schedule->inner;
          FastUpdate(fast, &inner, p, n);
          FastHmacFinal(*schedule, &inner, out);
          OPENSSL_cleanse(&inner, sizeof(inner));
        })) {
      return false;
    }
    return EncodeOutput(cx, out, FastSize(fast), OutEncodingArg(args.get(3)), args.rval());
  }
  static thread_local HMAC_CTX* ctx = HMAC_CTX_new();
  bool ok = false;
  if (!ctx) return ThrowOpenSSLError(cx, "HMAC_CTX_new failed");
  if (args.get(4).isTrue()) {
    if (!WithLatin1Bytes(cx, args.get(1), [&](const uint8_t* p, size_t n) {
          ok = n <= INT32_MAX && HMAC_Init_ex(ctx, p, static_cast<int>(n), md, nullptr) == 1;
        })) {
      return false;
    }
  } else if (!HmacInit(cx, ctx, md, args.get(1), &ok)) {
    return false;
  }
  if (!ok) return ThrowOpenSSLError(cx, "error:00000000:lib(0)::reason(0)");
  uint8_t out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (!WithBytes(cx, args.get(2), [&](const uint8_t* p, size_t len) {
        ok = HMAC_Update(ctx, p, len) == 1 && HMAC_Final(ctx, out, &n) == 1;
      })) {
    return false;
  }
  if (!ok) return ThrowOpenSSLError(cx, "HMAC_Final failed");
  return EncodeOutput(cx, out, n, OutEncodingArg(args.get(3)), args.rval());
}

// keySnapshot(bytes): a string whose characters are the bytes (Latin-1),
// an immutable copy lib/ holds until a deferred HMAC is computed.
bool KeySnapshot(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSString* s = nullptr;
  JSObject* obj = UnwrapBytes(args.get(0));
  if (!obj) {
    s = JS_GetEmptyString(cx);
  } else {
    std::string copy;
    {
      JS::AutoCheckCannotGC nogc;
      const uint8_t* p;
      size_t n;
      GetBytes(obj, nogc, &p, &n);
      copy.assign(reinterpret_cast<const char*>(p), n);
    }
    s = JS_NewStringCopyN(cx, copy.data(), copy.size());
    OPENSSL_cleanse(copy.data(), copy.size());
  }
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// --- lists and helpers -----------------------------------------------------------

// The names of digests usable here, in OpenSSL's sorted order; like node, a
// name counts when the provider implementation behind it can be fetched.
bool GetHashes(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::vector<std::string> names;
  // OpenSSL walks its name table without a lock, and the warm-up thread's
  // configuration load may be adding names to it: wait for that first
  // (without this about 1 run in 300 lost names from the list).
  JoinWarmUp();
  EVP_MD_do_all_sorted(
      [](const EVP_MD*, const char* from, const char*, void* arg) {
        if (!from) return;
        const EVP_MD* legacy = EVP_get_digestbyname(from);
        if (!legacy) return;
        EVP_MD* md = EVP_MD_fetch(nullptr, OBJ_nid2sn(EVP_MD_get_type(legacy)), nullptr);
        if (!md) return;
        EVP_MD_free(md);
        static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  ERR_clear_error();
  return StringArray(cx, names, args.rval());
}

// timingSafeEqual(a, b): lib/ checked both are bytes of the same length.
bool TimingSafeEqual(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSObject* a = UnwrapBytes(args.get(0));
  JSObject* b = UnwrapBytes(args.get(1));
  bool equal = false;
  if (a && b) {
    JS::AutoCheckCannotGC nogc;
    const uint8_t *pa, *pb;
    size_t na, nb;
    GetBytes(a, nogc, &pa, &na);
    GetBytes(b, nogc, &pb, &nb);
    equal = na == nb && (na == 0 || CRYPTO_memcmp(pa, pb, na) == 0);
  }
  args.rval().setBoolean(equal);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("hashOneShot", HashOneShot, 4, 0),
    JS_FN("hmacOneShot", HmacOneShot, 5, 0),
    JS_FN("digestJob", DigestJobFn, 3, 0),
    JS_FN("keySnapshot", KeySnapshot, 1, 0),
    JS_FN("digestId", DigestId, 1, 0),
    JS_FN("digestInfo", DigestInfo, 1, 0),
    JS_FN("getHashes", GetHashes, 0, 0),
    JS_FN("timingSafeEqual", TimingSafeEqual, 2, 0),
    JS_FS_END};

}  // namespace

bool InitHash(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kFunctions)) return false;
  if (!JS_InitClass(cx, target, nullptr, &kHashClass, HashNew, 2, nullptr, kHashMethods,
                    nullptr, nullptr)) {
    return false;
  }
  return JS_InitClass(cx, target, nullptr, &kHmacClass, HmacNew, 2, nullptr, kHmacMethods,
                      nullptr, nullptr) != nullptr;
}

}  // namespace eddy::bindings::crypto
