// eddy: conversions (see convert.h).
#include "engine/convert.h"

#include <js/CharacterEncoding.h>
#include <js/Conversions.h>
#include <js/PropertyAndElement.h>
#include <js/ErrorReport.h>
#include <js/Exception.h>
#include <js/SavedFrameAPI.h>
#include <js/Stack.h>
#include <js/String.h>
#include <js/Utility.h>

namespace eddy {

bool StringToUtf8(JSContext* cx, JSString* str, std::string* out) {
  JSLinearString* s = JS_EnsureLinearString(cx, str);
  if (!s) return false;
  if (JS::LinearStringHasLatin1Chars(s)) {
    // The common case, ASCII: the chars are the UTF-8 bytes, copied without
    // measuring and converting (~250 instructions less for a path).
    size_t n = JS::GetLinearStringLength(s);
    JS::AutoCheckCannotGC nogc;
    const JS::Latin1Char* p = JS::GetLatin1LinearStringChars(nogc, s);
    unsigned char high = 0;
    for (size_t i = 0; i < n; i++) high |= p[i];
    if (high < 0x80) {
      out->assign(reinterpret_cast<const char*>(p), n);
      return true;
    }
  }
  size_t len = JS::GetDeflatedUTF8StringLength(s);
  out->resize(len);
  if (len == 0) return true;
  JS::DeflateStringToUTF8Buffer(s, mozilla::Span<char>(out->data(), len));
  return true;
}

bool ToUtf8(JSContext* cx, JS::HandleValue v, std::string* out) {
  JSString* s = v.isString() ? v.toString() : JS::ToString(cx, v);
  if (!s) return false;
  return StringToUtf8(cx, s, out);
}

bool StringToUtf16(JSContext* cx, JSString* str, std::u16string* out) {
  JS::RootedString s(cx, str);
  size_t len = JS_GetStringLength(s);
  out->assign(len, u'\0');
  return JS_CopyStringChars(cx, mozilla::Range<char16_t>(out->data(), len), s);
}

bool StringArray(JSContext* cx, const std::vector<std::string>& strings,
                 JS::MutableHandleValue out) {
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, strings.size()));
  if (!arr) return false;
  for (size_t i = 0; i < strings.size(); i++) {
    JS::RootedString s(cx, NewStringUtf8(cx, strings[i]));
    if (!s || !JS_SetElement(cx, arr, static_cast<uint32_t>(i), s)) return false;
  }
  out.setObject(*arr);
  return true;
}

JSString* NewStringUtf8(JSContext* cx, std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s) {
    if (c >= 0x80) { ascii = false; break; }
  }
  if (ascii) return JS_NewStringCopyN(cx, s.data(), s.size());
  JSString* str = JS_NewStringCopyUTF8N(cx, JS::UTF8Chars(s.data(), s.size()));
  if (str || JS_IsThrowingOutOfMemory(cx)) return str;
  // Malformed UTF-8: decode again replacing bad sequences with U+FFFD, as
  // node does when it reads text.
  JS_ClearPendingException(cx);
  size_t len = 0;
  JS::TwoByteCharsZ chars = JS::LossyUTF8CharsToNewTwoByteCharsZ(
      cx, JS::UTF8Chars(s.data(), s.size()), &len, js::MallocArena);
  if (!chars) return nullptr;
  return JS_NewUCString(cx, JS::UniqueTwoByteChars(chars.get()), len);
}

bool SetString(JSContext* cx, JS::HandleObject obj, const char* name,
               std::string_view value) {
  JS::RootedString s(cx, NewStringUtf8(cx, value));
  if (!s) return false;
  JS::RootedValue v(cx, JS::StringValue(s));
  return JS_DefineProperty(cx, obj, name, v, JSPROP_ENUMERATE);
}

bool SetNumber(JSContext* cx, JS::HandleObject obj, const char* name,
               double value) {
  JS::RootedValue v(cx, JS::NumberValue(value));
  return JS_DefineProperty(cx, obj, name, v, JSPROP_ENUMERATE);
}

bool ThrowError(JSContext* cx, const char* message) {
  JS_ReportErrorUTF8(cx, "%s", message);
  return false;
}

bool ThrowTypeError(JSContext* cx, const char* message) {
  JS::RootedString msg(cx, NewStringUtf8(cx, message));
  if (!msg) return false;
  // The current stack, so the error reads like one thrown from JS.
  JS::RootedObject stack(cx);
  if (!JS::CaptureCurrentStack(cx, &stack)) return false;
  JS::RootedString file(cx, JS_GetEmptyString(cx));
  JS::Rooted<mozilla::Maybe<JS::Value>> cause(cx, mozilla::Nothing());
  JS::RootedValue err(cx);
  if (!JS::CreateError(cx, JSEXN_TYPEERR, stack, file, 0, 0, nullptr, msg, cause, &err)) {
    return false;
  }
  JS_SetPendingException(cx, err);
  return false;
}

}  // namespace eddy
