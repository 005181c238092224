// eddy: the `crypto_keys` binding's shared machinery (see crypto_keys.h):
// OpenSSL error objects in node's shape, byte arguments, key handle objects,
// thread-pool jobs, and InitCryptoKeys, which gathers every part.
#include "bindings/crypto_keys/crypto_keys.h"

#include <js/ArrayBuffer.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <js/SharedArrayBuffer.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <uv.h>

#include <algorithm>
#include <cstring>

#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/callback_scope.h"
#include "loop/req_wrap.h"

namespace eddy::bindings {

namespace crypto_keys {

// --- errors -------------------------------------------------------------------

OsslError CaptureError(const char* fallback) {
  OsslError e;
  e.fallback = fallback ? fallback : "";
  e.code = ERR_get_error();
  std::vector<std::string> rest;
  while (unsigned long err = ERR_get_error()) {
    char buf[256];
    ERR_error_string_n(err, buf, sizeof(buf));
    rest.emplace_back(buf);
  }
  std::reverse(rest.begin(), rest.end());
  e.stack = std::move(rest);
  return e;
}

namespace {

// The library part of node's ERR_OSSL_<LIB>_<REASON> codes; libraries not
// listed contribute nothing (ERR_OSSL_<REASON>).
const char* LibPrefix(int lib) {
  switch (lib) {
    case ERR_LIB_SYS: return "SYS_";
    case ERR_LIB_BN: return "BN_";
    case ERR_LIB_RSA: return "RSA_";
    case ERR_LIB_DH: return "DH_";
    case ERR_LIB_EVP: return "EVP_";
    case ERR_LIB_BUF: return "BUF_";
    case ERR_LIB_OBJ: return "OBJ_";
    case ERR_LIB_PEM: return "PEM_";
    case ERR_LIB_DSA: return "DSA_";
    case ERR_LIB_X509: return "X509_";
    case ERR_LIB_ASN1: return "ASN1_";
    case ERR_LIB_CONF: return "CONF_";
    case ERR_LIB_CRYPTO: return "CRYPTO_";
    case ERR_LIB_EC: return "EC_";
    case ERR_LIB_SSL: return "SSL_";
    case ERR_LIB_BIO: return "BIO_";
    case ERR_LIB_PKCS7: return "PKCS7_";
    case ERR_LIB_X509V3: return "X509V3_";
    case ERR_LIB_PKCS12: return "PKCS12_";
    case ERR_LIB_RAND: return "RAND_";
    case ERR_LIB_DSO: return "DSO_";
    case ERR_LIB_ENGINE: return "ENGINE_";
    case ERR_LIB_OCSP: return "OCSP_";
    case ERR_LIB_UI: return "UI_";
    case ERR_LIB_COMP: return "COMP_";
    case ERR_LIB_ECDSA: return "ECDSA_";
    case ERR_LIB_ECDH: return "ECDH_";
    case ERR_LIB_OSSL_STORE: return "OSSL_STORE_";
    case ERR_LIB_FIPS: return "FIPS_";
    case ERR_LIB_CMS: return "CMS_";
    case ERR_LIB_TS: return "TS_";
    case ERR_LIB_HMAC: return "HMAC_";
    case ERR_LIB_CT: return "CT_";
    case ERR_LIB_ASYNC: return "ASYNC_";
    case ERR_LIB_KDF: return "KDF_";
    case ERR_LIB_SM2: return "SM2_";
    case ERR_LIB_USER: return "USER_";
    default: return "";
  }
}

bool NewErrorObject(JSContext* cx, JSProtoKey kind, const std::string& message,
                    JS::MutableHandleObject out) {
  JS::RootedObject ctor(cx);
  if (!JS_GetClassObject(cx, kind, &ctor)) return false;
  JSString* s = NewStringUtf8(cx, message);
  if (!s) return false;
  JS::RootedValue arg(cx, JS::StringValue(s));
  JS::RootedValue ctor_val(cx, JS::ObjectValue(*ctor));
  return JS::Construct(cx, ctor_val, JS::HandleValueArray(arg), out);
}

}  // namespace

bool MakeOsslError(JSContext* cx, const OsslError& e, JS::MutableHandleValue out) {
  std::string message;
  if (e.code != 0 || e.fallback.empty()) {
    char buf[256];
    ERR_error_string_n(e.code, buf, sizeof(buf));
    message = buf;
  } else {
    message = e.fallback;
  }
  JS::RootedObject err(cx);
  if (!NewErrorObject(cx, JSProto_Error, message, &err)) return false;
  if (e.plain) {
    out.setObject(*err);
    return true;
  }
  if (!e.stack.empty()) {
    JS::RootedValueVector items(cx);
    for (const std::string& m : e.stack) {
      JSString* s = NewStringUtf8(cx, m);
      if (!s || !items.append(JS::StringValue(s))) return false;
    }
    JS::RootedObject arr(cx, JS::NewArrayObject(cx, items));
    if (!arr) return false;
    JS::RootedValue v(cx, JS::ObjectValue(*arr));
    if (!JS_DefineProperty(cx, err, "opensslErrorStack", v, JSPROP_ENUMERATE)) return false;
  }
  if (e.code != 0) {
    const char* lib = ERR_lib_error_string(e.code);
    const char* reason = ERR_reason_error_string(e.code);
    if (lib && !SetString(cx, err, "library", lib)) return false;
    if (reason) {
      if (!SetString(cx, err, "reason", reason)) return false;
      const char* prefix = LibPrefix(ERR_GET_LIB(e.code));
      std::string code = "ERR_";
      // node avoids ERR_OSSL_SSL_ for the SSL library.
      if (strcmp(prefix, "SSL_") != 0) code += "OSSL_";
      code += prefix;
      for (const char* p = reason; *p; p++) {
        code += *p == ' ' ? '_' : static_cast<char>(toupper(static_cast<unsigned char>(*p)));
      }
      if (!SetString(cx, err, "code", code)) return false;
    }
  }
  out.setObject(*err);
  return true;
}

bool ThrowOsslError(JSContext* cx, const OsslError& e) {
  JS::RootedValue v(cx);
  if (!MakeOsslError(cx, e, &v)) return false;
  JS_SetPendingException(cx, v);
  return false;
}

bool ThrowOssl(JSContext* cx, const char* fallback) {
  return ThrowOsslError(cx, CaptureError(fallback));
}

bool ThrowCodeError(JSContext* cx, const char* code, const char* message,
                    JSProtoKey kind) {
  ERR_clear_error();
  JS::RootedObject err(cx);
  if (!NewErrorObject(cx, kind, message, &err)) return false;
  if (!SetString(cx, err, "code", code)) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*err));
  JS_SetPendingException(cx, v);
  return false;
}

// --- bytes --------------------------------------------------------------------

bool CopyBytes(JSContext* cx, JS::HandleValue v, Bytes* out) {
  out->clear();
  if (!v.isObject()) return false;
  JSObject* obj = &v.toObject();
  JS::AutoCheckCannotGC nogc;
  bool shared;
  const uint8_t* data = nullptr;
  size_t len = 0;
  if (JSObject* view = js::UnwrapArrayBufferView(obj)) {
    data = static_cast<const uint8_t*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    len = data ? JS_GetArrayBufferViewByteLength(view) : 0;
  } else if (JSObject* ab = JS::UnwrapArrayBuffer(obj)) {
    data = JS::GetArrayBufferData(ab, &shared, nogc);
    len = data ? JS::GetArrayBufferByteLength(ab) : 0;
  } else if (JSObject* sab = JS::UnwrapSharedArrayBuffer(obj)) {
    data = JS::GetSharedArrayBufferData(sab, &shared, nogc);
    len = data ? JS::GetSharedArrayBufferByteLength(sab) : 0;
  } else {
    return false;
  }
  if (data && len) out->assign(data, data + len);
  return true;
}

JSObject* NewArrayBufferCopy(JSContext* cx, const void* p, size_t n) {
  JS::RootedObject ab(cx, JS::NewArrayBuffer(cx, n));
  if (!ab) return nullptr;
  if (n) {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    uint8_t* data = JS::GetArrayBufferData(ab, &shared, nogc);
    memcpy(data, p, n);
  }
  return ab;
}

bool SetBytes(JSContext* cx, const void* p, size_t n, JS::MutableHandleValue out) {
  JSObject* ab = NewArrayBufferCopy(cx, p, n);
  if (!ab) return false;
  out.setObject(*ab);
  return true;
}

bool SetBytes(JSContext* cx, const Bytes& b, JS::MutableHandleValue out) {
  return SetBytes(cx, b.data(), b.size(), out);
}

bool StringArg(JSContext* cx, JS::HandleValue v, std::string* out) {
  out->clear();
  if (!v.isString()) return false;
  return StringToUtf8(cx, v.toString(), out);
}

int64_t IntArg(const JS::Value& v, int64_t def) {
  if (v.isInt32()) return v.toInt32();
  if (v.isDouble()) {
    double d = v.toDouble();
    if (d != d || d > 9.0e18 || d < -9.0e18) return def;
    return static_cast<int64_t>(d);
  }
  return def;
}

// --- keys ---------------------------------------------------------------------

KeyData::~KeyData() {
  if (pkey) EVP_PKEY_free(pkey);
  if (!secret.empty()) OPENSSL_cleanse(secret.data(), secret.size());
}

namespace {

struct KeyBox {
  KeyRef key;
};

void FinalizeKey(JS::GCContext*, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<KeyBox>(obj, kNativeSlot);
}

const JSClassOps kKeyOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                            nullptr, FinalizeKey, nullptr, nullptr, nullptr};
const JSClass kKeyClass = {
    "KeyObjectHandle", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE,
    &kKeyOps};

}  // namespace

JSObject* NewKeyHandle(JSContext* cx, KeyRef key) {
  JS::RootedObject obj(cx, JS_NewObject(cx, &kKeyClass));
  if (!obj) return nullptr;
  SetNative(obj, new KeyBox{std::move(key)});
  return obj;
}

KeyRef GetKey(JS::HandleValue v) {
  if (!v.isObject()) return nullptr;
  KeyBox* box = UnwrapObject<KeyBox>(&v.toObject(), &kKeyClass);
  return box ? box->key : nullptr;
}

bool KeyArg(JSContext* cx, JS::HandleValue v, KeyRef* out) {
  *out = GetKey(v);
  if (!*out) {
    ThrowTypeError(cx, "expected a key handle");
    return false;
  }
  return true;
}

EVP_PKEY* PublicOnly(EVP_PKEY* pkey) {
  // Re-encoding through SPKI would take ~0.4 ms in OpenSSL 3's decoders;
  // sharing is safe because every export and operation checks the kind.
  EVP_PKEY_up_ref(pkey);
  return pkey;
}

bool ConvertEcPoint(int nid, const Bytes& in, int form, Bytes* out) {
  EC_GROUP* g = EC_GROUP_new_by_curve_name(nid);
  EC_POINT* pt = g ? EC_POINT_new(g) : nullptr;
  bool ok = pt && EC_POINT_oct2point(g, pt, in.data(), in.size(), nullptr) == 1;
  if (ok) {
    auto f = static_cast<point_conversion_form_t>(form);
    size_t n = EC_POINT_point2oct(g, pt, f, nullptr, 0, nullptr);
    out->assign(n, 0);
    ok = n > 0 && EC_POINT_point2oct(g, pt, f, out->data(), n, nullptr) == n;
  }
  EC_POINT_free(pt);
  EC_GROUP_free(g);
  return ok;
}

const char* KeyTypeName(EVP_PKEY* pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA: return "rsa";
    case EVP_PKEY_RSA_PSS: return "rsa-pss";
    case EVP_PKEY_DSA: return "dsa";
    case EVP_PKEY_DH: return "dh";
    case EVP_PKEY_EC: return "ec";
    case EVP_PKEY_ED25519: return "ed25519";
    case EVP_PKEY_ED448: return "ed448";
    case EVP_PKEY_X25519: return "x25519";
    case EVP_PKEY_X448: return "x448";
    default: return nullptr;
  }
}

// --- jobs ---------------------------------------------------------------------

namespace {

class JobReq final : public loop::ReqWrap<uv_work_t> {
 public:
  JobReq(Runtime* rt, JSObject* obj, std::unique_ptr<Job> job)
      : ReqWrap(rt, obj), job_(std::move(job)) {}

  static void Work(uv_work_t* w) {
    static_cast<JobReq*>(From(w))->job_->Run();
    // Leave nothing behind for the next job on this pool thread.
    ERR_clear_error();
  }
  static void After(uv_work_t* w, int status);

 private:
  std::unique_ptr<Job> job_;
};

void JobReq::After(uv_work_t* w, int status) {
  auto* req = static_cast<JobReq*>(From(w));
  Runtime* rt = req->runtime();
  if (status == UV_ECANCELED || !rt->can_call_into_js()) {
    delete req;
    return;
  }
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, req->object());
  JS::RootedValueArray<2> argv(cx);
  std::unique_ptr<Job> job = std::move(req->job_);
  delete req;
  bool ok;
  if (job->failed) {
    // node reports thread-pool failures by message only.
    job->error.plain = true;
    ok = MakeOsslError(cx, job->error, argv[0]);
  } else {
    argv[0].setNull();
    ok = job->Finish(cx, argv[1]);
    if (!ok && JS_IsExceptionPending(cx)) {
      // A result that could not be built is reported to the callback.
      ok = JS_GetPendingException(cx, argv[0]);
      JS_ClearPendingException(cx);
      argv[1].setUndefined();
    }
  }
  job.reset();
  if (!ok) {
    rt->HandleUncaughtException();
    return;
  }
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, obj, "oncomplete", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  JS::RootedValue recv(cx, JS::ObjectValue(*obj)), rv(cx);
  (void)rt->CallAndReport(recv, fn, argv, &rv);
}

}  // namespace

bool DispatchJob(JSContext* cx, const JS::CallArgs& args, unsigned req_index,
                 std::unique_ptr<Job> job) {
  JS::HandleValue req_val = args.get(req_index);
  if (req_val.isObject()) {
    Runtime* rt = Runtime::From(cx);
    auto* req = new JobReq(rt, &req_val.toObject(), std::move(job));
    int err = uv_queue_work(rt->loop(), req->uv_req(), JobReq::Work, JobReq::After);
    if (err < 0) {
      delete req;
      ThrowError(cx, "could not queue crypto job");
      return false;
    }
    args.rval().setUndefined();
    return true;
  }
  ERR_clear_error();
  job->Run();
  ERR_clear_error();
  if (job->failed) return ThrowOsslError(cx, job->error);
  return job->Finish(cx, args.rval());
}

}  // namespace crypto_keys

bool InitCryptoKeys(JSContext* cx, JS::HandleObject target) {
  using namespace crypto_keys;  // NOLINT
  return InitKeys(cx, target) && InitKeygen(cx, target) && InitSig(cx, target) &&
         InitDh(cx, target) && InitX509(cx, target) && InitWebcrypto(cx, target);
}

}  // namespace eddy::bindings
