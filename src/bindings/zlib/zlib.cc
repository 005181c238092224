// eddy: the `zlib` binding (node's src/node_zlib.cc): the handle classes
// Zlib, BrotliEncoder and BrotliDecoder behind lib/zlib.js, crc32, and the
// constants node exports as zlib.constants.
//
// A handle is GC-owned (ObjectWrap-style: the finalizer frees the engine).
// Its methods:
//   init(...)                       options; see InitZlib / InitBrotli
//   write(flush, view, off, len, firstCap, chunkSize)
//       runs the engine on libuv's thread pool over a private copy of the
//       input; the completion calls the init callback through a
//       CallbackScope as callback(output, message, errno, code): `output`
//       is an ArrayBuffer owning the malloc'ed output pieces (or null), the
//       rest describe a failure (message undefined when none).
//       writeState[0] = input bytes left, writeState[1] = 1 when the write
//       stopped at its output budget and must be repeated.
//   write(flush, view, off, len, firstCap, chunkSize, finishFlush, maxOutput)
//       the one-shot form: the whole input, then an empty finishing write,
//       in one trip and one output block; writeState[1] = 2 when the
//       output passed maxOutput.
//   writeSync(flush, view, off, len, firstCap, chunkSize, maxOutputLength)
//       runs inline until the input is consumed; returns the output
//       ArrayBuffer (or null when empty), -1 when the output passed
//       maxOutputLength, or [message, errno, code] on failure.
//   params(level, strategy), reset(): undefined, or [message, errno, code].
//   close(): frees the engine (after the write in flight, if any).
//
// Rules:
// - lib/ validates; bad calls on the handle itself (wrong types, ranges,
//   a write while one is in flight, use after close) throw a plain Error,
//   never crash.
// - While a write is in flight its request (a ReqWrap) keeps the handle's JS
//   object, and so the engine, alive; params/reset/close arriving meanwhile
//   are applied when it completes.
// - The worker thread sees only the engine, the input copy and the output
//   block; no JSAPI off the loop thread.
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/MemoryFunctions.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <uv.h>
#include <zlib.h>

#include <brotli/decode.h>
#include <brotli/encode.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bindings/registry.h"
#include "bindings/zlib/engine.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/callback_scope.h"
#include "loop/req_wrap.h"

namespace eddy::bindings {

namespace {

using zlib::Engine;
using zlib::ErrorInfo;
using zlib::Mode;

// Output an asynchronous write may produce before it hands back (the caller
// repeats the write, after the consumer read, if it has to).
constexpr size_t kAsyncBudget = size_t{1} << 20;

enum Slot : uint32_t {
  kSlotNative = kNativeSlot,
  kSlotCallback = 1,
  kSlotState = 2,
  kSlotCount = 3,
};

class Stream {
 public:
  explicit Stream(Mode mode) : mode_(mode) {}

  Mode mode() const { return mode_; }
  Engine* engine() { return engine_.get(); }
  bool usable() const { return engine_ && !closed_ && !pending_close_; }

  void SetEngine(std::unique_ptr<Engine> e) { engine_ = std::move(e); }

  // Frees the engine, or marks it to be freed when the write in flight ends.
  void Close() {
    if (write_in_progress_) {
      pending_close_ = true;
      return;
    }
    pending_close_ = false;
    closed_ = true;
    engine_.reset();
  }

  bool write_in_progress_ = false;
  bool pending_close_ = false;
  bool closed_ = false;
  bool pending_reset_ = false;
  bool pending_params_ = false;
  int pending_level_ = 0;
  int pending_strategy_ = 0;
  size_t accounted_ = 0;  // bytes reported to the GC

  // The write in flight.
  std::vector<uint8_t> input_;
  int flush_ = 0;
  bool whole_ = false;  // one-shot: input and finish in one trip
  int finish_flush_ = 0;
  size_t max_output_ = 0;
  size_t first_cap_ = 0;
  size_t chunk_size_ = 0;
  zlib::OutputBlock out_;
  zlib::WriteResult result_;

 private:
  Mode mode_;
  std::unique_ptr<Engine> engine_;
};

void Finalize(JS::GCContext* gcx, JSObject* obj);

const JSClassOps kStreamOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                               nullptr, Finalize, nullptr, nullptr, nullptr};
const JSClass kZlibClass = {
    "Zlib", JSCLASS_HAS_RESERVED_SLOTS(kSlotCount) | JSCLASS_FOREGROUND_FINALIZE,
    &kStreamOps};
const JSClass kBrotliEncoderClass = {
    "BrotliEncoder",
    JSCLASS_HAS_RESERVED_SLOTS(kSlotCount) | JSCLASS_FOREGROUND_FINALIZE, &kStreamOps};
const JSClass kBrotliDecoderClass = {
    "BrotliDecoder",
    JSCLASS_HAS_RESERVED_SLOTS(kSlotCount) | JSCLASS_FOREGROUND_FINALIZE, &kStreamOps};

bool IsStreamClass(const JSClass* c) {
  return c == &kZlibClass || c == &kBrotliEncoderClass || c == &kBrotliDecoderClass;
}

void Finalize(JS::GCContext* gcx, JSObject* obj) {
  auto* s = JS::GetMaybePtrFromReservedSlot<Stream>(obj, kSlotNative);
  if (!s) return;
  if (s->accounted_) JS::RemoveAssociatedMemory(obj, s->accounted_, JS::MemoryUse::Embedding1);
  delete s;
}

// `this` as a stream handle, or null with an exception pending.
Stream* UnwrapStream(JSContext* cx, const JS::CallArgs& args, JS::MutableHandleObject obj) {
  if (args.thisv().isObject()) {
    JSObject* o = &args.thisv().toObject();
    if (IsStreamClass(JS::GetClass(o))) {
      if (auto* s = JS::GetMaybePtrFromReservedSlot<Stream>(o, kSlotNative)) {
        obj.set(o);
        return s;
      }
    }
  }
  ThrowTypeError(cx, "Illegal invocation");
  return nullptr;
}

// A usable stream (initialized, open, no write in flight) or null with an
// exception pending.
Stream* UnwrapReady(JSContext* cx, const JS::CallArgs& args, JS::MutableHandleObject obj) {
  Stream* s = UnwrapStream(cx, args, obj);
  if (!s) return nullptr;
  if (!s->usable()) {
    ThrowError(cx, s->closed_ || s->pending_close_ ? "zlib binding closed"
                                                    : "zlib binding not initialized");
    return nullptr;
  }
  return s;
}

bool IntArg(JSContext* cx, const JS::CallArgs& args, unsigned i, const char* what,
            double lo, double hi, double* out) {
  JS::HandleValue v = args.get(i);
  if (!v.isNumber() || std::isnan(v.toNumber()) || v.toNumber() < lo ||
      v.toNumber() > hi) {
    std::string msg = std::string("zlib: bad ") + what;
    return ThrowTypeError(cx, msg.c_str());
  }
  *out = std::trunc(v.toNumber());
  return true;
}

// The bytes of an ArrayBufferView argument, [off, off + len) checked against
// its length. Only valid until the next GC.
bool ViewRange(JSContext* cx, const JS::CallArgs& args, unsigned i, JSObject** view,
               size_t* off, size_t* len) {
  JS::HandleValue v = args.get(i);
  JSObject* obj = v.isObject() ? js::UnwrapArrayBufferView(&v.toObject()) : nullptr;
  if (!obj) return ThrowTypeError(cx, "zlib: input must be an ArrayBufferView");
  double o, l;
  if (!IntArg(cx, args, i + 1, "input offset", 0, 9007199254740991.0, &o) ||
      !IntArg(cx, args, i + 2, "input length", 0, 9007199254740991.0, &l)) {
    return false;
  }
  size_t total = JS_GetArrayBufferViewByteLength(obj);
  if (o > static_cast<double>(total) || l > static_cast<double>(total) - o) {
    return ThrowTypeError(cx, "zlib: input range out of bounds");
  }
  *view = obj;
  *off = static_cast<size_t>(o);
  *len = static_cast<size_t>(l);
  return true;
}

const uint8_t* ViewData(JSObject* view, const JS::AutoRequireNoGC& nogc) {
  bool shared;
  return static_cast<const uint8_t*>(JS_GetArrayBufferViewData(view, &shared, nogc));
}

// writeState[0..1] = (input left, full).
void WriteState(JSObject* obj, const zlib::WriteResult& r) {
  JS::Value v = JS::GetReservedSlot(obj, kSlotState);
  if (!v.isObject()) return;
  JSObject* arr = js::UnwrapArrayBufferView(&v.toObject());
  if (!arr || JS_GetArrayBufferViewType(arr) != js::Scalar::Float64 ||
      JS_GetTypedArrayLength(arr) < 2) {
    return;
  }
  JS::AutoCheckCannotGC nogc;
  bool shared;
  auto* d = static_cast<double*>(JS_GetArrayBufferViewData(arr, &shared, nogc));
  d[0] = static_cast<double>(r.avail_in);
  d[1] = r.too_large ? 2 : r.full ? 1 : 0;
}

// The output block as an ArrayBuffer (null when empty). Takes the memory.
bool OutputValue(JSContext* cx, zlib::OutputBlock* out, JS::MutableHandleValue v) {
  if (out->size == 0) {
    out->Free();
    v.setNull();
    return true;
  }
  size_t n = out->size;
  uint8_t* data = out->Release();
  JSObject* ab = JS::NewArrayBufferWithContents(cx, n, data);
  if (!ab) {
    js_free(data);
    return false;
  }
  v.setObject(*ab);
  return true;
}

bool ErrorArray(JSContext* cx, const ErrorInfo& e, JS::MutableHandleValue out) {
  JS::RootedValueArray<3> items(cx);
  JSString* msg = NewStringUtf8(cx, e.message);
  if (!msg) return false;
  items[0].setString(msg);
  items[1].setInt32(e.err);
  JSString* code = NewStringUtf8(cx, e.code);
  if (!code) return false;
  items[2].setString(code);
  JSObject* arr = JS::NewArrayObject(cx, items);
  if (!arr) return false;
  out.setObject(*arr);
  return true;
}

void Account(JSObject* obj, Stream* s) {
  size_t n = s->engine() ? s->engine()->MemorySize() : 0;
  if (n && !s->accounted_) {
    JS::AddAssociatedMemory(obj, n, JS::MemoryUse::Embedding1);
    s->accounted_ = n;
  }
}

void Unaccount(JSObject* obj, Stream* s) {
  if (s->accounted_) {
    JS::RemoveAssociatedMemory(obj, s->accounted_, JS::MemoryUse::Embedding1);
    s->accounted_ = 0;
  }
}

// Applies a reset or params() call that arrived while a write was in flight.
// Their failures cannot be reported to anyone waiting, so they surface
// through the next write instead (the engine stays in its error state).
void ApplyPending(Stream* s) {
  if (!s->engine()) return;
  ErrorInfo ignored;
  if (s->pending_reset_) (void)s->engine()->Reset(&ignored);
  if (s->pending_params_) {
    (void)s->engine()->SetParams(s->pending_level_, s->pending_strategy_, &ignored);
  }
  s->pending_reset_ = s->pending_params_ = false;
}

// --- the asynchronous write ----------------------------------------------------

class WriteReq final : public loop::ReqWrap<uv_work_t> {
 public:
  WriteReq(Runtime* rt, JSObject* obj, Stream* stream) : ReqWrap(rt, obj), stream_(stream) {}

  static void Work(uv_work_t* w) {
    Stream* s = static_cast<WriteReq*>(From(w))->stream_;
    s->result_ = zlib::WriteResult();
    if (!s->whole_) {
      zlib::Drive(s->engine(), s->flush_, s->input_.data(), s->input_.size(), s->first_cap_,
                  s->chunk_size_, kAsyncBudget, 0, &s->out_, &s->result_);
      return;
    }
    // A one-shot call (zlib.gzip(buf, cb)): all input with the stream's
    // flush flag, then an empty write with its finish flag, as node's stream
    // does for end(buf); everything in one block.
    zlib::Drive(s->engine(), s->flush_, s->input_.data(), s->input_.size(), s->chunk_size_,
                s->chunk_size_, 0, s->max_output_, &s->out_, &s->result_);
    if (s->result_.error.failed() || s->result_.too_large) return;
    zlib::WriteResult last;
    zlib::Drive(s->engine(), s->finish_flush_, nullptr, 0, s->chunk_size_, s->chunk_size_, 0,
                s->max_output_, &s->out_, &last);
    s->result_.error = std::move(last.error);
    s->result_.too_large = last.too_large;
  }

  static void After(uv_work_t* w, int status);

 private:
  Stream* stream_;
};

void WriteReq::After(uv_work_t* w, int status) {
  auto* req = static_cast<WriteReq*>(From(w));
  Stream* s = req->stream_;
  Runtime* rt = req->runtime();
  s->write_in_progress_ = false;
  ApplyPending(s);
  if (status == UV_ECANCELED || !rt->can_call_into_js()) {
    s->out_.Free();
    if (s->pending_close_) s->Close();
    delete req;
    return;
  }
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  JS::RootedObject obj(cx, req->object());
  delete req;

  JS::RootedValueArray<4> args(cx);
  if (s->result_.too_large) s->out_.Free();
  bool ok = OutputValue(cx, &s->out_, args[0]);
  const ErrorInfo& e = s->result_.error;
  if (ok && e.failed()) {
    JSString* msg = NewStringUtf8(cx, e.message);
    JSString* code = msg ? NewStringUtf8(cx, e.code) : nullptr;
    if (!code) {
      ok = false;
    } else {
      args[1].setString(msg);
      args[2].setInt32(e.err);
      args[3].setString(code);
    }
  }
  if (!ok) {
    rt->HandleUncaughtException();
    return;
  }
  WriteState(obj, s->result_);
  // The input copy is kept for the next write, unless it is big.
  if (s->input_.capacity() > (size_t{1} << 20)) std::vector<uint8_t>().swap(s->input_);

  JS::RootedValue fn(cx, JS::GetReservedSlot(obj, kSlotCallback));
  if (fn.isObject()) {
    JS::RootedValue recv(cx, JS::ObjectValue(*obj)), rv(cx);
    (void)rt->CallAndReport(recv, fn, args, &rv);
  }
  // The stream may have been freed by the finalizer only if obj died, which
  // it cannot while rooted here; re-read it anyway.
  if (auto* s2 = JS::GetMaybePtrFromReservedSlot<Stream>(obj, kSlotNative)) {
    if (s2->pending_close_ && !s2->write_in_progress_) {
      s2->Close();
      Unaccount(obj, s2);
    }
  }
}

// --- methods ---------------------------------------------------------------------

// Common checks of write/writeSync: flush, view range, firstCap, chunkSize.
bool WriteArgs(JSContext* cx, const JS::CallArgs& args, int* flush, JSObject** view,
               size_t* off, size_t* len, size_t* first_cap, size_t* chunk) {
  double f, fc, cs;
  if (!IntArg(cx, args, 0, "flush flag", 0, 6, &f) ||
      !ViewRange(cx, args, 1, view, off, len) ||
      !IntArg(cx, args, 4, "output room", 1, 9007199254740991.0, &fc) ||
      !IntArg(cx, args, 5, "chunk size", 1, 9007199254740991.0, &cs)) {
    return false;
  }
  *flush = static_cast<int>(f);
  *chunk = static_cast<size_t>(cs);
  *first_cap = static_cast<size_t>(fc);
  if (*first_cap > *chunk) *first_cap = *chunk;
  return true;
}

bool Write(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx);
  Stream* s = UnwrapReady(cx, args, &obj);
  if (!s) return false;
  if (s->write_in_progress_) return ThrowError(cx, "zlib: write already in progress");
  int flush;
  JSObject* view;
  size_t off, len, first_cap, chunk;
  if (!WriteArgs(cx, args, &flush, &view, &off, &len, &first_cap, &chunk)) return false;
  {
    JS::AutoCheckCannotGC nogc;
    const uint8_t* p = ViewData(view, nogc);
    s->input_.assign(p + off, p + off + len);
  }
  // The engine's memory is allocated on its first use; tell the GC about it
  // from the first asynchronous write on (sync users close at once).
  Account(obj, s);
  s->flush_ = flush;
  s->first_cap_ = first_cap;
  s->chunk_size_ = chunk;
  s->whole_ = !args.get(6).isUndefined();
  if (s->whole_) {
    double ff, max_out;
    if (!IntArg(cx, args, 6, "finish flush flag", 0, 6, &ff) ||
        !IntArg(cx, args, 7, "maxOutputLength", 1, 9007199254740991.0, &max_out)) {
      return false;
    }
    s->finish_flush_ = static_cast<int>(ff);
    s->max_output_ = static_cast<size_t>(max_out);
  }
  Runtime* rt = Runtime::From(cx);
  auto* req = new WriteReq(rt, obj, s);
  int err = uv_queue_work(rt->loop(), req->uv_req(), WriteReq::Work, WriteReq::After);
  if (err < 0) {
    delete req;
    return ThrowError(cx, "zlib: could not queue work");
  }
  s->write_in_progress_ = true;
  args.rval().setUndefined();
  return true;
}

bool WriteSync(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx);
  Stream* s = UnwrapReady(cx, args, &obj);
  if (!s) return false;
  if (s->write_in_progress_) return ThrowError(cx, "zlib: write already in progress");
  int flush;
  JSObject* view;
  size_t off, len, first_cap, chunk;
  double max_out = 0;
  if (!WriteArgs(cx, args, &flush, &view, &off, &len, &first_cap, &chunk)) return false;
  if (!args.get(6).isUndefined() &&
      !IntArg(cx, args, 6, "maxOutputLength", 0, 9007199254740991.0, &max_out)) {
    return false;
  }
  zlib::OutputBlock out;
  zlib::WriteResult result;
  {
    JS::AutoCheckCannotGC nogc;
    const uint8_t* p = ViewData(view, nogc);
    zlib::Drive(s->engine(), flush, p + off, len, first_cap, chunk, 0,
                static_cast<size_t>(max_out), &out, &result);
  }
  WriteState(obj, result);
  if (result.error.failed()) return ErrorArray(cx, result.error, args.rval());
  if (result.too_large) {
    args.rval().setInt32(-1);
    return true;
  }
  return OutputValue(cx, &out, args.rval());
}

bool Params(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx);
  Stream* s = UnwrapReady(cx, args, &obj);
  if (!s) return false;
  // lib/ lets NaN through (it means "default" to its range check); like
  // node's Int32 conversion, it reads as 0 here.
  double level = args.get(0).isNumber() && std::isnan(args[0].toNumber()) ? 0 : -2;
  double strategy = args.get(1).isNumber() && std::isnan(args[1].toNumber()) ? 0 : -2;
  if ((level == -2 && !IntArg(cx, args, 0, "level", -1, 9, &level)) ||
      (strategy == -2 && !IntArg(cx, args, 1, "strategy", 0, 4, &strategy))) {
    return false;
  }
  args.rval().setUndefined();
  if (s->write_in_progress_) {
    s->pending_params_ = true;
    s->pending_level_ = static_cast<int>(level);
    s->pending_strategy_ = static_cast<int>(strategy);
    return true;
  }
  ErrorInfo e;
  if (!s->engine()->SetParams(static_cast<int>(level), static_cast<int>(strategy), &e)) {
    return ErrorArray(cx, e, args.rval());
  }
  return true;
}

bool Reset(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx);
  Stream* s = UnwrapReady(cx, args, &obj);
  if (!s) return false;
  args.rval().setUndefined();
  if (s->write_in_progress_) {
    s->pending_reset_ = true;
    return true;
  }
  ErrorInfo e;
  if (!s->engine()->Reset(&e)) return ErrorArray(cx, e, args.rval());
  return true;
}

bool Close(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx);
  Stream* s = UnwrapStream(cx, args, &obj);
  if (!s) return false;
  s->Close();
  if (!s->write_in_progress_) Unaccount(obj, s);
  args.rval().setUndefined();
  return true;
}

// Stores the writeState array and the completion callback.
bool StoreStateAndCallback(JSContext* cx, JS::HandleObject obj, JS::HandleValue state,
                           JS::HandleValue callback) {
  JSObject* arr = state.isObject() ? js::UnwrapArrayBufferView(&state.toObject()) : nullptr;
  if (!arr || JS_GetArrayBufferViewType(arr) != js::Scalar::Float64 ||
      JS_GetTypedArrayLength(arr) < 2) {
    return ThrowTypeError(cx, "zlib: writeState must be a Float64Array(2)");
  }
  if (!callback.isObject() || !JS::IsCallable(&callback.toObject())) {
    return ThrowTypeError(cx, "zlib: callback must be a function");
  }
  JS::SetReservedSlot(obj, kSlotState, state);
  JS::SetReservedSlot(obj, kSlotCallback, callback);
  return true;
}

// init(windowBits, level, memLevel, strategy, writeState, callback, dictionary)
bool InitZlib(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx);
  Stream* s = UnwrapStream(cx, args, &obj);
  if (!s) return false;
  if (JS::GetClass(obj) != &kZlibClass) return ThrowTypeError(cx, "Illegal invocation");
  if (s->engine() || s->closed_) return ThrowError(cx, "zlib: already initialized");
  double wb, level, mem, strategy;
  if (!IntArg(cx, args, 0, "windowBits", 0, 15, &wb) ||
      !IntArg(cx, args, 1, "level", -1, 9, &level) ||
      !IntArg(cx, args, 2, "memLevel", 1, 9, &mem) ||
      !IntArg(cx, args, 3, "strategy", 0, 4, &strategy)) {
    return false;
  }
  if (!StoreStateAndCallback(cx, obj, args.get(4), args.get(5))) return false;
  std::vector<uint8_t> dict;
  JS::HandleValue dv = args.get(6);
  if (!dv.isUndefined()) {
    JSObject* view = dv.isObject() ? js::UnwrapArrayBufferView(&dv.toObject()) : nullptr;
    if (!view) return ThrowTypeError(cx, "zlib: dictionary must be an ArrayBufferView");
    JS::AutoCheckCannotGC nogc;
    const uint8_t* p = ViewData(view, nogc);
    dict.assign(p, p + JS_GetArrayBufferViewByteLength(view));
  }
  int window_bits = static_cast<int>(wb);
  // windowBits 0 (use the header's) is only meaningful for inflating.
  if (window_bits == 0 && s->mode() != zlib::kInflate && s->mode() != zlib::kGunzip &&
      s->mode() != zlib::kUnzip) {
    window_bits = 15;
  }
  if (window_bits != 0 && window_bits < 8) window_bits = 8;
  s->SetEngine(zlib::NewZlibEngine(s->mode(), window_bits, static_cast<int>(level),
                                   static_cast<int>(mem), static_cast<int>(strategy),
                                   std::move(dict)));
  args.rval().setBoolean(true);
  return true;
}

// init(params: Uint32Array, writeState, callback) -> bool. params[i] is the
// value of brotli parameter i, 0xffffffff meaning unset.
bool InitBrotli(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx);
  Stream* s = UnwrapStream(cx, args, &obj);
  if (!s) return false;
  if (JS::GetClass(obj) == &kZlibClass) return ThrowTypeError(cx, "Illegal invocation");
  if (s->engine() || s->closed_) return ThrowError(cx, "zlib: already initialized");
  JS::HandleValue pv = args.get(0);
  JSObject* arr = pv.isObject() ? js::UnwrapArrayBufferView(&pv.toObject()) : nullptr;
  if (!arr || JS_GetArrayBufferViewType(arr) != js::Scalar::Uint32) {
    return ThrowTypeError(cx, "zlib: params must be a Uint32Array");
  }
  if (!StoreStateAndCallback(cx, obj, args.get(1), args.get(2))) return false;
  std::vector<std::pair<int, uint32_t>> params;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    auto* d = static_cast<const uint32_t*>(JS_GetArrayBufferViewData(arr, &shared, nogc));
    size_t n = JS_GetTypedArrayLength(arr);
    for (size_t i = 0; i < n && i < 64; i++) {
      if (d[i] != 0xffffffffu) params.emplace_back(static_cast<int>(i), d[i]);
    }
  }
  std::unique_ptr<Engine> e = zlib::NewBrotliEngine(s->mode(), params);
  if (!e) {
    args.rval().setBoolean(false);
    return true;
  }
  s->SetEngine(std::move(e));
  args.rval().setBoolean(true);
  return true;
}

template <const JSClass* kClass, int kMin, int kMax>
bool Construct(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    std::string msg = std::string("Class constructor ") + kClass->name +
                      " cannot be invoked without 'new'";
    return ThrowTypeError(cx, msg.c_str());
  }
  JS::HandleValue m = args.get(0);
  if (!m.isInt32() || m.toInt32() < kMin || m.toInt32() > kMax) {
    return ThrowTypeError(cx, "zlib: bad mode");
  }
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, kClass, args));
  if (!obj) return false;
  SetNative(obj, new Stream(static_cast<Mode>(m.toInt32())));
  args.rval().setObject(*obj);
  return true;
}

const JSFunctionSpec kZlibMethods[] = {
    JS_FN("init", InitZlib, 7, 0),   JS_FN("write", Write, 6, 0),
    JS_FN("writeSync", WriteSync, 7, 0), JS_FN("params", Params, 2, 0),
    JS_FN("reset", Reset, 0, 0),     JS_FN("close", Close, 0, 0),
    JS_FS_END};

bool BrotliParams(JSContext* cx, unsigned argc, JS::Value* vp) {
  // Brotli has no parameters to change mid-stream; node's handle ignores it.
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kBrotliMethods[] = {
    JS_FN("init", InitBrotli, 3, 0),   JS_FN("write", Write, 6, 0),
    JS_FN("writeSync", WriteSync, 7, 0), JS_FN("params", BrotliParams, 0, 0),
    JS_FN("reset", Reset, 0, 0),       JS_FN("close", Close, 0, 0),
    JS_FS_END};

// crc32(data: string | ArrayBufferView, value: uint32) -> uint32
bool Crc32(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uLong crc = 0;
  if (args.get(1).isNumber()) {
    double d = args[1].toNumber();
    if (d >= 0 && d <= 4294967295.0) crc = static_cast<uLong>(d);
  }
  JS::HandleValue data = args.get(0);
  if (data.isString()) {
    std::string s;
    if (!ToUtf8(cx, data, &s)) return false;
    crc = crc32_z(crc, reinterpret_cast<const Bytef*>(s.data()), s.size());
  } else {
    JSObject* view = data.isObject() ? js::UnwrapArrayBufferView(&data.toObject()) : nullptr;
    if (!view) return ThrowTypeError(cx, "crc32: data must be a string or ArrayBufferView");
    JS::AutoCheckCannotGC nogc;
    size_t n = JS_GetArrayBufferViewByteLength(view);
    const uint8_t* p = ViewData(view, nogc);
    if (n) crc = crc32_z(crc, p, n);
  }
  args.rval().setNumber(static_cast<double>(static_cast<uint32_t>(crc)));
  return true;
}

// --- constants --------------------------------------------------------------------

struct Constant {
  const char* name;
  double value;
};

// In node's order (src/node_zlib.cc DefineZlibConstants).
const Constant kConstants[] = {
    {"Z_NO_FLUSH", Z_NO_FLUSH},
    {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"Z_FULL_FLUSH", Z_FULL_FLUSH},
    {"Z_FINISH", Z_FINISH},
    {"Z_BLOCK", Z_BLOCK},
    {"Z_OK", Z_OK},
    {"Z_STREAM_END", Z_STREAM_END},
    {"Z_NEED_DICT", Z_NEED_DICT},
    {"Z_ERRNO", Z_ERRNO},
    {"Z_STREAM_ERROR", Z_STREAM_ERROR},
    {"Z_DATA_ERROR", Z_DATA_ERROR},
    {"Z_MEM_ERROR", Z_MEM_ERROR},
    {"Z_BUF_ERROR", Z_BUF_ERROR},
    {"Z_VERSION_ERROR", Z_VERSION_ERROR},
    {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
    {"Z_BEST_SPEED", Z_BEST_SPEED},
    {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
    {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
    {"Z_FILTERED", Z_FILTERED},
    {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
    {"Z_RLE", Z_RLE},
    {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
    {"ZLIB_VERNUM", ZLIB_VERNUM},
    {"DEFLATE", zlib::kDeflate},
    {"INFLATE", zlib::kInflate},
    {"GZIP", zlib::kGzip},
    {"GUNZIP", zlib::kGunzip},
    {"DEFLATERAW", zlib::kDeflateRaw},
    {"INFLATERAW", zlib::kInflateRaw},
    {"UNZIP", zlib::kUnzip},
    {"BROTLI_DECODE", zlib::kBrotliDecode},
    {"BROTLI_ENCODE", zlib::kBrotliEncode},
    {"Z_MIN_WINDOWBITS", 8},
    {"Z_MAX_WINDOWBITS", 15},
    {"Z_DEFAULT_WINDOWBITS", 15},
    {"Z_MIN_CHUNK", 64},
    {"Z_MAX_CHUNK", std::numeric_limits<double>::infinity()},
    {"Z_DEFAULT_CHUNK", 16 * 1024},
    {"Z_MIN_MEMLEVEL", 1},
    {"Z_MAX_MEMLEVEL", 9},
    {"Z_DEFAULT_MEMLEVEL", 8},
    {"Z_MIN_LEVEL", -1},
    {"Z_MAX_LEVEL", 9},
    {"Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION},
    {"BROTLI_OPERATION_PROCESS", BROTLI_OPERATION_PROCESS},
    {"BROTLI_OPERATION_FLUSH", BROTLI_OPERATION_FLUSH},
    {"BROTLI_OPERATION_FINISH", BROTLI_OPERATION_FINISH},
    {"BROTLI_OPERATION_EMIT_METADATA", BROTLI_OPERATION_EMIT_METADATA},
    {"BROTLI_PARAM_MODE", BROTLI_PARAM_MODE},
    {"BROTLI_MODE_GENERIC", BROTLI_MODE_GENERIC},
    {"BROTLI_MODE_TEXT", BROTLI_MODE_TEXT},
    {"BROTLI_MODE_FONT", BROTLI_MODE_FONT},
    {"BROTLI_DEFAULT_MODE", BROTLI_DEFAULT_MODE},
    {"BROTLI_PARAM_QUALITY", BROTLI_PARAM_QUALITY},
    {"BROTLI_MIN_QUALITY", BROTLI_MIN_QUALITY},
    {"BROTLI_MAX_QUALITY", BROTLI_MAX_QUALITY},
    {"BROTLI_DEFAULT_QUALITY", BROTLI_DEFAULT_QUALITY},
    {"BROTLI_PARAM_LGWIN", BROTLI_PARAM_LGWIN},
    {"BROTLI_MIN_WINDOW_BITS", BROTLI_MIN_WINDOW_BITS},
    {"BROTLI_MAX_WINDOW_BITS", BROTLI_MAX_WINDOW_BITS},
    {"BROTLI_LARGE_MAX_WINDOW_BITS", BROTLI_LARGE_MAX_WINDOW_BITS},
    {"BROTLI_DEFAULT_WINDOW", BROTLI_DEFAULT_WINDOW},
    {"BROTLI_PARAM_LGBLOCK", BROTLI_PARAM_LGBLOCK},
    {"BROTLI_MIN_INPUT_BLOCK_BITS", BROTLI_MIN_INPUT_BLOCK_BITS},
    {"BROTLI_MAX_INPUT_BLOCK_BITS", BROTLI_MAX_INPUT_BLOCK_BITS},
    {"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING",
     BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING},
    {"BROTLI_PARAM_SIZE_HINT", BROTLI_PARAM_SIZE_HINT},
    {"BROTLI_PARAM_LARGE_WINDOW", BROTLI_PARAM_LARGE_WINDOW},
    {"BROTLI_PARAM_NPOSTFIX", BROTLI_PARAM_NPOSTFIX},
    {"BROTLI_PARAM_NDIRECT", BROTLI_PARAM_NDIRECT},
    {"BROTLI_DECODER_RESULT_ERROR", BROTLI_DECODER_RESULT_ERROR},
    {"BROTLI_DECODER_RESULT_SUCCESS", BROTLI_DECODER_RESULT_SUCCESS},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT", BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT", BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT},
    {"BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION",
     BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION},
    {"BROTLI_DECODER_PARAM_LARGE_WINDOW", BROTLI_DECODER_PARAM_LARGE_WINDOW},
    {"BROTLI_DECODER_NO_ERROR", BROTLI_DECODER_NO_ERROR},
    {"BROTLI_DECODER_SUCCESS", BROTLI_DECODER_SUCCESS},
    {"BROTLI_DECODER_NEEDS_MORE_INPUT", BROTLI_DECODER_NEEDS_MORE_INPUT},
    {"BROTLI_DECODER_NEEDS_MORE_OUTPUT", BROTLI_DECODER_NEEDS_MORE_OUTPUT},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE",
     BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE},
    {"BROTLI_DECODER_ERROR_FORMAT_RESERVED", BROTLI_DECODER_ERROR_FORMAT_RESERVED},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE",
     BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET",
     BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME",
     BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME},
    {"BROTLI_DECODER_ERROR_FORMAT_CL_SPACE", BROTLI_DECODER_ERROR_FORMAT_CL_SPACE},
    {"BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE", BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE},
    {"BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT",
     BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1", BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2", BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2},
    {"BROTLI_DECODER_ERROR_FORMAT_TRANSFORM", BROTLI_DECODER_ERROR_FORMAT_TRANSFORM},
    {"BROTLI_DECODER_ERROR_FORMAT_DICTIONARY", BROTLI_DECODER_ERROR_FORMAT_DICTIONARY},
    {"BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS", BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_1", BROTLI_DECODER_ERROR_FORMAT_PADDING_1},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_2", BROTLI_DECODER_ERROR_FORMAT_PADDING_2},
    {"BROTLI_DECODER_ERROR_FORMAT_DISTANCE", BROTLI_DECODER_ERROR_FORMAT_DISTANCE},
    {"BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET", BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET},
    {"BROTLI_DECODER_ERROR_INVALID_ARGUMENTS", BROTLI_DECODER_ERROR_INVALID_ARGUMENTS},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES", BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES},
    {"BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS", BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP", BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1", BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2", BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2},
    {"BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES",
     BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES},
    {"BROTLI_DECODER_ERROR_UNREACHABLE", BROTLI_DECODER_ERROR_UNREACHABLE},
};

bool DefineConstants(JSContext* cx, JS::HandleObject target) {
  JS::RootedObject c(cx, JS_NewPlainObject(cx));
  if (!c) return false;
  for (const Constant& k : kConstants) {
    if (!SetNumber(cx, c, k.name, k.value)) return false;
  }
  JS::RootedValue v(cx, JS::ObjectValue(*c));
  return JS_DefineProperty(cx, target, "constants", v, JSPROP_ENUMERATE);
}

}  // namespace

bool InitZlibBinding(JSContext* cx, JS::HandleObject target) {
  if (!JS_InitClass(cx, target, nullptr, &kZlibClass,
                    Construct<&kZlibClass, zlib::kDeflate, zlib::kUnzip>, 1, nullptr,
                    kZlibMethods, nullptr, nullptr) ||
      !JS_InitClass(cx, target, nullptr, &kBrotliEncoderClass,
                    Construct<&kBrotliEncoderClass, zlib::kBrotliEncode, zlib::kBrotliEncode>,
                    1, nullptr, kBrotliMethods, nullptr, nullptr) ||
      !JS_InitClass(cx, target, nullptr, &kBrotliDecoderClass,
                    Construct<&kBrotliDecoderClass, zlib::kBrotliDecode, zlib::kBrotliDecode>,
                    1, nullptr, kBrotliMethods, nullptr, nullptr)) {
    return false;
  }
  if (!JS_DefineFunction(cx, target, "crc32", Crc32, 2, JSPROP_ENUMERATE)) return false;
  return DefineConstants(cx, target);
}

}  // namespace eddy::bindings
