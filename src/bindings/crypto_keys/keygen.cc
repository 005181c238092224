// eddy: key and prime generation for the `crypto_keys` binding (node's
// src/crypto/crypto_keygen.cc, crypto_random.cc's prime jobs). Each call runs
// now or on the thread pool (DispatchJob); lib/internal/crypto/keygen_pair.js
// and keygen_prime.js apply node's validation and output encodings.
// BN_is_prime_ex is the only call honouring node's `checks` option.
#define OPENSSL_SUPPRESS_DEPRECATED 1

#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/dsa.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include <cstring>

#include "bindings/crypto_keys/crypto_keys.h"
#include "engine/convert.h"

namespace eddy::bindings::crypto_keys {

namespace {

// Options of a key pair generation, read on the loop thread.
struct KeygenOptions {
  std::string type;
  int modulus_length = 0;
  uint64_t public_exponent = 65537;
  std::string hash, mgf1_hash;
  int salt_length = -1;
  int divisor_length = -1;
  std::string curve;
  bool explicit_params = false;
  Bytes prime;
  bool has_prime = false;
  int prime_length = 0;
  int generator = 2;
  std::string group;
};

bool GetProp(JSContext* cx, JS::HandleObject obj, const char* name, JS::MutableHandleValue v) {
  return JS_GetProperty(cx, obj, name, v);
}

bool ReadOptions(JSContext* cx, JS::HandleValue type, JS::HandleValue opts, KeygenOptions* o) {
  if (!StringArg(cx, type, &o->type)) return ThrowTypeError(cx, "type must be a string");
  if (!opts.isObject()) return true;
  JS::RootedObject obj(cx, &opts.toObject());
  JS::RootedValue v(cx);
  if (!GetProp(cx, obj, "modulusLength", &v)) return false;
  o->modulus_length = static_cast<int>(IntArg(v, 0));
  if (!GetProp(cx, obj, "publicExponent", &v)) return false;
  if (v.isNumber()) o->public_exponent = static_cast<uint64_t>(IntArg(v, 65537));
  if (!GetProp(cx, obj, "hashAlgorithm", &v)) return false;
  if (v.isString() && !StringArg(cx, v, &o->hash)) return false;
  if (!GetProp(cx, obj, "mgf1HashAlgorithm", &v)) return false;
  if (v.isString() && !StringArg(cx, v, &o->mgf1_hash)) return false;
  if (!GetProp(cx, obj, "saltLength", &v)) return false;
  o->salt_length = static_cast<int>(IntArg(v, -1));
  if (!GetProp(cx, obj, "divisorLength", &v)) return false;
  o->divisor_length = static_cast<int>(IntArg(v, -1));
  if (!GetProp(cx, obj, "namedCurve", &v)) return false;
  if (v.isString() && !StringArg(cx, v, &o->curve)) return false;
  if (!GetProp(cx, obj, "paramEncoding", &v)) return false;
  if (v.isString()) {
    std::string enc;
    if (!StringArg(cx, v, &enc)) return false;
    o->explicit_params = enc == "explicit";
  }
  if (!GetProp(cx, obj, "prime", &v)) return false;
  o->has_prime = CopyBytes(cx, v, &o->prime);
  if (!GetProp(cx, obj, "primeLength", &v)) return false;
  o->prime_length = static_cast<int>(IntArg(v, 0));
  if (!GetProp(cx, obj, "generator", &v)) return false;
  o->generator = static_cast<int>(IntArg(v, 2));
  if (!GetProp(cx, obj, "group", &v)) return false;
  if (v.isString() && !StringArg(cx, v, &o->group)) return false;
  return true;
}

}  // namespace

BIGNUM* ModpPrime(const std::string& name) {
  if (name == "modp1") return BN_get_rfc2409_prime_768(nullptr);
  if (name == "modp2") return BN_get_rfc2409_prime_1024(nullptr);
  if (name == "modp5") return BN_get_rfc3526_prime_1536(nullptr);
  if (name == "modp14") return BN_get_rfc3526_prime_2048(nullptr);
  if (name == "modp15") return BN_get_rfc3526_prime_3072(nullptr);
  if (name == "modp16") return BN_get_rfc3526_prime_4096(nullptr);
  if (name == "modp17") return BN_get_rfc3526_prime_6144(nullptr);
  if (name == "modp18") return BN_get_rfc3526_prime_8192(nullptr);
  return nullptr;
}

EVP_PKEY* DhParams(const BIGNUM* p, const BIGNUM* g) {
  OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
  EVP_PKEY* params = nullptr;
  if (bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, p) == 1 &&
      OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_G, g) == 1) {
    OSSL_PARAM* ps = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr);
    if (ps && ctx && EVP_PKEY_fromdata_init(ctx) == 1) {
      if (EVP_PKEY_fromdata(ctx, &params, EVP_PKEY_KEY_PARAMETERS, ps) != 1) params = nullptr;
    }
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(ps);
  }
  OSSL_PARAM_BLD_free(bld);
  return params;
}

namespace {

class KeyPairJob final : public Job {
 public:
  explicit KeyPairJob(KeygenOptions o) : o_(std::move(o)) {}
  ~KeyPairJob() override {
    EVP_PKEY_free(priv_);
    EVP_PKEY_free(pub_);
  }

  void Run() override {
    priv_ = Generate();
    if (!priv_) {
      Fail("Key generation job failed");
      error.plain = true;
      return;
    }
    pub_ = PublicOnly(priv_);
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    EVP_PKEY* pub = pub_;
    EVP_PKEY* priv = priv_;
    pub_ = priv_ = nullptr;
    JS::RootedValueArray<2> items(cx);
    JSObject* p = NewKeyHandle(cx, std::make_shared<KeyData>(kKeyPublic, pub));
    if (!p) {
      EVP_PKEY_free(priv);
      return false;
    }
    items[0].setObject(*p);
    JSObject* q = NewKeyHandle(cx, std::make_shared<KeyData>(kKeyPrivate, priv));
    if (!q) return false;
    items[1].setObject(*q);
    JSObject* arr = JS::NewArrayObject(cx, items);
    if (!arr) return false;
    out.setObject(*arr);
    return true;
  }

 private:
  // Key generation from a context made by `make` (keygen_init'ed).
  static EVP_PKEY* Keygen(EVP_PKEY_CTX* ctx) {
    EVP_PKEY* pkey = nullptr;
    if (!ctx || EVP_PKEY_keygen(ctx, &pkey) != 1) pkey = nullptr;
    EVP_PKEY_CTX_free(ctx);
    return pkey;
  }

  static EVP_PKEY* FromParams(EVP_PKEY* params) {
    if (!params) return nullptr;
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, params, nullptr);
    EVP_PKEY_free(params);
    if (!ctx || EVP_PKEY_keygen_init(ctx) != 1) {
      EVP_PKEY_CTX_free(ctx);
      return nullptr;
    }
    return Keygen(ctx);
  }

  EVP_PKEY* Generate() {
    const std::string& t = o_.type;
    if (t == "rsa" || t == "rsa-pss") {
      bool pss = t == "rsa-pss";
      EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, pss ? "RSA-PSS" : "RSA", nullptr);
      if (!ctx || EVP_PKEY_keygen_init(ctx) != 1 ||
          EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, o_.modulus_length) != 1) {
        EVP_PKEY_CTX_free(ctx);
        return nullptr;
      }
      BIGNUM* e = BN_new();
      if (!e || BN_set_word(e, o_.public_exponent) != 1 ||
          EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) != 1) {
        BN_free(e);
        EVP_PKEY_CTX_free(ctx);
        return nullptr;
      }
      BN_free(e);
      if (pss) {
        const EVP_MD* md = o_.hash.empty() ? nullptr : EVP_get_digestbyname(o_.hash.c_str());
        const EVP_MD* mgf1 =
            o_.mgf1_hash.empty() ? md : EVP_get_digestbyname(o_.mgf1_hash.c_str());
        int salt = o_.salt_length;
        if (salt < 0 && md) salt = EVP_MD_get_size(md);
        if ((md && EVP_PKEY_CTX_set_rsa_pss_keygen_md(ctx, md) != 1) ||
            (mgf1 && EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md(ctx, mgf1) != 1) ||
            (salt >= 0 && EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx, salt) != 1)) {
          EVP_PKEY_CTX_free(ctx);
          return nullptr;
        }
      }
      return Keygen(ctx);
    }
    if (t == "dsa") {
      EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "DSA", nullptr);
      EVP_PKEY* params = nullptr;
      if (ctx && EVP_PKEY_paramgen_init(ctx) == 1 &&
          EVP_PKEY_CTX_set_dsa_paramgen_bits(ctx, o_.modulus_length) == 1 &&
          (o_.divisor_length < 0 ||
           EVP_PKEY_CTX_set_dsa_paramgen_q_bits(ctx, o_.divisor_length) == 1)) {
        if (EVP_PKEY_paramgen(ctx, &params) != 1) params = nullptr;
      }
      EVP_PKEY_CTX_free(ctx);
      return FromParams(params);
    }
    if (t == "ec") {
      int nid = OBJ_sn2nid(o_.curve.c_str());
      if (nid == NID_undef) nid = EC_curve_nist2nid(o_.curve.c_str());
      EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
      if (!ctx || nid == NID_undef || EVP_PKEY_keygen_init(ctx) != 1 ||
          EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, nid) != 1 ||
          EVP_PKEY_CTX_set_ec_param_enc(ctx, o_.explicit_params ? 0 : OPENSSL_EC_NAMED_CURVE) !=
              1) {
        EVP_PKEY_CTX_free(ctx);
        return nullptr;
      }
      return Keygen(ctx);
    }
    if (t == "ed25519" || t == "ed448" || t == "x25519" || t == "x448") {
      const char* name = t == "ed25519" ? "ED25519" : t == "ed448" ? "ED448"
                       : t == "x25519" ? "X25519" : "X448";
      EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, name, nullptr);
      if (!ctx || EVP_PKEY_keygen_init(ctx) != 1) {
        EVP_PKEY_CTX_free(ctx);
        return nullptr;
      }
      return Keygen(ctx);
    }
    if (t == "dh") {
      BIGNUM* p = nullptr;
      BIGNUM* g = BN_new();
      EVP_PKEY* params = nullptr;
      if (!o_.group.empty()) {
        p = ModpPrime(o_.group);
        if (g) BN_set_word(g, 2);
      } else if (o_.has_prime) {
        p = BN_bin2bn(o_.prime.data(), static_cast<int>(o_.prime.size()), nullptr);
        if (g) BN_set_word(g, o_.generator);
      } else {
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr);
        if (ctx && EVP_PKEY_paramgen_init(ctx) == 1 &&
            EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx, o_.prime_length) == 1 &&
            EVP_PKEY_CTX_set_dh_paramgen_generator(ctx, o_.generator) == 1) {
          if (EVP_PKEY_paramgen(ctx, &params) != 1) params = nullptr;
        }
        EVP_PKEY_CTX_free(ctx);
      }
      if (p && g) params = DhParams(p, g);
      BN_free(p);
      BN_free(g);
      return FromParams(params);
    }
    return nullptr;
  }

  KeygenOptions o_;
  EVP_PKEY* priv_ = nullptr;
  EVP_PKEY* pub_ = nullptr;
};

// generateKeyPair(type, options, req) -> [publicHandle, privateHandle]
bool GenerateKeyPair(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeygenOptions o;
  if (!ReadOptions(cx, args.get(0), args.get(1), &o)) return false;
  return DispatchJob(cx, args, 2, std::make_unique<KeyPairJob>(std::move(o)));
}

class SecretKeyJob final : public Job {
 public:
  explicit SecretKeyJob(size_t n) : bytes_(n) {}
  void Run() override {
    if (!bytes_.empty() && RAND_bytes(bytes_.data(), static_cast<int>(bytes_.size())) != 1) {
      Fail("Key generation job failed");
    }
  }
  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    JSObject* obj = NewKeyHandle(cx, std::make_shared<KeyData>(std::move(bytes_)));
    if (!obj) return false;
    out.setObject(*obj);
    return true;
  }

 private:
  Bytes bytes_;
};

// generateSecretKey(bytes, req) -> secret handle
bool GenerateSecretKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int64_t n = IntArg(args.get(0), 0);
  if (n < 0 || n > (1 << 28)) return ThrowTypeError(cx, "bad key length");
  return DispatchJob(cx, args, 1, std::make_unique<SecretKeyJob>(static_cast<size_t>(n)));
}

class PrimeJob final : public Job {
 public:
  PrimeJob(int bits, bool safe, Bytes add, bool has_add, Bytes rem, bool has_rem)
      : bits_(bits), safe_(safe), add_(std::move(add)), rem_(std::move(rem)),
        has_add_(has_add), has_rem_(has_rem) {}

  void Run() override {
    BIGNUM* prime = BN_new();
    BIGNUM* add = has_add_ ? BN_bin2bn(add_.data(), static_cast<int>(add_.size()), nullptr)
                           : nullptr;
    BIGNUM* rem = has_rem_ ? BN_bin2bn(rem_.data(), static_cast<int>(rem_.size()), nullptr)
                           : nullptr;
    BN_CTX* ctx = BN_CTX_new();
    if (prime && ctx &&
        BN_generate_prime_ex2(prime, bits_, safe_ ? 1 : 0, add, rem, nullptr, ctx) == 1) {
      result_.assign(BN_num_bytes(prime), 0);
      BN_bn2bin(prime, result_.data());
    } else {
      Fail("Prime generation failed");
      error.plain = true;
    }
    BN_CTX_free(ctx);
    BN_free(add);
    BN_free(rem);
    BN_free(prime);
  }

  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    return SetBytes(cx, result_, out);
  }

 private:
  int bits_;
  bool safe_;
  Bytes add_, rem_;
  bool has_add_, has_rem_;
  Bytes result_;
};

// generatePrime(bits, safe, add?, rem?, req) -> ArrayBuffer (big-endian)
bool GeneratePrime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int bits = static_cast<int>(IntArg(args.get(0), 0));
  bool safe = JS::ToBoolean(args.get(1));
  Bytes add, rem;
  bool has_add = CopyBytes(cx, args.get(2), &add);
  bool has_rem = CopyBytes(cx, args.get(3), &rem);
  if (bits <= 0) return ThrowTypeError(cx, "bad prime size");
  return DispatchJob(cx, args, 4,
                     std::make_unique<PrimeJob>(bits, safe, std::move(add), has_add,
                                                std::move(rem), has_rem));
}

class CheckPrimeJob final : public Job {
 public:
  CheckPrimeJob(Bytes candidate, int checks) : candidate_(std::move(candidate)), checks_(checks) {}
  void Run() override {
    BIGNUM* bn = BN_bin2bn(candidate_.data(), static_cast<int>(candidate_.size()), nullptr);
    BN_CTX* ctx = BN_CTX_new();
    int r = -1;
    if (bn && ctx) {
      // BN_check_prime picks the round count itself; an explicit count
      // (node's `checks`) goes through the legacy call.
      if (checks_ > 0) {
        r = BN_is_prime_ex(bn, checks_, ctx, nullptr);
      } else {
        r = BN_check_prime(bn, ctx, nullptr);
      }
    }
    BN_CTX_free(ctx);
    BN_free(bn);
    if (r < 0) return Fail("Prime check failed");
    result_ = r == 1;
  }
  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    out.setBoolean(result_);
    return true;
  }

 private:
  Bytes candidate_;
  int checks_;
  bool result_ = false;
};

// checkPrime(bytes, checks, req) -> bool
bool CheckPrime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Bytes candidate;
  CopyBytes(cx, args.get(0), &candidate);
  int checks = static_cast<int>(IntArg(args.get(1), 0));
  return DispatchJob(cx, args, 2, std::make_unique<CheckPrimeJob>(std::move(candidate), checks));
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("generateKeyPair", GenerateKeyPair, 3, 0),
    JS_FN("generateSecretKey", GenerateSecretKey, 2, 0),
    JS_FN("generatePrime", GeneratePrime, 5, 0),
    JS_FN("checkPrime", CheckPrime, 3, 0),
    JS_FS_END};

}  // namespace

bool InitKeygen(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kFunctions);
}

}  // namespace eddy::bindings::crypto_keys
