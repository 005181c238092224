// eddy: the `http_parser` binding (node's src/node_http_parser.cc) over
// eddy's own parser (src/http/parser.h). Exports HTTPParser (REQUEST,
// RESPONSE, the kOn* callback indices and kLenient* flags; initialize,
// execute, finish, pause, resume, close, free, remove, getCurrentBuffer,
// duration, headersCompleted, consume, unconsume), ConnectionsList (all,
// idle, active, expired), `methods`, `allMethods` and
// setBufferPrototype(proto), which lib calls once so kOnBody receives
// Buffers.
//
// Rules:
// - Callbacks live on the parser object at numeric indices, as in node:
//   parser[kOnHeadersComplete] = fn. execute() calls them synchronously (the
//   caller is already in JS), so no CallbackScope; an exception thrown by one
//   stops parsing and propagates out of execute()/finish().
// - execute() copies its input into parser-owned memory first: callbacks run
//   JS, which may move or detach the caller's buffer. Names and values that
//   are still incomplete when execute() returns are copied out (node's
//   StringPtr::Save).
// - Headers go to JS in batches as node sends them: kOnHeaders(headers, url)
//   every 31 headers, the rest with kOnHeadersComplete; trailers with
//   kOnHeaders just before kOnMessageComplete.
// - A parse error is returned (not thrown) as an Error "Parse Error" with
//   code (HPE_*), reason and bytesParsed; once the message asked for an
//   upgrade no error is reported (node's rule).
// - consume(handle) makes the parser the stream's StreamListener: bytes
//   read go straight into execute() in C++ (no onread, no Buffer), then
//   parser[kOnExecute](ret) runs with getCurrentBuffer() still valid. EOF
//   and read errors still go to handle.onread. unconsume(), close() and the
//   stream closing end it; while consuming, the parser object is rooted.
// - The first ConnectionsList (an http.Server) lowers the engine's GC
//   thresholds and raises its minimum nursery (TuneGcForServer), so a
//   server's memory stays flat under load.
// - close() frees the native parser (deferred to the end of execute() when
//   called from a callback); later calls on the object do nothing.
//   initialize() from a callback throws.
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/Conversions.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <js/String.h>
#include <js/Utility.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <uv.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "bindings/registry.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "http/parser.h"
#include "loop/callback_scope.h"
#include "loop/stream_wrap.h"

namespace eddy::bindings {

namespace {

constexpr uint32_t kOnMessageBegin = 0;
constexpr uint32_t kOnHeaders = 1;
constexpr uint32_t kOnHeadersComplete = 2;
constexpr uint32_t kOnBody = 3;
constexpr uint32_t kOnMessageComplete = 4;
constexpr uint32_t kOnExecute = 5;
constexpr uint32_t kOnTimeout = 6;
// node flushes headers to JS when the 32nd name starts.
constexpr size_t kMaxHeaderFieldsCount = 32;
constexpr uint64_t kDefaultMaxHeaderSize = 16384;
// GC thresholds once an HTTP server exists (see TuneGcForServer).
constexpr uint32_t kServerGcThresholdMb = 2;
constexpr uint32_t kServerMallocThresholdMb = 4;
// Fewer minor GCs: less of the requests in flight gets tenured.
constexpr uint32_t kServerMinNurseryBytes = 2 * 1024 * 1024;
// Reserved slot of HTTPParser.prototype holding Buffer.prototype.
constexpr uint32_t kBufferProtoSlot = 1;
// Reserved slot of a parser holding the ConnectionsList object it was
// initialized with: the parser keeps a raw pointer to the list (also after
// remove()), so the list must live as long as the parser does.
constexpr uint32_t kListSlot = 2;

class ConnectionsList;

// A name, value, target or reason being assembled from fragments. While
// execute() runs it may point into the parser's copy of the input; Save()
// copies it out before that copy is reused.
class Text {
 public:
  void Reset() {
    ptr_ = nullptr;
    len_ = 0;
    owned_.clear();
    on_heap_ = false;
  }
  void Append(const char* at, size_t n, const char* in_begin, const char* in_end) {
    const bool in_input = at >= in_begin && at + n <= in_end;
    if (!on_heap_ && ptr_ == nullptr && in_input) {
      ptr_ = at;
      len_ = n;
      return;
    }
    if (!on_heap_ && in_input && ptr_ + len_ == at) {
      len_ += n;
      return;
    }
    Save();
    owned_.append(at, n);
  }
  void Save() {
    if (on_heap_) return;
    owned_.assign(ptr_ ? ptr_ : "", len_);
    on_heap_ = true;
    ptr_ = nullptr;
    len_ = 0;
  }
  const char* data() const { return on_heap_ ? owned_.data() : ptr_; }
  // Points into the current execute() input (not copied out).
  bool in_input() const { return !on_heap_ && ptr_ != nullptr; }
  size_t size() const { return on_heap_ ? owned_.size() : len_; }
  JSString* ToString(JSContext* cx) const {
    return size() ? JS_NewStringCopyN(cx, data(), size()) : JS_GetEmptyString(cx);
  }

 private:
  const char* ptr_ = nullptr;
  size_t len_ = 0;
  std::string owned_;
  bool on_heap_ = false;
};

class ParserWrap final : public http::Handler, public loop::StreamListener {
 public:
  ParserWrap() : parser_(http::MessageType::kRequest, this) {}
  ~ParserWrap() override;

  // --- loop::StreamListener (consume) ------------------------------------
  void OnStreamRead(const char* data, size_t len) override;
  void OnStreamClose() override;
  // Starts taking the bytes of `stream`; `self` is this parser's object,
  // kept alive while consuming.
  bool Consume(JSContext* cx, JS::HandleObject self, loop::StreamWrap* stream);
  void Unconsume();

  // --- http::Handler --------------------------------------------------------
  int OnMessageBegin() override;
  int OnUrl(const char* at, size_t n) override {
    url_.Append(at, n, in_begin(), in_end());
    return 0;
  }
  int OnStatus(const char* at, size_t n) override {
    status_.Append(at, n, in_begin(), in_end());
    return 0;
  }
  int OnHeaderField(const char* at, size_t n) override;
  int OnHeaderValue(const char* at, size_t n) override;
  int OnHeaderValueComplete() override;
  int OnHeadersComplete() override;
  int OnBody(const char* at, size_t n) override;
  int OnMessageComplete() override;

  bool Execute(JSContext* cx, JS::HandleObject obj, JS::HandleValue buffer,
               JS::MutableHandleValue rval);
  // Parses len bytes (copied first); with `keep_input`, getCurrentBuffer()
  // still sees them afterwards until ClearInput().
  bool ExecuteBytes(JSContext* cx, JS::HandleObject obj, const char* data, size_t len,
                    JS::MutableHandleValue rval, bool keep_input);
  void ClearInput() { input_len_ = 0; }
  bool Finish(JSContext* cx, JS::HandleObject obj, JS::MutableHandleValue rval);
  void Init(http::MessageType type, uint64_t max_header_size, uint32_t lenient);
  bool MakeError(JSContext* cx, http::Error err, size_t nread,
                 JS::MutableHandleValue rval);
  bool GetCallback(uint32_t index, JS::MutableHandleValue fn);
  bool CreateHeaders(JS::MutableHandleValue out);
  bool Flush();
  void SaveText();

  const char* in_begin() const { return input_.data(); }
  const char* in_end() const { return input_.data() + input_len_; }

  http::Parser parser_;
  JS::Heap<JSObject*> object_;  // traced while in a ConnectionsList
  ConnectionsList* list_ = nullptr;
  bool in_all_ = false;
  bool in_active_ = false;
  size_t index_all_ = 0;     // position in ConnectionsList::all_
  size_t index_active_ = 0;  // position in ConnectionsList::active_
  uint64_t last_message_start_ = 0;
  bool headers_completed_ = false;

  // Set only while execute()/finish() run.
  JSContext* cx_ = nullptr;
  JS::HandleObject* obj_ = nullptr;
  bool executing_ = false;
  bool got_exception_ = false;
  bool js_exception_in_body_ = false;
  bool pending_pause_ = false;
  bool pause_pending_set_ = false;
  bool close_pending_ = false;
  // Set while OnStreamRead parses: as node's on_body (a MakeCallback from
  // a read with no outer scope), nextTicks and promise jobs then run after
  // every kOnBody call.
  Runtime* drain_rt_ = nullptr;

  std::vector<char> input_;
  size_t input_len_ = 0;

  // While consuming: the stream and this parser's object (rooted).
  loop::StreamWrap* stream_ = nullptr;
  std::unique_ptr<JS::PersistentRootedObject> self_;

  Text url_;
  Text status_;
  Text fields_[kMaxHeaderFieldsCount];
  Text values_[kMaxHeaderFieldsCount];
  size_t num_fields_ = 0;
  size_t num_values_ = 0;
  bool have_flushed_ = false;
};

// node's ConnectionsList: the parsers of a server's connections, for the
// headers/request timeout checks. It keeps their JS objects alive.
class ConnectionsList {
 public:
  ~ConnectionsList() {
    for (ParserWrap* p : all_) {
      p->list_ = nullptr;
      p->in_all_ = p->in_active_ = false;
    }
    for (ParserWrap* p : active_) {
      p->list_ = nullptr;
      p->in_all_ = p->in_active_ = false;
    }
  }
  // Membership changes at every message, so they are O(1): a parser knows
  // its index and leaves by swapping with the last entry.
  void Push(ParserWrap* p) {
    if (p->in_all_) return;
    p->in_all_ = true;
    p->index_all_ = all_.size();
    all_.push_back(p);
  }
  void PushActive(ParserWrap* p) {
    if (p->in_active_) return;
    p->in_active_ = true;
    p->index_active_ = active_.size();
    active_.push_back(p);
  }
  void Pop(ParserWrap* p) {
    if (!p->in_all_) return;
    p->in_all_ = false;
    ParserWrap* last = all_.back();
    all_[p->index_all_] = last;
    last->index_all_ = p->index_all_;
    all_.pop_back();
  }
  void PopActive(ParserWrap* p) {
    if (!p->in_active_) return;
    p->in_active_ = false;
    ParserWrap* last = active_.back();
    active_[p->index_active_] = last;
    last->index_active_ = p->index_active_;
    active_.pop_back();
  }
  void Trace(JSTracer* trc) {
    for (ParserWrap* p : all_) JS::TraceEdge(trc, &p->object_, "http parser");
    // Every active parser is also in all_.
  }
  // Idle parsers first, then by the start of their current message.
  static std::vector<ParserWrap*> Sorted(std::vector<ParserWrap*> v) {
    std::stable_sort(v.begin(), v.end(), [](ParserWrap* a, ParserWrap* b) {
      if (a->last_message_start_ == 0 || b->last_message_start_ == 0) {
        return a->last_message_start_ == 0 && b->last_message_start_ != 0;
      }
      return a->last_message_start_ < b->last_message_start_;
    });
    return v;
  }

  std::vector<ParserWrap*> all_;
  std::vector<ParserWrap*> active_;
};

ParserWrap::~ParserWrap() {
  Unconsume();
  if (list_) {
    list_->Pop(this);
    list_->PopActive(this);
  }
}

void ParserWrap::Init(http::MessageType type, uint64_t max_header_size,
                      uint32_t lenient) {
  http::Settings s;
  s.lenient = lenient & http::kLenientAll;
  s.max_header_size = max_header_size;
  parser_.Reset(type, s);
  url_.Reset();
  status_.Reset();
  num_fields_ = num_values_ = 0;
  have_flushed_ = false;
  got_exception_ = false;
  js_exception_in_body_ = false;
  headers_completed_ = false;
  pending_pause_ = false;
  pause_pending_set_ = false;
}

bool ParserWrap::GetCallback(uint32_t index, JS::MutableHandleValue fn) {
  return JS_GetElement(cx_, *obj_, index, fn);
}

// Header strings for JS. Names are atoms: the same few names come again and
// again. Long values that still lie in the input become substrings of one
// copy of it (one allocation per batch instead of one per value; short ones
// are stored inline in their string anyway).
bool ParserWrap::CreateHeaders(JS::MutableHandleValue out) {
  constexpr size_t kShort = 24;
  const char* lo = nullptr;
  const char* hi = nullptr;
  for (size_t i = 0; i < num_values_; i++) {
    const Text& v = values_[i];
    if (!v.in_input() || v.size() <= kShort) continue;
    if (!lo || v.data() < lo) lo = v.data();
    if (!hi || v.data() + v.size() > hi) hi = v.data() + v.size();
  }
  JS::RootedString base(cx_);
  if (lo) {
    base = JS_NewStringCopyN(cx_, lo, hi - lo);
    if (!base) return false;
  }
  // At most kMaxHeaderFieldsCount pairs: a stack array, no allocation.
  JS::RootedValueArray<kMaxHeaderFieldsCount * 2> items(cx_);
  size_t n = 0;
  for (size_t i = 0; i < num_values_; i++) {
    JSString* name = fields_[i].size()
                         ? JS_AtomizeStringN(cx_, fields_[i].data(), fields_[i].size())
                         : JS_GetEmptyString(cx_);
    if (!name) return false;
    items[n++].setString(name);
    const Text& v = values_[i];
    JSString* value = base && v.in_input() && v.size() > kShort
                          ? JS_NewDependentString(cx_, base, v.data() - lo, v.size())
                          : v.ToString(cx_);
    if (!value) return false;
    items[n++].setString(value);
  }
  JSObject* arr = JS::NewArrayObject(cx_, JS::HandleValueArray::subarray(items, 0, n));
  if (!arr) return false;
  out.setObject(*arr);
  return true;
}

// Sends the headers collected so far (and the target) to kOnHeaders.
bool ParserWrap::Flush() {
  JS::RootedValue fn(cx_);
  if (!GetCallback(kOnHeaders, &fn)) return false;
  if (fn.isObject() && JS::IsCallable(&fn.toObject())) {
    JS::RootedValueArray<2> argv(cx_);
    if (!CreateHeaders(argv[0])) return false;
    JSString* url = url_.ToString(cx_);
    if (!url) return false;
    argv[1].setString(url);
    JS::RootedValue recv(cx_, JS::ObjectValue(**obj_));
    JS::RootedValue rv(cx_);
    if (!JS::Call(cx_, recv, fn, argv, &rv)) return false;
  }
  url_.Reset();
  have_flushed_ = true;
  return true;
}

int ParserWrap::OnMessageBegin() {
  if (list_) {
    list_->Pop(this);
    list_->PopActive(this);
  }
  num_fields_ = num_values_ = 0;
  headers_completed_ = false;
  have_flushed_ = false;
  last_message_start_ = uv_hrtime();
  url_.Reset();
  status_.Reset();
  if (list_) {
    list_->Push(this);
    list_->PushActive(this);
  }
  JS::RootedValue fn(cx_);
  if (!GetCallback(kOnMessageBegin, &fn)) {
    got_exception_ = true;
    return http::kCallbackError;
  }
  if (fn.isObject() && JS::IsCallable(&fn.toObject())) {
    JS::RootedValue recv(cx_, JS::ObjectValue(**obj_));
    JS::RootedValue rv(cx_);
    if (!JS::Call(cx_, recv, fn, JS::HandleValueArray::empty(), &rv)) {
      got_exception_ = true;
      return http::kCallbackError;
    }
  }
  return 0;
}

int ParserWrap::OnHeaderField(const char* at, size_t n) {
  if (num_fields_ == num_values_) {
    // A new name begins.
    num_fields_++;
    if (num_fields_ == kMaxHeaderFieldsCount) {
      if (!Flush()) {
        got_exception_ = true;
        return http::kCallbackError;
      }
      num_fields_ = 1;
      num_values_ = 0;
    }
    fields_[num_fields_ - 1].Reset();
  }
  fields_[num_fields_ - 1].Append(at, n, in_begin(), in_end());
  return 0;
}

int ParserWrap::OnHeaderValue(const char* at, size_t n) {
  if (num_values_ != num_fields_) {
    num_values_++;
    values_[num_values_ - 1].Reset();
  }
  values_[num_values_ - 1].Append(at, n, in_begin(), in_end());
  return 0;
}

int ParserWrap::OnHeaderValueComplete() {
  if (num_values_ != num_fields_) {  // an empty value
    num_values_++;
    values_[num_values_ - 1].Reset();
  }
  return 0;
}

int ParserWrap::OnHeadersComplete() {
  headers_completed_ = true;
  JSContext* cx = cx_;
  JS::RootedValue fn(cx);
  if (!GetCallback(kOnHeadersComplete, &fn)) {
    got_exception_ = true;
    return http::kCallbackError;
  }
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) {
    num_fields_ = num_values_ = 0;
    return http::kProceed;
  }
  const bool request = parser_.type() == http::MessageType::kRequest;
  JS::RootedValueArray<9> argv(cx);
  if (have_flushed_) {
    if (!Flush()) {
      got_exception_ = true;
      return http::kCallbackError;
    }
  } else {
    if (!CreateHeaders(argv[2])) {
      got_exception_ = true;
      return http::kCallbackError;
    }
    if (request) {
      JSString* url = url_.ToString(cx);
      if (!url) {
        got_exception_ = true;
        return http::kCallbackError;
      }
      argv[4].setString(url);
    }
  }
  num_fields_ = num_values_ = 0;
  argv[0].setInt32(parser_.http_major());
  argv[1].setInt32(parser_.http_minor());
  if (request) {
    argv[3].setInt32(parser_.method());
  } else {
    argv[5].setInt32(parser_.status_code());
    JSString* msg = status_.ToString(cx);
    if (!msg) {
      got_exception_ = true;
      return http::kCallbackError;
    }
    argv[6].setString(msg);
  }
  argv[7].setBoolean(parser_.upgrade());
  argv[8].setBoolean(parser_.ShouldKeepAlive());
  JS::RootedValue recv(cx, JS::ObjectValue(**obj_));
  JS::RootedValue rv(cx);
  double val = 0;
  if (!JS::Call(cx, recv, fn, argv, &rv) || !JS::ToNumber(cx, rv, &val)) {
    got_exception_ = true;
    return http::kCallbackError;
  }
  // llhttp's contract: 0 proceed, 1 skip the body, 2 skip it and upgrade,
  // HPE_PAUSED (21) pause; anything else is a callback error.
  const double v = std::isnan(val) ? 0 : std::trunc(val);
  if (v == 0 || v == 1 || v == 2) return static_cast<int>(v);
  if (v == static_cast<double>(http::Error::kPaused)) return http::kCallbackPause;
  return http::kCallbackError;
}

int ParserWrap::OnBody(const char* at, size_t n) {
  if (n == 0) return 0;
  JSContext* cx = cx_;
  JS::RootedValue fn(cx);
  if (!GetCallback(kOnBody, &fn)) {
    got_exception_ = js_exception_in_body_ = true;
    return http::kCallbackError;
  }
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) return 0;
  JS::RootedObject view(cx);
  if (n <= JS_MaxMovableTypedArraySize()) {
    // Small: the bytes live inside the object.
    view = JS_NewUint8Array(cx, n);
    if (view) {
      JS::AutoCheckCannotGC nogc;
      bool shared = false;
      std::memcpy(JS_GetUint8ArrayData(view, &shared, nogc), at, n);
    }
  } else {
    uint8_t* bytes = js_pod_malloc<uint8_t>(n);
    if (!bytes) {
      JS_ReportOutOfMemory(cx);
      got_exception_ = js_exception_in_body_ = true;
      return http::kCallbackError;
    }
    std::memcpy(bytes, at, n);
    JS::RootedObject ab(cx, JS::NewArrayBufferWithContents(cx, n, bytes));
    if (!ab) js_free(bytes);
    if (ab) view = JS_NewUint8ArrayWithBuffer(cx, ab, 0, -1);
  }
  if (!view) {
    got_exception_ = js_exception_in_body_ = true;
    return http::kCallbackError;
  }
  // Make it a Buffer when lib registered Buffer.prototype.
  JS::RootedObject proto(cx);
  if (!JS_GetPrototype(cx, *obj_, &proto)) {
    got_exception_ = js_exception_in_body_ = true;
    return http::kCallbackError;
  }
  if (proto && JS::GetClass(proto) == JS::GetClass(*obj_)) {
    const JS::Value& bp = JS::GetReservedSlot(proto, kBufferProtoSlot);
    if (bp.isObject()) {
      JS::RootedObject buffer_proto(cx, &bp.toObject());
      if (!JS_SetPrototype(cx, view, buffer_proto)) {
        got_exception_ = js_exception_in_body_ = true;
        return http::kCallbackError;
      }
    }
  }
  JS::RootedValue arg(cx, JS::ObjectValue(*view));
  JS::RootedValue recv(cx, JS::ObjectValue(**obj_));
  JS::RootedValue rv(cx);
  if (!JS::Call(cx, recv, fn, JS::HandleValueArray(arg), &rv)) {
    got_exception_ = js_exception_in_body_ = true;
    return http::kCallbackError;
  }
  if (drain_rt_ && drain_rt_->callback_depth() == 1) drain_rt_->TickAfterCallback();
  return 0;
}

int ParserWrap::OnMessageComplete() {
  if (list_) {
    list_->Pop(this);
    list_->PopActive(this);
  }
  last_message_start_ = 0;
  if (list_) list_->Push(this);
  if (num_fields_ && !Flush()) {  // trailers
    got_exception_ = true;
    return http::kCallbackError;
  }
  JS::RootedValue fn(cx_);
  if (!GetCallback(kOnMessageComplete, &fn)) {
    got_exception_ = true;
    return http::kCallbackError;
  }
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) return 0;
  JS::RootedValue recv(cx_, JS::ObjectValue(**obj_));
  JS::RootedValue rv(cx_);
  if (!JS::Call(cx_, recv, fn, JS::HandleValueArray::empty(), &rv)) {
    got_exception_ = true;
    return http::kCallbackError;
  }
  return 0;
}

void ParserWrap::SaveText() {
  url_.Save();
  status_.Save();
  for (size_t i = 0; i < num_fields_; i++) fields_[i].Save();
  for (size_t i = 0; i < num_values_; i++) values_[i].Save();
}

// new Error('Parse Error') with bytesParsed, code and reason.
bool ParserWrap::MakeError(JSContext* cx, http::Error err, size_t nread,
                           JS::MutableHandleValue rval) {
  JS_ReportErrorASCII(cx, "Parse Error");
  JS::RootedValue exc(cx);
  if (!JS_GetPendingException(cx, &exc) || !exc.isObject()) return false;
  JS_ClearPendingException(cx);
  JS::RootedObject e(cx, &exc.toObject());
  const char* code = http::ErrorName(err);
  const char* reason = parser_.reason();
  if (err == http::Error::kUser && js_exception_in_body_) {
    code = "HPE_JS_EXCEPTION";
    reason = "JS Exception";
  }
  if (!SetNumber(cx, e, "bytesParsed", static_cast<double>(nread)) ||
      !SetString(cx, e, "code", code) || !SetString(cx, e, "reason", reason)) {
    return false;
  }
  rval.set(exc);
  return true;
}

bool ParserWrap::Execute(JSContext* cx, JS::HandleObject obj, JS::HandleValue buffer,
                         JS::MutableHandleValue rval) {
  // Copy the input: callbacks run JS that may move or detach it.
  {
    JSObject* view = buffer.isObject() ? js::UnwrapArrayBufferView(&buffer.toObject())
                                       : nullptr;
    if (!view) return ThrowTypeError(cx, "HTTPParser.execute: expected a Buffer");
    JS::AutoCheckCannotGC nogc;
    bool shared = false;
    const size_t len = JS_GetArrayBufferViewByteLength(view);
    const char* data = static_cast<const char*>(JS_GetArrayBufferViewData(view, &shared, nogc));
    if (input_.size() < len) input_.resize(std::max(len, input_.size() * 2));
    if (len && data) std::memcpy(input_.data(), data, len);
    input_len_ = data ? len : 0;
  }
  return ExecuteBytes(cx, obj, nullptr, input_len_, rval, false);
}

bool ParserWrap::ExecuteBytes(JSContext* cx, JS::HandleObject obj, const char* data,
                              size_t len, JS::MutableHandleValue rval, bool keep_input) {
  if (data) {
    if (input_.size() < len) input_.resize(std::max(len, input_.size() * 2));
    std::memcpy(input_.data(), data, len);
    input_len_ = len;
  }
  cx_ = cx;
  obj_ = &obj;
  executing_ = true;
  got_exception_ = false;
  size_t nread = parser_.Execute(input_.data(), input_len_);
  SaveText();
  executing_ = false;
  http::Error err = parser_.error();
  if (err == http::Error::kPausedUpgrade) {
    // Not a real pause: the bytes from nread on belong to the new protocol.
    err = http::Error::kOk;
    parser_.ResumeAfterUpgrade();
  }
  if (pause_pending_set_) {
    pause_pending_set_ = false;
    if (pending_pause_) {
      parser_.Pause();
    } else {
      parser_.Resume();
    }
  }
  if (!keep_input) input_len_ = 0;
  cx_ = nullptr;
  obj_ = nullptr;
  if (got_exception_) return false;
  if (!parser_.upgrade() && err != http::Error::kOk) {
    return MakeError(cx, err, nread, rval);
  }
  rval.setNumber(static_cast<double>(nread));
  return true;
}

bool ParserWrap::Consume(JSContext* cx, JS::HandleObject self, loop::StreamWrap* stream) {
  if (stream->listener() != nullptr && stream->listener() != this) {
    return ThrowError(cx, "HTTPParser.consume: the stream is consumed already");
  }
  Unconsume();
  self_ = std::make_unique<JS::PersistentRootedObject>(cx, self);
  stream_ = stream;
  stream->set_listener(this);
  return true;
}

void ParserWrap::Unconsume() {
  if (stream_) {
    if (stream_->listener() == this) stream_->set_listener(nullptr);
    stream_ = nullptr;
  }
  self_.reset();
}

void ParserWrap::OnStreamClose() {
  stream_ = nullptr;
  self_.reset();
}

// Bytes of the consumed stream: parse them, then tell JS through
// parser[kOnExecute](ret) while getCurrentBuffer() still returns them (node
// calls the same hook from its OnStreamRead). An exception from a callback
// is reported as uncaught.
void ParserWrap::OnStreamRead(const char* data, size_t len) {
  Runtime* rt = stream_->runtime();
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, self_->get());
  if (executing_) return;  // cannot happen: reads come from the loop only
  JS::RootedValue ret(cx);
  drain_rt_ = rt;
  bool ok = ExecuteBytes(cx, obj, data, len, &ret, true);
  drain_rt_ = nullptr;
  // The parser may have been closed (close() from a callback); `this` is
  // still alive (rooted object, deferred close), so finish up first.
  if (ok && !close_pending_) {
    JS::RootedValue fn(cx);
    ok = JS_GetElement(cx, obj, kOnExecute, &fn);
    if (ok && fn.isObject() && JS::IsCallable(&fn.toObject())) {
      JS::RootedValue rv(cx);
      ok = JS::Call(cx, JS::UndefinedHandleValue, fn, JS::HandleValueArray(ret), &rv);
    }
  }
  // `this` may have been freed by close() inside kOnExecute? No: close()
  // outside execute deletes at once, so look the wrap up again.
  ParserWrap* self = UnwrapObject<ParserWrap>(obj, JS::GetClass(obj));
  if (self == this) {
    input_len_ = 0;
    if (close_pending_) {
      SetNative(obj, nullptr);
      delete this;
    }
  }
  if (!ok) rt->HandleUncaughtException();
}

bool ParserWrap::Finish(JSContext* cx, JS::HandleObject obj, JS::MutableHandleValue rval) {
  cx_ = cx;
  obj_ = &obj;
  executing_ = true;
  got_exception_ = false;
  input_len_ = 0;
  const http::Error err = parser_.Finish();
  SaveText();
  executing_ = false;
  cx_ = nullptr;
  obj_ = nullptr;
  if (got_exception_) return false;
  if (!parser_.upgrade() && err != http::Error::kOk) return MakeError(cx, err, 0, rval);
  rval.setUndefined();
  return true;
}

// --- JS classes ------------------------------------------------------------------

void ParserFinalize(JS::GCContext* gcx, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<ParserWrap>(obj, kNativeSlot);
}

const JSClassOps kParserOps = {nullptr, nullptr, nullptr, nullptr,
                               nullptr, nullptr, ParserFinalize, nullptr,
                               nullptr, nullptr};
const JSClass kParserClass = {
    "HTTPParser", JSCLASS_HAS_RESERVED_SLOTS(3) | JSCLASS_FOREGROUND_FINALIZE,
    &kParserOps};

void ListFinalize(JS::GCContext* gcx, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<ConnectionsList>(obj, kNativeSlot);
}

void ListTrace(JSTracer* trc, JSObject* obj) {
  if (auto* list = JS::GetMaybePtrFromReservedSlot<ConnectionsList>(obj, kNativeSlot)) {
    list->Trace(trc);
  }
}

const JSClassOps kListOps = {nullptr, nullptr, nullptr, nullptr,
                             nullptr, nullptr, ListFinalize, nullptr,
                             nullptr, ListTrace};
const JSClass kListClass = {
    "ConnectionsList", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE,
    &kListOps};

// The live parser behind `this` (null when closed or not a parser).
ParserWrap* UnwrapParser(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  auto* w = UnwrapObject<ParserWrap>(&args.thisv().toObject(), &kParserClass);
  return w && !w->close_pending_ ? w : nullptr;
}

bool ParserNew(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    return ThrowTypeError(cx, "Class constructor HTTPParser cannot be invoked without 'new'");
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kParserClass, args));
  if (!obj) return false;
  SetNative(obj, new ParserWrap());
  args.rval().setObject(*obj);
  return true;
}

bool ParserInitialize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  ParserWrap* w = UnwrapParser(args);
  if (!w) return true;
  if (w->executing_) {
    return ThrowError(cx, "HTTPParser.initialize cannot be called from a parser callback");
  }
  const int type = args.get(0).isInt32() ? args[0].toInt32() : 0;
  if (type != 1 && type != 2) {
    return ThrowTypeError(cx, "HTTPParser.initialize: type must be REQUEST or RESPONSE");
  }
  uint64_t max_header_size = 0;
  if (args.get(2).isNumber()) {
    const double d = args[2].toNumber();
    if (d > 0 && std::isfinite(d)) max_header_size = static_cast<uint64_t>(d);
  }
  if (max_header_size == 0) max_header_size = kDefaultMaxHeaderSize;
  uint32_t lenient = 0;
  if (args.get(3).isInt32()) lenient = static_cast<uint32_t>(args[3].toInt32());
  else if (args.get(3).isBoolean() && args[3].toBoolean()) lenient = http::kLenientAll;
  ConnectionsList* list = nullptr;
  if (args.get(4).isObject()) {
    list = UnwrapObject<ConnectionsList>(&args[4].toObject(), &kListClass);
  }
  JS::SetReservedSlot(&args.thisv().toObject(), kListSlot,
                      list ? args[4] : JS::UndefinedValue());
  w->Init(type == 1 ? http::MessageType::kRequest : http::MessageType::kResponse,
          max_header_size, lenient);
  if (w->list_) {
    w->list_->Pop(w);
    w->list_->PopActive(w);
  }
  w->list_ = list;
  if (list) {
    w->object_ = &args.thisv().toObject();
    // Guards against connections that never send a byte.
    w->last_message_start_ = uv_hrtime();
    list->Push(w);
    list->PushActive(w);
  }
  args.rval().setUndefined();
  return true;
}

bool ParserExecute(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  ParserWrap* w = UnwrapParser(args);
  if (!w) return true;
  if (w->executing_) return ThrowError(cx, "HTTPParser.execute is not re-entrant");
  JS::RootedObject obj(cx, &args.thisv().toObject());
  const bool ok = w->Execute(cx, obj, args.get(0), args.rval());
  if (w->close_pending_) {
    SetNative(obj, nullptr);
    delete w;
  }
  return ok;
}

bool ParserFinish(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  ParserWrap* w = UnwrapParser(args);
  if (!w) return true;
  if (w->executing_) return ThrowError(cx, "HTTPParser.finish is not re-entrant");
  JS::RootedObject obj(cx, &args.thisv().toObject());
  const bool ok = w->Finish(cx, obj, args.rval());
  if (w->close_pending_) {
    SetNative(obj, nullptr);
    delete w;
  }
  return ok;
}

template <bool kPause>
bool ParserPause(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  ParserWrap* w = UnwrapParser(args);
  if (!w) return true;
  if (w->executing_) {  // applied when execute() returns, as node does
    w->pause_pending_set_ = true;
    w->pending_pause_ = kPause;
    return true;
  }
  if (kPause) {
    w->parser_.Pause();
  } else {
    w->parser_.Resume();
  }
  return true;
}

bool ParserClose(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  ParserWrap* w = UnwrapParser(args);
  if (!w) return true;
  if (w->executing_) {
    w->close_pending_ = true;
    return true;
  }
  SetNative(&args.thisv().toObject(), nullptr);
  delete w;
  return true;
}

// free(): node emits the async_hooks destroy event here; eddy has no
// async_hooks, so there is nothing to do.
bool ParserFree(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  return true;
}

bool ParserRemove(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  ParserWrap* w = UnwrapParser(args);
  if (w && w->list_) {
    w->list_->Pop(w);
    w->list_->PopActive(w);
  }
  return true;
}

// consume(handle): the parser takes the bytes read from the stream handle
// (a TCP or pipe handle) directly, instead of handle.onread. Returns false
// (and consumes nothing) when `handle` is not an open libuv stream handle.
bool ParserConsume(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setBoolean(false);
  ParserWrap* w = UnwrapParser(args);
  if (!w) return true;
  loop::StreamWrap* stream =
      args.get(0).isObject() ? loop::StreamWrap::FromObject(&args[0].toObject()) : nullptr;
  if (!stream || !stream->is_open()) return true;
  JS::RootedObject self(cx, &args.thisv().toObject());
  if (!w->Consume(cx, self, stream)) return false;
  args.rval().setBoolean(true);
  return true;
}

bool ParserUnconsume(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  if (ParserWrap* w = UnwrapParser(args)) w->Unconsume();
  return true;
}

bool ParserGetCurrentBuffer(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ParserWrap* w = UnwrapParser(args);
  const size_t n = w ? w->input_len_ : 0;
  JS::RootedObject view(cx, JS_NewUint8Array(cx, n));
  if (!view) return false;
  if (n) {
    JS::AutoCheckCannotGC nogc;
    bool shared = false;
    std::memcpy(JS_GetUint8ArrayData(view, &shared, nogc), w->input_.data(), n);
  }
  JS::RootedObject proto(cx);
  if (args.thisv().isObject()) {
    JS::RootedObject self(cx, &args.thisv().toObject());
    if (!JS_GetPrototype(cx, self, &proto)) return false;
  }
  if (proto && JS::GetClass(proto) == &kParserClass) {
    const JS::Value& bp = JS::GetReservedSlot(proto, kBufferProtoSlot);
    if (bp.isObject()) {
      JS::RootedObject buffer_proto(cx, &bp.toObject());
      if (!JS_SetPrototype(cx, view, buffer_proto)) return false;
    }
  }
  args.rval().setObject(*view);
  return true;
}

bool ParserDuration(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ParserWrap* w = UnwrapParser(args);
  if (!w || w->last_message_start_ == 0) {
    args.rval().setInt32(0);
    return true;
  }
  args.rval().setNumber(static_cast<double>(uv_hrtime() - w->last_message_start_) / 1e6);
  return true;
}

bool ParserHeadersCompleted(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ParserWrap* w = UnwrapParser(args);
  args.rval().setBoolean(w && w->headers_completed_);
  return true;
}

const JSFunctionSpec kParserMethods[] = {
    JS_FN("close", ParserClose, 0, 0),
    JS_FN("free", ParserFree, 0, 0),
    JS_FN("remove", ParserRemove, 0, 0),
    JS_FN("execute", ParserExecute, 1, 0),
    JS_FN("finish", ParserFinish, 0, 0),
    JS_FN("initialize", ParserInitialize, 5, 0),
    JS_FN("pause", ParserPause<true>, 0, 0),
    JS_FN("resume", ParserPause<false>, 0, 0),
    JS_FN("consume", ParserConsume, 1, 0),
    JS_FN("unconsume", ParserUnconsume, 0, 0),
    JS_FN("getCurrentBuffer", ParserGetCurrentBuffer, 0, 0),
    JS_FN("duration", ParserDuration, 0, 0),
    JS_FN("headersCompleted", ParserHeadersCompleted, 0, 0),
    JS_FS_END};

// --- ConnectionsList ---------------------------------------------------------------

// A server runs long and makes short-lived garbage at a steady rate.
// SpiderMonkey leaves a zone alone until it reaches 27 MB of GC heap (and
// 38 MB of associated malloc memory), so a server whose live heap is a few
// MB grows by tens of MB before its first full collection. From the first
// server on, collect from a few MB instead: memory under load stays flat,
// and a collection of a small heap costs little.
void TuneGcForServer(JSContext* cx) {
  static bool done = false;
  if (done || getenv("EDDY_GC_DEFAULTS")) return;
  done = true;
  JS_SetGCParameter(cx, JSGC_ALLOCATION_THRESHOLD, kServerGcThresholdMb);
  JS_SetGCParameter(cx, JSGC_MALLOC_THRESHOLD_BASE, kServerMallocThresholdMb);
  if (JS_GetGCParameter(cx, JSGC_MAX_NURSERY_BYTES) >= kServerMinNurseryBytes) {
    JS_SetGCParameter(cx, JSGC_MIN_NURSERY_BYTES, kServerMinNurseryBytes);
  }
}

bool ListNew(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    return ThrowTypeError(cx,
                          "Class constructor ConnectionsList cannot be invoked without 'new'");
  }
  TuneGcForServer(cx);
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kListClass, args));
  if (!obj) return false;
  SetNative(obj, new ConnectionsList());
  args.rval().setObject(*obj);
  return true;
}

ConnectionsList* UnwrapList(const JS::CallArgs& args) {
  if (!args.thisv().isObject()) return nullptr;
  return UnwrapObject<ConnectionsList>(&args.thisv().toObject(), &kListClass);
}

bool ReturnParsers(JSContext* cx, const JS::CallArgs& args,
                   const std::vector<ParserWrap*>& parsers) {
  JS::RootedValueVector items(cx);
  if (!items.reserve(parsers.size())) return false;
  for (ParserWrap* p : parsers) items.infallibleAppend(JS::ObjectValue(*p->object_));
  JSObject* arr = JS::NewArrayObject(cx, items);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

template <int kWhich>  // 0 all, 1 idle, 2 active
bool ListGet(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ConnectionsList* list = UnwrapList(args);
  std::vector<ParserWrap*> out;
  if (list) {
    if (kWhich == 2) {
      out = ConnectionsList::Sorted(list->active_);
    } else {
      for (ParserWrap* p : ConnectionsList::Sorted(list->all_)) {
        if (kWhich == 0 || p->last_message_start_ == 0) out.push_back(p);
      }
    }
  }
  return ReturnParsers(cx, args, out);
}

// expired(headersTimeout, requestTimeout): active parsers whose headers
// (or whole request) took longer than allowed, in ms; they leave the
// active set.
bool ListExpired(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  ConnectionsList* list = UnwrapList(args);
  std::vector<ParserWrap*> out;
  auto ns = [&](unsigned i) -> uint64_t {
    if (!args.get(i).isNumber()) return 0;
    const double d = args[i].toNumber();
    return d > 0 && std::isfinite(d) ? static_cast<uint64_t>(d) * 1000000 : 0;
  };
  uint64_t headers_timeout = ns(0);
  uint64_t request_timeout = ns(1);
  if (list && (headers_timeout || request_timeout)) {
    if (request_timeout > 0 && headers_timeout > request_timeout) {
      std::swap(headers_timeout, request_timeout);
    }
    const uint64_t now = uv_hrtime();
    const uint64_t headers_deadline =
        headers_timeout > 0 && now > headers_timeout ? now - headers_timeout : 0;
    const uint64_t request_deadline =
        request_timeout > 0 && now > request_timeout ? now - request_timeout : 0;
    if (headers_deadline || request_deadline) {
      for (ParserWrap* p : ConnectionsList::Sorted(list->active_)) {
        if ((!p->headers_completed_ && headers_deadline > 0 &&
             p->last_message_start_ < headers_deadline) ||
            (request_deadline > 0 && p->last_message_start_ < request_deadline)) {
          out.push_back(p);
          list->PopActive(p);
        }
      }
    }
  }
  return ReturnParsers(cx, args, out);
}

const JSFunctionSpec kListMethods[] = {
    JS_FN("all", ListGet<0>, 0, 0), JS_FN("idle", ListGet<1>, 0, 0),
    JS_FN("active", ListGet<2>, 0, 0), JS_FN("expired", ListExpired, 2, 0),
    JS_FS_END};

// setBufferPrototype(proto): the prototype kOnBody buffers get.
bool SetBufferPrototype(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    return ThrowTypeError(cx, "setBufferPrototype: expected an object");
  }
  JSObject* proto = &js::GetFunctionNativeReserved(&args.callee(), 0).toObject();
  JS::SetReservedSlot(proto, kBufferProtoSlot, args[0]);
  args.rval().setUndefined();
  return true;
}

bool DefineInt(JSContext* cx, JS::HandleObject obj, const char* name, int32_t v) {
  JS::RootedValue val(cx, JS::Int32Value(v));
  return JS_DefineProperty(cx, obj, name, val, JSPROP_ENUMERATE);
}

bool MethodArray(JSContext* cx, bool http_only, JS::MutableHandleValue out) {
  JS::RootedValueVector items(cx);
  for (int m = 0; m < http::kMethodCount; m++) {
    if (http_only && !http::IsHttpMethod(m)) continue;
    JSString* s = JS_NewStringCopyZ(cx, http::MethodName(m));
    if (!s || !items.append(JS::StringValue(s))) return false;
  }
  JSObject* arr = JS::NewArrayObject(cx, items);
  if (!arr) return false;
  out.setObject(*arr);
  return true;
}

}  // namespace

bool InitHttpParser(JSContext* cx, JS::HandleObject target) {
  JS::RootedObject proto(cx, JS_InitClass(cx, target, nullptr, &kParserClass, ParserNew,
                                          0, nullptr, kParserMethods, nullptr, nullptr));
  if (!proto) return false;
  JS::RootedObject ctor(cx, JS_GetConstructor(cx, proto));
  if (!ctor) return false;
  static const struct {
    const char* name;
    int32_t value;
  } kConstants[] = {
      {"REQUEST", 1},
      {"RESPONSE", 2},
      {"kOnMessageBegin", kOnMessageBegin},
      {"kOnHeaders", kOnHeaders},
      {"kOnHeadersComplete", kOnHeadersComplete},
      {"kOnBody", kOnBody},
      {"kOnMessageComplete", kOnMessageComplete},
      {"kOnExecute", kOnExecute},
      {"kOnTimeout", kOnTimeout},
      {"kLenientNone", http::kLenientNone},
      {"kLenientHeaders", http::kLenientHeaders},
      {"kLenientChunkedLength", http::kLenientChunkedLength},
      {"kLenientKeepAlive", http::kLenientKeepAlive},
      {"kLenientTransferEncoding", http::kLenientTransferEncoding},
      {"kLenientVersion", http::kLenientVersion},
      {"kLenientDataAfterClose", http::kLenientDataAfterClose},
      {"kLenientOptionalLFAfterCR", http::kLenientOptionalLfAfterCr},
      {"kLenientOptionalCRLFAfterChunk", http::kLenientOptionalCrlfAfterChunk},
      {"kLenientOptionalCRBeforeLF", http::kLenientOptionalCrBeforeLf},
      {"kLenientSpacesAfterChunkSize", http::kLenientSpacesAfterChunkSize},
      {"kLenientAll", http::kLenientAll},
  };
  for (const auto& c : kConstants) {
    if (!DefineInt(cx, ctor, c.name, c.value)) return false;
  }

  JS::RootedObject list_proto(cx, JS_InitClass(cx, target, nullptr, &kListClass, ListNew,
                                               0, nullptr, kListMethods, nullptr,
                                               nullptr));
  if (!list_proto) return false;

  JS::RootedValue v(cx);
  if (!MethodArray(cx, true, &v) ||
      !JS_DefineProperty(cx, target, "methods", v, JSPROP_ENUMERATE) ||
      !MethodArray(cx, false, &v) ||
      !JS_DefineProperty(cx, target, "allMethods", v, JSPROP_ENUMERATE)) {
    return false;
  }

  JSFunction* set_proto =
      js::NewFunctionWithReserved(cx, SetBufferPrototype, 1, 0, "setBufferPrototype");
  if (!set_proto) return false;
  JS::RootedObject set_proto_obj(cx, JS_GetFunctionObject(set_proto));
  js::SetFunctionNativeReserved(set_proto_obj, 0, JS::ObjectValue(*proto));
  v.setObject(*set_proto_obj);
  return JS_DefineProperty(cx, target, "setBufferPrototype", v, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
