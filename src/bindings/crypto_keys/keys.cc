// eddy: key handles of the `crypto_keys` binding (node's
// src/crypto/crypto_keys.cc, KeyObjectHandle): creating keys from secret
// bytes, PEM, DER and JWK components, exporting them again, key details and
// comparison. lib/internal/crypto/keys_object.js builds KeyObject on these.
//
// Parsing follows node's order so that OpenSSL reports the same errors: a
// public-or-private PEM is tried as SPKI, PKCS#1 public key and certificate
// before it is read as a private key.
// RSA_get0_pss_params tells a restricted RSA-PSS key from an unrestricted one.
#define OPENSSL_SUPPRESS_DEPRECATED 1

#include <js/Array.h>
#include <js/BigInt.h>
#include <js/PropertyAndElement.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>

#include "bindings/crypto_keys/crypto_keys.h"
#include "engine/convert.h"

namespace eddy::bindings::crypto_keys {

namespace {

enum KeyFormat { kFormatPEM = 0, kFormatDER = 1 };
enum KeyEncoding { kEncNone = -1, kEncPKCS1 = 0, kEncPKCS8 = 1, kEncSPKI = 2, kEncSEC1 = 3 };

struct BioFree {
  void operator()(BIO* b) const { BIO_free_all(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

// The passphrase given to OpenSSL's password callback; absent = fail.
struct Passphrase {
  bool present = false;
  Bytes bytes;
};

int PasswordCallback(char* buf, int size, int, void* u) {
  const auto* pass = static_cast<const Passphrase*>(u);
  if (!pass || !pass->present) return -1;
  size_t n = pass->bytes.size();
  if (n > static_cast<size_t>(size)) return -1;
  if (n) memcpy(buf, pass->bytes.data(), n);
  return static_cast<int>(n);
}

enum ParseResult { kParseOk, kParseNotRecognized, kParseFailed, kParseNeedPassphrase };

// Reads a PEM block named `name` and decodes its DER with `parse`.
template <typename F>
ParseResult TryParsePublicPEM(EVP_PKEY** out, const Bytes& data, const char* name, F parse) {
  BioPtr bio(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
  if (!bio) return kParseFailed;
  unsigned char* der = nullptr;
  long der_len = 0;
  // An encrypted block must not make OpenSSL prompt on the terminal.
  if (PEM_bytes_read_bio(&der, &der_len, nullptr, name, bio.get(), PasswordCallback,
                         nullptr) != 1) {
    return kParseNotRecognized;
  }
  const unsigned char* p = der;
  *out = parse(&p, der_len);
  OPENSSL_clear_free(der, der_len);
  return *out ? kParseOk : kParseFailed;
}

EVP_PKEY* ParseSpki(const unsigned char** p, long len) { return d2i_PUBKEY(nullptr, p, len); }
EVP_PKEY* ParseRsaPublic(const unsigned char** p, long len) {
  return d2i_PublicKey(EVP_PKEY_RSA, nullptr, p, len);
}
EVP_PKEY* ParseCertKey(const unsigned char** p, long len) {
  X509* x = d2i_X509(nullptr, p, len);
  if (!x) return nullptr;
  EVP_PKEY* k = X509_get_pubkey(x);
  X509_free(x);
  return k;
}

ParseResult ParsePublicPEM(EVP_PKEY** out, const Bytes& data) {
  ParseResult r = TryParsePublicPEM(out, data, "PUBLIC KEY", ParseSpki);
  if (r != kParseNotRecognized) return r;
  r = TryParsePublicPEM(out, data, "RSA PUBLIC KEY", ParseRsaPublic);
  if (r != kParseNotRecognized) return r;
  return TryParsePublicPEM(out, data, "CERTIFICATE", ParseCertKey);
}

ParseResult ParsePublicDER(EVP_PKEY** out, const Bytes& data, int type) {
  const unsigned char* p = data.data();
  long len = static_cast<long>(data.size());
  *out = type == kEncPKCS1 ? ParseRsaPublic(&p, len) : ParseSpki(&p, len);
  return *out ? kParseOk : kParseFailed;
}

// DER helpers: the tag and the start of the content of the element at `p`.
bool DerHeader(const unsigned char* p, size_t n, size_t* hdr, size_t* content) {
  if (n < 2) return false;
  size_t len = p[1];
  size_t h = 2;
  if (len & 0x80) {
    size_t k = len & 0x7f;
    if (k == 0 || k > 4 || n < 2 + k) return false;
    len = 0;
    for (size_t i = 0; i < k; i++) len = (len << 8) | p[2 + i];
    h += k;
  }
  if (h + len > n) return false;
  *hdr = h;
  *content = len;
  return true;
}

// RSAPrivateKey starts with SEQUENCE { INTEGER version(0|1), ... }; an
// RSAPublicKey's first integer is the modulus.
bool IsRsaPrivateDer(const Bytes& d) {
  size_t hdr, len;
  if (d.empty() || d[0] != 0x30 || !DerHeader(d.data(), d.size(), &hdr, &len)) return false;
  const unsigned char* p = d.data() + hdr;
  size_t n = len;
  size_t h2, l2;
  if (n < 3 || p[0] != 0x02 || !DerHeader(p, n, &h2, &l2)) return false;
  return l2 == 1 && (p[h2] == 0 || p[h2] == 1) && n > h2 + l2;
}

// EncryptedPrivateKeyInfo starts with SEQUENCE { SEQUENCE algorithm, ... }.
bool IsEncryptedPkcs8Der(const Bytes& d) {
  size_t hdr, len;
  if (d.empty() || d[0] != 0x30 || !DerHeader(d.data(), d.size(), &hdr, &len)) return false;
  return len > 0 && d[hdr] == 0x30;
}

ParseResult ParsePrivate(EVP_PKEY** out, const Bytes& data, int format, int type,
                         const Passphrase& pass) {
  *out = nullptr;
  const Passphrase* pp = &pass;
  if (format == kFormatPEM) {
    BioPtr bio(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
    if (bio) *out = PEM_read_bio_PrivateKey(bio.get(), nullptr, PasswordCallback,
                                            const_cast<Passphrase*>(pp));
  } else {
    const unsigned char* p = data.data();
    long len = static_cast<long>(data.size());
    if (type == kEncPKCS1) {
      *out = d2i_PrivateKey(EVP_PKEY_RSA, nullptr, &p, len);
    } else if (type == kEncSEC1) {
      *out = d2i_PrivateKey(EVP_PKEY_EC, nullptr, &p, len);
    } else {
      BioPtr bio(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
      if (bio) {
        if (IsEncryptedPkcs8Der(data)) {
          *out = d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, PasswordCallback,
                                         const_cast<Passphrase*>(pp));
        } else {
          PKCS8_PRIV_KEY_INFO* p8 = d2i_PKCS8_PRIV_KEY_INFO_bio(bio.get(), nullptr);
          if (p8) {
            *out = EVP_PKCS82PKEY(p8);
            PKCS8_PRIV_KEY_INFO_free(p8);
          }
        }
      }
    }
  }
  // OpenSSL may queue an error and still hand out a key.
  unsigned long err = ERR_peek_error();
  if (err != 0 && *out) {
    EVP_PKEY_free(*out);
    *out = nullptr;
  }
  if (*out) return kParseOk;
  if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_BAD_PASSWORD_READ &&
      !pass.present) {
    return kParseNeedPassphrase;
  }
  return kParseFailed;
}

bool ReadPassphrase(JSContext* cx, JS::HandleValue v, Passphrase* out) {
  out->present = false;
  if (v.isUndefined() || v.isNull()) return true;
  out->present = true;
  CopyBytes(cx, v, &out->bytes);
  return true;
}

bool ReturnKey(JSContext* cx, const JS::CallArgs& args, KeyKind kind, EVP_PKEY* pkey) {
  auto key = std::make_shared<KeyData>(kind, pkey);
  JSObject* obj = NewKeyHandle(cx, std::move(key));
  if (!obj) return false;
  args.rval().setObject(*obj);
  return true;
}

// createSecretKey(bytes) -> handle
bool CreateSecretKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Bytes b;
  CopyBytes(cx, args.get(0), &b);
  JSObject* obj = NewKeyHandle(cx, std::make_shared<KeyData>(std::move(b)));
  if (!obj) return false;
  args.rval().setObject(*obj);
  return true;
}

// parseKey(mode, data, format, type, passphrase) -> handle. mode 0 reads a
// public key (or a private one, as node accepts wherever a public key goes),
// mode 1 only a private key. Throws node's errors on failure.
bool ParseKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int mode = static_cast<int>(IntArg(args.get(0), 0));
  Bytes data;
  CopyBytes(cx, args.get(1), &data);
  int format = static_cast<int>(IntArg(args.get(2), kFormatPEM));
  int type = static_cast<int>(IntArg(args.get(3), kEncNone));
  Passphrase pass;
  if (!ReadPassphrase(cx, args.get(4), &pass)) return false;
  ERR_clear_error();
  EVP_PKEY* pkey = nullptr;
  ParseResult r;
  KeyKind kind = kKeyPrivate;
  if (mode == 0) {
    bool is_public;
    if (format == kFormatPEM) {
      r = ParsePublicPEM(&pkey, data);
      is_public = r != kParseNotRecognized;
    } else {
      is_public = type == kEncPKCS1 ? !IsRsaPrivateDer(data) : type == kEncSPKI;
      r = kParseNotRecognized;
    }
    if (is_public) {
      if (format == kFormatDER) r = ParsePublicDER(&pkey, data, type);
      kind = kKeyPublic;
    } else {
      ERR_clear_error();
      r = ParsePrivate(&pkey, data, format, type, pass);
    }
  } else {
    r = ParsePrivate(&pkey, data, format, type, pass);
  }
  if (!pass.bytes.empty()) OPENSSL_cleanse(pass.bytes.data(), pass.bytes.size());
  switch (r) {
    case kParseOk:
      ERR_clear_error();
      return ReturnKey(cx, args, kind, pkey);
    case kParseNeedPassphrase:
      return ThrowCodeError(cx, "ERR_MISSING_PASSPHRASE",
                            "Passphrase required for encrypted key", JSProto_TypeError);
    default:
      return ThrowOssl(cx, mode == 0 ? "Failed to read asymmetric key"
                                     : "Failed to read private key");
  }
}

// toPublic(handle) -> public handle with the same public half
bool ToPublic(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  if (!key->pkey) return ThrowTypeError(cx, "not an asymmetric key");
  return ReturnKey(cx, args, kKeyPublic, PublicOnly(key->pkey));
}

// keyKind(handle) -> 0 secret, 1 public, 2 private; -1 when not a handle
bool KeyKindOf(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key = GetKey(args.get(0));
  args.rval().setInt32(key ? key->kind : -1);
  return true;
}

// asymmetricKeyType(handle) -> 'rsa' | ... | undefined
bool AsymmetricKeyType(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  const char* name = key->pkey ? KeyTypeName(key->pkey) : nullptr;
  if (!name) {
    args.rval().setUndefined();
    return true;
  }
  JSString* s = JS_NewStringCopyZ(cx, name);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// symmetricKeySize(handle) -> bytes
bool SymmetricKeySize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  args.rval().setNumber(static_cast<double>(key->secret.size()));
  return true;
}

// secretBytes(handle) -> ArrayBuffer
bool SecretBytes(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  return SetBytes(cx, key->secret, args.rval());
}

bool BnBytes(EVP_PKEY* pkey, const char* name, Bytes* out, int pad = 0) {
  BIGNUM* bn = nullptr;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1 || !bn) {
    ERR_clear_error();
    return false;
  }
  int n = pad > 0 ? pad : BN_num_bytes(bn);
  out->assign(n, 0);
  bool ok = n == 0 || BN_bn2binpad(bn, out->data(), n) == n;
  BN_clear_free(bn);
  return ok;
}

bool SetBytesProp(JSContext* cx, JS::HandleObject obj, const char* name, const Bytes& b) {
  JS::RootedValue v(cx);
  if (!SetBytes(cx, b, &v)) return false;
  return JS_DefineProperty(cx, obj, name, v, JSPROP_ENUMERATE);
}

// keyDetail(handle, obj) fills obj: modulusLength and publicExponent (bytes)
// for RSA, the PSS parameters, divisorLength for DSA, namedCurve for EC.
bool KeyDetail(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  if (!args.get(1).isObject()) return ThrowTypeError(cx, "expected an object");
  JS::RootedObject obj(cx, &args[1].toObject());
  args.rval().setObject(*obj);
  EVP_PKEY* pkey = key->pkey;
  if (!pkey) return true;
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    if (!SetNumber(cx, obj, "modulusLength", EVP_PKEY_get_bits(pkey))) return false;
    Bytes e;
    BnBytes(pkey, OSSL_PKEY_PARAM_RSA_E, &e);
    if (!SetBytesProp(cx, obj, "publicExponent", e)) return false;
    if (id == EVP_PKEY_RSA_PSS) {
      // OpenSSL reports only the parameters that differ from the defaults
      // (SHA-1, MGF1 with SHA-1, salt length 20); whether the key is
      // restricted at all comes from its legacy RSA view.
      char md[80] = "sha1", mgf1[80] = "sha1";
      int salt = 20;
      const RSA* rsa = EVP_PKEY_get0_RSA(pkey);
      bool restricted = rsa && RSA_get0_pss_params(rsa) != nullptr;
      restricted |= EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_DIGEST, md,
                                                   sizeof(md), nullptr) == 1;
      restricted |= EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, mgf1,
                                                   sizeof(mgf1), nullptr) == 1;
      restricted |= EVP_PKEY_get_int_param(pkey, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt) == 1;
      if (restricted) {
        // OpenSSL names SHA-2 digests "SHA2-256"; node prints "sha256".
        auto node_name = [](const char* s) -> std::string {
          const EVP_MD* m = EVP_get_digestbyname(s);
          if (!m) return s;
          return OBJ_nid2ln(EVP_MD_get_type(m));
        };
        if (!SetString(cx, obj, "hashAlgorithm", node_name(md)) ||
            !SetString(cx, obj, "mgf1HashAlgorithm", node_name(mgf1)) ||
            !SetNumber(cx, obj, "saltLength", salt)) {
          return false;
        }
      }
      ERR_clear_error();
    }
  } else if (id == EVP_PKEY_DSA) {
    Bytes q;
    BnBytes(pkey, OSSL_PKEY_PARAM_FFC_Q, &q);
    BIGNUM* qb = nullptr;
    int qbits = 0;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &qb) == 1) {
      qbits = BN_num_bits(qb);
      BN_free(qb);
    }
    if (!SetNumber(cx, obj, "modulusLength", EVP_PKEY_get_bits(pkey)) ||
        !SetNumber(cx, obj, "divisorLength", qbits)) {
      return false;
    }
  } else if (id == EVP_PKEY_EC) {
    char name[80] = {0};
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name,
                                       sizeof(name), nullptr) == 1) {
      int nid = OBJ_txt2nid(name);
      const char* sn = nid != NID_undef ? OBJ_nid2sn(nid) : name;
      if (!SetString(cx, obj, "namedCurve", sn)) return false;
    }
  }
  ERR_clear_error();
  return true;
}

// keyEquals(a, b) -> bool
bool KeyEquals(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef a, b;
  if (!KeyArg(cx, args.get(0), &a) || !KeyArg(cx, args.get(1), &b)) return false;
  bool eq;
  if (a->kind == kKeySecret || b->kind == kKeySecret) {
    eq = a->kind == b->kind && a->secret.size() == b->secret.size() &&
         (a->secret.empty() ||
          CRYPTO_memcmp(a->secret.data(), b->secret.data(), a->secret.size()) == 0);
  } else {
    eq = EVP_PKEY_eq(a->pkey, b->pkey) == 1;
  }
  ERR_clear_error();
  args.rval().setBoolean(eq);
  return true;
}

// Collects a BIO's bytes as a string (PEM) or ArrayBuffer (DER).
bool BioResult(JSContext* cx, BIO* bio, bool as_string, JS::MutableHandleValue out) {
  char* p = nullptr;
  long n = BIO_get_mem_data(bio, &p);
  if (n < 0) n = 0;
  if (as_string) {
    JSString* s = JS_NewStringCopyN(cx, p, static_cast<size_t>(n));
    if (!s) return false;
    out.setString(s);
    return true;
  }
  return SetBytes(cx, p, static_cast<size_t>(n), out);
}

// An RSA public key as PKCS#1 RSAPublicKey, DER or PEM.
bool EncodePkcs1Public(EVP_PKEY* pkey, BIO* bio, bool pem) {
  unsigned char* der = nullptr;
  int len = i2d_PublicKey(pkey, &der);
  if (len <= 0) return false;
  bool ok = pem ? PEM_write_bio(bio, "RSA PUBLIC KEY", "", der, len) > 0
                : BIO_write(bio, der, len) == len;
  OPENSSL_free(der);
  return ok;
}

// exportKey(handle, format, type, cipher, passphrase) -> PEM string or
// DER ArrayBuffer; secret keys give their bytes.
bool ExportKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  if (key->kind == kKeySecret) return SetBytes(cx, key->secret, args.rval());
  int format = static_cast<int>(IntArg(args.get(1), kFormatPEM));
  int type = static_cast<int>(IntArg(args.get(2), kEncNone));
  std::string cipher_name;
  const EVP_CIPHER* cipher = nullptr;
  if (StringArg(cx, args.get(3), &cipher_name)) {
    cipher = EVP_get_cipherbyname(cipher_name.c_str());
    if (!cipher) return ThrowCodeError(cx, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  } else if (JS_IsExceptionPending(cx)) {
    return false;
  }
  Passphrase pass;
  if (!ReadPassphrase(cx, args.get(4), &pass)) return false;
  ERR_clear_error();
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio) return ThrowOssl(cx, "Failed to encode key");
  bool pem = format == kFormatPEM;
  bool ok;
  EVP_PKEY* pkey = key->pkey;
  // An empty passphrase must still be a non-null pointer: given none, OpenSSL
  // asks the callback, and without one it prompts on the terminal.
  static unsigned char kEmptyPass[1] = {0};
  unsigned char* kstr = nullptr;
  if (pass.present) kstr = pass.bytes.empty() ? kEmptyPass : pass.bytes.data();
  int klen = pass.present ? static_cast<int>(pass.bytes.size()) : 0;
  if (key->kind == kKeyPublic || type == kEncSPKI) {
    if (type == kEncPKCS1) {
      ok = EncodePkcs1Public(pkey, bio.get(), pem);
    } else {
      ok = pem ? PEM_write_bio_PUBKEY(bio.get(), pkey) == 1
               : i2d_PUBKEY_bio(bio.get(), pkey) == 1;
    }
  } else if (type == kEncPKCS8) {
    if (pem) {
      ok = PEM_write_bio_PKCS8PrivateKey(bio.get(), pkey, cipher, reinterpret_cast<char*>(kstr),
                                         klen, PasswordCallback, &pass) == 1;
    } else {
      ok = i2d_PKCS8PrivateKey_bio(bio.get(), pkey, cipher, reinterpret_cast<char*>(kstr),
                                   klen, PasswordCallback, &pass) == 1;
    }
  } else {
    // PKCS#1 (RSA) or SEC1 (EC): the key type's traditional form.
    if (pem) {
      ok = PEM_write_bio_PrivateKey_traditional(bio.get(), pkey, cipher, kstr, klen,
                                                PasswordCallback, &pass) == 1;
    } else {
      ok = i2d_PrivateKey_bio(bio.get(), pkey) == 1;
    }
  }
  if (!pass.bytes.empty()) OPENSSL_cleanse(pass.bytes.data(), pass.bytes.size());
  if (!ok) return ThrowOssl(cx, "Failed to encode key");
  return BioResult(cx, bio.get(), pem, args.rval());
}

// exportJwk(handle, obj) fills obj with the key's components as ArrayBuffers
// (lib/ base64url-encodes them): n, e, d, p, q, dp, dq, qi for RSA; x, y, d
// for EC; x, d for OKP; k for secret keys. Returns obj or false (no such form).
bool ExportJwk(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  if (!args.get(1).isObject()) return ThrowTypeError(cx, "expected an object");
  JS::RootedObject obj(cx, &args[1].toObject());
  args.rval().setObject(*obj);
  if (key->kind == kKeySecret) return SetBytesProp(cx, obj, "k", key->secret);
  EVP_PKEY* pkey = key->pkey;
  bool priv = key->kind == kKeyPrivate;
  int id = EVP_PKEY_get_base_id(pkey);
  Bytes b;
  if (id == EVP_PKEY_RSA) {
    static const char* const kPub[][2] = {{"n", OSSL_PKEY_PARAM_RSA_N},
                                          {"e", OSSL_PKEY_PARAM_RSA_E}};
    static const char* const kPriv[][2] = {
        {"d", OSSL_PKEY_PARAM_RSA_D},
        {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
        {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},
        {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
        {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2},
        {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
    for (const auto& f : kPub) {
      if (!BnBytes(pkey, f[1], &b)) return ThrowOssl(cx, "Failed to export key");
      if (!SetBytesProp(cx, obj, f[0], b)) return false;
    }
    if (priv) {
      for (const auto& f : kPriv) {
        if (!BnBytes(pkey, f[1], &b)) return ThrowOssl(cx, "Failed to export key");
        if (!SetBytesProp(cx, obj, f[0], b)) return false;
      }
    }
  } else if (id == EVP_PKEY_EC) {
    int bits = EVP_PKEY_get_bits(pkey);
    size_t size = (bits + 7) / 8;
    // x and y from the encoded point: much cheaper than asking OpenSSL for
    // each affine coordinate.
    Bytes point;
    size_t n = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, nullptr, 0,
                                        &n) == 1) {
      point.assign(n, 0);
      EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point.data(),
                                      n, &n);
      point.resize(n);
    }
    if (!point.empty() && point[0] != 4) {
      char name[80] = {0};
      Bytes full;
      if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name),
                                         nullptr) == 1 &&
          ConvertEcPoint(OBJ_txt2nid(name), point, POINT_CONVERSION_UNCOMPRESSED, &full)) {
        point = std::move(full);
      }
    }
    if (point.size() != 1 + 2 * size || point[0] != 4) return ThrowOssl(cx, "Failed to export key");
    b.assign(point.begin() + 1, point.begin() + 1 + size);
    if (!SetBytesProp(cx, obj, "x", b)) return false;
    b.assign(point.begin() + 1 + size, point.end());
    if (!SetBytesProp(cx, obj, "y", b)) return false;
    if (priv) {
      if (!BnBytes(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &b, static_cast<int>(size))) {
        return ThrowOssl(cx, "Failed to export key");
      }
      if (!SetBytesProp(cx, obj, "d", b)) return false;
    }
  } else if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 || id == EVP_PKEY_X25519 ||
             id == EVP_PKEY_X448) {
    size_t n = 0;
    if (priv) {
      if (EVP_PKEY_get_raw_private_key(pkey, nullptr, &n) != 1) {
        return ThrowOssl(cx, "Failed to export key");
      }
      b.assign(n, 0);
      EVP_PKEY_get_raw_private_key(pkey, b.data(), &n);
      if (!SetBytesProp(cx, obj, "d", b)) return false;
      OPENSSL_cleanse(b.data(), b.size());
    }
    if (EVP_PKEY_get_raw_public_key(pkey, nullptr, &n) != 1) {
      return ThrowOssl(cx, "Failed to export key");
    }
    b.assign(n, 0);
    EVP_PKEY_get_raw_public_key(pkey, b.data(), &n);
    if (!SetBytesProp(cx, obj, "x", b)) return false;
  } else {
    args.rval().setBoolean(false);
  }
  if (!b.empty()) OPENSSL_cleanse(b.data(), b.size());
  return true;
}

EVP_PKEY* FromData(const char* type, int selection, OSSL_PARAM_BLD* bld) {
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
  if (!params) return nullptr;
  EVP_PKEY* pkey = nullptr;
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
  if (ctx && EVP_PKEY_fromdata_init(ctx) == 1) {
    if (EVP_PKEY_fromdata(ctx, &pkey, selection, params) != 1) pkey = nullptr;
  }
  EVP_PKEY_CTX_free(ctx);
  OSSL_PARAM_free(params);
  return pkey;
}

bool PushBn(JSContext* cx, OSSL_PARAM_BLD* bld, const char* name, JS::HandleValue v,
            std::vector<BIGNUM*>* keep) {
  Bytes b;
  CopyBytes(cx, v, &b);
  BIGNUM* bn = BN_bin2bn(b.data(), static_cast<int>(b.size()), nullptr);
  if (!bn) return false;
  keep->push_back(bn);
  return OSSL_PARAM_BLD_push_BN(bld, name, bn) == 1;
}

// Checks a key built from components: a private key's halves must match, a
// public point must be on its curve.
bool CheckImported(EVP_PKEY* pkey, bool priv) {
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr);
  if (!ctx) return false;
  int r = priv ? EVP_PKEY_pairwise_check(ctx) : EVP_PKEY_public_check(ctx);
  EVP_PKEY_CTX_free(ctx);
  return r == 1;
}

// importJwkRsa(n, e, d?, p?, q?, dp?, dq?, qi?) -> handle or null (invalid)
bool ImportJwkRsa(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  bool priv = args.get(2).isObject();
  OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
  std::vector<BIGNUM*> keep;
  static const char* const kNames[] = {
      OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E, OSSL_PKEY_PARAM_RSA_D,
      OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2,
      OSSL_PKEY_PARAM_RSA_EXPONENT1, OSSL_PKEY_PARAM_RSA_EXPONENT2,
      OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
  bool ok = bld != nullptr;
  unsigned count = priv ? 8 : 2;
  for (unsigned i = 0; ok && i < count; i++) {
    ok = PushBn(cx, bld, kNames[i], args.get(i), &keep);
  }
  EVP_PKEY* pkey = ok ? FromData("RSA", priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, bld)
                      : nullptr;
  OSSL_PARAM_BLD_free(bld);
  for (BIGNUM* bn : keep) BN_clear_free(bn);
  ERR_clear_error();
  if (!pkey) {
    args.rval().setNull();
    return true;
  }
  return ReturnKey(cx, args, priv ? kKeyPrivate : kKeyPublic, pkey);
}

// importEcKey(curve, publicPoint?, privateScalar?) -> handle, or null when
// the data does not form a valid key. publicPoint is an X9.62 point
// (04||x||y or compressed); with a scalar alone the point is derived.
bool ImportEcKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string curve;
  if (!StringArg(cx, args.get(0), &curve)) return ThrowTypeError(cx, "curve must be a string");
  Bytes point, scalar;
  bool has_point = CopyBytes(cx, args.get(1), &point);
  bool priv = CopyBytes(cx, args.get(2), &scalar);
  int nid = OBJ_sn2nid(curve.c_str());
  if (nid == NID_undef) nid = EC_curve_nist2nid(curve.c_str());
  if (nid == NID_undef) {
    args.rval().setNull();
    return true;
  }
  const char* group = OBJ_nid2sn(nid);
  if (priv && !has_point) {
    // Derive the public point: scalar * G.
    EC_GROUP* g = EC_GROUP_new_by_curve_name(nid);
    BIGNUM* d = BN_bin2bn(scalar.data(), static_cast<int>(scalar.size()), nullptr);
    EC_POINT* pt = g ? EC_POINT_new(g) : nullptr;
    if (g && d && pt && EC_POINT_mul(g, pt, d, nullptr, nullptr, nullptr) == 1) {
      size_t n = EC_POINT_point2oct(g, pt, POINT_CONVERSION_UNCOMPRESSED, nullptr, 0, nullptr);
      point.assign(n, 0);
      EC_POINT_point2oct(g, pt, POINT_CONVERSION_UNCOMPRESSED, point.data(), n, nullptr);
      has_point = n > 0;
    }
    EC_POINT_free(pt);
    BN_clear_free(d);
    EC_GROUP_free(g);
  }
  EVP_PKEY* pkey = nullptr;
  OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
  BIGNUM* d = priv ? BN_bin2bn(scalar.data(), static_cast<int>(scalar.size()), nullptr) : nullptr;
  if (bld && has_point && (!priv || d) &&
      OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1 &&
      OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                       point.size()) == 1 &&
      (!priv || OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, d) == 1)) {
    pkey = FromData("EC", priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, bld);
  }
  OSSL_PARAM_BLD_free(bld);
  BN_clear_free(d);
  if (pkey && !CheckImported(pkey, priv)) {
    EVP_PKEY_free(pkey);
    pkey = nullptr;
  }
  ERR_clear_error();
  if (!pkey) {
    args.rval().setNull();
    return true;
  }
  return ReturnKey(cx, args, priv ? kKeyPrivate : kKeyPublic, pkey);
}

int OkpId(const std::string& name) {
  if (name == "ed25519" || name == "Ed25519") return EVP_PKEY_ED25519;
  if (name == "ed448" || name == "Ed448") return EVP_PKEY_ED448;
  if (name == "x25519" || name == "X25519") return EVP_PKEY_X25519;
  if (name == "x448" || name == "X448") return EVP_PKEY_X448;
  return EVP_PKEY_NONE;
}

// importOkpKey(type, publicBytes?, privateBytes?) -> handle or null
bool ImportOkpKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string type;
  if (!StringArg(cx, args.get(0), &type)) return ThrowTypeError(cx, "type must be a string");
  int id = OkpId(type);
  Bytes pub, priv;
  bool has_pub = CopyBytes(cx, args.get(1), &pub);
  bool has_priv = CopyBytes(cx, args.get(2), &priv);
  EVP_PKEY* pkey = nullptr;
  if (id != EVP_PKEY_NONE) {
    if (has_priv) {
      pkey = EVP_PKEY_new_raw_private_key(id, nullptr, priv.data(), priv.size());
      if (pkey && has_pub) {
        // The public half must belong to the private one.
        Bytes derived(pub.size() + 1);
        size_t n = derived.size();
        if (EVP_PKEY_get_raw_public_key(pkey, derived.data(), &n) != 1 || n != pub.size() ||
            CRYPTO_memcmp(derived.data(), pub.data(), n) != 0) {
          EVP_PKEY_free(pkey);
          pkey = nullptr;
        }
      }
      OPENSSL_cleanse(priv.data(), priv.size());
    } else if (has_pub) {
      pkey = EVP_PKEY_new_raw_public_key(id, nullptr, pub.data(), pub.size());
    }
  }
  ERR_clear_error();
  if (!pkey) {
    args.rval().setNull();
    return true;
  }
  return ReturnKey(cx, args, has_priv ? kKeyPrivate : kKeyPublic, pkey);
}

// rawPublicKey(handle, compressed) -> ArrayBuffer: an EC point (X9.62) or
// an OKP key's public bytes.
bool RawPublicKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  if (!key->pkey) return ThrowTypeError(cx, "not an asymmetric key");
  EVP_PKEY* pkey = key->pkey;
  int id = EVP_PKEY_get_base_id(pkey);
  Bytes b;
  if (id == EVP_PKEY_EC) {
    // The key is shared with other threads: never change its conversion
    // format; re-encode the point instead.
    size_t n = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, nullptr, 0,
                                        &n) == 1) {
      b.assign(n, 0);
      EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, b.data(), n,
                                      &n);
      b.resize(n);
    }
    char name[80] = {0};
    if (!b.empty() && JS::ToBoolean(args.get(1)) &&
        EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof(name),
                                       nullptr) == 1) {
      Bytes out;
      if (!ConvertEcPoint(OBJ_txt2nid(name), b, POINT_CONVERSION_COMPRESSED, &out)) b.clear();
      else b = std::move(out);
    }
  } else {
    size_t n = 0;
    if (EVP_PKEY_get_raw_public_key(pkey, nullptr, &n) == 1) {
      b.assign(n, 0);
      EVP_PKEY_get_raw_public_key(pkey, b.data(), &n);
    }
  }
  if (b.empty()) return ThrowOssl(cx, "Failed to export key");
  return SetBytes(cx, b, args.rval());
}

// rawPrivateKey(handle) -> ArrayBuffer: an OKP key's private bytes.
bool RawPrivateKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  if (!key->pkey) return ThrowTypeError(cx, "not an asymmetric key");
  size_t n = 0;
  if (EVP_PKEY_get_raw_private_key(key->pkey, nullptr, &n) != 1) {
    return ThrowOssl(cx, "Failed to export key");
  }
  Bytes b(n);
  EVP_PKEY_get_raw_private_key(key->pkey, b.data(), &n);
  bool ok = SetBytes(cx, b, args.rval());
  OPENSSL_cleanse(b.data(), b.size());
  return ok;
}

// keyBits(handle) -> EVP_PKEY_get_bits
bool KeyBits(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  KeyRef key;
  if (!KeyArg(cx, args.get(0), &key)) return false;
  args.rval().setInt32(key->pkey ? EVP_PKEY_get_bits(key->pkey)
                                 : static_cast<int>(key->secret.size() * 8));
  return true;
}

// curveNid(name) -> the curve's NID (NIST or short name), 0 when unknown
bool CurveNid(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  StringArg(cx, args.get(0), &name);
  int nid = EC_curve_nist2nid(name.c_str());
  if (nid == NID_undef) nid = OBJ_sn2nid(name.c_str());
  args.rval().setInt32(nid);
  return true;
}

// hasCipher(name) -> whether OpenSSL knows the cipher
bool HasCipher(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  StringArg(cx, args.get(0), &name);
  args.rval().setBoolean(EVP_get_cipherbyname(name.c_str()) != nullptr);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("curveNid", CurveNid, 1, 0),
    JS_FN("hasCipher", HasCipher, 1, 0),
    JS_FN("createSecretKey", CreateSecretKey, 1, 0),
    JS_FN("parseKey", ParseKey, 5, 0),
    JS_FN("toPublic", ToPublic, 1, 0),
    JS_FN("keyKind", KeyKindOf, 1, 0),
    JS_FN("asymmetricKeyType", AsymmetricKeyType, 1, 0),
    JS_FN("symmetricKeySize", SymmetricKeySize, 1, 0),
    JS_FN("secretBytes", SecretBytes, 1, 0),
    JS_FN("keyDetail", KeyDetail, 2, 0),
    JS_FN("keyEquals", KeyEquals, 2, 0),
    JS_FN("exportKey", ExportKey, 5, 0),
    JS_FN("exportJwk", ExportJwk, 2, 0),
    JS_FN("importJwkRsa", ImportJwkRsa, 8, 0),
    JS_FN("importEcKey", ImportEcKey, 3, 0),
    JS_FN("importOkpKey", ImportOkpKey, 3, 0),
    JS_FN("rawPublicKey", RawPublicKey, 2, 0),
    JS_FN("rawPrivateKey", RawPrivateKey, 1, 0),
    JS_FN("keyBits", KeyBits, 1, 0),
    JS_FS_END};

}  // namespace

bool InitKeys(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kFunctions);
}

}  // namespace eddy::bindings::crypto_keys
