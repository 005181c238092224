// eddy: signatures and RSA encryption for the `crypto_keys` binding (node's
// src/crypto/crypto_sig.cc and crypto_cipher.cc's PublicKeyCipher):
// streaming Sign/Verify contexts, one-shot crypto.sign/verify (also as
// thread-pool jobs), and publicEncrypt/privateDecrypt/privateEncrypt/
// publicDecrypt. lib/internal/crypto/sig_sign.js and keys_cipher.js wrap them.
#include <js/ArrayBuffer.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

#include <cstring>

#include "bindings/crypto_keys/crypto_keys.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"

namespace eddy::bindings::crypto_keys {

namespace {

enum DsaEncoding { kDsaDer = 0, kDsaP1363 = 1 };
constexpr int kNoSaltLength = INT32_MIN;

// RSA options of a signature: padding (0 = the key's default) and salt
// length (kNoSaltLength = OpenSSL's default).
struct SigOptions {
  int padding = 0;
  int salt_length = kNoSaltLength;
  int dsa_encoding = kDsaDer;
};

SigOptions ReadSigOptions(const JS::CallArgs& args, unsigned i) {
  SigOptions o;
  o.padding = static_cast<int>(IntArg(args.get(i), 0));
  if (args.get(i + 1).isNumber()) o.salt_length = static_cast<int>(IntArg(args.get(i + 1), 0));
  o.dsa_encoding = static_cast<int>(IntArg(args.get(i + 2), kDsaDer));
  return o;
}

bool IsRsa(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  return id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS;
}

bool ApplyRsaOptions(EVP_PKEY* pkey, EVP_PKEY_CTX* ctx, const SigOptions& o) {
  if (!IsRsa(pkey)) return true;
  int padding = o.padding;
  if (padding == 0) {
    padding = EVP_PKEY_get_base_id(pkey) == EVP_PKEY_RSA_PSS ? RSA_PKCS1_PSS_PADDING
                                                              : RSA_PKCS1_PADDING;
  }
  if (EVP_PKEY_CTX_set_rsa_padding(ctx, padding) <= 0) return false;
  if (padding == RSA_PKCS1_PSS_PADDING && o.salt_length != kNoSaltLength) {
    if (EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, o.salt_length) <= 0) return false;
  }
  return true;
}

// Byte size of r and s in an IEEE P1363 signature; 0 for other key types.
size_t P1363Size(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_EC) return (EVP_PKEY_get_bits(pkey) + 7) / 8;
  if (id == EVP_PKEY_DSA) {
    BIGNUM* q = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) != 1) return 0;
    size_t n = (BN_num_bits(q) + 7) / 8;
    BN_free(q);
    return n;
  }
  return 0;
}

bool DerToP1363(const Bytes& der, size_t n, Bytes* out) {
  const unsigned char* p = der.data();
  ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
  if (!sig) return false;
  const BIGNUM* r = ECDSA_SIG_get0_r(sig);
  const BIGNUM* s = ECDSA_SIG_get0_s(sig);
  out->assign(2 * n, 0);
  bool ok = BN_bn2binpad(r, out->data(), static_cast<int>(n)) > 0 &&
            BN_bn2binpad(s, out->data() + n, static_cast<int>(n)) > 0;
  ECDSA_SIG_free(sig);
  return ok;
}

bool P1363ToDer(const unsigned char* sig, size_t len, size_t n, Bytes* out) {
  if (len != 2 * n) return false;
  ECDSA_SIG* s = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(sig, static_cast<int>(n), nullptr);
  BIGNUM* ss = BN_bin2bn(sig + n, static_cast<int>(n), nullptr);
  if (!s || !r || !ss || ECDSA_SIG_set0(s, r, ss) != 1) {
    BN_free(r);
    BN_free(ss);
    ECDSA_SIG_free(s);
    return false;
  }
  unsigned char* der = nullptr;
  int dlen = i2d_ECDSA_SIG(s, &der);
  ECDSA_SIG_free(s);
  if (dlen <= 0) return false;
  out->assign(der, der + dlen);
  OPENSSL_free(der);
  return true;
}

// The signature node returns: converted to P1363 when asked for a DSA/EC key.
bool FinishSignature(EVP_PKEY* pkey, int dsa_encoding, Bytes* sig) {
  if (dsa_encoding != kDsaP1363) return true;
  size_t n = P1363Size(pkey);
  if (n == 0) return true;
  Bytes out;
  if (!DerToP1363(*sig, n, &out)) return false;
  *sig = std::move(out);
  return true;
}

// The signature to verify as OpenSSL wants it (DER for DSA/EC). False when
// a P1363 signature has the wrong size; verification then fails.
bool PrepareSignature(EVP_PKEY* pkey, int dsa_encoding, const Bytes& in, Bytes* out) {
  size_t n = dsa_encoding == kDsaP1363 ? P1363Size(pkey) : 0;
  if (n == 0) {
    *out = in;
    return true;
  }
  return P1363ToDer(in.data(), in.size(), n, out);
}

bool IsOneShotOnly(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  return id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448;
}

// --- streaming Sign / Verify ----------------------------------------------------

struct SignState {
  ~SignState() { EVP_MD_CTX_free(md); }
  EVP_MD_CTX* md = nullptr;
};

void FinalizeSign(JS::GCContext*, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<SignState>(obj, kNativeSlot);
}

const JSClassOps kSignOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                             nullptr, FinalizeSign, nullptr, nullptr, nullptr};
const JSClass kSignClass = {
    "SignHandle", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE, &kSignOps};

SignState* UnwrapSign(JSContext* cx, JS::HandleValue v) {
  SignState* s = v.isObject() ? UnwrapObject<SignState>(&v.toObject(), &kSignClass) : nullptr;
  if (!s) ThrowTypeError(cx, "expected a sign handle");
  return s;
}

bool ThrowNotInitialised(JSContext* cx) {
  return ThrowCodeError(cx, "ERR_CRYPTO_INVALID_STATE", "Not initialised");
}

// signInit(digest) -> handle, or null for an unknown digest
bool SignInit(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  StringArg(cx, args.get(0), &name);
  const EVP_MD* md = EVP_get_digestbyname(name.c_str());
  if (!md) {
    ERR_clear_error();
    args.rval().setNull();
    return true;
  }
  auto state = std::make_unique<SignState>();
  state->md = EVP_MD_CTX_new();
  if (!state->md || EVP_DigestInit_ex(state->md, md, nullptr) != 1) {
    return ThrowOssl(cx, "Digest init failed");
  }
  JS::RootedObject obj(cx, JS_NewObject(cx, &kSignClass));
  if (!obj) return false;
  SetNative(obj, state.release());
  args.rval().setObject(*obj);
  return true;
}

// Runs `fn(data, len)` over the bytes of an ArrayBufferView/ArrayBuffer
// without copying. The callee must not call into JS.
template <typename F>
bool WithBytes(JS::HandleValue v, F fn) {
  if (!v.isObject()) return false;
  JSObject* obj = &v.toObject();
  JS::AutoCheckCannotGC nogc;
  bool shared;
  if (JSObject* view = js::UnwrapArrayBufferView(obj)) {
    const auto* p = static_cast<const unsigned char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    fn(p, p ? JS_GetArrayBufferViewByteLength(view) : 0);
    return true;
  }
  if (JSObject* ab = JS::UnwrapArrayBuffer(obj)) {
    const unsigned char* p = JS::GetArrayBufferData(ab, &shared, nogc);
    fn(p, p ? JS::GetArrayBufferByteLength(ab) : 0);
    return true;
  }
  return false;
}

// signUpdate(handle, data)
bool SignUpdate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  SignState* s = UnwrapSign(cx, args.get(0));
  if (!s) return false;
  if (!s->md) return ThrowNotInitialised(cx);
  int ok = 1;
  WithBytes(args.get(1), [&](const unsigned char* p, size_t n) {
    if (n) ok = EVP_DigestUpdate(s->md, p, n);
  });
  if (ok != 1) return ThrowOssl(cx, "Digest update failed");
  args.rval().setUndefined();
  return true;
}

// Finishes the digest of `s` (which is then spent).
bool TakeDigest(SignState* s, unsigned char* m, unsigned* m_len, const EVP_MD** md) {
  *md = EVP_MD_CTX_get0_md(s->md);
  bool ok = EVP_DigestFinal_ex(s->md, m, m_len) == 1;
  EVP_MD_CTX_free(s->md);
  s->md = nullptr;
  return ok;
}

// signFinal(handle, key, padding, saltLength, dsaEncoding) -> ArrayBuffer
bool SignFinal(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  SignState* s = UnwrapSign(cx, args.get(0));
  if (!s) return false;
  KeyRef key;
  if (!KeyArg(cx, args.get(1), &key)) return false;
  if (!s->md) return ThrowNotInitialised(cx);
  SigOptions o = ReadSigOptions(args, 2);
  EVP_PKEY* pkey = key->pkey;
  if (!pkey) return ThrowTypeError(cx, "not an asymmetric key");
  if (IsOneShotOnly(pkey)) {
    return ThrowCodeError(cx, "ERR_CRYPTO_UNSUPPORTED_OPERATION", "Unsupported crypto operation");
  }
  ERR_clear_error();
  unsigned char m[EVP_MAX_MD_SIZE];
  unsigned m_len = 0;
  const EVP_MD* md = nullptr;
  if (!TakeDigest(s, m, &m_len, &md)) return ThrowOssl(cx, "Digest failed");
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(pkey, nullptr);
  Bytes sig;
  size_t len = 0;
  bool ok = ctx && EVP_PKEY_sign_init(ctx) > 0 && ApplyRsaOptions(pkey, ctx, o) &&
            EVP_PKEY_CTX_set_signature_md(ctx, md) > 0 &&
            EVP_PKEY_sign(ctx, nullptr, &len, m, m_len) > 0;
  if (ok) {
    sig.assign(len, 0);
    ok = EVP_PKEY_sign(ctx, sig.data(), &len, m, m_len) > 0;
    sig.resize(len);
  }
  EVP_PKEY_CTX_free(ctx);
  if (ok) ok = FinishSignature(pkey, o.dsa_encoding, &sig);
  if (!ok) return ThrowOssl(cx, "Signing failed");
  return SetBytes(cx, sig, args.rval());
}

// verifyFinal(handle, key, signature, padding, saltLength, dsaEncoding) -> bool
bool VerifyFinal(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  SignState* s = UnwrapSign(cx, args.get(0));
  if (!s) return false;
  KeyRef key;
  if (!KeyArg(cx, args.get(1), &key)) return false;
  if (!s->md) return ThrowNotInitialised(cx);
  Bytes in;
  CopyBytes(cx, args.get(2), &in);
  SigOptions o = ReadSigOptions(args, 3);
  EVP_PKEY* pkey = key->pkey;
  if (!pkey) return ThrowTypeError(cx, "not an asymmetric key");
  if (IsOneShotOnly(pkey)) {
    return ThrowCodeError(cx, "ERR_CRYPTO_UNSUPPORTED_OPERATION", "Unsupported crypto operation");
  }
  ERR_clear_error();
  unsigned char m[EVP_MAX_MD_SIZE];
  unsigned m_len = 0;
  const EVP_MD* md = nullptr;
  if (!TakeDigest(s, m, &m_len, &md)) return ThrowOssl(cx, "Digest failed");
  Bytes sig;
  if (!PrepareSignature(pkey, o.dsa_encoding, in, &sig)) {
    args.rval().setBoolean(false);
    return true;
  }
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(pkey, nullptr);
  bool setup = ctx && EVP_PKEY_verify_init(ctx) > 0 && ApplyRsaOptions(pkey, ctx, o) &&
               EVP_PKEY_CTX_set_signature_md(ctx, md) > 0;
  int r = setup ? EVP_PKEY_verify(ctx, sig.data(), sig.size(), m, m_len) : -1;
  EVP_PKEY_CTX_free(ctx);
  if (!setup) return ThrowOssl(cx, "Verification failed");
  ERR_clear_error();
  args.rval().setBoolean(r == 1);
  return true;
}

// --- one-shot sign / verify ---------------------------------------------------------

class SignJob final : public Job {
 public:
  SignJob(KeyRef key, const EVP_MD* md, Bytes data, Bytes sig, SigOptions o, bool verify)
      : key_(std::move(key)), md_(md), data_(std::move(data)), sig_(std::move(sig)), o_(o),
        verify_(verify) {}

  void Run() override {
    EVP_PKEY* pkey = key_->pkey;
    EVP_MD_CTX* mctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    bool ok = mctx != nullptr;
    if (ok) {
      ok = verify_ ? EVP_DigestVerifyInit(mctx, &pctx, md_, nullptr, pkey) > 0
                   : EVP_DigestSignInit(mctx, &pctx, md_, nullptr, pkey) > 0;
    }
    ok = ok && ApplyRsaOptions(pkey, pctx, o_);
    if (ok && !verify_) {
      size_t len = 0;
      ok = EVP_DigestSign(mctx, nullptr, &len, data_.data(), data_.size()) > 0;
      if (ok) {
        out_.assign(len, 0);
        ok = EVP_DigestSign(mctx, out_.data(), &len, data_.data(), data_.size()) > 0;
        out_.resize(len);
      }
      if (ok) ok = FinishSignature(pkey, o_.dsa_encoding, &out_);
    } else if (ok) {
      Bytes der;
      if (PrepareSignature(pkey, o_.dsa_encoding, sig_, &der)) {
        verified_ = EVP_DigestVerify(mctx, der.data(), der.size(), data_.data(),
                                     data_.size()) == 1;
      }
      ERR_clear_error();
    }
    EVP_MD_CTX_free(mctx);
    if (!ok) Fail(verify_ ? "Verification failed" : "Signing failed");
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    if (verify_) {
      out.setBoolean(verified_);
      return true;
    }
    return SetBytes(cx, out_, out);
  }

 private:
  KeyRef key_;
  const EVP_MD* md_;
  Bytes data_, sig_;
  SigOptions o_;
  bool verify_;
  Bytes out_;
  bool verified_ = false;
};

// The digest argument: a name or undefined/null (the key's default).
bool DigestArg(JSContext* cx, JS::HandleValue v, const EVP_MD** md) {
  *md = nullptr;
  if (!v.isString()) return true;
  std::string name;
  if (!StringArg(cx, v, &name)) return false;
  *md = EVP_get_digestbyname(name.c_str());
  if (!*md) {
    std::string msg = "Invalid digest: " + name;
    return ThrowCodeError(cx, "ERR_CRYPTO_INVALID_DIGEST", msg.c_str(), JSProto_TypeError);
  }
  return true;
}

// signOneShot(key, digest, data, padding, saltLength, dsaEncoding, req)
bool SignOneShot(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  if (!key->pkey) return ThrowTypeError(cx, "not an asymmetric key");
  const EVP_MD* md;
  if (!DigestArg(cx, args.get(1), &md)) return false;
  Bytes data;
  CopyBytes(cx, args.get(2), &data);
  SigOptions o = ReadSigOptions(args, 3);
  return DispatchJob(cx, args, 6,
                     std::make_unique<SignJob>(key, md, std::move(data), Bytes(), o, false));
}

// verifyOneShot(key, digest, data, signature, padding, saltLength, dsaEncoding, req)
bool VerifyOneShot(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  if (!key->pkey) return ThrowTypeError(cx, "not an asymmetric key");
  const EVP_MD* md;
  if (!DigestArg(cx, args.get(1), &md)) return false;
  Bytes data, sig;
  CopyBytes(cx, args.get(2), &data);
  CopyBytes(cx, args.get(3), &sig);
  SigOptions o = ReadSigOptions(args, 4);
  return DispatchJob(cx, args, 7,
                     std::make_unique<SignJob>(key, md, std::move(data), std::move(sig), o,
                                               true));
}

// --- RSA encryption ----------------------------------------------------------------

enum CipherOp { kPublicEncrypt = 0, kPrivateDecrypt = 1, kPrivateEncrypt = 2, kPublicDecrypt = 3 };

class RsaCipherJob final : public Job {
 public:
  RsaCipherJob(int op, KeyRef key, Bytes data, int padding, const EVP_MD* md, Bytes label,
               bool has_label)
      : op_(op), key_(std::move(key)), data_(std::move(data)), padding_(padding), md_(md),
        label_(std::move(label)), has_label_(has_label) {}

  void Run() override {
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key_->pkey, nullptr);
    bool ok = ctx != nullptr;
    if (ok) {
      switch (op_) {
        case kPublicEncrypt: ok = EVP_PKEY_encrypt_init(ctx) > 0; break;
        case kPrivateDecrypt: ok = EVP_PKEY_decrypt_init(ctx) > 0; break;
        case kPrivateEncrypt: ok = EVP_PKEY_sign_init(ctx) > 0; break;
        default: ok = EVP_PKEY_verify_recover_init(ctx) > 0; break;
      }
    }
    ok = ok && EVP_PKEY_CTX_set_rsa_padding(ctx, padding_) > 0;
    if (ok && md_) ok = EVP_PKEY_CTX_set_rsa_oaep_md(ctx, md_) > 0;
    if (ok && has_label_ && !label_.empty()) {
      void* copy = OPENSSL_memdup(label_.data(), label_.size());
      ok = copy && EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, copy, static_cast<int>(label_.size())) > 0;
      if (!ok) OPENSSL_free(copy);
    }
    size_t len = 0;
    auto run = [&](unsigned char* out, size_t* n) {
      switch (op_) {
        case kPublicEncrypt: return EVP_PKEY_encrypt(ctx, out, n, data_.data(), data_.size());
        case kPrivateDecrypt: return EVP_PKEY_decrypt(ctx, out, n, data_.data(), data_.size());
        case kPrivateEncrypt: return EVP_PKEY_sign(ctx, out, n, data_.data(), data_.size());
        default: return EVP_PKEY_verify_recover(ctx, out, n, data_.data(), data_.size());
      }
    };
    ok = ok && run(nullptr, &len) > 0;
    if (ok) {
      out_.assign(len, 0);
      ok = run(out_.data(), &len) > 0;
      out_.resize(len);
    }
    EVP_PKEY_CTX_free(ctx);
    if (!ok) Fail(nullptr);
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    return SetBytes(cx, out_, out);
  }

 private:
  int op_;
  KeyRef key_;
  Bytes data_;
  int padding_;
  const EVP_MD* md_;
  Bytes label_;
  bool has_label_;
  Bytes out_;
};

// rsaCipher(op, key, data, padding, oaepHash, oaepLabel) -> ArrayBuffer
bool RsaCipher(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int op = static_cast<int>(IntArg(args.get(0), 0));
  KeyRef key;
  if (!KeyArg(cx, args.get(1), &key)) return false;
  if (!key->pkey) return ThrowTypeError(cx, "not an asymmetric key");
  Bytes data, label;
  CopyBytes(cx, args.get(2), &data);
  int padding = static_cast<int>(IntArg(args.get(3), RSA_PKCS1_OAEP_PADDING));
  const EVP_MD* md = nullptr;
  if (args.get(4).isString()) {
    std::string name;
    if (!StringArg(cx, args[4], &name)) return false;
    md = EVP_get_digestbyname(name.c_str());
    if (!md) return ThrowCodeError(cx, "ERR_OSSL_EVP_INVALID_DIGEST", "Invalid digest used");
  }
  bool has_label = CopyBytes(cx, args.get(5), &label);
  return DispatchJob(cx, args, 6,
                     std::make_unique<RsaCipherJob>(op, key, std::move(data), padding, md,
                                                    std::move(label), has_label));
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("signInit", SignInit, 1, 0),
    JS_FN("signUpdate", SignUpdate, 2, 0),
    JS_FN("signFinal", SignFinal, 5, 0),
    JS_FN("verifyFinal", VerifyFinal, 6, 0),
    JS_FN("signOneShot", SignOneShot, 7, 0),
    JS_FN("verifyOneShot", VerifyOneShot, 8, 0),
    JS_FN("rsaCipher", RsaCipher, 7, 0),
    JS_FS_END};

}  // namespace

bool InitSig(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kFunctions);
}

}  // namespace eddy::bindings::crypto_keys
