// eddy: key derivation of the `crypto` binding (node's crypto_pbkdf2.cc,
// crypto_scrypt.cc, crypto_hkdf.cc): PBKDF2, scrypt and HKDF as CryptoJobs
// (thread pool or synchronous), plus the scrypt parameter check lib/ runs
// before it starts a job.
#include "bindings/crypto/crypto_util.h"  // first: sets OpenSSL's API level

#include <js/ArrayBuffer.h>
#include <js/PropertyAndElement.h>
#include <js/Utility.h>
#include <openssl/err.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>

#include <algorithm>
#include <cstring>

#include "engine/convert.h"

namespace eddy::bindings::crypto {

namespace {

// A job whose result is `length` derived bytes, handed to an ArrayBuffer.
class DeriveJob : public CryptoJob {
 public:
  explicit DeriveJob(size_t length) : length_(length) {}
  ~DeriveJob() override { js_free(out_); }

  void Run() override {
    if (length_ > 0) {
      out_ = js_pod_arena_malloc<uint8_t>(js::ArrayBufferContentsArena, length_);
      if (!out_) {
        failed = true;
        message = "Out of memory";
        return;
      }
    }
    if (!Derive(out_, length_)) {
      // node reports OpenSSL's first error as a plain message (no code).
      failed = true;
      unsigned long err = ERR_get_error();  // NOLINT(runtime/int)
      if (err != 0) {
        char buf[256];
        ERR_error_string_n(err, buf, sizeof(buf));
        message = buf;
      } else {
        message = "Deriving bits failed";
      }
      ERR_clear_error();
    }
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    JSObject* ab = length_ == 0 ? JS::NewArrayBuffer(cx, 0)
                                : JS::NewArrayBufferWithContents(cx, length_, out_);
    if (!ab) return false;
    out_ = nullptr;  // owned by the ArrayBuffer now
    out.setObject(*ab);
    return true;
  }

 protected:
  virtual bool Derive(uint8_t* out, size_t n) = 0;

 private:
  size_t length_;
  uint8_t* out_ = nullptr;
};

class Pbkdf2Job final : public DeriveJob {
 public:
  Pbkdf2Job(std::vector<uint8_t> pass, std::vector<uint8_t> salt, int iterations,
            size_t length, const EVP_MD* md)
      : DeriveJob(length), pass_(std::move(pass)), salt_(std::move(salt)),
        iterations_(iterations), md_(md) {}
  ~Pbkdf2Job() override {
    Cleanse(&pass_);
    Cleanse(&salt_);
  }

 protected:
  bool Derive(uint8_t* out, size_t n) override {
    static const char kEmpty = 0;
    const char* pass = pass_.empty() ? &kEmpty : reinterpret_cast<const char*>(pass_.data());
    const uint8_t* salt = salt_.empty() ? reinterpret_cast<const uint8_t*>(&kEmpty)
                                        : salt_.data();
    if (n == 0) return true;
    return PKCS5_PBKDF2_HMAC(pass, static_cast<int>(pass_.size()), salt,
                             static_cast<int>(salt_.size()), iterations_, md_,
                             static_cast<int>(n), out) == 1;
  }

 private:
  std::vector<uint8_t> pass_, salt_;
  int iterations_;
  const EVP_MD* md_;
};

// pbkdf2(password, salt, iterations, keylen, digestId, job)
bool Pbkdf2(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::vector<uint8_t> pass, salt;
  if (!CopyBytes(cx, args.get(0), &pass) || !CopyBytes(cx, args.get(1), &salt)) return false;
  int64_t iterations = std::clamp<int64_t>(IntArg(args.get(2), 1), 1, INT32_MAX);
  int64_t length = std::clamp<int64_t>(IntArg(args.get(3), 0), 0, INT32_MAX);
  const EVP_MD* md = DigestById(static_cast<int>(IntArg(args.get(4), -1)));
  if (!md) return ThrowPlainError(cx, "Invalid digest", "ERR_CRYPTO_INVALID_DIGEST");
  return DispatchJob(cx, args, 5,
                     std::make_unique<Pbkdf2Job>(std::move(pass), std::move(salt),
                                                 static_cast<int>(iterations),
                                                 static_cast<size_t>(length), md));
}

class ScryptJob final : public DeriveJob {
 public:
  ScryptJob(std::vector<uint8_t> pass, std::vector<uint8_t> salt, uint64_t n, uint64_t r,
            uint64_t p, uint64_t maxmem, size_t length)
      : DeriveJob(length), pass_(std::move(pass)), salt_(std::move(salt)), n_(n), r_(r),
        p_(p), maxmem_(maxmem) {}
  ~ScryptJob() override {
    Cleanse(&pass_);
    Cleanse(&salt_);
  }

 protected:
  bool Derive(uint8_t* out, size_t len) override {
    static const char kEmpty = 0;
    const char* pass = pass_.empty() ? &kEmpty : reinterpret_cast<const char*>(pass_.data());
    const uint8_t* salt = salt_.empty() ? reinterpret_cast<const uint8_t*>(&kEmpty)
                                        : salt_.data();
    if (len == 0) return true;
    return EVP_PBE_scrypt(pass, pass_.size(), salt, salt_.size(), n_, r_, p_, maxmem_, out,
                          len) == 1;
  }

 private:
  std::vector<uint8_t> pass_, salt_;
  uint64_t n_, r_, p_, maxmem_;
};

uint64_t U64Arg(const JS::Value& v) {
  if (v.isInt32()) return v.toInt32() < 0 ? 0 : static_cast<uint64_t>(v.toInt32());
  if (v.isDouble()) {
    double d = v.toDouble();
    if (!(d > 0)) return 0;
    if (d >= 1.8e19) return UINT64_MAX;
    return static_cast<uint64_t>(d);
  }
  return 0;
}

// checkScrypt(N, r, p, maxmem): undefined when OpenSSL accepts the
// parameters, else the text of its error ('' when it queued none).
bool CheckScrypt(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ERR_clear_error();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, U64Arg(args.get(0)), U64Arg(args.get(1)),
                     U64Arg(args.get(2)), U64Arg(args.get(3)), nullptr, 0) == 1) {
    args.rval().setUndefined();
    return true;
  }
  unsigned long err = ERR_get_error();  // NOLINT(runtime/int)
  ERR_clear_error();
  std::string text;
  if (err != 0) {
    char buf[256];
    ERR_error_string_n(err, buf, sizeof(buf));
    text = buf;
  }
  JSString* s = NewStringUtf8(cx, text);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// scrypt(password, salt, N, r, p, maxmem, keylen, job)
bool Scrypt(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::vector<uint8_t> pass, salt;
  if (!CopyBytes(cx, args.get(0), &pass) || !CopyBytes(cx, args.get(1), &salt)) return false;
  int64_t length = std::clamp<int64_t>(IntArg(args.get(6), 0), 0, INT32_MAX);
  return DispatchJob(cx, args, 7,
                     std::make_unique<ScryptJob>(std::move(pass), std::move(salt),
                                                 U64Arg(args.get(2)), U64Arg(args.get(3)),
                                                 U64Arg(args.get(4)), U64Arg(args.get(5)),
                                                 static_cast<size_t>(length)));
}

// HKDF (RFC 5869) over HMAC. Written out rather than through EVP_KDF so an
// empty key and an empty salt behave as the RFC says with every digest.
class HkdfJob final : public DeriveJob {
 public:
  HkdfJob(const EVP_MD* md, std::vector<uint8_t> key, std::vector<uint8_t> salt,
          std::vector<uint8_t> info, size_t length)
      : DeriveJob(length), md_(md), key_(std::move(key)), salt_(std::move(salt)),
        info_(std::move(info)) {}
  ~HkdfJob() override {
    Cleanse(&key_);
    Cleanse(&salt_);
  }

 protected:
  bool Derive(uint8_t* out, size_t n) override {
    static const uint8_t kEmpty = 0;
    size_t hash_len = static_cast<size_t>(EVP_MD_get_size(md_));
    if (hash_len == 0 || n > 255 * hash_len) return false;
    uint8_t prk[EVP_MAX_MD_SIZE];
    unsigned int prk_len = 0;
    // Extract: PRK = HMAC(salt, IKM); an empty salt keys with zeros, which
    // HMAC's zero padding makes the same as an empty key.
    if (!HMAC(md_, salt_.empty() ? &kEmpty : salt_.data(), static_cast<int>(salt_.size()),
              key_.empty() ? &kEmpty : key_.data(), key_.size(), prk, &prk_len)) {
      return false;
    }
    HMAC_CTX* ctx = HMAC_CTX_new();
    if (!ctx) return false;
    uint8_t t[EVP_MAX_MD_SIZE];
    unsigned int t_len = 0;
    size_t done = 0;
    bool ok = true;
    for (uint8_t i = 1; done < n && ok; i++) {
      ok = HMAC_Init_ex(ctx, prk, static_cast<int>(prk_len), md_, nullptr) == 1 &&
           HMAC_Update(ctx, t, t_len) == 1 &&
           HMAC_Update(ctx, info_.empty() ? &kEmpty : info_.data(), info_.size()) == 1 &&
           HMAC_Update(ctx, &i, 1) == 1 && HMAC_Final(ctx, t, &t_len) == 1;
      if (ok) {
        size_t take = std::min<size_t>(t_len, n - done);
        memcpy(out + done, t, take);
        done += take;
      }
    }
    HMAC_CTX_free(ctx);
    OPENSSL_cleanse(prk, sizeof(prk));
    OPENSSL_cleanse(t, sizeof(t));
    return ok;
  }

 private:
  const EVP_MD* md_;
  std::vector<uint8_t> key_, salt_, info_;
};

// hkdf(digestId, key, salt, info, length, job)
bool Hkdf(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const EVP_MD* md = DigestById(static_cast<int>(IntArg(args.get(0), -1)));
  if (!md) return ThrowPlainError(cx, "Invalid digest", "ERR_CRYPTO_INVALID_DIGEST");
  std::vector<uint8_t> key, salt, info;
  if (!CopyBytes(cx, args.get(1), &key) || !CopyBytes(cx, args.get(2), &salt) ||
      !CopyBytes(cx, args.get(3), &info)) {
    return false;
  }
  int64_t length = std::clamp<int64_t>(IntArg(args.get(4), 0), 0, INT32_MAX);
  return DispatchJob(cx, args, 5,
                     std::make_unique<HkdfJob>(md, std::move(key), std::move(salt),
                                               std::move(info), static_cast<size_t>(length)));
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("pbkdf2", Pbkdf2, 6, 0),
    JS_FN("scrypt", Scrypt, 8, 0),
    JS_FN("checkScrypt", CheckScrypt, 4, 0),
    JS_FN("hkdf", Hkdf, 6, 0),
    JS_FS_END};

}  // namespace

bool InitKdf(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kFunctions);
}

}  // namespace eddy::bindings::crypto
