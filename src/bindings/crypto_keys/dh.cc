// eddy: Diffie-Hellman for the `crypto_keys` binding (node's
// src/crypto/crypto_dh.cc and crypto_ec.cc): the stateful DiffieHellman and
// ECDH objects, ECDH.convertKey, and the stateless secret of
// crypto.diffieHellman (EVP_PKEY_derive). lib/internal/crypto/dh_dh.js wraps
// them.
//
// DiffieHellman and ECDH keep their keys in OpenSSL's DH and EC_KEY
// structures, as node does: their API (set the private key alone, read the
// generator, check a prime) maps one to one onto those calls, which OpenSSL 3
// still provides as deprecated functions.
#define OPENSSL_SUPPRESS_DEPRECATED 1

#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/err.h>

#include <cstring>

#include "bindings/crypto_keys/crypto_keys.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"

namespace eddy::bindings::crypto_keys {

namespace {

bool ReturnBn(JSContext* cx, const BIGNUM* bn, JS::MutableHandleValue out, int pad = 0) {
  int n = BN_num_bytes(bn);
  if (pad > n) n = pad;
  Bytes b(n);
  if (n) BN_bn2binpad(bn, b.data(), n);
  return SetBytes(cx, b, out);
}

BIGNUM* BnArg(JSContext* cx, JS::HandleValue v) {
  Bytes b;
  CopyBytes(cx, v, &b);
  return BN_bin2bn(b.data(), static_cast<int>(b.size()), nullptr);
}

// --- DiffieHellman -------------------------------------------------------------------

struct DhState {
  ~DhState() { DH_free(dh); }
  DH* dh = nullptr;
  int verify_error = 0;
};

void FinalizeDh(JS::GCContext*, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<DhState>(obj, kNativeSlot);
}

const JSClassOps kDhOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                           nullptr, FinalizeDh, nullptr, nullptr, nullptr};
const JSClass kDhClass = {
    "DiffieHellmanHandle", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE, &kDhOps};

DhState* UnwrapDh(JSContext* cx, JS::HandleValue v) {
  DhState* s = v.isObject() ? UnwrapObject<DhState>(&v.toObject(), &kDhClass) : nullptr;
  if (!s) ThrowTypeError(cx, "expected a DiffieHellman handle");
  return s;
}

bool ReturnDh(JSContext* cx, const JS::CallArgs& args, DH* dh) {
  auto state = std::make_unique<DhState>();
  state->dh = dh;
  int codes = 0;
  if (DH_check(dh, &codes) != 1) codes = 0;
  ERR_clear_error();
  state->verify_error = codes;
  JS::RootedObject obj(cx, JS_NewObject(cx, &kDhClass));
  if (!obj) return false;
  SetNative(obj, state.release());
  args.rval().setObject(*obj);
  return true;
}

// dhNewFromSize(bits, generator) -> handle (generates a prime)
bool DhNewFromSize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int bits = static_cast<int>(IntArg(args.get(0), 0));
  int gen = static_cast<int>(IntArg(args.get(1), 2));
  ERR_clear_error();
  DH* dh = DH_new();
  if (!dh) return ThrowOssl(cx, "Initialization failed");
  if (DH_generate_parameters_ex(dh, bits, gen, nullptr) != 1) {
    DH_free(dh);
    return ThrowOssl(cx, "Initialization failed");
  }
  return ReturnDh(cx, args, dh);
}

// dhNewFromPrime(prime, generator: number | bytes) -> handle
bool DhNewFromPrime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ERR_clear_error();
  {
    // As in node, a prime of no bytes is refused here (one of zero value is
    // refused later, when keys are made).
    Bytes prime;
    CopyBytes(cx, args.get(0), &prime);
    if (prime.empty()) {
      ERR_raise(ERR_LIB_BN, BN_R_BITS_TOO_SMALL);
      return ThrowOssl(cx, "Initialization failed");
    }
  }
  BIGNUM* p = BnArg(cx, args.get(0));
  BIGNUM* g = nullptr;
  if (args.get(1).isNumber()) {
    int64_t gen = IntArg(args[1], 0);
    if (gen < 2) {
      BN_free(p);
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return ThrowOssl(cx, "Initialization failed");
    }
    g = BN_new();
    if (g) BN_set_word(g, static_cast<BN_ULONG>(gen));
  } else {
    g = BnArg(cx, args.get(1));
    if (g && (BN_is_zero(g) || BN_is_one(g))) {
      BN_free(p);
      BN_free(g);
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return ThrowOssl(cx, "Initialization failed");
    }
  }
  DH* dh = DH_new();
  if (!p || !g || !dh || DH_set0_pqg(dh, p, nullptr, g) != 1) {
    BN_free(p);
    BN_free(g);
    DH_free(dh);
    return ThrowOssl(cx, "Initialization failed");
  }
  return ReturnDh(cx, args, dh);
}

// dhNewGroup(name) -> handle, or null for an unknown group
bool DhNewGroup(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  StringArg(cx, args.get(0), &name);
  BIGNUM* p = ModpPrime(name);
  if (!p) {
    args.rval().setNull();
    return true;
  }
  BIGNUM* g = BN_new();
  DH* dh = DH_new();
  if (!g || !dh || BN_set_word(g, 2) != 1 || DH_set0_pqg(dh, p, nullptr, g) != 1) {
    BN_free(p);
    BN_free(g);
    DH_free(dh);
    return ThrowOssl(cx, "Initialization failed");
  }
  return ReturnDh(cx, args, dh);
}

bool DhVerifyError(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  DhState* s = UnwrapDh(cx, args.get(0));
  if (!s) return false;
  args.rval().setInt32(s->verify_error);
  return true;
}

// dhGenerateKeys(handle) -> public key bytes
bool DhGenerateKeys(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  DhState* s = UnwrapDh(cx, args.get(0));
  if (!s) return false;
  ERR_clear_error();
  if (DH_generate_key(s->dh) != 1) return ThrowOssl(cx, "Key generation failed");
  return ReturnBn(cx, DH_get0_pub_key(s->dh), args.rval());
}

// dhGetField(handle, which) -> bytes, or null when unset.
// which: 0 prime, 1 generator, 2 public key, 3 private key
bool DhGetField(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  DhState* s = UnwrapDh(cx, args.get(0));
  if (!s) return false;
  const BIGNUM* bn = nullptr;
  switch (IntArg(args.get(1), 0)) {
    case 0: bn = DH_get0_p(s->dh); break;
    case 1: bn = DH_get0_g(s->dh); break;
    case 2: bn = DH_get0_pub_key(s->dh); break;
    default: bn = DH_get0_priv_key(s->dh); break;
  }
  if (!bn) {
    args.rval().setNull();
    return true;
  }
  return ReturnBn(cx, bn, args.rval());
}

// dhSetKey(handle, isPrivate, bytes)
bool DhSetKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  DhState* s = UnwrapDh(cx, args.get(0));
  if (!s) return false;
  bool priv = JS::ToBoolean(args.get(1));
  BIGNUM* bn = BnArg(cx, args.get(2));
  if (!bn) return ThrowOssl(cx, "Failed to convert Buffer to BN");
  int ok = priv ? DH_set0_key(s->dh, nullptr, bn) : DH_set0_key(s->dh, bn, nullptr);
  if (ok != 1) {
    BN_free(bn);
    return ThrowOssl(cx, "Failed to set key");
  }
  args.rval().setUndefined();
  return true;
}

// dhComputeSecret(handle, otherPublicKey) -> bytes (padded to the prime size)
bool DhComputeSecret(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  DhState* s = UnwrapDh(cx, args.get(0));
  if (!s) return false;
  ERR_clear_error();
  BIGNUM* key = BnArg(cx, args.get(1));
  if (!key) return ThrowOssl(cx, "Failed to convert Buffer to BN");
  int size = DH_size(s->dh);
  Bytes out(size > 0 ? size : 0);
  int n = size > 0 ? DH_compute_key(out.data(), key, s->dh) : -1;
  if (n < 0) {
    int check = 0;
    int checked = DH_check_pub_key(s->dh, key, &check);
    BN_free(key);
    if (!checked) return ThrowOssl(cx, "Invalid Key");
    if (check & DH_CHECK_PUBKEY_TOO_SMALL) {
      return ThrowCodeError(cx, "ERR_CRYPTO_INVALID_KEYLEN", "Supplied key is too small",
                            JSProto_RangeError);
    }
    if (check & DH_CHECK_PUBKEY_TOO_LARGE) {
      return ThrowCodeError(cx, "ERR_CRYPTO_INVALID_KEYLEN", "Supplied key is too large",
                            JSProto_RangeError);
    }
    return ThrowCodeError(cx, "ERR_CRYPTO_INVALID_KEYTYPE", "Invalid key type",
                          JSProto_RangeError);
  }
  BN_free(key);
  // Left-pad to the prime's size, as node does.
  if (n < size) {
    memmove(out.data() + (size - n), out.data(), n);
    memset(out.data(), 0, size - n);
  }
  bool ok = SetBytes(cx, out, args.rval());
  OPENSSL_cleanse(out.data(), out.size());
  return ok;
}

// --- ECDH --------------------------------------------------------------------------

struct EcdhState {
  ~EcdhState() { EC_KEY_free(key); }
  EC_KEY* key = nullptr;
  const EC_GROUP* group = nullptr;
};

void FinalizeEcdh(JS::GCContext*, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<EcdhState>(obj, kNativeSlot);
}

const JSClassOps kEcdhOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                             nullptr, FinalizeEcdh, nullptr, nullptr, nullptr};
const JSClass kEcdhClass = {
    "ECDHHandle", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE, &kEcdhOps};

EcdhState* UnwrapEcdh(JSContext* cx, JS::HandleValue v) {
  EcdhState* s = v.isObject() ? UnwrapObject<EcdhState>(&v.toObject(), &kEcdhClass) : nullptr;
  if (!s) ThrowTypeError(cx, "expected an ECDH handle");
  return s;
}

int CurveNid(const std::string& name) { return OBJ_sn2nid(name.c_str()); }

// ecdhNew(curve) -> handle, or null for an unknown curve name
bool EcdhNew(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string curve;
  StringArg(cx, args.get(0), &curve);
  int nid = CurveNid(curve);
  if (nid == NID_undef) {
    args.rval().setNull();
    return true;
  }
  EC_KEY* key = EC_KEY_new_by_curve_name(nid);
  if (!key) {
    ERR_clear_error();
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED",
                          "Failed to create key using named curve");
  }
  auto state = std::make_unique<EcdhState>();
  state->key = key;
  state->group = EC_KEY_get0_group(key);
  JS::RootedObject obj(cx, JS_NewObject(cx, &kEcdhClass));
  if (!obj) return false;
  SetNative(obj, state.release());
  args.rval().setObject(*obj);
  return true;
}

bool PointToBytes(const EC_GROUP* group, const EC_POINT* pt, int form, Bytes* out) {
  auto f = static_cast<point_conversion_form_t>(form);
  size_t n = EC_POINT_point2oct(group, pt, f, nullptr, 0, nullptr);
  if (n == 0) return false;
  out->assign(n, 0);
  return EC_POINT_point2oct(group, pt, f, out->data(), n, nullptr) == n;
}

EC_POINT* BytesToPoint(JSContext* cx, const EC_GROUP* group, JS::HandleValue v) {
  Bytes b;
  CopyBytes(cx, v, &b);
  EC_POINT* pt = EC_POINT_new(group);
  if (pt && EC_POINT_oct2point(group, pt, b.data(), b.size(), nullptr) != 1) {
    EC_POINT_free(pt);
    pt = nullptr;
  }
  ERR_clear_error();
  return pt;
}

// ecdhGenerateKeys(handle)
bool EcdhGenerateKeys(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  EcdhState* s = UnwrapEcdh(cx, args.get(0));
  if (!s) return false;
  if (EC_KEY_generate_key(s->key) != 1) {
    ERR_clear_error();
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Failed to generate key");
  }
  args.rval().setUndefined();
  return true;
}

// ecdhGetPublicKey(handle, form) -> bytes
bool EcdhGetPublicKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  EcdhState* s = UnwrapEcdh(cx, args.get(0));
  if (!s) return false;
  int form = static_cast<int>(IntArg(args.get(1), POINT_CONVERSION_UNCOMPRESSED));
  const EC_POINT* pub = EC_KEY_get0_public_key(s->key);
  Bytes b;
  if (!pub || !PointToBytes(s->group, pub, form, &b)) {
    ERR_clear_error();
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get ECDH public key");
  }
  return SetBytes(cx, b, args.rval());
}

// ecdhGetPrivateKey(handle) -> bytes (padded to the order's size)
bool EcdhGetPrivateKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  EcdhState* s = UnwrapEcdh(cx, args.get(0));
  if (!s) return false;
  const BIGNUM* priv = EC_KEY_get0_private_key(s->key);
  if (!priv) {
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Failed to get ECDH private key");
  }
  int order_bytes = (EC_GROUP_order_bits(s->group) + 7) / 8;
  return ReturnBn(cx, priv, args.rval(), order_bytes);
}

// ecdhSetPrivateKey(handle, bytes): also derives the public key.
bool EcdhSetPrivateKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  EcdhState* s = UnwrapEcdh(cx, args.get(0));
  if (!s) return false;
  BIGNUM* priv = BnArg(cx, args.get(1));
  if (!priv) {
    ERR_clear_error();
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to BN");
  }
  // 0 < priv < order
  const BIGNUM* order = EC_GROUP_get0_order(s->group);
  if (BN_is_zero(priv) || BN_is_negative(priv) || BN_cmp(priv, order) >= 0) {
    BN_clear_free(priv);
    return ThrowCodeError(cx, "ERR_CRYPTO_INVALID_KEYTYPE",
                          "Private key is not valid for specified curve.", JSProto_RangeError);
  }
  EC_KEY* fresh = EC_KEY_dup(s->key);
  EC_POINT* pub = EC_POINT_new(s->group);
  bool ok = fresh && pub && EC_KEY_set_private_key(fresh, priv) == 1 &&
            EC_POINT_mul(s->group, pub, priv, nullptr, nullptr, nullptr) == 1 &&
            EC_KEY_set_public_key(fresh, pub) == 1;
  EC_POINT_free(pub);
  BN_clear_free(priv);
  if (!ok) {
    EC_KEY_free(fresh);
    ERR_clear_error();
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Failed to set generated public key");
  }
  EC_KEY_free(s->key);
  s->key = fresh;
  s->group = EC_KEY_get0_group(fresh);
  args.rval().setUndefined();
  return true;
}

// ecdhSetPublicKey(handle, bytes)
bool EcdhSetPublicKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  EcdhState* s = UnwrapEcdh(cx, args.get(0));
  if (!s) return false;
  EC_POINT* pt = BytesToPoint(cx, s->group, args.get(1));
  if (!pt) {
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT");
  }
  int ok = EC_KEY_set_public_key(s->key, pt);
  EC_POINT_free(pt);
  if (ok != 1) {
    ERR_clear_error();
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Failed to set EC_POINT as the public key");
  }
  args.rval().setUndefined();
  return true;
}

// ecdhComputeSecret(handle, otherPublicKey) -> bytes, or the string
// 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY' (lib/ throws node's error for it)
bool EcdhComputeSecret(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  EcdhState* s = UnwrapEcdh(cx, args.get(0));
  if (!s) return false;
  if (!EC_KEY_get0_private_key(s->key) || !EC_KEY_get0_public_key(s->key) ||
      EC_KEY_check_key(s->key) != 1) {
    ERR_clear_error();
    return ThrowCodeError(cx, "ERR_CRYPTO_INVALID_KEYPAIR", "Invalid key pair",
                          JSProto_RangeError);
  }
  EC_POINT* pub = BytesToPoint(cx, s->group, args.get(1));
  if (!pub) {
    JSString* str = JS_NewStringCopyZ(cx, "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY");
    if (!str) return false;
    args.rval().setString(str);
    return true;
  }
  int field = EC_GROUP_get_degree(s->group);
  size_t len = (field + 7) / 8;
  Bytes out(len);
  int r = ECDH_compute_key(out.data(), len, pub, s->key, nullptr);
  EC_POINT_free(pub);
  if (r <= 0) {
    ERR_clear_error();
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Failed to compute ECDH key");
  }
  bool ok = SetBytes(cx, out, args.rval());
  OPENSSL_cleanse(out.data(), out.size());
  return ok;
}

// ecdhConvertKey(bytes, curve, form) -> bytes, or null for an unknown curve
bool EcdhConvertKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string curve;
  StringArg(cx, args.get(1), &curve);
  int nid = CurveNid(curve);
  if (nid == NID_undef) {
    args.rval().setNull();
    return true;
  }
  int form = static_cast<int>(IntArg(args.get(2), POINT_CONVERSION_UNCOMPRESSED));
  Bytes in, out;
  CopyBytes(cx, args.get(0), &in);
  if (!ConvertEcPoint(nid, in, form, &out)) {
    ERR_clear_error();
    return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Failed to convert Buffer to EC_POINT");
  }
  return SetBytes(cx, out, args.rval());
}

// --- crypto.diffieHellman ---------------------------------------------------------

class DeriveJob final : public Job {
 public:
  DeriveJob(KeyRef priv, KeyRef pub) : priv_(std::move(priv)), pub_(std::move(pub)) {}
  void Run() override {
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(priv_->pkey, nullptr);
    size_t len = 0;
    bool ok = ctx && EVP_PKEY_derive_init(ctx) > 0 &&
              EVP_PKEY_derive_set_peer(ctx, pub_->pkey) > 0 &&
              EVP_PKEY_derive(ctx, nullptr, &len) > 0;
    if (ok) {
      out_.assign(len, 0);
      ok = EVP_PKEY_derive(ctx, out_.data(), &len) > 0;
      out_.resize(len);
    }
    EVP_PKEY_CTX_free(ctx);
    if (!ok) return Fail("Failed to derive secret");
    // DH secrets are left-padded to the prime's size.
    if (EVP_PKEY_get_base_id(priv_->pkey) == EVP_PKEY_DH) {
      size_t size = static_cast<size_t>(EVP_PKEY_get_size(priv_->pkey));
      if (out_.size() < size) out_.insert(out_.begin(), size - out_.size(), 0);
    }
  }
  bool Finish(JSContext* cx, JS::MutableHandleValue out) override {
    bool ok = SetBytes(cx, out_, out);
    OPENSSL_cleanse(out_.data(), out_.size());
    return ok;
  }

 private:
  KeyRef priv_, pub_;
  Bytes out_;
};

// deriveSecret(privateKey, publicKey, req) -> bytes
bool DeriveSecret(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef priv, pub;
  if (!KeyArg(cx, args.get(0), &priv) || !KeyArg(cx, args.get(1), &pub)) return false;
  if (!priv->pkey || !pub->pkey) return ThrowTypeError(cx, "not an asymmetric key");
  return DispatchJob(cx, args, 2, std::make_unique<DeriveJob>(priv, pub));
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("dhNewFromSize", DhNewFromSize, 2, 0),
    JS_FN("dhNewFromPrime", DhNewFromPrime, 2, 0),
    JS_FN("dhNewGroup", DhNewGroup, 1, 0),
    JS_FN("dhVerifyError", DhVerifyError, 1, 0),
    JS_FN("dhGenerateKeys", DhGenerateKeys, 1, 0),
    JS_FN("dhGetField", DhGetField, 2, 0),
    JS_FN("dhSetKey", DhSetKey, 3, 0),
    JS_FN("dhComputeSecret", DhComputeSecret, 2, 0),
    JS_FN("ecdhNew", EcdhNew, 1, 0),
    JS_FN("ecdhGenerateKeys", EcdhGenerateKeys, 1, 0),
    JS_FN("ecdhGetPublicKey", EcdhGetPublicKey, 2, 0),
    JS_FN("ecdhGetPrivateKey", EcdhGetPrivateKey, 1, 0),
    JS_FN("ecdhSetPrivateKey", EcdhSetPrivateKey, 2, 0),
    JS_FN("ecdhSetPublicKey", EcdhSetPublicKey, 2, 0),
    JS_FN("ecdhComputeSecret", EcdhComputeSecret, 2, 0),
    JS_FN("ecdhConvertKey", EcdhConvertKey, 3, 0),
    JS_FN("deriveSecret", DeriveSecret, 3, 0),
    JS_FS_END};

}  // namespace

bool InitDh(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kFunctions);
}

}  // namespace eddy::bindings::crypto_keys
