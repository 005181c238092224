// eddy: conversions between C++ and JS values (strings, numbers, arrays).
// JSAPI convention: bool/pointer returns, false/null means exception pending.
#ifndef EDDY_ENGINE_CONVERT_H_
#define EDDY_ENGINE_CONVERT_H_

#include <jsapi.h>
#include <js/Conversions.h>
#include <js/Wrapper.h>

#include <string>
#include <string_view>
#include <vector>

namespace eddy {

// UTF-8 encodes `v` (ToString semantics).
[[nodiscard]] bool ToUtf8(JSContext* cx, JS::HandleValue v, std::string* out);
[[nodiscard]] bool StringToUtf8(JSContext* cx, JSString* s, std::string* out);
// Copies a JS string's UTF-16 code units (the form the compile APIs take).
[[nodiscard]] bool StringToUtf16(JSContext* cx, JSString* s, std::u16string* out);
// New JS string from UTF-8 (invalid sequences become U+FFFD).
JSString* NewStringUtf8(JSContext* cx, std::string_view s);
// A JS array of the strings (UTF-8, as NewStringUtf8) into *out.
[[nodiscard]] bool StringArray(JSContext* cx, const std::vector<std::string>& strings,
                               JS::MutableHandleValue out);
// Defines `name` = string/number/function on `obj` (enumerable).
[[nodiscard]] bool SetString(JSContext* cx, JS::HandleObject obj, const char* name,
                             std::string_view value);
[[nodiscard]] bool SetNumber(JSContext* cx, JS::HandleObject obj, const char* name,
                             double value);
// Throws a plain Error/TypeError with a message (internal misuse only; user
// input errors are thrown from lib/ with Node's codes).
bool ThrowError(JSContext* cx, const char* message);
bool ThrowTypeError(JSContext* cx, const char* message);

// A file descriptor argument: a number in [0, INT_MAX] (truncated), else -1.
// Casting an out-of-range double to int is undefined behaviour, so the range
// is checked first.
inline int FdArg(const JS::Value& v) {
  if (!v.isNumber()) return -1;
  double d = v.toNumber();
  return d >= 0 && d <= 2147483647.0 ? static_cast<int>(d) : -1;
}

}  // namespace eddy

#endif  // EDDY_ENGINE_CONVERT_H_
