// eddy: the `crypto` binding (node's src/node_crypto.cc): hashes and HMACs
// (crypto_hash.cc), randomness (crypto_random.cc), key derivation
// (crypto_kdf.cc) and symmetric ciphers (crypto_cipher.cc) on OpenSSL 3,
// plus crypto.constants and the FIPS switch. Keys, signatures and key
// agreement live in the separate `crypto_keys` binding.
#include "bindings/crypto/crypto_util.h"  // first: sets OpenSSL's API level

#include <js/PropertyAndElement.h>
#include <openssl/dh.h>
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/opensslv.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>

#include <pthread.h>

#include <atomic>
#include <mutex>

#include "bindings/crypto/fast_digest.h"
#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace crypto {
namespace {

// node's default TLS cipher list (src/node_constants.h).
constexpr char kDefaultCipherList[] =
    "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:"
    "DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:"
    "ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:"
    "DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA";

// crypto.constants, in node's order, from this OpenSSL's headers.
bool DefineConstants(JSContext* cx, JS::HandleObject target) {
  JS::RootedObject c(cx, JS_NewObjectWithGivenProto(cx, nullptr, nullptr));
  if (!c) return false;
  static const struct {
    const char* name;
    double value;
  } kNumbers[] = {
#define EDDY_C(name) {#name, static_cast<double>(name)}
      EDDY_C(OPENSSL_VERSION_NUMBER),
      EDDY_C(SSL_OP_ALL),
      EDDY_C(SSL_OP_ALLOW_NO_DHE_KEX),
      EDDY_C(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION),
      EDDY_C(SSL_OP_CIPHER_SERVER_PREFERENCE),
      EDDY_C(SSL_OP_CISCO_ANYCONNECT),
      EDDY_C(SSL_OP_COOKIE_EXCHANGE),
      EDDY_C(SSL_OP_CRYPTOPRO_TLSEXT_BUG),
      EDDY_C(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS),
      EDDY_C(SSL_OP_LEGACY_SERVER_CONNECT),
      EDDY_C(SSL_OP_NO_COMPRESSION),
      EDDY_C(SSL_OP_NO_ENCRYPT_THEN_MAC),
      EDDY_C(SSL_OP_NO_QUERY_MTU),
      EDDY_C(SSL_OP_NO_RENEGOTIATION),
      EDDY_C(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION),
      EDDY_C(SSL_OP_NO_SSLv2),
      EDDY_C(SSL_OP_NO_SSLv3),
      EDDY_C(SSL_OP_NO_TICKET),
      EDDY_C(SSL_OP_NO_TLSv1),
      EDDY_C(SSL_OP_NO_TLSv1_1),
      EDDY_C(SSL_OP_NO_TLSv1_2),
      EDDY_C(SSL_OP_NO_TLSv1_3),
      EDDY_C(SSL_OP_PRIORITIZE_CHACHA),
      EDDY_C(SSL_OP_TLS_ROLLBACK_BUG),
      EDDY_C(ENGINE_METHOD_RSA),
      EDDY_C(ENGINE_METHOD_DSA),
      EDDY_C(ENGINE_METHOD_DH),
      EDDY_C(ENGINE_METHOD_RAND),
      EDDY_C(ENGINE_METHOD_EC),
      EDDY_C(ENGINE_METHOD_CIPHERS),
      EDDY_C(ENGINE_METHOD_DIGESTS),
      EDDY_C(ENGINE_METHOD_PKEY_METHS),
      EDDY_C(ENGINE_METHOD_PKEY_ASN1_METHS),
      EDDY_C(ENGINE_METHOD_ALL),
      EDDY_C(ENGINE_METHOD_NONE),
      EDDY_C(DH_CHECK_P_NOT_SAFE_PRIME),
      EDDY_C(DH_CHECK_P_NOT_PRIME),
      EDDY_C(DH_UNABLE_TO_CHECK_GENERATOR),
      EDDY_C(DH_NOT_SUITABLE_GENERATOR),
      EDDY_C(RSA_PKCS1_PADDING),
      EDDY_C(RSA_NO_PADDING),
      EDDY_C(RSA_PKCS1_OAEP_PADDING),
      EDDY_C(RSA_X931_PADDING),
      EDDY_C(RSA_PKCS1_PSS_PADDING),
      EDDY_C(RSA_PSS_SALTLEN_DIGEST),
      EDDY_C(RSA_PSS_SALTLEN_MAX_SIGN),
      EDDY_C(RSA_PSS_SALTLEN_AUTO),
#undef EDDY_C
  };
  for (const auto& k : kNumbers) {
    if (!SetNumber(cx, c, k.name, k.value)) return false;
  }
  if (!SetString(cx, c, "defaultCoreCipherList", kDefaultCipherList)) return false;
  static const struct {
    const char* name;
    double value;
  } kMore[] = {
      {"TLS1_VERSION", TLS1_VERSION},
      {"TLS1_1_VERSION", TLS1_1_VERSION},
      {"TLS1_2_VERSION", TLS1_2_VERSION},
      {"TLS1_3_VERSION", TLS1_3_VERSION},
      {"POINT_CONVERSION_COMPRESSED", POINT_CONVERSION_COMPRESSED},
      {"POINT_CONVERSION_UNCOMPRESSED", POINT_CONVERSION_UNCOMPRESSED},
      {"POINT_CONVERSION_HYBRID", POINT_CONVERSION_HYBRID},
  };
  for (const auto& k : kMore) {
    if (!SetNumber(cx, c, k.name, k.value)) return false;
  }
  if (!SetString(cx, c, "defaultCipherList", kDefaultCipherList)) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*c));
  return JS_DefineProperty(cx, target, "constants", v, JSPROP_ENUMERATE);
}

// getFips(): 1 when the default properties ask for FIPS implementations.
bool GetFips(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setInt32(EVP_default_properties_is_fips_enabled(nullptr) ? 1 : 0);
  return true;
}

// Instantiates the random generators (node does so at start-up): once
// seeded they keep working if FIPS mode or an engine is switched on later.
// Called before either switch.
void SeedRandomOnce() {
  static std::atomic<bool> seeded{false};
  if (seeded.exchange(true)) return;
  unsigned char seed_probe;
  (void)RAND_bytes(&seed_probe, 1);
  ERR_clear_error();
}

// setFips(enable): throws OpenSSL's error when the switch fails.
bool SetFips(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  bool enable = args.get(0).isTrue();
  args.rval().setUndefined();
  if (static_cast<bool>(EVP_default_properties_is_fips_enabled(nullptr)) == enable) return true;
  SeedRandomOnce();
  if (EVP_default_properties_enable_fips(nullptr, enable ? 1 : 0) != 1) {
    UpdateFastPath(false);
    return ThrowOpenSSLError(cx, "Failed to set FIPS mode");
  }
  UpdateFastPath(false);
  return true;
}

// testFipsCrypto(): whether a FIPS provider could be used at all.
bool TestFipsCrypto(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(OSSL_PROVIDER_available(nullptr, "fips") == 1);
  return true;
}

// setEngine(id, flags): 0, or -1 when no engine has that id (or loads from
// that path); throws OpenSSL's error when it cannot become the default.
bool SetEngine(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string id;
  if (!ToUtf8(cx, args.get(0), &id)) return false;
  unsigned int flags = static_cast<unsigned int>(IntArg(args.get(1), ENGINE_METHOD_ALL));
  ENGINE_load_builtin_engines();
  ENGINE* engine = ENGINE_by_id(id.c_str());
  if (!engine) {
    // Not a known id: try it as the path of an engine library.
    engine = ENGINE_by_id("dynamic");
    if (engine && (!ENGINE_ctrl_cmd_string(engine, "SO_PATH", id.c_str(), 0) ||
                   !ENGINE_ctrl_cmd_string(engine, "LOAD", nullptr, 0))) {
      ENGINE_free(engine);
      engine = nullptr;
    }
  }
  ERR_clear_error();
  if (!engine) {
    args.rval().setInt32(-1);
    return true;
  }
  SeedRandomOnce();
  int ok = ENGINE_set_default(engine, flags);
  ENGINE_free(engine);
  if (ok && (flags & ENGINE_METHOD_DIGESTS)) UpdateFastPath(true);
  if (!ok) return ThrowOpenSSLError(cx, "Failed to set engine");
  args.rval().setInt32(0);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("setEngine", SetEngine, 2, 0),
    JS_FN("getFips", GetFips, 0, 0),
    JS_FN("setFips", SetFips, 1, 0),
    JS_FN("testFipsCrypto", TestFipsCrypto, 0, 0),
    JS_FS_END};

}  // namespace
}  // namespace crypto

namespace crypto {
namespace {
// Loads and configures libcrypto off the loop thread (see InitCrypto).
pthread_t g_warm_up;
bool g_warming = false;  // guarded by g_warm_up_mu once InitCrypto returned
std::mutex g_warm_up_mu;

void* WarmUp(void*) {
  OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr);
  EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  EVP_MD_free(md);
  return nullptr;
}
}  // namespace

void JoinWarmUp() {
  std::lock_guard<std::mutex> lock(g_warm_up_mu);
  if (!g_warming) return;
  pthread_join(g_warm_up, nullptr);
  g_warming = false;
}
}  // namespace crypto

// libcrypto is not touched on this thread here: loading and configuring it
// (dlopen of the lazily bound library, openssl.cnf, the default provider's
// method store) costs about 4 ms, which a program that requires crypto
// usually pays on its first hash or cipher. A thread starts it now instead;
// the first call on the loop thread then finds it done, or waits for the
// rest of it (pthread_once in the lazy binding, and OpenSSL's own run-once
// locks). Release builds leave with _exit, so nothing tears libcrypto down
// under the thread; a full teardown joins it first (JoinWarmUp).
bool InitCrypto(JSContext* cx, JS::HandleObject target) {
  static std::atomic<bool> started{false};
  if (!started.exchange(true)) {
    // Without the thread (none can be made), the first call pays as before.
    crypto::g_warming = pthread_create(&crypto::g_warm_up, nullptr, crypto::WarmUp, nullptr) == 0;
  }
  return JS_DefineFunctions(cx, target, crypto::kFunctions) &&
         crypto::DefineConstants(cx, target) && crypto::InitHash(cx, target) &&
         crypto::InitRandom(cx, target) && crypto::InitKdf(cx, target) &&
         crypto::InitCipher(cx, target) &&
         SetString(cx, target, "opensslVersion", OPENSSL_VERSION_STR);
}

}  // namespace eddy::bindings
