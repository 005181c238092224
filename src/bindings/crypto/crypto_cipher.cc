// eddy: symmetric ciphers of the `crypto` binding (node's
// src/crypto/crypto_cipher.cc): the CipherBase handle behind
// lib/internal/crypto/cipher.js (CBC/CTR/ECB/CFB/OFB/XTS, and the
// authenticated GCM, CCM, OCB and ChaCha20-Poly1305 modes), getCiphers,
// getCipherInfo and getCurves.
//
// Argument problems node reports with its own error codes (unknown cipher,
// bad key or IV length, bad tag length) come back as negative numbers and
// lib/ throws the error; OpenSSL failures are thrown here with OpenSSL's
// error text.
#include "bindings/crypto/crypto_util.h"  // first: sets OpenSSL's API level

#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <js/Utility.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <string>

#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"

namespace eddy::bindings::crypto {

namespace {

// Result codes shared with lib/internal/crypto/cipher.js.
enum CipherStatus : int {
  kOk = 0,
  kUnknownCipher = -1,
  kInvalidIv = -2,
  kInvalidKeyLength = -3,
  kInvalidAuthTag = -4,       // 'Invalid authentication tag length: N'
  kAuthTagRequired = -5,      // 'authTagLength required for <cipher>'
  kInvalidMessageLength = -6, // ERR_CRYPTO_INVALID_MESSAGELEN
  kMissingPlaintextLength = -7,
  kCcmFipsDecrypt = -8,
};

constexpr unsigned int kNoAuthTagLength = UINT_MAX;

bool IsAeadMode(const EVP_CIPHER* cipher) {
  switch (EVP_CIPHER_get_mode(cipher)) {
    case EVP_CIPH_CCM_MODE:
    case EVP_CIPH_GCM_MODE:
    case EVP_CIPH_OCB_MODE:
      return true;
    case EVP_CIPH_STREAM_CIPHER:
      return EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305;
    default:
      return false;
  }
}

bool IsValidGcmTagLength(unsigned int n) { return n == 4 || n == 8 || (n >= 12 && n <= 16); }

struct CipherState {
  EVP_CIPHER_CTX* ctx = nullptr;
  bool encrypt = true;
  bool aead = false;
  int mode = 0;
  unsigned int auth_tag_len = kNoAuthTagLength;
  enum { kTagUnknown, kTagKnown, kTagPassed } tag_state = kTagUnknown;
  uint8_t auth_tag[EVP_GCM_TLS_TAG_LEN];
  bool pending_auth_failed = false;
  int64_t max_message_size = INT_MAX;
  ~CipherState() { EVP_CIPHER_CTX_free(ctx); }

  void Reset() {
    EVP_CIPHER_CTX_free(ctx);
    ctx = nullptr;
  }

  bool PassAuthTag() {
    if (tag_state != kTagKnown) return true;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(auth_tag_len),
                            auth_tag) != 1) {
      return false;
    }
    tag_state = kTagPassed;
    return true;
  }
};

void CipherFinalize(JS::GCContext* gcx, JSObject* obj) {
  CipherState* s = JS::GetMaybePtrFromReservedSlot<CipherState>(obj, kNativeSlot);
  if (s) {
    OPENSSL_cleanse(s->auth_tag, sizeof(s->auth_tag));
    delete s;
  }
}

const JSClassOps kCipherOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                               nullptr, CipherFinalize, nullptr, nullptr, nullptr};
const JSClass kCipherClass = {"CipherBase",
                              JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_BACKGROUND_FINALIZE,
                              &kCipherOps};

// new CipherBase(encrypt)
bool CipherNew(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) return ThrowTypeError(cx, "CipherBase must be called with new");
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kCipherClass, args));
  if (!obj) return false;
  auto* s = new CipherState();
  s->encrypt = args.get(0).isTrue();
  SetNative(obj, s);
  args.rval().setObject(*obj);
  return true;
}

CipherState* UnwrapCipher(const JS::CallArgs& args) {
  return UnwrapThis<CipherState>(nullptr, args, &kCipherClass);
}

// The common part of init and initiv. Returns a CipherStatus, or false with
// an OpenSSL error thrown.
bool CommonInit(JSContext* cx, CipherState* s, const EVP_CIPHER* cipher, const uint8_t* key,
                size_t key_len, const uint8_t* iv, size_t iv_len, unsigned int auth_tag_len,
                int* status) {
  *status = kOk;
  s->Reset();
  s->ctx = EVP_CIPHER_CTX_new();
  if (!s->ctx) return ThrowOpenSSLError(cx, "Failed to initialize cipher");
  s->mode = EVP_CIPHER_get_mode(cipher);
  s->aead = IsAeadMode(cipher);
  if (s->mode == EVP_CIPH_WRAP_MODE) {
    EVP_CIPHER_CTX_set_flags(s->ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  }
  if (EVP_CipherInit_ex(s->ctx, cipher, nullptr, nullptr, nullptr, s->encrypt) != 1) {
    s->Reset();
    return ThrowOpenSSLError(cx, "Failed to initialize cipher");
  }
  if (s->aead) {
    if (EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_SET_IVLEN, static_cast<int>(iv_len),
                            nullptr) != 1) {
      ERR_clear_error();
      s->Reset();
      *status = kInvalidIv;
      return true;
    }
    if (s->mode == EVP_CIPH_GCM_MODE) {
      if (auth_tag_len != kNoAuthTagLength) {
        if (!IsValidGcmTagLength(auth_tag_len)) {
          s->Reset();
          *status = kInvalidAuthTag;
          return true;
        }
        s->auth_tag_len = auth_tag_len;
      }
    } else {
      if (auth_tag_len == kNoAuthTagLength) {
        if (EVP_CIPHER_get_nid(cipher) != NID_chacha20_poly1305) {
          s->Reset();
          *status = kAuthTagRequired;
          return true;
        }
        auth_tag_len = 16;
      }
      if (s->mode == EVP_CIPH_CCM_MODE && !s->encrypt &&
          EVP_default_properties_is_fips_enabled(nullptr)) {
        s->Reset();
        *status = kCcmFipsDecrypt;
        return true;
      }
      if (EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(auth_tag_len),
                              nullptr) != 1) {
        ERR_clear_error();
        s->Reset();
        *status = kInvalidAuthTag;
        return true;
      }
      s->auth_tag_len = auth_tag_len;
      if (s->mode == EVP_CIPH_CCM_MODE) {
        s->max_message_size = INT_MAX;
        if (iv_len == 12) s->max_message_size = 16777215;
        if (iv_len == 13) s->max_message_size = 65535;
      }
    }
  }
  if (key_len > INT_MAX ||
      EVP_CIPHER_CTX_set_key_length(s->ctx, static_cast<int>(key_len)) != 1) {
    ERR_clear_error();
    s->Reset();
    *status = kInvalidKeyLength;
    return true;
  }
  if (EVP_CipherInit_ex(s->ctx, nullptr, nullptr, key, iv, s->encrypt) != 1) {
    s->Reset();
    return ThrowOpenSSLError(cx, "Failed to initialize cipher");
  }
  return true;
}

unsigned int AuthTagLenArg(const JS::Value& v) {
  if (v.isInt32() && v.toInt32() >= 0) return static_cast<unsigned int>(v.toInt32());
  if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 4294967295.0) {
    return static_cast<unsigned int>(v.toDouble());
  }
  return kNoAuthTagLength;
}

// initiv(cipherName, key, iv | null, authTagLength | -1): a CipherStatus.
bool CipherInitIv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  CipherState* s = UnwrapCipher(args);
  if (!s) return ThrowTypeError(cx, "Illegal invocation");
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  const EVP_CIPHER* cipher = EVP_get_cipherbyname(name.c_str());
  if (!cipher) {
    args.rval().setInt32(kUnknownCipher);
    return true;
  }
  std::vector<uint8_t> key, iv;
  if (!CopyBytes(cx, args.get(1), &key)) return false;
  bool has_iv_arg = !args.get(2).isNullOrUndefined();
  if (has_iv_arg && !CopyBytes(cx, args.get(2), &iv)) return false;
  unsigned int auth_tag_len = AuthTagLenArg(args.get(3));
  int expected_iv_len = EVP_CIPHER_get_iv_length(cipher);
  bool aead = IsAeadMode(cipher);
  bool has_iv = !iv.empty();
  int status = kOk;
  if ((!has_iv && expected_iv_len != 0) ||
      (!aead && has_iv && static_cast<int>(iv.size()) != expected_iv_len) ||
      (EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305 && iv.size() > 12)) {
    status = kInvalidIv;
  } else {
    bool ok = CommonInit(cx, s, cipher, key.data(), key.size(), has_iv ? iv.data() : nullptr,
                         iv.size(), auth_tag_len, &status);
    Cleanse(&key);
    if (!ok) return false;
  }
  Cleanse(&key);
  args.rval().setInt32(status);
  return true;
}

// init(cipherName, password, authTagLength | -1): the deprecated
// createCipher, keyed by EVP_BytesToKey(MD5, one round) like node.
bool CipherInit(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  CipherState* s = UnwrapCipher(args);
  if (!s) return ThrowTypeError(cx, "Illegal invocation");
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  const EVP_CIPHER* cipher = EVP_get_cipherbyname(name.c_str());
  if (!cipher) {
    args.rval().setInt32(kUnknownCipher);
    return true;
  }
  uint8_t key[EVP_MAX_KEY_LENGTH];
  uint8_t iv[EVP_MAX_IV_LENGTH];
  int key_len = 0;
  if (!WithBytes(cx, args.get(1), [&](const uint8_t* p, size_t n) {
        key_len = EVP_BytesToKey(cipher, EVP_md5(), nullptr, p,
                                 static_cast<int>(std::min<size_t>(n, INT_MAX)), 1, key, iv);
      })) {
    return false;
  }
  if (key_len == 0) return ThrowOpenSSLError(cx, "Failed to initialize cipher");
  int status = kOk;
  bool ok = CommonInit(cx, s, cipher, key, static_cast<size_t>(key_len), iv,
                       static_cast<size_t>(EVP_CIPHER_get_iv_length(cipher)),
                       AuthTagLenArg(args.get(2)), &status);
  OPENSSL_cleanse(key, sizeof(key));
  OPENSSL_cleanse(iv, sizeof(iv));
  if (!ok) return false;
  args.rval().setInt32(status);
  return true;
}

// Hands `n` bytes of `buf` (a js_malloc'ed block) to a new ArrayBuffer.
bool TakeArrayBuffer(JSContext* cx, uint8_t* buf, size_t n, JS::MutableHandleValue out) {
  JSObject* ab;
  if (n == 0) {
    js_free(buf);
    ab = JS::NewArrayBuffer(cx, 0);
  } else {
    ab = JS::NewArrayBufferWithContents(cx, n, buf);
    if (!ab) js_free(buf);
  }
  if (!ab) return false;
  out.setObject(*ab);
  return true;
}

// update(data): an ArrayBuffer, or a negative CipherStatus; throws
// 'Trying to add data in unsupported state' when the handle is finished or
// OpenSSL refuses.
bool CipherUpdate(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  CipherState* s = UnwrapCipher(args);
  if (!s || !s->ctx) return ThrowPlainError(cx, "Trying to add data in unsupported state");
  int status = kOk;
  uint8_t* out = nullptr;
  int out_len = 0;
  bool state_error = false, oom = false;
  if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) {
        if (n > INT_MAX) {
          state_error = true;
          return;
        }
        if (s->mode == EVP_CIPH_CCM_MODE && static_cast<int64_t>(n) > s->max_message_size) {
          status = kInvalidMessageLength;
          return;
        }
        if (!s->encrypt && s->aead && !s->PassAuthTag()) {
          state_error = true;
          return;
        }
        int block = EVP_CIPHER_CTX_get_block_size(s->ctx);
        if (n + block > INT_MAX) {
          state_error = true;
          return;
        }
        int cap = static_cast<int>(n) + block;
        if (s->encrypt && s->mode == EVP_CIPH_WRAP_MODE &&
            EVP_CipherUpdate(s->ctx, nullptr, &cap, p, static_cast<int>(n)) != 1) {
          state_error = true;
          return;
        }
        out = js_pod_arena_malloc<uint8_t>(js::ArrayBufferContentsArena, cap > 0 ? cap : 1);
        if (!out) {
          oom = true;
          return;
        }
        out_len = cap;
        int r = EVP_CipherUpdate(s->ctx, out, &out_len, p, static_cast<int>(n));
        if (r != 1) {
          if (!s->encrypt && s->mode == EVP_CIPH_CCM_MODE) {
            // CCM checks the tag in update: remember, final() throws.
            s->pending_auth_failed = true;
            ERR_clear_error();
            out_len = 0;
          } else {
            state_error = true;
          }
        }
      })) {
    js_free(out);
    return false;
  }
  if (oom) {
    JS_ReportOutOfMemory(cx);
    return false;
  }
  if (status != kOk) {
    args.rval().setInt32(status);
    return true;
  }
  if (state_error) {
    // node pops OpenSSL's queue before it throws here: the message is fixed.
    js_free(out);
    ERR_clear_error();
    return ThrowPlainError(cx, "Trying to add data in unsupported state");
  }
  return TakeArrayBuffer(cx, out, static_cast<size_t>(out_len), args.rval());
}

// final(): the last bytes as an ArrayBuffer; the handle is finished.
bool CipherFinal(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  CipherState* s = UnwrapCipher(args);
  if (!s || !s->ctx) {
    return ThrowPlainError(cx, "Invalid state", "ERR_CRYPTO_INVALID_STATE");
  }
  bool aead = s->aead;
  uint8_t out[EVP_MAX_BLOCK_LENGTH];
  int out_len = 0;
  bool ok;
  if (!s->encrypt && aead) s->PassAuthTag();
  if (!s->encrypt && s->mode == EVP_CIPH_CCM_MODE) {
    ok = !s->pending_auth_failed;
  } else {
    ok = EVP_CipherFinal_ex(s->ctx, out, &out_len) == 1;
    if (ok && s->encrypt && aead) {
      if (s->auth_tag_len == kNoAuthTagLength) s->auth_tag_len = sizeof(s->auth_tag);
      ok = EVP_CIPHER_CTX_ctrl(s->ctx, EVP_CTRL_AEAD_GET_TAG, static_cast<int>(s->auth_tag_len),
                               s->auth_tag) == 1;
    }
  }
  s->Reset();
  if (!ok) {
    return ThrowOpenSSLError(
        cx, aead ? "Unsupported state or unable to authenticate data" : "Unsupported state");
  }
  JSObject* ab = NewArrayBufferCopy(cx, out, static_cast<size_t>(out_len));
  if (!ab) return false;
  args.rval().setObject(*ab);
  return true;
}

// setAutoPadding(enabled): false when the handle is finished.
bool CipherSetAutoPadding(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  CipherState* s = UnwrapCipher(args);
  bool ok = s && s->ctx &&
            EVP_CIPHER_CTX_set_padding(s->ctx, args.length() < 1 || args[0].isTrue()) == 1;
  ERR_clear_error();
  args.rval().setBoolean(ok);
  return true;
}

// getAuthTag(): the tag after final() of an authenticated encryption, else
// undefined.
bool CipherGetAuthTag(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  CipherState* s = UnwrapCipher(args);
  if (!s || s->ctx || !s->encrypt || s->auth_tag_len == kNoAuthTagLength) {
    args.rval().setUndefined();
    return true;
  }
  JSObject* ab = NewArrayBufferCopy(cx, s->auth_tag, s->auth_tag_len);
  if (!ab) return false;
  args.rval().setObject(*ab);
  return true;
}

// setAuthTag(tag): true; false in the wrong state; kInvalidAuthTag for a
// length the mode does not allow.
bool CipherSetAuthTag(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  CipherState* s = UnwrapCipher(args);
  if (!s || !s->ctx || !s->aead || s->encrypt || s->tag_state != CipherState::kTagUnknown) {
    args.rval().setBoolean(false);
    return true;
  }
  JSObject* obj = UnwrapBytes(args.get(0));
  JS::AutoCheckCannotGC nogc;
  const uint8_t* p = nullptr;
  size_t n = 0;
  if (obj) GetBytes(obj, nogc, &p, &n);
  bool valid;
  if (s->mode == EVP_CIPH_GCM_MODE) {
    valid = (s->auth_tag_len == kNoAuthTagLength || s->auth_tag_len == n) &&
            IsValidGcmTagLength(static_cast<unsigned int>(std::min<size_t>(n, UINT_MAX)));
  } else {
    valid = s->auth_tag_len == n;
  }
  if (!valid || n > sizeof(s->auth_tag)) {
    args.rval().setInt32(kInvalidAuthTag);
    return true;
  }
  s->auth_tag_len = static_cast<unsigned int>(n);
  s->tag_state = CipherState::kTagKnown;
  memset(s->auth_tag, 0, sizeof(s->auth_tag));
  if (n) memcpy(s->auth_tag, p, n);
  args.rval().setBoolean(true);
  return true;
}

// setAAD(data, plaintextLength | -1): true/false, or a negative
// CipherStatus (CCM needs the plaintext length up front).
bool CipherSetAad(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  CipherState* s = UnwrapCipher(args);
  if (!s || !s->ctx || !s->aead) {
    args.rval().setBoolean(false);
    return true;
  }
  int64_t plaintext_len = IntArg(args.get(1), -1);
  int outlen;
  if (s->mode == EVP_CIPH_CCM_MODE) {
    if (plaintext_len < 0) {
      args.rval().setInt32(kMissingPlaintextLength);
      return true;
    }
    if (plaintext_len > s->max_message_size) {
      args.rval().setInt32(kInvalidMessageLength);
      return true;
    }
    if (!s->encrypt && !s->PassAuthTag()) {
      ERR_clear_error();
      args.rval().setBoolean(false);
      return true;
    }
    if (EVP_CipherUpdate(s->ctx, nullptr, &outlen, nullptr, static_cast<int>(plaintext_len)) !=
        1) {
      ERR_clear_error();
      args.rval().setBoolean(false);
      return true;
    }
  }
  int ok = 0;
  if (!WithBytes(cx, args.get(0), [&](const uint8_t* p, size_t n) {
        ok = n <= INT_MAX && EVP_CipherUpdate(s->ctx, nullptr, &outlen, p, static_cast<int>(n));
      })) {
    return false;
  }
  ERR_clear_error();
  args.rval().setBoolean(ok == 1);
  return true;
}

const JSFunctionSpec kCipherMethods[] = {
    JS_FN("initiv", CipherInitIv, 4, 0),
    JS_FN("init", CipherInit, 3, 0),
    JS_FN("update", CipherUpdate, 1, 0),
    JS_FN("final", CipherFinal, 0, 0),
    JS_FN("setAutoPadding", CipherSetAutoPadding, 1, 0),
    JS_FN("getAuthTag", CipherGetAuthTag, 0, 0),
    JS_FN("setAuthTag", CipherSetAuthTag, 1, 0),
    JS_FN("setAAD", CipherSetAad, 2, 0),
    JS_FS_END};

// --- lists and info ----------------------------------------------------------------

// Cipher names whose provider implementation can be fetched (node's list).
bool GetCiphers(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::vector<std::string> names;
  // OpenSSL walks its name table without a lock, and the warm-up thread's
  // configuration load may be adding names to it: wait for that first
  // (without this about 1 run in 300 lost names from the list).
  JoinWarmUp();
  EVP_CIPHER_do_all_sorted(
      [](const EVP_CIPHER*, const char* from, const char*, void* arg) {
        if (!from) return;
        const EVP_CIPHER* legacy = EVP_get_cipherbyname(from);
        if (!legacy) return;
        EVP_CIPHER* c =
            EVP_CIPHER_fetch(nullptr, OBJ_nid2sn(EVP_CIPHER_get_nid(legacy)), nullptr);
        if (!c) return;
        EVP_CIPHER_free(c);
        static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  ERR_clear_error();
  return StringArray(cx, names, args.rval());
}

bool GetCurves(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  size_t count = EC_get_builtin_curves(nullptr, 0);
  std::vector<EC_builtin_curve> curves(count);
  EC_get_builtin_curves(curves.data(), count);
  std::vector<std::string> names;
  for (const EC_builtin_curve& c : curves) {
    if (const char* sn = OBJ_nid2sn(c.nid)) names.push_back(sn);
  }
  std::sort(names.begin(), names.end());
  return StringArray(cx, names, args.rval());
}

const char* ModeLabel(int mode) {
  switch (mode) {
    case EVP_CIPH_CBC_MODE: return "cbc";
    case EVP_CIPH_CCM_MODE: return "ccm";
    case EVP_CIPH_CFB_MODE: return "cfb";
    case EVP_CIPH_CTR_MODE: return "ctr";
    case EVP_CIPH_ECB_MODE: return "ecb";
    case EVP_CIPH_GCM_MODE: return "gcm";
    case EVP_CIPH_OCB_MODE: return "ocb";
    case EVP_CIPH_OFB_MODE: return "ofb";
    case EVP_CIPH_WRAP_MODE: return "wrap";
    case EVP_CIPH_XTS_MODE: return "xts";
    case EVP_CIPH_STREAM_CIPHER: return "stream";
    default: return nullptr;
  }
}

// getCipherInfo(info, nameOrNid, keyLength?, ivLength?): fills and returns
// `info`, or undefined for an unknown cipher or lengths it cannot take.
bool GetCipherInfo(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return ThrowTypeError(cx, "getCipherInfo: expected an object");
  JS::RootedObject info(cx, &args[0].toObject());
  const EVP_CIPHER* cipher = nullptr;
  if (args.get(1).isString()) {
    std::string name;
    if (!ToUtf8(cx, args[1], &name)) return false;
    cipher = EVP_get_cipherbyname(name.c_str());
  } else if (args.get(1).isInt32()) {
    cipher = EVP_get_cipherbynid(args[1].toInt32());
  }
  args.rval().setUndefined();
  if (!cipher) return true;
  int mode = EVP_CIPHER_get_mode(cipher);
  int iv_length = EVP_CIPHER_get_iv_length(cipher);
  int key_length = EVP_CIPHER_get_key_length(cipher);
  int block_size = EVP_CIPHER_get_block_size(cipher);
  if (args.get(2).isInt32() || args.get(3).isInt32()) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    bool ok = ctx && EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, 1) == 1;
    if (ok && args.get(2).isInt32()) {
      int n = args[2].toInt32();
      ok = EVP_CIPHER_CTX_set_key_length(ctx, n) == 1;
      if (ok) key_length = n;
    }
    if (ok && args.get(3).isInt32()) {
      int n = args[3].toInt32();
      switch (mode) {
        case EVP_CIPH_CCM_MODE:
          ok = n >= 7 && n <= 13;
          break;
        case EVP_CIPH_GCM_MODE:
        case EVP_CIPH_OCB_MODE:
          ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, n, nullptr) == 1;
          break;
        default:
          ok = n == iv_length;
      }
      if (ok) iv_length = n;
    }
    EVP_CIPHER_CTX_free(ctx);
    ERR_clear_error();
    if (!ok) return true;
  }
  if (const char* label = ModeLabel(mode)) {
    if (!SetString(cx, info, "mode", label)) return false;
  }
  if (!SetString(cx, info, "name", OBJ_nid2sn(EVP_CIPHER_get_nid(cipher))) ||
      !SetNumber(cx, info, "nid", EVP_CIPHER_get_nid(cipher))) {
    return false;
  }
  if (mode != EVP_CIPH_STREAM_CIPHER && !SetNumber(cx, info, "blockSize", block_size)) {
    return false;
  }
  if (iv_length != 0 && !SetNumber(cx, info, "ivLength", iv_length)) return false;
  if (!SetNumber(cx, info, "keyLength", key_length)) return false;
  args.rval().setObject(*info);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("getCiphers", GetCiphers, 0, 0),
    JS_FN("getCurves", GetCurves, 0, 0),
    JS_FN("getCipherInfo", GetCipherInfo, 4, 0),
    JS_FS_END};

}  // namespace

bool InitCipher(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kFunctions)) return false;
  return JS_InitClass(cx, target, nullptr, &kCipherClass, CipherNew, 1, nullptr,
                      kCipherMethods, nullptr, nullptr) != nullptr;
}

}  // namespace eddy::bindings::crypto
