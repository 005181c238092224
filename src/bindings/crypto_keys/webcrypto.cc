// eddy: the symmetric primitives SubtleCrypto needs, for the `crypto_keys`
// binding (node's src/crypto/crypto_aes.cc, crypto_hmac.cc's HmacJob,
// crypto_pbkdf2.cc, crypto_hkdf.cc): AES-CBC/CTR/GCM/KW over a secret key
// handle, HMAC sign/verify, PBKDF2 and HKDF. All run as jobs, so
// lib/internal/crypto/subtle_keys.js settles its promises from the thread
// pool as node does.
#include <js/PropertyAndElement.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>

#include <cstdint>
#include <cstring>

#include "bindings/crypto_keys/crypto_keys.h"
#include "engine/convert.h"

namespace eddy::bindings::crypto_keys {

namespace {

enum AesMode { kCbc = 0, kCtr = 1, kGcm = 2, kKw = 3 };

const char* AesName(int mode, size_t key_len) {
  static const char* const kNames[4][3] = {
      {"AES-128-CBC", "AES-192-CBC", "AES-256-CBC"},
      {"AES-128-CTR", "AES-192-CTR", "AES-256-CTR"},
      {"AES-128-GCM", "AES-192-GCM", "AES-256-GCM"},
      {"AES-128-WRAP", "AES-192-WRAP", "AES-256-WRAP"}};
  int i = key_len == 16 ? 0 : key_len == 24 ? 1 : key_len == 32 ? 2 : -1;
  if (i < 0 || mode < 0 || mode > 3) return nullptr;
  return kNames[mode][i];
}

class AesJob final : public Job {
 public:
  AesJob(int mode, bool encrypt, KeyRef key, Bytes iv, Bytes data, int param, Bytes aad)
      : mode_(mode), encrypt_(encrypt), key_(std::move(key)), iv_(std::move(iv)),
        data_(std::move(data)), param_(param), aad_(std::move(aad)) {}

  void Run() override {
    const char* name = AesName(mode_, key_->secret.size());
    EVP_CIPHER* cipher = name ? EVP_CIPHER_fetch(nullptr, name, nullptr) : nullptr;
    bool ok = cipher != nullptr;
    if (ok) {
      switch (mode_) {
        case kCtr: ok = RunCtr(cipher); break;
        case kGcm: ok = RunGcm(cipher); break;
        default: ok = RunSimple(cipher, iv_, data_.data(), data_.size(), &out_); break;
      }
    }
    EVP_CIPHER_free(cipher);
    if (!ok) Fail("Cipher job failed");
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    return SetBytes(cx, out_, out);
  }

 private:
  // One pass of the cipher over `in`, appended to `out`.
  bool RunSimple(EVP_CIPHER* cipher, const Bytes& iv, const unsigned char* in, size_t n,
                 Bytes* out) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (!ctx) return false;
    EVP_CIPHER_CTX_set_flags(ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    bool ok = EVP_CipherInit_ex2(ctx, cipher, key_->secret.data(),
                                 iv.empty() ? nullptr : iv.data(), encrypt_ ? 1 : 0,
                                 nullptr) == 1;
    size_t start = out->size();
    out->resize(start + n + 2 * EVP_MAX_BLOCK_LENGTH);
    int len = 0, fin = 0;
    ok = ok && EVP_CipherUpdate(ctx, out->data() + start, &len, in, static_cast<int>(n)) == 1;
    ok = ok && EVP_CipherFinal_ex(ctx, out->data() + start + len, &fin) == 1;
    out->resize(ok ? start + len + fin : start);
    EVP_CIPHER_CTX_free(ctx);
    return ok;
  }

  // AES-CTR where only the low `param_` bits of the counter block count;
  // when they wrap, the counter restarts at zero in those bits (WebCrypto).
  bool RunCtr(EVP_CIPHER* cipher) {
    int bits = param_;
    size_t blocks = (data_.size() + 15) / 16;
    if (bits >= 64 || iv_.size() != 16) {
      return RunSimple(cipher, iv_, data_.data(), data_.size(), &out_);
    }
    // The counter value in the low bits and how many blocks remain before
    // it wraps.
    uint64_t counter = 0;
    for (int i = 8; i < 16; i++) counter = (counter << 8) | iv_[i];
    uint64_t mask = bits == 0 ? 0 : (bits == 64 ? ~0ull : ((1ull << bits) - 1));
    counter &= mask;
    uint64_t range = mask + 1;  // 2^bits (bits < 64)
    uint64_t before_wrap = range - counter;
    if (blocks > range) return false;  // would reuse a counter
    if (blocks <= before_wrap) return RunSimple(cipher, iv_, data_.data(), data_.size(), &out_);
    size_t first = static_cast<size_t>(before_wrap) * 16;
    if (!RunSimple(cipher, iv_, data_.data(), first, &out_)) return false;
    Bytes iv2 = iv_;
    for (int i = 15, b = bits; i >= 0 && b > 0; i--, b -= 8) {
      iv2[i] &= b >= 8 ? 0 : static_cast<unsigned char>(0xff << b);
    }
    return RunSimple(cipher, iv2, data_.data() + first, data_.size() - first, &out_);
  }

  bool RunGcm(EVP_CIPHER* cipher) {
    size_t tag_len = static_cast<size_t>(param_) / 8;
    const unsigned char* in = data_.data();
    size_t n = data_.size();
    if (!encrypt_) {
      if (n < tag_len) return false;
      n -= tag_len;
    }
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (!ctx) return false;
    OSSL_PARAM params[2] = {OSSL_PARAM_END, OSSL_PARAM_END};
    size_t iv_len = iv_.size();
    params[0] = OSSL_PARAM_construct_size_t(OSSL_CIPHER_PARAM_AEAD_IVLEN, &iv_len);
    int len = 0, fin = 0;
    bool ok = EVP_CipherInit_ex2(ctx, cipher, nullptr, nullptr, encrypt_ ? 1 : 0, params) == 1 &&
              EVP_CipherInit_ex2(ctx, nullptr, key_->secret.data(), iv_.data(), -1, nullptr) == 1;
    if (ok && !aad_.empty()) {
      ok = EVP_CipherUpdate(ctx, nullptr, &len, aad_.data(), static_cast<int>(aad_.size())) == 1;
    }
    if (ok && !encrypt_) {
      ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(tag_len),
                               const_cast<unsigned char*>(in + n)) == 1;
    }
    out_.resize(n + 16 + tag_len);
    ok = ok && EVP_CipherUpdate(ctx, out_.data(), &len, in, static_cast<int>(n)) == 1;
    ok = ok && EVP_CipherFinal_ex(ctx, out_.data() + len, &fin) == 1;
    size_t total = ok ? static_cast<size_t>(len + fin) : 0;
    if (ok && encrypt_) {
      ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, static_cast<int>(tag_len),
                               out_.data() + total) == 1;
      total += tag_len;
    }
    out_.resize(ok ? total : 0);
    EVP_CIPHER_CTX_free(ctx);
    return ok;
  }

  int mode_;
  bool encrypt_;
  KeyRef key_;
  Bytes iv_, data_;
  int param_;
  Bytes aad_;
  Bytes out_;
};

// aesCipher(mode, encrypt, key, iv, data, param, aad, req) -> ArrayBuffer.
// param: GCM tag length in bits, CTR counter length in bits.
bool AesCipher(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int mode = static_cast<int>(IntArg(args.get(0), -1));
  bool encrypt = JS::ToBoolean(args.get(1));
  KeyRef key;
  if (!KeyArg(cx, args.get(2), &key)) return false;
  Bytes iv, data, aad;
  CopyBytes(cx, args.get(3), &iv);
  CopyBytes(cx, args.get(4), &data);
  int param = static_cast<int>(IntArg(args.get(5), 128));
  CopyBytes(cx, args.get(6), &aad);
  if (mode == kGcm && (param < 0 || param > 128 || param % 8 != 0)) {
    return ThrowTypeError(cx, "bad tag length");
  }
  return DispatchJob(cx, args, 7,
                     std::make_unique<AesJob>(mode, encrypt, key, std::move(iv), std::move(data),
                                              param, std::move(aad)));
}

class HmacJob final : public Job {
 public:
  HmacJob(const EVP_MD* md, KeyRef key, Bytes data, Bytes sig, bool verify)
      : md_(md), key_(std::move(key)), data_(std::move(data)), sig_(std::move(sig)),
        verify_(verify) {}
  void Run() override {
    unsigned char m[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    const Bytes& k = key_->secret;
    static const unsigned char kEmpty = 0;
    if (!HMAC(md_, k.empty() ? &kEmpty : k.data(), static_cast<int>(k.size()),
              data_.empty() ? &kEmpty : data_.data(), data_.size(), m, &n)) {
      return Fail("HMAC failed");
    }
    if (verify_) {
      result_ = sig_.size() == n && CRYPTO_memcmp(sig_.data(), m, n) == 0;
    } else {
      out_.assign(m, m + n);
    }
  }
  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    if (verify_) {
      out.setBoolean(result_);
      return true;
    }
    return SetBytes(cx, out_, out);
  }

 private:
  const EVP_MD* md_;
  KeyRef key_;
  Bytes data_, sig_;
  bool verify_;
  bool result_ = false;
  Bytes out_;
};

const EVP_MD* DigestByName(JSContext* cx, JS::HandleValue v) {
  std::string name;
  StringArg(cx, v, &name);
  const EVP_MD* md = EVP_get_digestbyname(name.c_str());
  if (!md) {
    std::string msg = "Invalid digest: " + name;
    ThrowCodeError(cx, "ERR_CRYPTO_INVALID_DIGEST", msg.c_str(), JSProto_TypeError);
  }
  return md;
}

// hmac(digest, key, data, signature?, req) -> ArrayBuffer, or with a
// signature, whether it matches.
bool Hmac(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const EVP_MD* md = DigestByName(cx, args.get(0));
  if (!md) return false;
  KeyRef key;
  if (!KeyArg(cx, args.get(1), &key)) return false;
  Bytes data, sig;
  CopyBytes(cx, args.get(2), &data);
  bool verify = CopyBytes(cx, args.get(3), &sig);
  return DispatchJob(cx, args, 4,
                     std::make_unique<HmacJob>(md, key, std::move(data), std::move(sig), verify));
}

class KdfJob final : public Job {
 public:
  KdfJob(bool hkdf, const EVP_MD* md, KeyRef key, Bytes salt, Bytes info, uint32_t iterations,
         size_t length)
      : hkdf_(hkdf), md_(md), key_(std::move(key)), salt_(std::move(salt)),
        info_(std::move(info)), iterations_(iterations), too_long_(length == SIZE_MAX),
        out_(too_long_ ? 0 : length) {}

  void Run() override {
    const Bytes& k = key_->secret;
    static const unsigned char kEmpty = 0;
    if (!hkdf_) {
      if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(k.empty() ? &kEmpty : k.data()),
                            static_cast<int>(k.size()), salt_.empty() ? &kEmpty : salt_.data(),
                            static_cast<int>(salt_.size()), static_cast<int>(iterations_), md_,
                            static_cast<int>(out_.size()), out_.data()) != 1) {
        Fail("PBKDF2 failed");
      }
      return;
    }
    if (too_long_) return Fail("HKDF failed");
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (!ctx) return Fail("HKDF failed");
    OSSL_PARAM params[5];
    int i = 0;
    params[i++] = OSSL_PARAM_construct_utf8_string(
        OSSL_KDF_PARAM_DIGEST, const_cast<char*>(EVP_MD_get0_name(md_)), 0);
    params[i++] = OSSL_PARAM_construct_octet_string(
        OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(k.empty() ? &kEmpty : k.data()), k.size());
    // An empty salt means a string of zeros as long as the hash (RFC 5869);
    // OpenSSL does that when the salt is left out.
    if (!salt_.empty()) {
      params[i++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt_.data(),
                                                      salt_.size());
    }
    params[i++] = OSSL_PARAM_construct_octet_string(
        OSSL_KDF_PARAM_INFO, info_.empty() ? const_cast<unsigned char*>(&kEmpty) : info_.data(),
        info_.size());
    params[i] = OSSL_PARAM_construct_end();
    bool ok = out_.empty() || EVP_KDF_derive(ctx, out_.data(), out_.size(), params) == 1;
    EVP_KDF_CTX_free(ctx);
    if (!ok) Fail("HKDF failed");
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    bool ok = SetBytes(cx, out_, out);
    OPENSSL_cleanse(out_.data(), out_.size());
    return ok;
  }

 private:
  bool hkdf_;
  const EVP_MD* md_;
  KeyRef key_;
  Bytes salt_, info_;
  uint32_t iterations_;
  bool too_long_;
  Bytes out_;
};

// pbkdf2(digest, key, salt, iterations, length, req) -> ArrayBuffer
bool Pbkdf2(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const EVP_MD* md = DigestByName(cx, args.get(0));
  if (!md) return false;
  KeyRef key;
  if (!KeyArg(cx, args.get(1), &key)) return false;
  Bytes salt;
  CopyBytes(cx, args.get(2), &salt);
  int64_t iterations = IntArg(args.get(3), 1);
  int64_t length = IntArg(args.get(4), 0);
  if (iterations < 1 || iterations > INT32_MAX || length < 0 || length > INT32_MAX) {
    return ThrowTypeError(cx, "bad PBKDF2 parameters");
  }
  return DispatchJob(cx, args, 5,
                     std::make_unique<KdfJob>(false, md, key, std::move(salt), Bytes(),
                                              static_cast<uint32_t>(iterations),
                                              static_cast<size_t>(length)));
}

// hkdf(digest, key, salt, info, length, req) -> ArrayBuffer
bool Hkdf(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const EVP_MD* md = DigestByName(cx, args.get(0));
  if (!md) return false;
  KeyRef key;
  if (!KeyArg(cx, args.get(1), &key)) return false;
  Bytes salt, info;
  CopyBytes(cx, args.get(2), &salt);
  CopyBytes(cx, args.get(3), &info);
  int64_t length = IntArg(args.get(4), 0);
  // HKDF cannot make more than 255 blocks; such a request fails in the job
  // (OperationError in SubtleCrypto), as in node.
  if (length < 0 || length > 255 * EVP_MD_get_size(md)) length = -1;
  return DispatchJob(cx, args, 5,
                     std::make_unique<KdfJob>(true, md, key, std::move(salt), std::move(info), 0,
                                              length < 0 ? SIZE_MAX : static_cast<size_t>(length)));
}

// digestSize(name) -> bytes, or 0 for an unknown digest
bool DigestSize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  StringArg(cx, args.get(0), &name);
  const EVP_MD* md = EVP_get_digestbyname(name.c_str());
  args.rval().setInt32(md ? EVP_MD_get_size(md) : 0);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("aesCipher", AesCipher, 8, 0),
    JS_FN("hmac", Hmac, 5, 0),
    JS_FN("pbkdf2", Pbkdf2, 6, 0),
    JS_FN("hkdf", Hkdf, 6, 0),
    JS_FN("digestSize", DigestSize, 1, 0),
    JS_FS_END};

}  // namespace

bool InitWebcrypto(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kFunctions);
}

}  // namespace eddy::bindings::crypto_keys
