// eddy: helpers shared by the URL parser's files (src/url/): character
// classes and the URL Standard's percent-encode sets as 256-bit tables.
#ifndef EDDY_URL_URL_INTERNAL_H_
#define EDDY_URL_URL_INTERNAL_H_

#include <cstdint>
#include <string>

namespace eddy::url::internal {

inline bool IsAsciiAlpha(int c) {
  return static_cast<unsigned>((c | 0x20) - 'a') < 26;
}
inline bool IsAsciiDigit(int c) { return static_cast<unsigned>(c - '0') < 10; }
inline bool IsAsciiHex(int c) {
  return IsAsciiDigit(c) || static_cast<unsigned>((c | 0x20) - 'a') < 6;
}
inline int HexValue(int c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }
inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 0x20) : c;
}

// Per-byte classes for the parser's scanning loops.
enum CharClass : uint8_t {
  kCharTabOrNewline = 1 << 0,   // \t \n \r (removed from input)
  kCharScheme = 1 << 1,         // ASCII alphanumeric, + - .
  kCharForbiddenHost = 1 << 2,  // forbidden host code points
  kCharDomainStop = 1 << 3,     // forbidden domain code points and non-ASCII
  kCharPathEnd = 1 << 4,        // / \ ? # (a path segment may end here)
  kCharAuthority = 1 << 5,      // / \ ? # @ (the authority scan stops here)
};

constexpr bool IsForbiddenHostChar(int c) {
  return c == 0x00 || c == '\t' || c == '\n' || c == '\r' || c == ' ' || c == '#' ||
         c == '/' || c == ':' || c == '<' || c == '>' || c == '?' || c == '@' ||
         c == '[' || c == '\\' || c == ']' || c == '^' || c == '|';
}

struct CharTable {
  uint8_t flags[256];
  char lower[256];
};

constexpr CharTable MakeCharTable() {
  CharTable t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t f = 0;
    if (c == '\t' || c == '\n' || c == '\r') f |= kCharTabOrNewline;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c == '+' || c == '-' || c == '.') {
      f |= kCharScheme;
    }
    if (IsForbiddenHostChar(c)) f |= kCharForbiddenHost;
    if (IsForbiddenHostChar(c) || c <= 0x1f || c == '%' || c >= 0x7f) f |= kCharDomainStop;
    if (c == '/' || c == '\\' || c == '?' || c == '#') f |= kCharPathEnd | kCharAuthority;
    if (c == '@') f |= kCharAuthority;
    t.flags[c] = f;
    t.lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
  }
  return t;
}

inline constexpr CharTable kCharTable = MakeCharTable();

inline uint8_t CharFlags(char c) { return kCharTable.flags[static_cast<uint8_t>(c)]; }

// A set of bytes; every byte >= 0x80 is in each percent-encode set (a
// non-ASCII code point is encoded as its UTF-8 bytes).
struct ByteSet {
  uint32_t words[8];
  constexpr bool Has(uint8_t c) const { return (words[c >> 5] >> (c & 31)) & 1; }
};

constexpr ByteSet AddChars(ByteSet set, const char* chars) {
  for (const char* p = chars; *p; ++p) {
    uint8_t c = static_cast<uint8_t>(*p);
    set.words[c >> 5] |= 1u << (c & 31);
  }
  return set;
}

constexpr ByteSet MakeC0ControlSet() {
  ByteSet set{};
  for (int c = 0; c < 256; ++c) {
    if (c < 0x20 || c >= 0x7f) set.words[c >> 5] |= 1u << (c & 31);
  }
  return set;
}

// URL Standard section 1.3 (the path set without '^', as in Node 20).
constexpr ByteSet kC0ControlSet = MakeC0ControlSet();
constexpr ByteSet kFragmentSet = AddChars(kC0ControlSet, " \"<>`");
constexpr ByteSet kQuerySet = AddChars(kC0ControlSet, " \"#<>");
constexpr ByteSet kSpecialQuerySet = AddChars(kQuerySet, "'");
constexpr ByteSet kPathSet = AddChars(kQuerySet, "?`{}");
constexpr ByteSet kUserinfoSet = AddChars(kPathSet, "/:;=@[\\]^|");

inline void AppendPercentByte(std::string* out, uint8_t c) {
  static const char kHexUpper[] = "0123456789ABCDEF";
  char buf[3] = {'%', kHexUpper[c >> 4], kHexUpper[c & 15]};
  out->append(buf, 3);
}

// Appends [p, end) to *out, percent-encoding the bytes in `set`.
inline void AppendEncoded(std::string* out, const char* p, const char* end,
                          const ByteSet& set) {
  const char* first = p;
  while (first < end && !set.Has(static_cast<uint8_t>(*first))) ++first;
  if (first == end) {
    out->append(p, end - p);
    return;
  }
  const char* run = p;
  p = first;
  for (; p < end; ++p) {
    uint8_t c = static_cast<uint8_t>(*p);
    if (set.Has(c)) {
      out->append(run, p - run);
      AppendPercentByte(out, c);
      run = p + 1;
    }
  }
  out->append(run, p - run);
}

}  // namespace eddy::url::internal

#endif  // EDDY_URL_URL_INTERNAL_H_
