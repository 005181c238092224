// eddy: the `url` binding (node's src/node_url.cc): WHATWG URL parsing for
// lib/internal/url.js through src/url/. A URL object is made here: an object
// of class URL (prototype from lib) whose reserved slots hold the serialized
// href and the offsets of its components (src/url/url.h, Components), so
// the getters below are substrings of the href and a URL holds one string.
//
//   parse(input, base, proto, toASCII)  a URL object, or undefined if invalid
//   parseHref(input, toASCII)           href string (offsets in `components`)
//   canParse(input, base, toASCII)      boolean (nothing is allocated)
//   update(url, setter, value, toASCII) runs a setter (kHref = 10: a new
//                                       parse); false when its parse failed
//   isURL(v), loadComponents(url)       brand check; href + offsets in
//                                       `components`
//   getSearchParams(url), setSearchParams(url, params)
//                                       the URLSearchParams linked to a URL
//   domainToASCII(domain, toASCII)      node's url.domainToASCII ('' = failure)
//   href, protocol, username, password, host, hostname, port, pathname,
//   search, hash                        getters (functions of `this`)
//   components                          Int32Array(7): protocol_end,
//                                       username_end, host_start, host_end,
//                                       pathname_start, search_start,
//                                       hash_start
//
// toASCII is lib's UTS #46 ToASCII (internal/idna), called only for hosts the
// C++ fast path does not map. Inputs are converted to UTF-8 with lone
// surrogates as U+FFFD (WebIDL USVString), so lib/ passes strings as they are.
#include <js/ArrayBuffer.h>
#include <js/Class.h>
#include <js/Object.h>
#include <js/PropertyAndElement.h>
#include <js/String.h>
#include <js/experimental/TypedData.h>

#include <memory>
#include <string>

#include "bindings/registry.h"
#include "engine/convert.h"
#include "url/url.h"

namespace eddy::bindings {

namespace {

constexpr int kComponentCount = 7;
thread_local int32_t t_components[kComponentCount];

// Buffers reused across calls so a parse allocates nothing but the href
// string. A call made while another is running (only possible through the
// toASCII hook) gets fresh ones.
struct Workspace {
  std::string input;
  std::string base_input;
  std::string href;
  url::UrlRecord url;
  // The last base parsed, kept: code resolving many references against the
  // same base (new URL(path, base) in a loop) parses it once.
  url::UrlRecord base;
  std::string base_key;
  url::Status base_status = url::Status::kFailure;
  bool base_cached = false;
};
thread_local Workspace t_workspace;
thread_local bool t_workspace_busy = false;

class WorkspaceScope {
 public:
  WorkspaceScope() {
    if (t_workspace_busy) {
      own_ = std::make_unique<Workspace>();
      ws_ = own_.get();
    } else {
      t_workspace_busy = true;
      ws_ = &t_workspace;
    }
  }
  ~WorkspaceScope() {
    if (!own_) t_workspace_busy = false;
  }
  Workspace* get() const { return ws_; }
  Workspace* operator->() const { return ws_; }

 private:
  std::unique_ptr<Workspace> own_;
  Workspace* ws_;
};

// Appends the UTF-8 form of `v` (a string, else converted with ToString) to
// *out, lone surrogates as U+FFFD. False with an exception pending.
bool AppendUsvUtf8(JSContext* cx, JS::HandleValue v, std::string* out) {
  JSString* str = v.isString() ? v.toString() : JS::ToString(cx, v);
  if (!str) return false;
  JSLinearString* linear = JS::StringToLinearString(cx, str);
  if (!linear) return false;
  size_t len = JS::GetLinearStringLength(linear);
  JS::AutoCheckCannotGC nogc;
  if (JS::LinearStringHasLatin1Chars(linear)) {
    const JS::Latin1Char* chars = JS::GetLatin1LinearStringChars(nogc, linear);
    size_t start = out->size();
    out->resize(start + len);
    char* dst = out->data() + start;
    size_t i = 0;
    for (; i < len; ++i) {
      if (chars[i] >= 0x80) break;
      dst[i] = static_cast<char>(chars[i]);
    }
    if (i == len) return true;
    out->resize(start + i);
    for (; i < len; ++i) {
      JS::Latin1Char c = chars[i];
      if (c < 0x80) {
        out->push_back(static_cast<char>(c));
      } else {
        out->push_back(static_cast<char>(0xc0 | (c >> 6)));
        out->push_back(static_cast<char>(0x80 | (c & 0x3f)));
      }
    }
    return true;
  }
  const char16_t* chars = JS::GetTwoByteLinearStringChars(nogc, linear);
  out->reserve(out->size() + len);
  for (size_t i = 0; i < len; ++i) {
    uint32_t c = chars[i];
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len && chars[i + 1] >= 0xdc00 && chars[i + 1] <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (chars[i + 1] - 0xdc00);
        ++i;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x800) {
      out->push_back(static_cast<char>(0xc0 | (c >> 6)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
      out->push_back(static_cast<char>(0xe0 | (c >> 12)));
      out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3f)));
    } else {
      out->push_back(static_cast<char>(0xf0 | (c >> 18)));
      out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3f)));
      out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
      out->push_back(static_cast<char>(0x80 | (c & 0x3f)));
    }
  }
  return true;
}

// The IdnaHook over lib's toASCII(domain) -> string | null.
struct HookContext {
  JSContext* cx;
  JS::HandleValue fn;
};

url::Status CallToAscii(void* ctx, std::string_view domain, std::string* out) {
  auto* hc = static_cast<HookContext*>(ctx);
  JSContext* cx = hc->cx;
  if (!hc->fn.isObject() || !JS::IsCallable(&hc->fn.toObject())) return url::Status::kFailure;
  JS::RootedString arg(cx, NewStringUtf8(cx, domain));
  if (!arg) return url::Status::kAbort;
  JS::RootedValueArray<1> argv(cx);
  argv[0].setString(arg);
  JS::RootedValue rv(cx);
  if (!JS::Call(cx, JS::UndefinedHandleValue, hc->fn, argv, &rv)) return url::Status::kAbort;
  if (!rv.isString()) return url::Status::kFailure;
  out->clear();
  if (!AppendUsvUtf8(cx, rv, out)) return url::Status::kAbort;
  return url::Status::kOk;
}

// --- URL objects ----------------------------------------------------------------

enum Slot {
  kHrefSlot,
  kProtocolEndSlot,
  kUsernameEndSlot,
  kHostStartSlot,
  kHostEndSlot,
  kPathnameStartSlot,
  kSearchStartSlot,
  kHashStartSlot,
  kSearchParamsSlot,
  kSlotCount,
};

const JSClass kUrlClass = {"URL", JSCLASS_HAS_RESERVED_SLOTS(kSlotCount)};

JSObject* UnwrapUrl(JSContext* cx, JS::HandleValue v) {
  if (v.isObject() && JS::GetClass(&v.toObject()) == &kUrlClass) return &v.toObject();
  // The message V8 gives for a failed private brand check, as in Node.
  ThrowTypeError(cx, "Receiver must be an instance of class URL");
  return nullptr;
}

uint32_t SlotOffset(JSObject* url, Slot slot) {
  return static_cast<uint32_t>(JS::GetReservedSlot(url, slot).toInt32());
}

url::Components ComponentsOf(JSObject* obj) {
  url::Components c;
  c.protocol_end = SlotOffset(obj, kProtocolEndSlot);
  c.username_end = SlotOffset(obj, kUsernameEndSlot);
  c.host_start = SlotOffset(obj, kHostStartSlot);
  c.host_end = SlotOffset(obj, kHostEndSlot);
  c.pathname_start = SlotOffset(obj, kPathnameStartSlot);
  c.search_start = SlotOffset(obj, kSearchStartSlot);
  c.hash_start = SlotOffset(obj, kHashStartSlot);
  return c;
}

void SetSlots(JSObject* obj, JSString* href, const url::Components& c) {
  JS::SetReservedSlot(obj, kHrefSlot, JS::StringValue(href));
  JS::SetReservedSlot(obj, kProtocolEndSlot, JS::Int32Value(c.protocol_end));
  JS::SetReservedSlot(obj, kUsernameEndSlot, JS::Int32Value(c.username_end));
  JS::SetReservedSlot(obj, kHostStartSlot, JS::Int32Value(c.host_start));
  JS::SetReservedSlot(obj, kHostEndSlot, JS::Int32Value(c.host_end));
  JS::SetReservedSlot(obj, kPathnameStartSlot, JS::Int32Value(c.pathname_start));
  JS::SetReservedSlot(obj, kSearchStartSlot, JS::Int32Value(c.search_start));
  JS::SetReservedSlot(obj, kHashStartSlot, JS::Int32Value(c.hash_start));
}

void WriteComponents(const url::Components& c) {
  t_components[0] = static_cast<int32_t>(c.protocol_end);
  t_components[1] = static_cast<int32_t>(c.username_end);
  t_components[2] = static_cast<int32_t>(c.host_start);
  t_components[3] = static_cast<int32_t>(c.host_end);
  t_components[4] = static_cast<int32_t>(c.pathname_start);
  t_components[5] = static_cast<int32_t>(c.search_start);
  t_components[6] = static_cast<int32_t>(c.hash_start);
}

// The href as a JS string: `same` itself when its text is the href (an
// input that was already normalized), else a new string.
JSString* HrefString(JSContext* cx, const std::string& href, JS::HandleValue same,
                     const std::string& same_utf8) {
  if (same.isString() && href == same_utf8 &&
      JS::GetStringLength(same.toString()) == href.size()) {
    return same.toString();
  }
  return JS_NewStringCopyN(cx, href.data(), href.size());
}

// Parses `input` against `base` (unless undefined) into ws->url. Returns
// false with an exception pending, else sets *status (kOk or kFailure).
bool ParseValues(JSContext* cx, JS::HandleValue input, JS::HandleValue base,
                 JS::HandleValue to_ascii, Workspace* ws, url::Status* status) {
  HookContext hc{cx, to_ascii};
  url::IdnaHook hook{CallToAscii, &hc};
  ws->input.clear();
  if (!AppendUsvUtf8(cx, input, &ws->input)) return false;
  const url::UrlRecord* base_record = nullptr;
  if (!base.isUndefined()) {
    ws->base_input.clear();
    if (!AppendUsvUtf8(cx, base, &ws->base_input)) return false;
    if (!ws->base_cached || ws->base_input != ws->base_key) {
      ws->base_cached = false;
      url::Status st = url::Parse(ws->base_input, nullptr, &ws->base, &hook);
      if (st == url::Status::kAbort) return false;
      ws->base_status = st;
      ws->base_key = ws->base_input;
      ws->base_cached = true;
    }
    if (ws->base_status != url::Status::kOk) {
      *status = url::Status::kFailure;
      return true;
    }
    base_record = &ws->base;
  }
  url::Status st = url::Parse(ws->input, base_record, &ws->url, &hook);
  if (st == url::Status::kAbort) return false;
  *status = st == url::Status::kOk ? st : url::Status::kFailure;
  return true;
}

bool Parse(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WorkspaceScope ws;
  url::Status st;
  if (!ParseValues(cx, args.get(0), args.get(1), args.get(3), ws.get(), &st)) return false;
  if (st != url::Status::kOk) {
    args.rval().setUndefined();
    return true;
  }
  if (!args.get(2).isObject()) return ThrowTypeError(cx, "url.parse: bad prototype");
  url::Components c;
  url::Serialize(ws->url, &ws->href, &c);
  JS::RootedString href(cx, HrefString(cx, ws->href, args.get(0), ws->input));
  if (!href) return false;
  JS::RootedObject proto(cx, &args.get(2).toObject());
  JSObject* obj = JS_NewObjectWithGivenProto(cx, &kUrlClass, proto);
  if (!obj) return false;
  SetSlots(obj, href, c);
  args.rval().setObject(*obj);
  return true;
}

bool ParseHref(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WorkspaceScope ws;
  url::Status st;
  if (!ParseValues(cx, args.get(0), JS::UndefinedHandleValue, args.get(1), ws.get(), &st)) {
    return false;
  }
  if (st != url::Status::kOk) {
    args.rval().setUndefined();
    return true;
  }
  url::Components c;
  url::Serialize(ws->url, &ws->href, &c);
  WriteComponents(c);
  JSString* href = HrefString(cx, ws->href, args.get(0), ws->input);
  if (!href) return false;
  args.rval().setString(href);
  return true;
}

bool CanParse(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WorkspaceScope ws;
  url::Status st;
  if (!ParseValues(cx, args.get(0), args.get(1), args.get(2), ws.get(), &st)) return false;
  args.rval().setBoolean(st == url::Status::kOk);
  return true;
}

constexpr int32_t kSetHref = 10;

bool Update(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx, UnwrapUrl(cx, args.get(0)));
  if (!obj) return false;
  JS::HandleValue which = args.get(1);
  if (!which.isInt32() || which.toInt32() < 0 || which.toInt32() > kSetHref) {
    return ThrowTypeError(cx, "url.update: bad setter");
  }
  WorkspaceScope ws;
  url::Status st;
  if (which.toInt32() == kSetHref) {
    if (!ParseValues(cx, args.get(2), JS::UndefinedHandleValue, args.get(3), ws.get(), &st)) {
      return false;
    }
    if (st == url::Status::kOk) {
      url::Components c;
      url::Serialize(ws->url, &ws->href, &c);
      JSString* href = HrefString(cx, ws->href, args.get(2), ws->input);
      if (!href) return false;
      SetSlots(obj, href, c);
    }
    args.rval().setBoolean(st == url::Status::kOk);
    return true;
  }
  JS::RootedValue old_href(cx, JS::GetReservedSlot(obj, kHrefSlot));
  ws->input.clear();
  if (!AppendUsvUtf8(cx, old_href, &ws->input)) return false;
  url::Decompose(ws->input, ComponentsOf(obj), &ws->url);
  ws->base_input.clear();
  if (!AppendUsvUtf8(cx, args.get(2), &ws->base_input)) return false;
  HookContext hc{cx, args.get(3)};
  url::IdnaHook hook{CallToAscii, &hc};
  st = url::Set(&ws->url, static_cast<url::Setter>(which.toInt32()), ws->base_input, &hook);
  if (st == url::Status::kAbort) return false;
  url::Components c;
  url::Serialize(ws->url, &ws->href, &c);
  JSString* href = HrefString(cx, ws->href, old_href, ws->input);
  if (!href) return false;
  SetSlots(obj, href, c);
  args.rval().setBoolean(st == url::Status::kOk);
  return true;
}

bool IsURL(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::HandleValue v = args.get(0);
  args.rval().setBoolean(v.isObject() && JS::GetClass(&v.toObject()) == &kUrlClass);
  return true;
}

bool ComponentsNative(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSObject* obj = UnwrapUrl(cx, args.get(0));
  if (!obj) return false;
  WriteComponents(ComponentsOf(obj));
  args.rval().set(JS::GetReservedSlot(obj, kHrefSlot));
  return true;
}

bool GetSearchParams(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSObject* obj = UnwrapUrl(cx, args.get(0));
  if (!obj) return false;
  args.rval().set(JS::GetReservedSlot(obj, kSearchParamsSlot));
  return true;
}

bool SetSearchParams(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JSObject* obj = UnwrapUrl(cx, args.get(0));
  if (!obj) return false;
  if (!args.get(1).isObject()) return ThrowTypeError(cx, "url.setSearchParams: not an object");
  JS::SetReservedSlot(obj, kSearchParamsSlot, args.get(1));
  args.rval().setUndefined();
  return true;
}

bool DomainToASCII(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  WorkspaceScope ws;
  std::string value;
  if (!AppendUsvUtf8(cx, args.get(0), &value)) return false;
  HookContext hc{cx, args.get(1)};
  url::IdnaHook hook{CallToAscii, &hc};
  url::UrlRecord& u = ws->url;
  if (url::Parse("ws://x", nullptr, &u) != url::Status::kOk) {
    return ThrowError(cx, "url.domainToASCII: internal error");
  }
  url::Status st = url::Set(&u, url::Setter::kHostname, value, &hook);
  if (st == url::Status::kAbort) return false;
  JSString* s = st == url::Status::kOk ? JS_NewStringCopyN(cx, u.host.data(), u.host.size())
                                       : JS_GetEmptyString(cx);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// --- getters ------------------------------------------------------------------

// rval = href[start, end) ('' when empty; with `min_len`, shorter is '').
bool Substring(JSContext* cx, JSObject* obj, uint32_t start, uint32_t end,
               JS::MutableHandleValue rval, uint32_t min_len = 1) {
  JS::RootedString href(cx, JS::GetReservedSlot(obj, kHrefSlot).toString());
  size_t len = JS::GetStringLength(href);
  if (end > len) end = static_cast<uint32_t>(len);
  if (start >= end || end - start < min_len) {
    rval.setString(JS_GetEmptyString(cx));
    return true;
  }
  if (start == 0 && end == len) {
    rval.setString(href);
    return true;
  }
  JSString* s = JS_NewDependentString(cx, href, start, end - start);
  if (!s) return false;
  rval.setString(s);
  return true;
}

#define EDDY_URL_GETTER(Name, body)                                        \
  bool Name(JSContext* cx, unsigned argc, JS::Value* vp) {                 \
    JS::CallArgs args = JS::CallArgsFromVp(argc, vp);                      \
    JSObject* obj = UnwrapUrl(cx, args.thisv());                           \
    if (!obj) return false;                                                \
    body                                                                   \
  }

EDDY_URL_GETTER(GetHref, {
  args.rval().set(JS::GetReservedSlot(obj, kHrefSlot));
  return true;
})
EDDY_URL_GETTER(GetProtocol, {
  return Substring(cx, obj, 0, SlotOffset(obj, kProtocolEndSlot), args.rval());
})
EDDY_URL_GETTER(GetUsername, {
  return Substring(cx, obj, SlotOffset(obj, kProtocolEndSlot) + 2,
                   SlotOffset(obj, kUsernameEndSlot), args.rval());
})
EDDY_URL_GETTER(GetPassword, {
  uint32_t host_start = SlotOffset(obj, kHostStartSlot);
  return Substring(cx, obj, SlotOffset(obj, kUsernameEndSlot) + 1,
                   host_start == 0 ? 0 : host_start - 1, args.rval());
})
EDDY_URL_GETTER(GetHost, {
  return Substring(cx, obj, SlotOffset(obj, kHostStartSlot),
                   SlotOffset(obj, kPathnameStartSlot), args.rval());
})
EDDY_URL_GETTER(GetHostname, {
  return Substring(cx, obj, SlotOffset(obj, kHostStartSlot), SlotOffset(obj, kHostEndSlot),
                   args.rval());
})
EDDY_URL_GETTER(GetPort, {
  return Substring(cx, obj, SlotOffset(obj, kHostEndSlot) + 1,
                   SlotOffset(obj, kPathnameStartSlot), args.rval());
})
EDDY_URL_GETTER(GetPathname, {
  return Substring(cx, obj, SlotOffset(obj, kPathnameStartSlot),
                   SlotOffset(obj, kSearchStartSlot), args.rval());
})
EDDY_URL_GETTER(GetSearch, {
  return Substring(cx, obj, SlotOffset(obj, kSearchStartSlot),
                   SlotOffset(obj, kHashStartSlot), args.rval(), 2);
})
EDDY_URL_GETTER(GetHash, {
  return Substring(cx, obj, SlotOffset(obj, kHashStartSlot), 0xffffffff, args.rval(), 2);
})

#undef EDDY_URL_GETTER

const JSFunctionSpec kMethods[] = {
    JS_FN("parse", Parse, 4, 0),
    JS_FN("parseHref", ParseHref, 2, 0),
    JS_FN("canParse", CanParse, 3, 0),
    JS_FN("update", Update, 4, 0),
    JS_FN("isURL", IsURL, 1, 0),
    JS_FN("loadComponents", ComponentsNative, 1, 0),
    JS_FN("getSearchParams", GetSearchParams, 1, 0),
    JS_FN("setSearchParams", SetSearchParams, 2, 0),
    JS_FN("domainToASCII", DomainToASCII, 2, 0),
    JS_FN("href", GetHref, 0, 0),
    JS_FN("protocol", GetProtocol, 0, 0),
    JS_FN("username", GetUsername, 0, 0),
    JS_FN("password", GetPassword, 0, 0),
    JS_FN("host", GetHost, 0, 0),
    JS_FN("hostname", GetHostname, 0, 0),
    JS_FN("port", GetPort, 0, 0),
    JS_FN("pathname", GetPathname, 0, 0),
    JS_FN("search", GetSearch, 0, 0),
    JS_FN("hash", GetHash, 0, 0),
    JS_FS_END};

}  // namespace

bool InitUrl(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kMethods)) return false;
  JS::RootedObject buffer(
      cx, JS::NewArrayBufferWithUserOwnedContents(cx, sizeof(t_components), t_components));
  if (!buffer) return false;
  JS::RootedObject array(cx, JS_NewInt32ArrayWithBuffer(cx, buffer, 0, kComponentCount));
  if (!array) return false;
  JS::RootedValue v(cx, JS::ObjectValue(*array));
  return JS_DefineProperty(cx, target, "components", v, JSPROP_ENUMERATE);
}

}  // namespace eddy::bindings
