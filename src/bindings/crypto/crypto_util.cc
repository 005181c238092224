// eddy: shared machinery of the `crypto` binding (see crypto_util.h).
#include "bindings/crypto/crypto_util.h"

#include <js/ArrayBuffer.h>
#include <js/Array.h>
#include <js/Exception.h>
#include <js/PropertyAndElement.h>
#include <js/SharedArrayBuffer.h>
#include <js/Utility.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/objects.h>

#include <cctype>
#include <cmath>
#include <cstring>
#include <atomic>
#include <mutex>
#include <unordered_map>

#include "engine/convert.h"
#include "loop/callback_scope.h"

namespace eddy::bindings::crypto {

// --- bytes --------------------------------------------------------------------

JSObject* UnwrapBytes(const JS::Value& v) {
  if (!v.isObject()) return nullptr;
  JSObject* obj = &v.toObject();
  if (JSObject* view = js::UnwrapArrayBufferView(obj)) return view;
  if (JSObject* ab = JS::UnwrapArrayBuffer(obj)) return ab;
  return JS::UnwrapSharedArrayBuffer(obj);
}

void GetBytes(JSObject* obj, const JS::AutoRequireNoGC& nogc, const uint8_t** data,
              size_t* size) {
  bool shared = false;
  uint8_t* p = nullptr;
  size_t n = 0;
  if (JS_IsArrayBufferViewObject(obj)) {
    n = JS_GetArrayBufferViewByteLength(obj);
    p = static_cast<uint8_t*>(JS_GetArrayBufferViewData(obj, &shared, nogc));
  } else if (JS::IsArrayBufferObject(obj)) {
    if (!JS::IsDetachedArrayBufferObject(obj)) {
      n = JS::GetArrayBufferByteLength(obj);
      p = JS::GetArrayBufferData(obj, &shared, nogc);
    }
  } else if (JS::IsSharedArrayBufferObject(obj)) {
    n = JS::GetSharedArrayBufferByteLength(obj);
    p = JS::GetSharedArrayBufferData(obj, &shared, nogc);
  }
  *data = p;
  *size = p ? n : 0;
}

std::string& Utf8Scratch() {
  static thread_local std::string scratch;
  return scratch;
}

bool CopyBytes(JSContext* cx, JS::HandleValue v, std::vector<uint8_t>* out) {
  return WithBytes(cx, v, [out](const uint8_t* p, size_t n) { out->assign(p, p + n); });
}

void Cleanse(std::vector<uint8_t>* v) {
  if (!v->empty()) OPENSSL_cleanse(v->data(), v->size());
  v->clear();
}

int64_t IntArg(const JS::Value& v, int64_t def) {
  if (v.isInt32()) return v.toInt32();
  if (v.isDouble()) {
    double d = v.toDouble();
    if (!std::isfinite(d)) return def;
    if (d >= 9.2e18) return INT64_MAX;
    if (d <= -9.2e18) return INT64_MIN;
    return static_cast<int64_t>(d);
  }
  return def;
}

// --- results ------------------------------------------------------------------

OutEncoding OutEncodingArg(const JS::Value& v) {
  if (v.isInt32() && v.toInt32() >= kOutBuffer && v.toInt32() <= kOutLatin1) {
    return static_cast<OutEncoding>(v.toInt32());
  }
  return kOutBuffer;
}

JSObject* NewArrayBufferCopy(JSContext* cx, const uint8_t* p, size_t n) {
  JS::RootedObject ab(cx, JS::NewArrayBuffer(cx, n));
  if (!ab) return nullptr;
  if (n > 0) {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    memcpy(JS::GetArrayBufferData(ab, &shared, nogc), p, n);
  }
  return ab;
}

namespace {

const char kHexDigits[] = "0123456789abcdef";
const char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kBase64Url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t WriteBase64(const uint8_t* p, size_t n, char* out, bool url) {
  const char* table = url ? kBase64Url : kBase64;
  size_t o = 0, i = 0;
  for (; i + 2 < n; i += 3) {
    uint32_t v = (p[i] << 16) | (p[i + 1] << 8) | p[i + 2];
    out[o++] = table[v >> 18];
    out[o++] = table[(v >> 12) & 63];
    out[o++] = table[(v >> 6) & 63];
    out[o++] = table[v & 63];
  }
  if (i < n) {
    uint32_t v = p[i] << 16;
    if (i + 1 < n) v |= p[i + 1] << 8;
    out[o++] = table[v >> 18];
    out[o++] = table[(v >> 12) & 63];
    if (i + 1 < n) {
      out[o++] = table[(v >> 6) & 63];
    } else if (!url) {
      out[o++] = '=';
    }
    if (!url) out[o++] = '=';
  }
  return o;
}

}  // namespace

bool EncodeOutput(JSContext* cx, const uint8_t* p, size_t n, OutEncoding enc,
                  JS::MutableHandleValue out) {
  if (enc == kOutBuffer) {
    JSObject* ab = NewArrayBufferCopy(cx, p, n);
    if (!ab) return false;
    out.setObject(*ab);
    return true;
  }
  if (enc == kOutLatin1) {
    JSString* s = JS_NewStringCopyN(cx, reinterpret_cast<const char*>(p), n);
    if (!s) return false;
    out.setString(s);
    return true;
  }
  char stack_buf[256];
  std::unique_ptr<char[]> heap;
  size_t cap = enc == kOutHex ? n * 2 : (n + 2) / 3 * 4;
  char* buf = stack_buf;
  if (cap > sizeof(stack_buf)) {
    heap.reset(new char[cap]);
    buf = heap.get();
  }
  size_t len = 0;
  if (enc == kOutHex) {
    for (size_t i = 0; i < n; i++) {
      buf[len++] = kHexDigits[p[i] >> 4];
      buf[len++] = kHexDigits[p[i] & 15];
    }
  } else {
    len = WriteBase64(p, n, buf, enc == kOutBase64Url);
  }
  JSString* s = JS_NewStringCopyN(cx, buf, len);
  if (!s) return false;
  out.setString(s);
  return true;
}

// --- digests ------------------------------------------------------------------

namespace {

// Append-only: ids index `mds`; lookups by id take no lock.
constexpr int kMaxDigests = 256;

struct DigestTable {
  std::mutex mu;
  const EVP_MD* mds[kMaxDigests] = {};
  std::atomic<int> count{0};
  std::unordered_map<std::string, int> ids;
};

DigestTable& Digests() {
  static DigestTable* table = new DigestTable();
  return *table;
}

}  // namespace

const EVP_MD* DigestById(int id) {
  DigestTable& t = Digests();
  if (id < 0 || id >= t.count.load(std::memory_order_acquire)) return nullptr;
  return t.mds[id];
}

int DigestIdForName(const std::string& name) {
  DigestTable& t = Digests();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.ids.find(name);
  if (it != t.ids.end()) return it->second;
  int id = -1;
  const EVP_MD* legacy = EVP_get_digestbyname(name.c_str());
  if (legacy) {
    // The provider implementation, fetched once; a legacy-only digest keeps
    // its legacy entry so initialising it reports OpenSSL's own error.
    EVP_MD* fetched = EVP_MD_fetch(nullptr, OBJ_nid2sn(EVP_MD_get_type(legacy)), nullptr);
    if (!fetched) fetched = EVP_MD_fetch(nullptr, EVP_MD_get0_name(legacy), nullptr);
    ERR_clear_error();
    const EVP_MD* md = fetched ? fetched : legacy;
    int count = t.count.load(std::memory_order_relaxed);
    for (int i = 0; i < count; i++) {
      if (t.mds[i] == md) {
        id = i;
        break;
      }
    }
    if (id >= 0) {
      if (fetched) EVP_MD_free(fetched);  // the table holds a reference
    } else if (count < kMaxDigests) {
      id = count;
      t.mds[id] = md;
      t.count.store(count + 1, std::memory_order_release);
    } else if (fetched) {
      EVP_MD_free(fetched);
    }
  }
  ERR_clear_error();
  t.ids.emplace(name, id);
  return id;
}

// --- errors -------------------------------------------------------------------

void OpenSSLErrors::Capture() {
  codes.clear();
  unsigned long e;  // NOLINT(runtime/int)
  while ((e = ERR_get_error()) != 0) codes.push_back(e);
}

namespace {

// ERR_OSSL_<LIB>_<REASON>, with LIB only for the libraries node names.
std::string ErrorCode(unsigned long err) {  // NOLINT(runtime/int)
  static const struct {
    int lib;
    const char* name;
  } kLibs[] = {
      {ERR_LIB_SYS, "SYS"},       {ERR_LIB_BN, "BN"},         {ERR_LIB_RSA, "RSA"},
      {ERR_LIB_DH, "DH"},         {ERR_LIB_EVP, "EVP"},       {ERR_LIB_BUF, "BUF"},
      {ERR_LIB_OBJ, "OBJ"},       {ERR_LIB_PEM, "PEM"},       {ERR_LIB_DSA, "DSA"},
      {ERR_LIB_X509, "X509"},     {ERR_LIB_ASN1, "ASN1"},     {ERR_LIB_CONF, "CONF"},
      {ERR_LIB_CRYPTO, "CRYPTO"}, {ERR_LIB_EC, "EC"},         {ERR_LIB_SSL, "SSL"},
      {ERR_LIB_BIO, "BIO"},       {ERR_LIB_PKCS7, "PKCS7"},   {ERR_LIB_X509V3, "X509V3"},
      {ERR_LIB_PKCS12, "PKCS12"}, {ERR_LIB_RAND, "RAND"},     {ERR_LIB_DSO, "DSO"},
      {ERR_LIB_ENGINE, "ENGINE"}, {ERR_LIB_OCSP, "OCSP"},     {ERR_LIB_UI, "UI"},
      {ERR_LIB_COMP, "COMP"},     {ERR_LIB_ECDSA, "ECDSA"},   {ERR_LIB_ECDH, "ECDH"},
      {ERR_LIB_OSSL_STORE, "OSSL_STORE"},                     {ERR_LIB_FIPS, "FIPS"},
      {ERR_LIB_CMS, "CMS"},       {ERR_LIB_TS, "TS"},         {ERR_LIB_HMAC, "HMAC"},
      {ERR_LIB_CT, "CT"},         {ERR_LIB_ASYNC, "ASYNC"},   {ERR_LIB_KDF, "KDF"},
      {ERR_LIB_SM2, "SM2"},       {ERR_LIB_USER, "USER"},
  };
  const char* reason = ERR_reason_error_string(err);
  if (!reason) return "";
  std::string code = "ERR_OSSL_";
  int lib = ERR_GET_LIB(err);
  for (const auto& l : kLibs) {
    if (l.lib == lib) {
      code += l.name;
      code += '_';
      break;
    }
  }
  for (const char* c = reason; *c; c++) {
    code += *c == ' ' ? '_' : static_cast<char>(toupper(static_cast<unsigned char>(*c)));
  }
  return code;
}

std::string ErrorString(unsigned long err) {  // NOLINT(runtime/int)
  char buf[256];
  ERR_error_string_n(err, buf, sizeof(buf));
  return buf;
}

[[nodiscard]] bool DefineString(JSContext* cx, JS::HandleObject obj, const char* name,
                                const std::string& value) {
  JSString* s = NewStringUtf8(cx, value);
  if (!s) return false;
  JS::RootedValue v(cx, JS::StringValue(s));
  return JS_DefineProperty(cx, obj, name, v, JSPROP_ENUMERATE);
}

[[nodiscard]] bool NewError(JSContext* cx, const std::string& message,
                            JS::MutableHandleValue out) {
  JS::RootedString msg(cx, NewStringUtf8(cx, message));
  if (!msg) return false;
  JS::RootedObject stack(cx);
  if (!JS::CaptureCurrentStack(cx, &stack)) return false;
  JS::RootedString file(cx, JS_GetEmptyString(cx));
  JS::Rooted<mozilla::Maybe<JS::Value>> cause(cx, mozilla::Nothing());
  return JS::CreateError(cx, JSEXN_ERR, stack, file, 0, 0, nullptr, msg, cause, out);
}

}  // namespace

bool MakeOpenSSLError(JSContext* cx, const OpenSSLErrors& errors, const char* fallback,
                      JS::MutableHandleValue out) {
  if (errors.empty()) return NewError(cx, fallback ? fallback : "", out);
  unsigned long first = errors.codes.front();  // NOLINT(runtime/int)
  if (!NewError(cx, ErrorString(first), out)) return false;
  JS::RootedObject err(cx, &out.toObject());
  if (errors.codes.size() > 1) {
    JS::RootedValueVector items(cx);
    for (size_t i = 1; i < errors.codes.size(); i++) {
      JSString* s = NewStringUtf8(cx, ErrorString(errors.codes[i]));
      if (!s || !items.append(JS::StringValue(s))) return false;
    }
    JS::RootedObject arr(cx, JS::NewArrayObject(cx, items));
    if (!arr) return false;
    JS::RootedValue v(cx, JS::ObjectValue(*arr));
    if (!JS_DefineProperty(cx, err, "opensslErrorStack", v, JSPROP_ENUMERATE)) return false;
  }
  if (const char* lib = ERR_lib_error_string(first)) {
    if (!DefineString(cx, err, "library", lib)) return false;
  }
  if (const char* reason = ERR_reason_error_string(first)) {
    if (!DefineString(cx, err, "reason", reason)) return false;
  }
  std::string code = ErrorCode(first);
  if (!code.empty() && !DefineString(cx, err, "code", code)) return false;
  return true;
}

bool ThrowOpenSSLError(JSContext* cx, const char* fallback) {
  OpenSSLErrors errors;
  errors.Capture();
  JS::RootedValue err(cx);
  if (!MakeOpenSSLError(cx, errors, fallback, &err)) return false;
  JS_SetPendingException(cx, err);
  return false;
}

bool ThrowPlainError(JSContext* cx, const char* message, const char* code) {
  JS::RootedValue err(cx);
  if (!NewError(cx, message, &err)) return false;
  if (code) {
    JS::RootedObject obj(cx, &err.toObject());
    if (!DefineString(cx, obj, "code", code)) return false;
  }
  JS_SetPendingException(cx, err);
  return false;
}

// --- thread-pool jobs -----------------------------------------------------------

namespace {

class JobReq final : public loop::ReqWrap<uv_work_t> {
 public:
  JobReq(Runtime* rt, JSObject* obj, std::unique_ptr<CryptoJob> job)
      : ReqWrap(rt, obj), job_(std::move(job)) {}

  static void Work(uv_work_t* w) {
    static_cast<JobReq*>(From(w))->job_->Run();
    ERR_clear_error();
  }
  static void After(uv_work_t* w, int status);

 private:
  std::unique_ptr<CryptoJob> job_;
};

// The error value of a failed job.
[[nodiscard]] bool JobError(JSContext* cx, const CryptoJob& job, JS::MutableHandleValue out) {
  if (!MakeOpenSSLError(cx, job.errors, job.message.c_str(), out)) return false;
  if (job.code && job.errors.empty()) {
    JS::RootedObject obj(cx, &out.toObject());
    if (!DefineString(cx, obj, "code", job.code)) return false;
  }
  return true;
}

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
  JS::RootedValueArray<2> args(cx);
  CryptoJob* job = req->job_.get();
  bool ok;
  if (job->failed) {
    ok = JobError(cx, *job, args[0]);
  } else {
    args[0].setNull();
    ok = job->Finish(cx, args[1]);
  }
  delete req;
  if (!ok) {
    rt->HandleUncaughtException();
    return;
  }
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, obj, "ondone", &fn)) {
    rt->HandleUncaughtException();
    return;
  }
  JS::RootedValue recv(cx, JS::ObjectValue(*obj)), rv(cx);
  (void)rt->CallAndReport(recv, fn, args, &rv);
}

}  // namespace

bool DispatchJob(JSContext* cx, const JS::CallArgs& args, unsigned index,
                 std::unique_ptr<CryptoJob> job) {
  JS::HandleValue req_val = args.get(index);
  if (req_val.isObject()) {
    Runtime* rt = Runtime::From(cx);
    auto* req = new JobReq(rt, &req_val.toObject(), std::move(job));
    int err = uv_queue_work(rt->loop(), req->uv_req(), JobReq::Work, JobReq::After);
    if (err < 0) {
      delete req;
      return ThrowPlainError(cx, uv_strerror(err));
    }
    args.rval().setUndefined();
    return true;
  }
  job->Run();
  ERR_clear_error();
  if (job->failed) {
    JS::RootedValue err(cx);
    if (!JobError(cx, *job, &err)) return false;
    JS_SetPendingException(cx, err);
    return false;
  }
  return job->Finish(cx, args.rval());
}

}  // namespace eddy::bindings::crypto
