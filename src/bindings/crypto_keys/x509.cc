// eddy: X.509 certificates for the `crypto_keys` binding (node's
// src/crypto/crypto_x509.cc and the name printers of crypto_common.cc):
// parsing PEM/DER, the printed fields node exposes (subject, issuer,
// subjectAltName, infoAccess, validity, fingerprints, ...), host/email/IP
// checks, signature and key checks, and the parts of toLegacyObject.
// lib/internal/crypto/x509_cert.js defines X509Certificate on these.
#include <js/Array.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstring>

#include "bindings/crypto_keys/crypto_keys.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"

namespace eddy::bindings::crypto_keys {

namespace {

// A PEM password callback that has none to give.
int NoPassword(char*, int, int, void*) { return -1; }

struct CertState {
  ~CertState() { X509_free(cert); }
  X509* cert = nullptr;
};

void FinalizeCert(JS::GCContext*, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<CertState>(obj, kNativeSlot);
}

const JSClassOps kCertOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                             nullptr, FinalizeCert, nullptr, nullptr, nullptr};
const JSClass kCertClass = {
    "X509Handle", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE, &kCertOps};

X509* UnwrapCert(JSContext* cx, JS::HandleValue v) {
  CertState* s = v.isObject() ? UnwrapObject<CertState>(&v.toObject(), &kCertClass) : nullptr;
  if (!s) {
    ThrowTypeError(cx, "expected a certificate handle");
    return nullptr;
  }
  return s->cert;
}

struct Bio {
  Bio() : b(BIO_new(BIO_s_mem())) {}
  ~Bio() { BIO_free_all(b); }
  std::string str() const {
    char* p = nullptr;
    long n = BIO_get_mem_data(b, &p);
    return n > 0 ? std::string(p, n) : std::string();
  }
  BIO* b;
};

bool SetStr(JSContext* cx, const std::string& s, JS::MutableHandleValue out) {
  JSString* str = NewStringUtf8(cx, s);
  if (!str) return false;
  out.setString(str);
  return true;
}

// parseX509(bytes) -> handle: PEM first, then DER. On failure the error
// queue holds both attempts' errors, as node reports them.
bool ParseX509(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Bytes data;
  CopyBytes(cx, args.get(0), &data);
  ERR_clear_error();
  BIO* bio = BIO_new_mem_buf(data.data(), static_cast<int>(data.size()));
  // No password callback would make OpenSSL prompt on the terminal for a
  // block with encryption headers; this one refuses.
  X509* cert = bio ? PEM_read_bio_X509_AUX(bio, nullptr, NoPassword, nullptr) : nullptr;
  BIO_free_all(bio);
  if (!cert) {
    const unsigned char* p = data.data();
    cert = d2i_X509(nullptr, &p, static_cast<long>(data.size()));
  }
  if (!cert) return ThrowOssl(cx, "Failed to parse X509 certificate");
  ERR_clear_error();
  auto state = std::make_unique<CertState>();
  state->cert = cert;
  JS::RootedObject obj(cx, JS_NewObject(cx, &kCertClass));
  if (!obj) return false;
  SetNative(obj, state.release());
  args.rval().setObject(*obj);
  return true;
}

// --- name printing (node's crypto_common.cc rules) ----------------------------------

constexpr unsigned long kNameFlagsMultiline =
    ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT |
    XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN;
constexpr unsigned long kNameFlagsRfc2253WithinJson =
    XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB & ~ASN1_STRFLGS_ESC_CTRL;

bool IsSafeAltName(const char* name, size_t n, bool utf8) {
  for (size_t i = 0; i < n; i++) {
    char c = name[i];
    if (c == '"' || c == '\\' || c == ',' || c == '\'') return false;
    if (utf8) {
      if (static_cast<unsigned char>(c) < ' ' || c == '\x7f') return false;
    } else if (c < ' ' || c > '~') {
      return false;
    }
  }
  return true;
}

// Appends `name`, JSON-escaped in quotes when it holds characters that
// would make the list ambiguous.
void PrintAltName(std::string* out, const char* name, size_t n, bool utf8) {
  if (IsSafeAltName(name, n, utf8)) {
    out->append(name, n);
    return;
  }
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (size_t i = 0; i < n; i++) {
    char c = name[i];
    if (c == '\\') {
      out->append("\\\\");
    } else if (c == '"') {
      out->append("\\\"");
    } else if ((c >= ' ' && c != ',' && c <= '~') || (utf8 && (c & 0x80))) {
      out->push_back(c);
    } else {
      unsigned char u = static_cast<unsigned char>(c);
      char esc[] = {'\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 15]};
      out->append(esc, sizeof(esc));
    }
  }
  out->push_back('"');
}

void PrintGeneralName(std::string* out, const GENERAL_NAME* gen) {
  auto ia5 = [&](const char* prefix, const ASN1_IA5STRING* s) {
    out->append(prefix);
    PrintAltName(out, reinterpret_cast<const char*>(s->data), s->length, false);
  };
  switch (gen->type) {
    case GEN_DNS: ia5("DNS:", gen->d.dNSName); break;
    case GEN_URI: ia5("URI:", gen->d.uniformResourceIdentifier); break;
    case GEN_EMAIL: ia5("email:", gen->d.rfc822Name); break;
    case GEN_DIRNAME: {
      out->append("DirName:");
      Bio tmp;
      X509_NAME_print_ex(tmp.b, gen->d.directoryName, 0, kNameFlagsRfc2253WithinJson);
      std::string s = tmp.str();
      PrintAltName(out, s.data(), s.size(), true);
      break;
    }
    case GEN_IPADD: {
      out->append("IP Address:");
      const ASN1_OCTET_STRING* ip = gen->d.iPAddress;
      const unsigned char* b = ip->data;
      char buf[64];
      if (ip->length == 4) {
        snprintf(buf, sizeof(buf), "%d.%d.%d.%d", b[0], b[1], b[2], b[3]);
        out->append(buf);
      } else if (ip->length == 16) {
        for (int j = 0; j < 8; j++) {
          unsigned pair = (b[2 * j] << 8) | b[2 * j + 1];
          snprintf(buf, sizeof(buf), j == 0 ? "%X" : ":%X", pair);
          out->append(buf);
        }
      } else {
        snprintf(buf, sizeof(buf), "<invalid length=%d>", ip->length);
        out->append(buf);
      }
      break;
    }
    case GEN_RID: {
      char buf[256];
      i2t_ASN1_OBJECT(buf, sizeof(buf), gen->d.registeredID);
      out->append("Registered ID:");
      out->append(buf);
      break;
    }
    case GEN_OTHERNAME: out->append("othername:<unsupported>"); break;
    case GEN_X400: out->append("X400Name:<unsupported>"); break;
    case GEN_EDIPARTY: out->append("EdiPartyName:<unsupported>"); break;
    default: out->append("<unsupported>"); break;
  }
}

bool SubjectAltName(X509* cert, std::string* out) {
  auto* names = static_cast<GENERAL_NAMES*>(
      X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
  if (!names) return false;
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    if (i) out->append(", ");
    PrintGeneralName(out, sk_GENERAL_NAME_value(names, i));
  }
  GENERAL_NAMES_free(names);
  return true;
}

bool InfoAccess(X509* cert, std::string* out) {
  auto* info = static_cast<AUTHORITY_INFO_ACCESS*>(
      X509_get_ext_d2i(cert, NID_info_access, nullptr, nullptr));
  if (!info) return false;
  for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(info); i++) {
    ACCESS_DESCRIPTION* desc = sk_ACCESS_DESCRIPTION_value(info, i);
    if (i) out->push_back('\n');
    char buf[80];
    i2t_ASN1_OBJECT(buf, sizeof(buf), desc->method);
    out->append(buf);
    out->append(" - ");
    PrintGeneralName(out, desc->location);
  }
  AUTHORITY_INFO_ACCESS_free(info);
  return true;
}

std::string Fingerprint(X509* cert, const EVP_MD* md) {
  unsigned char m[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  if (X509_digest(cert, md, m, &n) != 1) return std::string();
  static const char kHex[] = "0123456789ABCDEF";
  std::string s;
  for (unsigned i = 0; i < n; i++) {
    if (i) s.push_back(':');
    s.push_back(kHex[m[i] >> 4]);
    s.push_back(kHex[m[i] & 15]);
  }
  return s;
}

bool KeyUsage(JSContext* cx, X509* cert, JS::MutableHandleValue out) {
  auto* eku = static_cast<EXTENDED_KEY_USAGE*>(
      X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
  if (!eku) {
    out.setUndefined();
    return true;
  }
  JS::RootedValueVector items(cx);
  bool ok = true;
  for (int i = 0; ok && i < sk_ASN1_OBJECT_num(eku); i++) {
    char buf[256];
    if (OBJ_obj2txt(buf, sizeof(buf), sk_ASN1_OBJECT_value(eku, i), 1) >= 0) {
      JSString* s = JS_NewStringCopyZ(cx, buf);
      ok = s && items.append(JS::StringValue(s));
    }
  }
  sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
  if (!ok) return false;
  JSObject* arr = JS::NewArrayObject(cx, items);
  if (!arr) return false;
  out.setObject(*arr);
  return true;
}

// x509Get(handle, field) -> the printed field, or undefined when absent
bool X509Get(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  X509* cert = UnwrapCert(cx, args.get(0));
  if (!cert) return false;
  std::string field;
  StringArg(cx, args.get(1), &field);
  std::string s;
  if (field == "subject" || field == "issuer") {
    Bio bio;
    X509_NAME* name = field == "subject" ? X509_get_subject_name(cert)
                                         : X509_get_issuer_name(cert);
    if (X509_NAME_print_ex(bio.b, name, 0, kNameFlagsMultiline) < 0) {
      args.rval().setUndefined();
      return true;
    }
    return SetStr(cx, bio.str(), args.rval());
  }
  if (field == "subjectAltName" || field == "infoAccess") {
    bool present = field == "subjectAltName" ? SubjectAltName(cert, &s) : InfoAccess(cert, &s);
    ERR_clear_error();
    if (!present) {
      args.rval().setUndefined();
      return true;
    }
    return SetStr(cx, s, args.rval());
  }
  if (field == "validFrom" || field == "validTo") {
    Bio bio;
    ASN1_TIME_print(bio.b, field == "validFrom" ? X509_get0_notBefore(cert)
                                                : X509_get0_notAfter(cert));
    return SetStr(cx, bio.str(), args.rval());
  }
  if (field == "fingerprint") return SetStr(cx, Fingerprint(cert, EVP_sha1()), args.rval());
  if (field == "fingerprint256") return SetStr(cx, Fingerprint(cert, EVP_sha256()), args.rval());
  if (field == "fingerprint512") return SetStr(cx, Fingerprint(cert, EVP_sha512()), args.rval());
  if (field == "keyUsage") return KeyUsage(cx, cert, args.rval());
  if (field == "serialNumber") {
    BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    char* hex = bn ? BN_bn2hex(bn) : nullptr;
    BN_free(bn);
    if (!hex) {
      args.rval().setUndefined();
      return true;
    }
    bool ok = SetStr(cx, hex, args.rval());
    OPENSSL_free(hex);
    return ok;
  }
  if (field == "raw") {
    unsigned char* der = nullptr;
    int n = i2d_X509(cert, &der);
    if (n < 0) return ThrowOssl(cx, "Failed to encode certificate");
    bool ok = SetBytes(cx, der, n, args.rval());
    OPENSSL_free(der);
    return ok;
  }
  if (field == "pem") {
    Bio bio;
    if (PEM_write_bio_X509(bio.b, cert) != 1) return ThrowOssl(cx, "Failed to encode certificate");
    return SetStr(cx, bio.str(), args.rval());
  }
  if (field == "publicKey") {
    EVP_PKEY* pkey = X509_get_pubkey(cert);
    if (!pkey) return ThrowOssl(cx, "Failed to get public key");
    JSObject* h = NewKeyHandle(cx, std::make_shared<KeyData>(kKeyPublic, pkey));
    if (!h) return false;
    args.rval().setObject(*h);
    return true;
  }
  if (field == "ca") {
    args.rval().setBoolean(X509_check_ca(cert) == 1);
    return true;
  }
  args.rval().setUndefined();
  return true;
}

// x509Check(handle, kind, value, flags) -> the matched name or undefined.
// kind: 0 host, 1 email, 2 IP.
bool X509Check(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  X509* cert = UnwrapCert(cx, args.get(0));
  if (!cert) return false;
  int kind = static_cast<int>(IntArg(args.get(1), 0));
  std::string value;
  StringArg(cx, args.get(2), &value);
  unsigned flags = static_cast<unsigned>(IntArg(args.get(3), 0));
  char* peer = nullptr;
  int r;
  switch (kind) {
    case 0: r = X509_check_host(cert, value.data(), value.size(), flags, &peer); break;
    case 1: r = X509_check_email(cert, value.data(), value.size(), flags); break;
    default: r = X509_check_ip_asc(cert, value.c_str(), flags); break;
  }
  ERR_clear_error();
  if (r == 1) {
    if (peer) {
      bool ok = SetStr(cx, peer, args.rval());
      OPENSSL_free(peer);
      return ok;
    }
    args.rval().set(args.get(2));
    return true;
  }
  if (r == 0) {
    args.rval().setUndefined();
    return true;
  }
  if (r == -2) {
    return ThrowCodeError(cx, "ERR_INVALID_ARG_VALUE", kind == 2 ? "Invalid IP" : "Invalid name",
                          JSProto_TypeError);
  }
  return ThrowCodeError(cx, "ERR_CRYPTO_OPERATION_FAILED", "Operation failed");
}

// x509CheckIssued(handle, issuerHandle) -> bool
bool X509CheckIssued(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  X509* cert = UnwrapCert(cx, args.get(0));
  if (!cert) return false;
  X509* issuer = UnwrapCert(cx, args.get(1));
  if (!issuer) return false;
  args.rval().setBoolean(X509_check_issued(issuer, cert) == X509_V_OK);
  ERR_clear_error();
  return true;
}

// x509CheckKey(handle, key, verify) -> bool: the private key matches the
// certificate (verify false), or the public key verifies its signature.
bool X509CheckKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  X509* cert = UnwrapCert(cx, args.get(0));
  if (!cert) return false;
  KeyRef key;
  if (!KeyArg(cx, args.get(1), &key)) return false;
  if (!key->pkey) return ThrowTypeError(cx, "not an asymmetric key");
  bool r = JS::ToBoolean(args.get(2)) ? X509_verify(cert, key->pkey) > 0
                                      : X509_check_private_key(cert, key->pkey) == 1;
  ERR_clear_error();
  args.rval().setBoolean(r);
  return true;
}

// x509NameEntries(handle, issuer) -> [[shortName, value], ...]
bool X509NameEntries(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  X509* cert = UnwrapCert(cx, args.get(0));
  if (!cert) return false;
  X509_NAME* name = JS::ToBoolean(args.get(1)) ? X509_get_issuer_name(cert)
                                               : X509_get_subject_name(cert);
  JS::RootedValueVector items(cx);
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    X509_NAME_ENTRY* e = X509_NAME_get_entry(name, i);
    ASN1_OBJECT* obj = X509_NAME_ENTRY_get_object(e);
    char key[256];
    int nid = OBJ_obj2nid(obj);
    if (nid != NID_undef) {
      snprintf(key, sizeof(key), "%s", OBJ_nid2sn(nid));
    } else {
      OBJ_obj2txt(key, sizeof(key), obj, 1);
    }
    unsigned char* utf8 = nullptr;
    int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
    if (n < 0) continue;
    JS::RootedValueArray<2> pair(cx);
    JSString* k = JS_NewStringCopyZ(cx, key);
    JSString* v = k ? NewStringUtf8(cx, std::string_view(reinterpret_cast<char*>(utf8), n))
                    : nullptr;
    OPENSSL_free(utf8);
    if (!v) return false;
    pair[0].setString(k);
    pair[1].setString(v);
    JSObject* arr = JS::NewArrayObject(cx, pair);
    if (!arr || !items.append(JS::ObjectValue(*arr))) return false;
  }
  ERR_clear_error();
  JSObject* arr = JS::NewArrayObject(cx, items);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// x509LegacyKey(handle, obj) fills obj with the public key fields of
// toLegacyObject: modulus, bits, exponent, pubkey (RSA) or bits, pubkey,
// asn1Curve, nistCurve (EC).
bool X509LegacyKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  X509* cert = UnwrapCert(cx, args.get(0));
  if (!cert) return false;
  if (!args.get(1).isObject()) return ThrowTypeError(cx, "expected an object");
  JS::RootedObject obj(cx, &args[1].toObject());
  args.rval().setObject(*obj);
  EVP_PKEY* pkey = X509_get0_pubkey(cert);
  if (!pkey) {
    ERR_clear_error();
    return true;
  }
  JS::RootedValue v(cx);
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_RSA) {
    BIGNUM* n = nullptr;
    BIGNUM* e = nullptr;
    EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &n);
    EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e);
    char* nhex = n ? BN_bn2hex(n) : nullptr;
    std::string exponent;
    if (e) {
      char* ehex = BN_bn2hex(e);
      if (ehex) {
        // "0x10001": lower case, no leading zeros.
        const char* p = ehex;
        while (*p == '0' && p[1]) p++;
        exponent = "0x";
        for (; *p; p++) exponent.push_back(static_cast<char>(tolower(*p)));
        OPENSSL_free(ehex);
      }
    }
    int bits = n ? BN_num_bits(n) : 0;
    BN_free(n);
    BN_free(e);
    bool ok = (!nhex || SetString(cx, obj, "modulus", nhex)) &&
              SetNumber(cx, obj, "bits", bits) &&
              (exponent.empty() || SetString(cx, obj, "exponent", exponent));
    OPENSSL_free(nhex);
    if (!ok) return false;
    unsigned char* der = nullptr;
    int len = i2d_PUBKEY(pkey, &der);
    if (len > 0) {
      ok = SetBytes(cx, der, len, &v) && JS_DefineProperty(cx, obj, "pubkey", v, JSPROP_ENUMERATE);
      OPENSSL_free(der);
      if (!ok) return false;
    }
  } else if (id == EVP_PKEY_EC) {
    char group[80] = {0};
    EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group),
                                   nullptr);
    int nid = OBJ_txt2nid(group);
    if (!SetNumber(cx, obj, "bits", EVP_PKEY_get_bits(pkey))) return false;
    size_t n = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, nullptr, 0,
                                        &n) == 1) {
      Bytes point(n);
      EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point.data(), n,
                                      &n);
      if (!SetBytes(cx, point.data(), n, &v) ||
          !JS_DefineProperty(cx, obj, "pubkey", v, JSPROP_ENUMERATE)) {
        return false;
      }
    }
    if (nid != NID_undef) {
      if (!SetString(cx, obj, "asn1Curve", OBJ_nid2sn(nid))) return false;
      const char* nist = EC_curve_nid2nist(nid);
      if (nist && !SetString(cx, obj, "nistCurve", nist)) return false;
    }
  }
  ERR_clear_error();
  return true;
}

// --- SPKAC (crypto.Certificate) -----------------------------------------------------

// The SPKI of a base64 SPKAC string (trailing whitespace ignored), or null.
NETSCAPE_SPKI* DecodeSpkac(JSContext* cx, JS::HandleValue v) {
  Bytes data;
  CopyBytes(cx, v, &data);
  size_t n = data.size();
  while (n > 0 && isspace(data[n - 1])) n--;
  if (n == 0) return nullptr;
  std::string text(reinterpret_cast<const char*>(data.data()), n);
  NETSCAPE_SPKI* spki = NETSCAPE_SPKI_b64_decode(text.c_str(), static_cast<int>(n));
  ERR_clear_error();
  return spki;
}

// spkac(op, bytes): op 0 verify -> bool; 1 public key -> PEM bytes or '';
// 2 challenge -> bytes or ''.
bool Spkac(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int op = static_cast<int>(IntArg(args.get(0), 0));
  NETSCAPE_SPKI* spki = DecodeSpkac(cx, args.get(1));
  auto empty = [&]() {
    if (op == 0) {
      args.rval().setBoolean(false);
    } else {
      args.rval().setString(JS_GetEmptyString(cx));
    }
    return true;
  };
  if (!spki) return empty();
  bool ok = true;
  if (op == 2) {
    ASN1_IA5STRING* c = spki->spkac->challenge;
    ok = SetBytes(cx, c->data, c->length, args.rval());
  } else {
    EVP_PKEY* pkey = NETSCAPE_SPKI_get_pubkey(spki);
    if (!pkey) {
      NETSCAPE_SPKI_free(spki);
      ERR_clear_error();
      return empty();
    }
    if (op == 0) {
      args.rval().setBoolean(NETSCAPE_SPKI_verify(spki, pkey) > 0);
    } else {
      Bio bio;
      if (PEM_write_bio_PUBKEY(bio.b, pkey) == 1) {
        std::string pem = bio.str();
        ok = SetBytes(cx, pem.data(), pem.size(), args.rval());
      } else {
        args.rval().setString(JS_GetEmptyString(cx));
      }
    }
    EVP_PKEY_free(pkey);
  }
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
  return ok;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("spkac", Spkac, 2, 0),
    JS_FN("parseX509", ParseX509, 1, 0),
    JS_FN("x509Get", X509Get, 2, 0),
    JS_FN("x509Check", X509Check, 4, 0),
    JS_FN("x509CheckIssued", X509CheckIssued, 2, 0),
    JS_FN("x509CheckKey", X509CheckKey, 3, 0),
    JS_FN("x509NameEntries", X509NameEntries, 2, 0),
    JS_FN("x509LegacyKey", X509LegacyKey, 2, 0),
    JS_FS_END};

}  // namespace

bool InitX509(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kFunctions)) return false;
  JS::RootedObject flags(cx, JS_NewPlainObject(cx));
  if (!flags) return false;
  return SetNumber(cx, flags, "ALWAYS_CHECK_SUBJECT", X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT) &&
         SetNumber(cx, flags, "NEVER_CHECK_SUBJECT", X509_CHECK_FLAG_NEVER_CHECK_SUBJECT) &&
         SetNumber(cx, flags, "NO_WILDCARDS", X509_CHECK_FLAG_NO_WILDCARDS) &&
         SetNumber(cx, flags, "NO_PARTIAL_WILDCARDS", X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS) &&
         SetNumber(cx, flags, "MULTI_LABEL_WILDCARDS", X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS) &&
         SetNumber(cx, flags, "SINGLE_LABEL_SUBDOMAINS",
                   X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS) &&
         JS_DefineProperty(cx, target, "x509CheckFlags", flags, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings::crypto_keys
