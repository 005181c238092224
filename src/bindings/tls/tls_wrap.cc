// eddy: the `tls_wrap` binding (node's src/crypto/crypto_tls.cc and
// crypto_context.cc, reduced): SecureContext (an SSL_CTX: CA store,
// certificate chain, key, ciphers, protocol range) and TLSWrap, an SSL object
// over two memory BIOs. lib/internal/tls/socket.js moves the bytes: it feeds
// ciphertext read from a net.Socket (receive), advances the connection
// (cycle), takes the plaintext (takePlain) and the ciphertext to send
// (takeOutput), and encrypts writes (write). Nothing here calls into JS or
// touches the loop: every method runs synchronously on the JS thread.
//
// Arguments are validated by lib/; a wrong value here reads as empty (never
// out-of-bounds). OpenSSL failures become node-style errors (message
// "error:XXXXXXXX:SSL routines::reason", `library`, `reason`, `code`).
#include "bindings/crypto/crypto_util.h"  // first: sets OpenSSL's API level

#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

using crypto::MakeOpenSSLError;
using crypto::NewArrayBufferCopy;
using crypto::OpenSSLErrors;
using crypto::ThrowOpenSSLError;
using crypto::WithBytes;

// --- shared root store -----------------------------------------------------------

// The system CA bundle (OpenSSL's default file: $SSL_CERT_FILE or
// OPENSSLDIR/cert.pem, /etc/ssl/certs/ca-certificates.crt on Debian), loaded
// once per process on first use and shared by every context that uses it.
// PEM reads here never prompt on a terminal for a passphrase.
int NoPassphrase(char*, int, int, void*) { return 0; }

// NODE_EXTRA_CA_CERTS (a PEM file) is added to it, as node does. A file
// that cannot be opened was reported at start-up (CheckExtraCACertsAtStartup).
X509_STORE* RootStore() {
  static std::once_flag once;
  static X509_STORE* store = nullptr;
  std::call_once(once, [] {
    store = X509_STORE_new();
    if (!store) return;
    const char* file = getenv(X509_get_default_cert_file_env());
    if (!file || !*file) file = X509_get_default_cert_file();
    if (X509_STORE_load_file(store, file) != 1) {
      // No bundle: fall back to the hashed directory.
      X509_STORE_load_path(store, X509_get_default_cert_dir());
    }
    ERR_clear_error();
    const char* extra = getenv("NODE_EXTRA_CA_CERTS");
    if (extra && *extra) {
      // Every PEM certificate in the file; one that holds none adds none,
      // quietly, as in node.
      if (BIO* bio = BIO_new_file(extra, "r")) {
        while (X509* cert = PEM_read_bio_X509(bio, nullptr, NoPassphrase, nullptr)) {
          X509_STORE_add_cert(store, cert);
          X509_free(cert);
        }
        BIO_free(bio);
      }
    }
    ERR_clear_error();
  });
  return store;
}

}  // namespace

// Node reads NODE_EXTRA_CA_CERTS as it starts and warns on stderr when the
// file cannot be opened. eddy checks the file then, with plain stdio and in
// node's words (OpenSSL 3 prints a system error as 0x80000000 | errno), and
// parses it only when TLS first needs the trust store: parsing a bundle at
// every start would cost tens of milliseconds and bind libcrypto.
void CheckExtraCACertsAtStartup() {
  const char* extra = getenv("NODE_EXTRA_CA_CERTS");
  if (!extra || !*extra) return;
  FILE* f = std::fopen(extra, "r");
  if (f) {
    std::fclose(f);
    return;
  }
  int err = errno;
  std::fprintf(stderr,
               "Warning: Ignoring extra certs from `%s`, load failed: "
               "error:%08X:system library::%s\n",
               extra, 0x80000000u | static_cast<unsigned>(err), std::strerror(err));
}

namespace {

// --- SecureContext -----------------------------------------------------------------

struct ContextState {
  SSL_CTX* ctx = nullptr;
  bool has_cert = false;
  bool custom_ca = false;
  ~ContextState() { SSL_CTX_free(ctx); }
};

void ContextFinalize(JS::GCContext*, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<ContextState>(obj, kNativeSlot);
}

const JSClassOps kContextOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                                nullptr, ContextFinalize, nullptr, nullptr, nullptr};
const JSClass kContextClass = {"SecureContext",
                               JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_BACKGROUND_FINALIZE,
                               &kContextOps};

ContextState* ThisContext(JSContext* cx, const JS::CallArgs& args) {
  ContextState* s = UnwrapThis<ContextState>(cx, args, &kContextClass);
  if (!s || !s->ctx) ThrowTypeError(cx, "Illegal invocation");
  return s;
}

int IntOf(const JS::Value& v) {
  if (!v.isNumber()) return 0;
  double d = v.toNumber();
  return d >= 0 && d <= 0xffff ? static_cast<int>(d) : 0;
}

// new SecureContext(minVersion, maxVersion): versions as TLS1_x_VERSION
// numbers (0: OpenSSL's bound). Peers are verified against the system store
// until addCACert replaces it.
bool ContextNew(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) return ThrowTypeError(cx, "SecureContext must be called with new");
  auto state = std::make_unique<ContextState>();
  ERR_clear_error();
  state->ctx = SSL_CTX_new(TLS_method());
  if (!state->ctx) return ThrowOpenSSLError(cx, "SSL_CTX_new failed");
  SSL_CTX_set_min_proto_version(state->ctx, IntOf(args.get(0)));
  SSL_CTX_set_max_proto_version(state->ctx, IntOf(args.get(1)));
  // Memory BIOs: partial writes and a moving write buffer are fine.
  SSL_CTX_set_mode(state->ctx, SSL_MODE_ENABLE_PARTIAL_WRITE |
                                   SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
                                   SSL_MODE_RELEASE_BUFFERS);
  SSL_CTX_set_session_cache_mode(state->ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER |
                                                 SSL_SESS_CACHE_NO_INTERNAL);
  X509_STORE* roots = RootStore();
  if (roots) SSL_CTX_set1_cert_store(state->ctx, roots);
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kContextClass, args));
  if (!obj) return false;
  SetNative(obj, state.release());
  args.rval().setObject(*obj);
  return true;
}

BIO* BioOf(JSContext* cx, JS::HandleValue v) {
  BIO* bio = nullptr;
  if (!WithBytes(cx, v, [&](const uint8_t* p, size_t n) {
        bio = BIO_new(BIO_s_mem());
        if (bio && n) BIO_write(bio, p, static_cast<int>(n));
      })) {
    BIO_free(bio);
    return nullptr;
  }
  if (!bio) ThrowOpenSSLError(cx, "BIO_new failed");
  return bio;
}

// addCACert(pem): trusts the certificates in `pem`; the first call replaces
// the system store (node: a `ca` option overrides the default roots).
bool ContextAddCACert(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ContextState* s = ThisContext(cx, args);
  if (!s) return false;
  ERR_clear_error();
  if (!s->custom_ca) {
    X509_STORE* store = X509_STORE_new();
    if (!store) return ThrowOpenSSLError(cx, "X509_STORE_new failed");
    SSL_CTX_set_cert_store(s->ctx, store);  // takes ownership
    s->custom_ca = true;
  }
  BIO* bio = BioOf(cx, args.get(0));
  if (!bio) return false;
  X509_STORE* store = SSL_CTX_get_cert_store(s->ctx);
  int count = 0;
  while (X509* x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
    X509_STORE_add_cert(store, x);
    X509_free(x);
    count++;
  }
  BIO_free(bio);
  ERR_clear_error();
  args.rval().setInt32(count);
  return true;
}

// setCert(pem): the first certificate is ours, the rest its chain.
bool ContextSetCert(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ContextState* s = ThisContext(cx, args);
  if (!s) return false;
  ERR_clear_error();
  BIO* bio = BioOf(cx, args.get(0));
  if (!bio) return false;
  X509* leaf = PEM_read_bio_X509_AUX(bio, nullptr, nullptr, nullptr);
  if (!leaf) {
    BIO_free(bio);
    return ThrowOpenSSLError(cx, "Invalid certificate");
  }
  int ok = SSL_CTX_use_certificate(s->ctx, leaf);
  X509_free(leaf);
  if (ok != 1) {
    BIO_free(bio);
    return ThrowOpenSSLError(cx, "Invalid certificate");
  }
  SSL_CTX_clear_chain_certs(s->ctx);
  while (X509* x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
    SSL_CTX_add0_chain_cert(s->ctx, x);
  }
  BIO_free(bio);
  ERR_clear_error();
  s->has_cert = true;
  args.rval().setUndefined();
  return true;
}

int PassphraseCallback(char* buf, int size, int, void* u) {
  const std::string* pass = static_cast<const std::string*>(u);
  if (!pass || size <= 0) return 0;
  size_t n = pass->size() < static_cast<size_t>(size) ? pass->size() : static_cast<size_t>(size);
  memcpy(buf, pass->data(), n);
  return static_cast<int>(n);
}

// setKey(pem, passphrase | undefined).
bool ContextSetKey(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ContextState* s = ThisContext(cx, args);
  if (!s) return false;
  std::string pass;
  bool has_pass = args.get(1).isString();
  if (has_pass && !ToUtf8(cx, args[1], &pass)) return false;
  ERR_clear_error();
  BIO* bio = BioOf(cx, args.get(0));
  if (!bio) return false;
  EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, PassphraseCallback,
                                          has_pass ? &pass : nullptr);
  BIO_free(bio);
  OPENSSL_cleanse(pass.data(), pass.size());
  if (!key) return ThrowOpenSSLError(cx, "Invalid private key");
  int ok = SSL_CTX_use_PrivateKey(s->ctx, key);
  EVP_PKEY_free(key);
  if (ok != 1) return ThrowOpenSSLError(cx, "Invalid private key");
  args.rval().setUndefined();
  return true;
}

bool ArgString(JSContext* cx, const JS::CallArgs& args, unsigned i, std::string* out) {
  if (!args.get(i).isString()) {
    out->clear();
    return true;
  }
  return ToUtf8(cx, args[i], out);
}

// setCiphers(tls12List, tls13Suites): either may be empty.
bool ContextSetCiphers(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ContextState* s = ThisContext(cx, args);
  if (!s) return false;
  std::string list, suites;
  if (!ArgString(cx, args, 0, &list) || !ArgString(cx, args, 1, &suites)) return false;
  ERR_clear_error();
  if (SSL_CTX_set_ciphersuites(s->ctx, suites.c_str()) != 1) {
    return ThrowOpenSSLError(cx, "Failed to set ciphers");
  }
  if (list.empty()) {
    // No TLS 1.2 cipher: only TLS 1.3 suites, as node does for such lists.
    if (!suites.empty()) {
      SSL_CTX_set_cipher_list(s->ctx, "");
      ERR_clear_error();
    }
  } else if (SSL_CTX_set_cipher_list(s->ctx, list.c_str()) != 1) {
    if (suites.empty() || ERR_GET_REASON(ERR_peek_error()) != SSL_R_NO_CIPHER_MATCH) {
      return ThrowOpenSSLError(cx, "Failed to set ciphers");
    }
    ERR_clear_error();
  }
  args.rval().setUndefined();
  return true;
}

// setECDHCurve(names): "auto" keeps OpenSSL's groups.
bool ContextSetECDHCurve(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ContextState* s = ThisContext(cx, args);
  if (!s) return false;
  std::string curve;
  if (!ArgString(cx, args, 0, &curve)) return false;
  ERR_clear_error();
  if (!curve.empty() && curve != "auto" && SSL_CTX_set1_curves_list(s->ctx, curve.c_str()) != 1) {
    return ThrowOpenSSLError(cx, "Failed to set ECDH curve");
  }
  args.rval().setUndefined();
  return true;
}

// setOptions(bits): SSL_OP_* bits (secureOptions, honorCipherOrder), added
// to OpenSSL's defaults.
bool ContextSetOptions(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ContextState* s = ThisContext(cx, args);
  if (!s) return false;
  double d = args.get(0).isNumber() ? args[0].toNumber() : 0;
  if (d > 0 && d < 18446744073709551615.0) SSL_CTX_set_options(s->ctx, static_cast<uint64_t>(d));
  args.rval().setUndefined();
  return true;
}

// setSessionTimeout(seconds).
bool ContextSetSessionTimeout(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ContextState* s = ThisContext(cx, args);
  if (!s) return false;
  double d = args.get(0).isNumber() ? args[0].toNumber() : 0;
  if (d >= 0 && d <= 2147483647.0) SSL_CTX_set_timeout(s->ctx, static_cast<long>(d));  // NOLINT
  args.rval().setUndefined();
  return true;
}

// setSessionIdContext(bytes): at most 32 bytes (longer is cut).
bool ContextSetSessionIdContext(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ContextState* s = ThisContext(cx, args);
  if (!s) return false;
  if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) {
        if (n > SSL_MAX_SID_CTX_LENGTH) n = SSL_MAX_SID_CTX_LENGTH;
        SSL_CTX_set_session_id_context(s->ctx, p, static_cast<unsigned>(n));
      })) {
    return false;
  }
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kContextMethods[] = {
    JS_FN("setOptions", ContextSetOptions, 1, 0),
    JS_FN("setSessionTimeout", ContextSetSessionTimeout, 1, 0),
    JS_FN("setSessionIdContext", ContextSetSessionIdContext, 1, 0),
    JS_FN("addCACert", ContextAddCACert, 1, 0),   JS_FN("setCert", ContextSetCert, 1, 0),
    JS_FN("setKey", ContextSetKey, 2, 0),         JS_FN("setCiphers", ContextSetCiphers, 2, 0),
    JS_FN("setECDHCurve", ContextSetECDHCurve, 1, 0), JS_FS_END};

// --- TLSWrap ------------------------------------------------------------------------

// cycle()/write()/shutdown() status bits.
enum : int32_t {
  kHandshakeDone = 1,  // the handshake completed during this call
  kPeerClosed = 2,     // close_notify received
  kFailed = 4,         // fatal error: takeError() has it
  kHasOutput = 8,      // ciphertext waits in takeOutput()
  kHasPlain = 16,      // plaintext waits in takePlain()
  kSNIPending = 32,    // server: the handshake waits for setContext (SNI)
  kNewSession = 64,    // client: the server sent a new session (ticket)
  kHasKeylog = 128,    // key log lines wait in takeKeylog()
};

struct WrapState {
  SSL* ssl = nullptr;
  BIO* rbio = nullptr;  // owned by ssl
  BIO* wbio = nullptr;  // owned by ssl
  bool is_server = false;
  bool handshake_done = false;
  bool failed = false;
  bool peer_closed = false;
  // Server side: ALPN protocols to choose from (wire format), and the SNI
  // pause: the ClientHello callback suspends the handshake until lib/ picks
  // a context for `sni_name`.
  std::vector<uint8_t> alpn_server;
  bool sni_enabled = false;
  bool sni_pending = false;
  bool sni_resolved = false;
  bool new_session = false;
  bool keylog_enabled = false;
  std::vector<std::string> keylog;
  std::string sni_name;
  OpenSSLErrors errors;
  std::string error_message;
  std::vector<uint8_t> plain;
  ~WrapState() { SSL_free(ssl); }

  int32_t Status() {
    int32_t st = 0;
    if (failed) st |= kFailed;
    if (peer_closed) st |= kPeerClosed;
    if (ssl && BIO_ctrl_pending(wbio) > 0) st |= kHasOutput;
    if (!plain.empty()) st |= kHasPlain;
    if (sni_pending) st |= kSNIPending;
    if (new_session) st |= kNewSession;
    if (!keylog.empty()) st |= kHasKeylog;
    new_session = false;
    return st;
  }

  // Records a fatal SSL_get_error result. Returns false when `ret` is not
  // fatal (the connection wants more bytes).
  bool Fail(int ret) {
    int err = SSL_get_error(ssl, ret);
    switch (err) {
      case SSL_ERROR_WANT_READ:
      case SSL_ERROR_WANT_WRITE:
      case SSL_ERROR_WANT_X509_LOOKUP:
        return false;
      case SSL_ERROR_WANT_CLIENT_HELLO_CB:
        sni_pending = true;
        return false;
      case SSL_ERROR_ZERO_RETURN:
        peer_closed = true;
        return false;
      default:
        break;
    }
    errors.Capture();
    if (errors.empty()) error_message = "TLS connection failed";
    failed = true;
    return true;
  }
};

// Client: a session to offer next time arrived; lib/ emits 'session'.
int OnNewSession(SSL* ssl, SSL_SESSION*) {
  auto* s = static_cast<WrapState*>(SSL_get_app_data(ssl));
  if (s) s->new_session = true;
  return 0;  // not kept: getSession() serializes the current one
}

// NSS key log lines (SSLKEYLOGFILE format) for 'keylog' listeners.
void OnKeylog(const SSL* ssl, const char* line) {
  auto* s = static_cast<WrapState*>(SSL_get_app_data(ssl));
  if (s && s->keylog_enabled && line) s->keylog.emplace_back(line);
}

// Answers every certificate as acceptable: the verdict is read afterwards
// (verifyError), as node does, so lib/ decides with rejectUnauthorized.
int AcceptAnyCert(int, X509_STORE_CTX*) { return 1; }

// Server: picks the first of our ALPN protocols the client offers; none in
// common is a fatal no_application_protocol alert (as node).
int SelectALPN(SSL* ssl, const unsigned char** out, unsigned char* outlen,
               const unsigned char* in, unsigned int inlen, void*) {
  auto* s = static_cast<WrapState*>(SSL_get_app_data(ssl));
  if (!s || s->alpn_server.empty()) return SSL_TLSEXT_ERR_NOACK;
  unsigned char* chosen = nullptr;
  int r = SSL_select_next_proto(&chosen, outlen, s->alpn_server.data(),
                                static_cast<unsigned>(s->alpn_server.size()), in, inlen);
  if (r != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_ALERT_FATAL;
  *out = chosen;
  return SSL_TLSEXT_ERR_OK;
}

// Server: the host name of a ClientHello's server_name extension, or "".
std::string ClientHelloServername(SSL* ssl) {
  const unsigned char* p = nullptr;
  size_t len = 0;
  if (!SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &len) || len < 5) return "";
  // ServerNameList: u16 length, then entries of (u8 type, u16 length, name).
  size_t list = (static_cast<size_t>(p[0]) << 8) | p[1];
  if (list + 2 > len) return "";
  size_t off = 2;
  while (off + 3 <= 2 + list) {
    unsigned type = p[off];
    size_t n = (static_cast<size_t>(p[off + 1]) << 8) | p[off + 2];
    off += 3;
    if (off + n > 2 + list) return "";
    if (type == TLSEXT_NAMETYPE_host_name) {
      return std::string(reinterpret_cast<const char*>(p + off), n);
    }
    off += n;
  }
  return "";
}

// Server: with an SNICallback in lib/, the first ClientHello pauses the
// handshake (SSL_ERROR_WANT_CLIENT_HELLO_CB) until setContext resumes it.
int ClientHelloCallback(SSL* ssl, int*, void*) {
  auto* s = static_cast<WrapState*>(SSL_get_app_data(ssl));
  if (!s || !s->sni_enabled || s->sni_resolved) return SSL_CLIENT_HELLO_SUCCESS;
  s->sni_name = ClientHelloServername(ssl);
  return SSL_CLIENT_HELLO_RETRY;
}

void WrapFinalize(JS::GCContext*, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<WrapState>(obj, kNativeSlot);
}

const JSClassOps kWrapOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                             nullptr, WrapFinalize, nullptr, nullptr, nullptr};
const JSClass kWrapClass = {"TLSWrap", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_BACKGROUND_FINALIZE,
                            &kWrapOps};

// The live state of `this`, or null (destroyed, or not a TLSWrap: then a
// TypeError is pending when `strict`).
WrapState* ThisWrap(JSContext* cx, const JS::CallArgs& args, bool strict = true) {
  WrapState* s = UnwrapThis<WrapState>(cx, args, &kWrapClass);
  if (s && s->ssl) return s;
  if (strict) ThrowTypeError(cx, "TLSWrap is closed");
  return nullptr;
}

// new TLSWrap(secureContext, isServer).
bool WrapNew(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) return ThrowTypeError(cx, "TLSWrap must be called with new");
  ContextState* ctx = args.get(0).isObject()
                          ? UnwrapObject<ContextState>(&args[0].toObject(), &kContextClass)
                          : nullptr;
  if (!ctx || !ctx->ctx) return ThrowTypeError(cx, "TLSWrap needs a SecureContext");
  auto state = std::make_unique<WrapState>();
  ERR_clear_error();
  state->ssl = SSL_new(ctx->ctx);
  if (!state->ssl) return ThrowOpenSSLError(cx, "SSL_new failed");
  state->rbio = BIO_new(BIO_s_mem());
  state->wbio = BIO_new(BIO_s_mem());
  if (!state->rbio || !state->wbio) {
    BIO_free(state->rbio);
    BIO_free(state->wbio);
    state->rbio = state->wbio = nullptr;
    return ThrowOpenSSLError(cx, "BIO_new failed");
  }
  // An empty read BIO means "wait", not end of file.
  BIO_set_mem_eof_return(state->rbio, -1);
  SSL_set_bio(state->ssl, state->rbio, state->wbio);
  state->is_server = args.get(1).isTrue();
  SSL_set_app_data(state->ssl, state.get());
  SSL_CTX_set_keylog_callback(ctx->ctx, OnKeylog);
  if (state->is_server) {
    SSL_set_accept_state(state->ssl);
    SSL_set_verify(state->ssl, SSL_VERIFY_NONE, nullptr);
    SSL_CTX_set_alpn_select_cb(ctx->ctx, SelectALPN, nullptr);
    SSL_CTX_set_client_hello_cb(ctx->ctx, ClientHelloCallback, nullptr);
  } else {
    SSL_set_connect_state(state->ssl);
    SSL_set_verify(state->ssl, SSL_VERIFY_PEER, AcceptAnyCert);
    SSL_CTX_sess_set_new_cb(ctx->ctx, OnNewSession);
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kWrapClass, args));
  if (!obj) return false;
  SetNative(obj, state.release());
  args.rval().setObject(*obj);
  return true;
}

// setServername(name): SNI (clients).
bool WrapSetServername(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  std::string name;
  if (!ArgString(cx, args, 0, &name)) return false;
  ERR_clear_error();
  if (!name.empty() && SSL_set_tlsext_host_name(s->ssl, name.c_str()) != 1) {
    return ThrowOpenSSLError(cx, "Invalid servername");
  }
  args.rval().setUndefined();
  return true;
}

// setALPNProtocols(wireBytes): length-prefixed protocol names (clients).
bool WrapSetALPN(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  int rc = 0;
  if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) {
        rc = SSL_set_alpn_protos(s->ssl, p, static_cast<unsigned>(n));
      })) {
    return false;
  }
  ERR_clear_error();
  args.rval().setBoolean(rc == 0);
  return true;
}

// setSession(derBytes): offers a saved session for resumption. Returns false
// when the bytes are not a session.
bool WrapSetSession(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  SSL_SESSION* sess = nullptr;
  if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) {
        const unsigned char* q = p;
        sess = d2i_SSL_SESSION(nullptr, &q, static_cast<long>(n));  // NOLINT(runtime/int)
      })) {
    return false;
  }
  bool ok = sess && SSL_set_session(s->ssl, sess) == 1;
  SSL_SESSION_free(sess);
  ERR_clear_error();
  args.rval().setBoolean(ok);
  return true;
}

// setALPNServer(wireBytes): the protocols a server may choose.
bool WrapSetALPNServer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) {
        s->alpn_server.assign(p, p + n);
      })) {
    return false;
  }
  args.rval().setUndefined();
  return true;
}

// setVerifyMode(requestCert, rejectUnauthorized): server-side client
// certificates. The verdict is read later (verifyError), as for clients.
bool WrapSetVerifyMode(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  if (args.get(0).isTrue()) {
    int mode = SSL_VERIFY_PEER;
    if (args.get(1).isTrue()) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    SSL_set_verify(s->ssl, mode, AcceptAnyCert);
  } else {
    SSL_set_verify(s->ssl, SSL_VERIFY_NONE, nullptr);
  }
  args.rval().setUndefined();
  return true;
}

// enableSNICallback(): pause at the ClientHello (see ClientHelloCallback).
bool WrapEnableSNICallback(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  s->sni_enabled = true;
  args.rval().setUndefined();
  return true;
}

// sniName(): the server name of the paused ClientHello ("" when none).
bool WrapSNIName(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  JSString* str = NewStringUtf8(cx, s->sni_name);
  if (!str) return false;
  args.rval().setString(str);
  return true;
}

// setContext(secureContext | undefined): the context the SNI callback chose
// (undefined keeps the server's); resumes the handshake on the next cycle().
bool WrapSetContext(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  ContextState* ctx = args.get(0).isObject()
                          ? UnwrapObject<ContextState>(&args[0].toObject(), &kContextClass)
                          : nullptr;
  if (ctx && ctx->ctx) {
    SSL_CTX_set_alpn_select_cb(ctx->ctx, SelectALPN, nullptr);
    SSL_CTX_set_client_hello_cb(ctx->ctx, ClientHelloCallback, nullptr);
    SSL_set_SSL_CTX(s->ssl, ctx->ctx);
  }
  s->sni_resolved = true;
  s->sni_pending = false;
  args.rval().setUndefined();
  return true;
}

bool AppendDer(JSContext* cx, X509* x, JS::MutableHandleValueVector items);

// enableKeylog(): collect key log lines from now on.
bool WrapEnableKeylog(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  s->keylog_enabled = true;
  args.rval().setUndefined();
  return true;
}

// takeKeylog(): the collected lines (strings, no newline).
bool WrapTakeKeylog(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  if (!StringArray(cx, s->keylog, args.rval())) return false;
  s->keylog.clear();
  return true;
}

// ownCertificate(): our certificate as DER (ArrayBuffer) or null.
bool WrapOwnCertificate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args, false);
  X509* x = s ? SSL_get_certificate(s->ssl) : nullptr;
  args.rval().setNull();
  if (!x) return true;
  JS::RootedValueVector items(cx);
  if (!AppendDer(cx, x, &items)) return false;
  if (!items.empty()) args.rval().set(items[0]);
  return true;
}

// Runs the handshake and reads all the plaintext the buffered ciphertext
// holds.
void Advance(WrapState* s) {
  if (s->failed || (s->sni_pending && !s->sni_resolved)) return;
  ERR_clear_error();
  if (!s->handshake_done) {
    int r = SSL_do_handshake(s->ssl);
    if (r != 1) {
      s->Fail(r);
      return;
    }
    s->handshake_done = true;
  }
  uint8_t buf[16384];
  while (!s->peer_closed && !s->failed) {
    int n = SSL_read(s->ssl, buf, sizeof(buf));
    if (n > 0) {
      s->plain.insert(s->plain.end(), buf, buf + n);
      continue;
    }
    s->Fail(n);
    break;
  }
}

// receive(bytes): ciphertext from the peer; then advances like cycle().
bool WrapReceive(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) {
        if (n) BIO_write(s->rbio, p, static_cast<int>(n));
      })) {
    return false;
  }
  bool was_done = s->handshake_done;
  Advance(s);
  int32_t st = s->Status();
  if (!was_done && s->handshake_done) st |= kHandshakeDone;
  args.rval().setInt32(st);
  return true;
}

// cycle(): advances the handshake (a client's first call sends its hello).
bool WrapCycle(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  bool was_done = s->handshake_done;
  Advance(s);
  int32_t st = s->Status();
  if (!was_done && s->handshake_done) st |= kHandshakeDone;
  args.rval().setInt32(st);
  return true;
}

// write(bytes): encrypts application data (after the handshake).
bool WrapWrite(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  if (!s->failed) {
    ERR_clear_error();
    if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) {
          size_t off = 0;
          while (off < n && !s->failed) {
            size_t chunk = n - off > (1u << 30) ? (1u << 30) : n - off;
            int w = SSL_write(s->ssl, p + off, static_cast<int>(chunk));
            if (w <= 0) {
              if (!s->Fail(w)) {
                // Memory BIOs never block a write; anything else is fatal.
                s->failed = true;
                s->errors.Capture();
                s->error_message = "TLS write failed";
              }
              break;
            }
            off += static_cast<size_t>(w);
          }
        })) {
      return false;
    }
  }
  args.rval().setInt32(s->Status());
  return true;
}

// shutdown(): queues close_notify.
bool WrapShutdown(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  if (!s->failed && s->handshake_done) {
    ERR_clear_error();
    SSL_shutdown(s->ssl);
    ERR_clear_error();
  }
  args.rval().setInt32(s->Status());
  return true;
}

// takeOutput(): the ciphertext to send (ArrayBuffer) or null.
bool WrapTakeOutput(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  size_t n = BIO_ctrl_pending(s->wbio);
  if (n == 0) {
    args.rval().setNull();
    return true;
  }
  char* data = nullptr;
  long len = BIO_get_mem_data(s->wbio, &data);  // NOLINT(runtime/int)
  if (len <= 0 || !data) {
    args.rval().setNull();
    return true;
  }
  JSObject* ab = NewArrayBufferCopy(cx, reinterpret_cast<const uint8_t*>(data),
                                    static_cast<size_t>(len));
  if (!ab) return false;
  (void)BIO_reset(s->wbio);
  args.rval().setObject(*ab);
  return true;
}

// takePlain(): the decrypted bytes (ArrayBuffer) or null.
bool WrapTakePlain(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  if (s->plain.empty()) {
    args.rval().setNull();
    return true;
  }
  JSObject* ab = NewArrayBufferCopy(cx, s->plain.data(), s->plain.size());
  if (!ab) return false;
  s->plain.clear();
  args.rval().setObject(*ab);
  return true;
}

// takeError(): the fatal error as an Error object (node's OpenSSL form), or
// null.
bool WrapTakeError(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  if (!s->failed) {
    args.rval().setNull();
    return true;
  }
  return MakeOpenSSLError(cx, s->errors,
                          s->error_message.empty() ? "TLS connection failed"
                                                   : s->error_message.c_str(),
                          args.rval());
}

// node's names of X509_V_ERR_* codes.
const char* VerifyErrorCode(long err) {  // NOLINT(runtime/int)
#define EDDY_X509_ERR(name) \
  case X509_V_ERR_##name:   \
    return #name;
  switch (err) {
    EDDY_X509_ERR(UNABLE_TO_GET_ISSUER_CERT)
    EDDY_X509_ERR(UNABLE_TO_GET_CRL)
    EDDY_X509_ERR(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
    EDDY_X509_ERR(UNABLE_TO_DECRYPT_CRL_SIGNATURE)
    EDDY_X509_ERR(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
    EDDY_X509_ERR(CERT_SIGNATURE_FAILURE)
    EDDY_X509_ERR(CRL_SIGNATURE_FAILURE)
    EDDY_X509_ERR(CERT_NOT_YET_VALID)
    EDDY_X509_ERR(CERT_HAS_EXPIRED)
    EDDY_X509_ERR(CRL_NOT_YET_VALID)
    EDDY_X509_ERR(CRL_HAS_EXPIRED)
    EDDY_X509_ERR(ERROR_IN_CERT_NOT_BEFORE_FIELD)
    EDDY_X509_ERR(ERROR_IN_CERT_NOT_AFTER_FIELD)
    EDDY_X509_ERR(ERROR_IN_CRL_LAST_UPDATE_FIELD)
    EDDY_X509_ERR(ERROR_IN_CRL_NEXT_UPDATE_FIELD)
    EDDY_X509_ERR(OUT_OF_MEM)
    EDDY_X509_ERR(DEPTH_ZERO_SELF_SIGNED_CERT)
    EDDY_X509_ERR(SELF_SIGNED_CERT_IN_CHAIN)
    EDDY_X509_ERR(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    EDDY_X509_ERR(UNABLE_TO_VERIFY_LEAF_SIGNATURE)
    EDDY_X509_ERR(CERT_CHAIN_TOO_LONG)
    EDDY_X509_ERR(CERT_REVOKED)
    EDDY_X509_ERR(INVALID_CA)
    EDDY_X509_ERR(PATH_LENGTH_EXCEEDED)
    EDDY_X509_ERR(INVALID_PURPOSE)
    EDDY_X509_ERR(CERT_UNTRUSTED)
    EDDY_X509_ERR(CERT_REJECTED)
    EDDY_X509_ERR(HOSTNAME_MISMATCH)
    default:
      return "UNSPECIFIED";
  }
#undef EDDY_X509_ERR
}

// verifyError(): null when the peer's chain verified, else [code, message].
// A peer that sent no certificate is an error too.
bool WrapVerifyError(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  const char* code;
  const char* message;
  X509* peer = SSL_get1_peer_certificate(s->ssl);
  if (!peer) {
    code = "UNABLE_TO_GET_ISSUER_CERT";
    message = X509_verify_cert_error_string(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT);
  } else {
    X509_free(peer);
    long err = SSL_get_verify_result(s->ssl);  // NOLINT(runtime/int)
    if (err == X509_V_OK) {
      args.rval().setNull();
      return true;
    }
    code = VerifyErrorCode(err);
    message = X509_verify_cert_error_string(err);
  }
  JS::RootedValueVector items(cx);
  JSString* c = JS_NewStringCopyZ(cx, code);
  if (!c || !items.append(JS::StringValue(c))) return false;
  JSString* m = JS_NewStringCopyZ(cx, message);
  if (!m || !items.append(JS::StringValue(m))) return false;
  JSObject* arr = JS::NewArrayObject(cx, items);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool AppendDer(JSContext* cx, X509* x, JS::MutableHandleValueVector items) {
  unsigned char* der = nullptr;
  int n = i2d_X509(x, &der);
  if (n <= 0) return true;
  JSObject* ab = NewArrayBufferCopy(cx, der, static_cast<size_t>(n));
  OPENSSL_free(der);
  return ab && items.append(JS::ObjectValue(*ab));
}

// peerCertificates(): the peer's chain as DER ArrayBuffers, its own
// certificate first ([] when it sent none).
bool WrapPeerCertificates(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args);
  if (!s) return false;
  JS::RootedValueVector items(cx);
  // The verified chain reaches the trusted root (from the store when the
  // peer did not send it); without one, what the peer sent.
  STACK_OF(X509)* verified = SSL_get_verify_result(s->ssl) == X509_V_OK
                                 ? SSL_get0_verified_chain(s->ssl)
                                 : nullptr;
  X509* peer = SSL_get1_peer_certificate(s->ssl);
  if (peer && verified && sk_X509_num(verified) > 0) {
    bool ok = true;
    for (int i = 0; ok && i < sk_X509_num(verified); i++) {
      ok = AppendDer(cx, sk_X509_value(verified, i), &items);
    }
    X509_free(peer);
    if (!ok) return false;
  } else if (peer) {
    bool ok = AppendDer(cx, peer, &items);
    STACK_OF(X509)* chain = SSL_get_peer_cert_chain(s->ssl);
    int n = chain ? sk_X509_num(chain) : 0;
    for (int i = 0; ok && i < n; i++) {
      X509* x = sk_X509_value(chain, i);
      if (X509_cmp(x, peer) == 0) continue;
      ok = AppendDer(cx, x, &items);
    }
    X509_free(peer);
    if (!ok) return false;
  }
  JSObject* arr = JS::NewArrayObject(cx, items);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool ReturnString(JSContext* cx, const JS::CallArgs& args, const char* s) {
  if (!s) {
    args.rval().setNull();
    return true;
  }
  JSString* str = JS_NewStringCopyZ(cx, s);
  if (!str) return false;
  args.rval().setString(str);
  return true;
}

// getProtocol(): "TLSv1.3", ...
bool WrapGetProtocol(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args, false);
  if (!s || !s->handshake_done) {
    args.rval().setNull();
    return true;
  }
  return ReturnString(cx, args, SSL_get_version(s->ssl));
}

// getCipher(): [name, standardName, version] or null.
bool WrapGetCipher(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args, false);
  const SSL_CIPHER* c = s && s->handshake_done ? SSL_get_current_cipher(s->ssl) : nullptr;
  if (!c) {
    args.rval().setNull();
    return true;
  }
  const char* parts[3] = {SSL_CIPHER_get_name(c), SSL_CIPHER_standard_name(c),
                          SSL_CIPHER_get_version(c)};
  JS::RootedValueVector items(cx);
  for (const char* p : parts) {
    JSString* str = JS_NewStringCopyZ(cx, p ? p : "");
    if (!str || !items.append(JS::StringValue(str))) return false;
  }
  JSObject* arr = JS::NewArrayObject(cx, items);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// getALPN(): the negotiated protocol or false.
bool WrapGetALPN(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args, false);
  const unsigned char* p = nullptr;
  unsigned int n = 0;
  if (s) SSL_get0_alpn_selected(s->ssl, &p, &n);
  if (!p || n == 0) {
    args.rval().setBoolean(false);
    return true;
  }
  JSString* str = JS_NewStringCopyN(cx, reinterpret_cast<const char*>(p), n);
  if (!str) return false;
  args.rval().setString(str);
  return true;
}

// getServername(): the SNI name sent (client) or received (server), or false.
bool WrapGetServername(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args, false);
  const char* name = s ? SSL_get_servername(s->ssl, TLSEXT_NAMETYPE_host_name) : nullptr;
  if (!name) {
    args.rval().setBoolean(false);
    return true;
  }
  return ReturnString(cx, args, name);
}

// getSession(): the session as DER bytes (ArrayBuffer) or undefined.
bool WrapGetSession(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args, false);
  SSL_SESSION* sess = s ? SSL_get_session(s->ssl) : nullptr;
  args.rval().setUndefined();
  if (!sess) return true;
  int n = i2d_SSL_SESSION(sess, nullptr);
  if (n <= 0) return true;
  std::vector<uint8_t> buf(static_cast<size_t>(n));
  unsigned char* p = buf.data();
  i2d_SSL_SESSION(sess, &p);
  JSObject* ab = NewArrayBufferCopy(cx, buf.data(), buf.size());
  if (!ab) return false;
  args.rval().setObject(*ab);
  return true;
}

bool WrapIsSessionReused(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = ThisWrap(cx, args, false);
  args.rval().setBoolean(s && SSL_session_reused(s->ssl) == 1);
  return true;
}

// destroy(): frees the SSL object now (the wrapper stays, inert).
bool WrapDestroy(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WrapState* s = UnwrapThis<WrapState>(cx, args, &kWrapClass);
  if (s && s->ssl) {
    SSL_free(s->ssl);
    s->ssl = nullptr;
    s->rbio = s->wbio = nullptr;
    s->plain.clear();
    s->plain.shrink_to_fit();
  }
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kWrapMethods[] = {
    JS_FN("setServername", WrapSetServername, 1, 0),
    JS_FN("setALPNProtocols", WrapSetALPN, 1, 0),
    JS_FN("setSession", WrapSetSession, 1, 0),
    JS_FN("receive", WrapReceive, 1, 0),
    JS_FN("cycle", WrapCycle, 0, 0),
    JS_FN("write", WrapWrite, 1, 0),
    JS_FN("shutdown", WrapShutdown, 0, 0),
    JS_FN("takeOutput", WrapTakeOutput, 0, 0),
    JS_FN("takePlain", WrapTakePlain, 0, 0),
    JS_FN("takeError", WrapTakeError, 0, 0),
    JS_FN("verifyError", WrapVerifyError, 0, 0),
    JS_FN("peerCertificates", WrapPeerCertificates, 0, 0),
    JS_FN("getProtocol", WrapGetProtocol, 0, 0),
    JS_FN("getCipher", WrapGetCipher, 0, 0),
    JS_FN("getALPN", WrapGetALPN, 0, 0),
    JS_FN("getServername", WrapGetServername, 0, 0),
    JS_FN("getSession", WrapGetSession, 0, 0),
    JS_FN("isSessionReused", WrapIsSessionReused, 0, 0),
    JS_FN("destroy", WrapDestroy, 0, 0),
    JS_FN("setALPNServer", WrapSetALPNServer, 1, 0),
    JS_FN("setVerifyMode", WrapSetVerifyMode, 2, 0),
    JS_FN("enableSNICallback", WrapEnableSNICallback, 0, 0),
    JS_FN("sniName", WrapSNIName, 0, 0),
    JS_FN("setContext", WrapSetContext, 1, 0),
    JS_FN("ownCertificate", WrapOwnCertificate, 0, 0),
    JS_FN("enableKeylog", WrapEnableKeylog, 0, 0),
    JS_FN("takeKeylog", WrapTakeKeylog, 0, 0),
    JS_FS_END};

// --- functions ------------------------------------------------------------------------

// getSSLCiphers(): the cipher names OpenSSL's default TLS context allows
// (TLS 1.3 suites included), as OpenSSL spells them.
bool GetSSLCiphers(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ERR_clear_error();
  SSL_CTX* ctx = SSL_CTX_new(TLS_method());
  SSL* ssl = ctx ? SSL_new(ctx) : nullptr;
  if (!ssl) {
    SSL_CTX_free(ctx);
    return ThrowOpenSSLError(cx, "SSL_new failed");
  }
  std::vector<std::string> names;
  STACK_OF(SSL_CIPHER)* ciphers = SSL_get_ciphers(ssl);
  for (int i = 0; ciphers && i < sk_SSL_CIPHER_num(ciphers); i++) {
    names.emplace_back(SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i)));
  }
  SSL_free(ssl);
  SSL_CTX_free(ctx);
  return StringArray(cx, names, args.rval());
}

const JSFunctionSpec kFunctions[] = {JS_FN("getSSLCiphers", GetSSLCiphers, 0, 0), JS_FS_END};

}  // namespace

bool InitTlsWrap(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kFunctions)) return false;
  if (!JS_InitClass(cx, target, nullptr, &kContextClass, ContextNew, 2, nullptr,
                    kContextMethods, nullptr, nullptr)) {
    return false;
  }
  if (!JS_InitClass(cx, target, nullptr, &kWrapClass, WrapNew, 2, nullptr, kWrapMethods,
                    nullptr, nullptr)) {
    return false;
  }
  static const struct {
    const char* name;
    int value;
  } kConstants[] = {
      {"TLS1_VERSION", TLS1_VERSION},     {"TLS1_1_VERSION", TLS1_1_VERSION},
      {"TLS1_2_VERSION", TLS1_2_VERSION}, {"TLS1_3_VERSION", TLS1_3_VERSION},
      {"kHandshakeDone", kHandshakeDone}, {"kPeerClosed", kPeerClosed},
      {"kFailed", kFailed},               {"kHasOutput", kHasOutput},
      {"kHasPlain", kHasPlain},           {"kSNIPending", kSNIPending},
      {"kNewSession", kNewSession},       {"kHasKeylog", kHasKeylog},
      {"SSL_OP_CIPHER_SERVER_PREFERENCE", static_cast<int>(SSL_OP_CIPHER_SERVER_PREFERENCE)},
  };
  for (const auto& c : kConstants) {
    if (!SetNumber(cx, target, c.name, c.value)) return false;
  }
  return true;
}

}  // namespace eddy::bindings
