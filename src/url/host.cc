// eddy: the URL Standard's host parser (section 3.5): IPv6 and IPv4
// addresses, opaque hosts, and domains through "domain to ASCII". ASCII
// domains and labels made only of common lower-case letters are mapped here
// (Punycode included); the rest goes to the IdnaHook (see url.h).
#include <cstring>
#include <string>
#include <vector>

#include "url/url.h"
#include "url/url_internal.h"

namespace eddy::url {

using internal::HexValue;
using internal::IsAsciiDigit;
using internal::IsAsciiHex;

namespace {

inline bool IsForbiddenHostByte(uint8_t c) {
  return internal::kCharTable.flags[c] & internal::kCharForbiddenHost;
}

// A forbidden domain code point (callers know `c` is ASCII).
inline bool IsForbiddenDomainByte(uint8_t c) {
  return c < 0x80 && (internal::kCharTable.flags[c] & internal::kCharDomainStop);
}

// --- IPv6 -------------------------------------------------------------------

bool ParseIPv6(std::string_view in, uint16_t address[8]) {
  for (int i = 0; i < 8; ++i) address[i] = 0;
  int piece_index = 0;
  int compress = -1;
  size_t p = 0;
  const size_t n = in.size();
  auto at = [&](size_t i) -> int {
    return i < n ? static_cast<unsigned char>(in[i]) : -1;
  };
  if (at(p) == ':') {
    if (at(p + 1) != ':') return false;
    p += 2;
    compress = ++piece_index;
  }
  while (at(p) != -1) {
    if (piece_index == 8) return false;
    if (at(p) == ':') {
      if (compress != -1) return false;
      ++p;
      compress = ++piece_index;
      continue;
    }
    uint32_t value = 0;
    int length = 0;
    while (length < 4 && IsAsciiHex(at(p))) {
      value = value * 16 + HexValue(at(p));
      ++p;
      ++length;
    }
    if (at(p) == '.') {
      if (length == 0) return false;
      p -= length;
      if (piece_index > 6) return false;
      int numbers_seen = 0;
      while (at(p) != -1) {
        int ipv4_piece = -1;
        if (numbers_seen > 0) {
          if (at(p) == '.' && numbers_seen < 4) {
            ++p;
          } else {
            return false;
          }
        }
        if (!IsAsciiDigit(at(p))) return false;
        while (IsAsciiDigit(at(p))) {
          int number = at(p) - '0';
          if (ipv4_piece == -1) {
            ipv4_piece = number;
          } else if (ipv4_piece == 0) {
            return false;
          } else {
            ipv4_piece = ipv4_piece * 10 + number;
          }
          if (ipv4_piece > 255) return false;
          ++p;
        }
        address[piece_index] =
            static_cast<uint16_t>(address[piece_index] * 0x100 + ipv4_piece);
        ++numbers_seen;
        if (numbers_seen == 2 || numbers_seen == 4) ++piece_index;
      }
      if (numbers_seen != 4) return false;
      break;
    } else if (at(p) == ':') {
      ++p;
      if (at(p) == -1) return false;
    } else if (at(p) != -1) {
      return false;
    }
    address[piece_index] = static_cast<uint16_t>(value);
    ++piece_index;
  }
  if (compress != -1) {
    int swaps = piece_index - compress;
    piece_index = 7;
    while (piece_index != 0 && swaps > 0) {
      uint16_t t = address[piece_index];
      address[piece_index] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      --piece_index;
      --swaps;
    }
  } else if (piece_index != 8) {
    return false;
  }
  return true;
}

void SerializeIPv6(const uint16_t address[8], std::string* out) {
  // The first longest run of two or more zero pieces is compressed.
  int compress = -1;
  int best_len = 1;
  for (int i = 0; i < 8;) {
    if (address[i] != 0) {
      ++i;
      continue;
    }
    int j = i;
    while (j < 8 && address[j] == 0) ++j;
    if (j - i > best_len) {
      compress = i;
      best_len = j - i;
    }
    i = j;
  }
  static const char kHexLower[] = "0123456789abcdef";
  out->push_back('[');
  bool ignore0 = false;
  for (int i = 0; i < 8; ++i) {
    if (ignore0 && address[i] == 0) continue;
    ignore0 = false;
    if (compress == i) {
      out->append(i == 0 ? "::" : ":");
      ignore0 = true;
      continue;
    }
    uint16_t v = address[i];
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int d = (v >> shift) & 15;
      if (d != 0 || started || shift == 0) {
        out->push_back(kHexLower[d]);
        started = true;
      }
    }
    if (i != 7) out->push_back(':');
  }
  out->push_back(']');
}

// --- IPv4 -------------------------------------------------------------------

constexpr uint64_t kIPv4Overflow = 1ull << 33;

// The IPv4 number parser; false for failure. Values past 2^32 saturate.
bool ParseIPv4Number(std::string_view s, uint64_t* out) {
  if (s.empty()) return false;
  int radix = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    radix = 16;
    s.remove_prefix(2);
  } else if (s.size() >= 2 && s[0] == '0') {
    radix = 8;
    s.remove_prefix(1);
  }
  uint64_t n = 0;
  for (char ch : s) {
    int d;
    if (radix == 16) {
      if (!IsAsciiHex(ch)) return false;
      d = HexValue(ch);
    } else {
      if (!IsAsciiDigit(ch)) return false;
      d = ch - '0';
      if (d >= radix) return false;
    }
    n = n * radix + d;
    if (n > kIPv4Overflow) n = kIPv4Overflow;
  }
  *out = n;
  return true;
}

bool EndsInANumber(std::string_view s) {
  if (!s.empty() && s.back() == '.') {
    s.remove_suffix(1);
    if (s.empty()) return false;
  }
  size_t dot = s.rfind('.');
  std::string_view last = dot == std::string_view::npos ? s : s.substr(dot + 1);
  if (!last.empty()) {
    bool digits = true;
    for (char ch : last) {
      if (!IsAsciiDigit(ch)) {
        digits = false;
        break;
      }
    }
    if (digits) return true;
  }
  uint64_t ignored;
  return ParseIPv4Number(last, &ignored);
}

bool ParseIPv4(std::string_view s, uint32_t* out) {
  if (!s.empty() && s.back() == '.' && s.size() > 1) s.remove_suffix(1);
  uint64_t numbers[4];
  int count = 0;
  size_t start = 0;
  for (;;) {
    size_t dot = s.find('.', start);
    std::string_view part =
        s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (count == 4) return false;
    if (!ParseIPv4Number(part, &numbers[count])) return false;
    ++count;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  for (int i = 0; i < count - 1; ++i) {
    if (numbers[i] > 255) return false;
  }
  if (numbers[count - 1] >= (1ull << (8 * (5 - count)))) return false;
  uint64_t ipv4 = numbers[count - 1];
  for (int i = 0; i < count - 1; ++i) ipv4 += numbers[i] << (8 * (3 - i));
  *out = static_cast<uint32_t>(ipv4);
  return true;
}

void SerializeIPv4(uint32_t a, std::string* out) {
  for (int i = 3; i >= 0; --i) {
    uint32_t octet = (a >> (8 * i)) & 0xff;
    char buf[3];
    int n = 0;
    do {
      buf[n++] = static_cast<char>('0' + octet % 10);
      octet /= 10;
    } while (octet);
    while (n) out->push_back(buf[--n]);
    if (i) out->push_back('.');
  }
}

// --- UTF-8 ------------------------------------------------------------------

// Decodes one code point at s[*i], advancing *i; U+FFFD for each maximal
// invalid subpart (the Encoding Standard's UTF-8 decoder).
uint32_t DecodeUtf8(std::string_view s, size_t* i) {
  uint8_t b = static_cast<uint8_t>(s[(*i)++]);
  if (b < 0x80) return b;
  int need;
  uint32_t cp;
  uint8_t lower = 0x80, upper = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) {
    need = 1;
    cp = b & 0x1f;
  } else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    cp = b & 0x0f;
    if (b == 0xe0) lower = 0xa0;
    if (b == 0xed) upper = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    cp = b & 0x07;
    if (b == 0xf0) lower = 0x90;
    if (b == 0xf4) upper = 0x8f;
  } else {
    return 0xfffd;
  }
  while (need-- > 0) {
    if (*i >= s.size()) return 0xfffd;
    uint8_t c = static_cast<uint8_t>(s[*i]);
    if (c < lower || c > upper) return 0xfffd;
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (c & 0x3f);
    ++*i;
  }
  return cp;
}

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out->push_back(static_cast<char>(0xf0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

// Code points that UTS #46 leaves as they are (valid, no mapping, no
// deviation), that are NFC-stable and never combine with a neighbour,
// strongly left-to-right and not joiners, so a label made of them and ASCII
// needs no more than lower casing and Punycode: Latin-1 lower-case letters,
// Greek (with tonos and dialytika, but not final sigma, a deviation) and
// Cyrillic lower case, hiragana, katakana, the original CJK unified
// ideographs and Hangul syllables.
bool IsSimpleIdnaCodePoint(uint32_t cp) {
  if (cp < 0x3000) {
    return (cp >= 0xe0 && cp <= 0xff && cp != 0xf7) ||
           (cp >= 0x3ac && cp <= 0x3ce && cp != 0x3c2) ||
           (cp >= 0x430 && cp <= 0x45f);
  }
  return (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30a1 && cp <= 0x30fa) ||
         (cp >= 0x4e00 && cp <= 0x9fa5) || (cp >= 0xac00 && cp <= 0xd7a3);
}

bool StartsWithAce(std::string_view label) {
  return label.size() >= 4 && (label[0] | 0x20) == 'x' && (label[1] | 0x20) == 'n' &&
         label[2] == '-' && label[3] == '-';
}

// --- Punycode (RFC 3492) ----------------------------------------------------

constexpr uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
constexpr uint32_t kInitialBias = 72, kInitialN = 128;

uint32_t Adapt(uint32_t delta, uint32_t num_points, bool first) {
  delta = first ? delta / kDamp : delta / 2;
  delta += delta / num_points;
  uint32_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

char PunycodeDigit(uint32_t d) {
  return static_cast<char>(d < 26 ? 'a' + d : '0' + (d - 26));
}

bool EncodeCodePoints(const uint32_t* cps, size_t len, std::string* out) {
  size_t basic = 0;
  for (size_t i = 0; i < len; ++i) {
    if (cps[i] < 0x80) {
      out->push_back(static_cast<char>(cps[i]));
      ++basic;
    }
  }
  if (basic > 0) out->push_back('-');
  uint32_t n = kInitialN, delta = 0, bias = kInitialBias;
  size_t h = basic;
  while (h < len) {
    uint32_t m = 0xffffffff;
    for (size_t i = 0; i < len; ++i) {
      if (cps[i] >= n && cps[i] < m) m = cps[i];
    }
    if (m - n > (0xffffffffu - delta) / (h + 1)) return false;
    delta += (m - n) * static_cast<uint32_t>(h + 1);
    n = m;
    for (size_t i = 0; i < len; ++i) {
      if (cps[i] < n && ++delta == 0) return false;
      if (cps[i] == n) {
        uint32_t q = delta;
        for (uint32_t k = kBase;; k += kBase) {
          uint32_t t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
          if (q < t) break;
          out->push_back(PunycodeDigit(t + (q - t) % (kBase - t)));
          q = (q - t) / (kBase - t);
        }
        out->push_back(PunycodeDigit(q));
        bias = Adapt(delta, static_cast<uint32_t>(h + 1), h == basic);
        delta = 0;
        ++h;
      }
    }
    ++delta;
    ++n;
  }
  return true;
}

// RFC 3492 decoding of `in` (lower case, no "xn--") into code points; false
// for invalid input or overflow.
bool PunycodeDecode(std::string_view in, std::vector<uint32_t>* out) {
  out->clear();
  size_t b = in.rfind('-');
  size_t pos = 0;
  if (b != std::string_view::npos) {
    for (size_t j = 0; j < b; ++j) {
      if (static_cast<unsigned char>(in[j]) >= 0x80) return false;
      out->push_back(static_cast<unsigned char>(in[j]));
    }
    pos = b + 1;
  }
  uint32_t n = kInitialN, i = 0, bias = kInitialBias;
  while (pos < in.size()) {
    uint32_t old_i = i, w = 1;
    for (uint32_t k = kBase;; k += kBase) {
      if (pos >= in.size()) return false;
      char c = in[pos++];
      uint32_t digit;
      if (c >= 'a' && c <= 'z') {
        digit = c - 'a';
      } else if (c >= '0' && c <= '9') {
        digit = c - '0' + 26;
      } else {
        return false;
      }
      if (digit > (0xffffffffu - i) / w) return false;
      i += digit * w;
      uint32_t t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
      if (digit < t) break;
      if (w > 0xffffffffu / (kBase - t)) return false;
      w *= kBase - t;
    }
    uint32_t count = static_cast<uint32_t>(out->size()) + 1;
    bias = Adapt(i - old_i, count, old_i == 0);
    if (i / count > 0x10ffff - n) return false;
    n += i / count;
    i %= count;
    out->insert(out->begin() + i, n);
    ++i;
  }
  return true;
}

// An "xn--" label (lower case) that UTS #46 keeps as it is: it decodes to
// lower-case ASCII letters, digits, hyphens and at least one code point of
// the simple set, and encodes back to itself. Anything else is left to the
// full IDNA implementation.
bool IsSimpleAceLabel(std::string_view label) {
  std::vector<uint32_t> cps;
  if (!PunycodeDecode(label.substr(4), &cps)) return false;
  bool non_ascii = false;
  for (uint32_t cp : cps) {
    if (cp >= 0x80) {
      if (!IsSimpleIdnaCodePoint(cp)) return false;
      non_ascii = true;
    } else if (!((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-')) {
      return false;
    }
  }
  if (!non_ascii) return false;
  if (cps.size() >= 4 && cps[0] == 'x' && cps[1] == 'n' && cps[2] == '-' && cps[3] == '-') {
    return false;
  }
  std::string again;
  if (!EncodeCodePoints(cps.data(), cps.size(), &again)) return false;
  return again == label.substr(4);
}

}  // namespace

bool PunycodeEncode(std::string_view label, std::string* out) {
  std::vector<uint32_t> cps;
  cps.reserve(label.size());
  for (size_t i = 0; i < label.size();) cps.push_back(DecodeUtf8(label, &i));
  return EncodeCodePoints(cps.data(), cps.size(), out);
}

Status FastDomainToAscii(std::string_view domain, std::string* out) {
  out->clear();
  size_t start = 0;
  for (;;) {
    size_t dot = domain.find('.', start);
    std::string_view label = domain.substr(
        start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    bool ascii = true;
    for (char ch : label) {
      if (static_cast<unsigned char>(ch) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      size_t label_start = out->size();
      for (char ch : label) out->push_back(internal::AsciiLower(ch));
      std::string_view lowered = std::string_view(*out).substr(label_start);
      if (StartsWithAce(lowered) && !IsSimpleAceLabel(lowered)) return Status::kNeedsIdna;
    } else {
      if (StartsWithAce(label)) return Status::kNeedsIdna;
      std::string lowered;
      for (size_t i = 0; i < label.size();) {
        size_t at = i;
        uint32_t cp = DecodeUtf8(label, &i);
        if (cp < 0x80) {
          lowered.push_back(internal::AsciiLower(static_cast<char>(cp)));
        } else if (IsSimpleIdnaCodePoint(cp)) {
          lowered.append(label.data() + at, i - at);
        } else {
          return Status::kNeedsIdna;
        }
      }
      out->append("xn--", 4);
      if (!PunycodeEncode(lowered, out)) return Status::kFailure;
    }
    if (dot == std::string_view::npos) break;
    out->push_back('.');
    start = dot + 1;
  }
  return Status::kOk;
}

namespace {

// Finishes an ASCII domain in *out (lower case, no forbidden code points):
// "xn--" labels go through IDNA, an IPv4 address is parsed.
Status FinishAsciiDomain(std::string* out, bool has_dash, std::string_view original,
                         const IdnaHook* idna) {
  std::string& result = *out;
  if (has_dash) {
    size_t label_start = 0;
    for (size_t i = 0; i <= result.size(); ++i) {
      if (i == result.size() || result[i] == '.') {
        std::string_view label = std::string_view(result).substr(label_start, i - label_start);
        if (StartsWithAce(label) && !IsSimpleAceLabel(label)) {
          if (!idna) return Status::kNeedsIdna;
          std::string mapped;
          Status st = idna->to_ascii(idna->ctx, original, &mapped);
          if (st != Status::kOk) return st;
          if (mapped.empty()) return Status::kFailure;
          for (char ch : mapped) {
            if (IsForbiddenDomainByte(static_cast<uint8_t>(ch))) return Status::kFailure;
          }
          result.swap(mapped);
          break;
        }
        label_start = i + 1;
      }
    }
  }
  // Only a last label starting with a digit can make the host an IPv4
  // address ("ends in a number").
  std::string_view v = result;
  if (!v.empty() && v.back() == '.') v.remove_suffix(1);
  size_t dot = v.rfind('.');
  size_t last = dot == std::string_view::npos ? 0 : dot + 1;
  if (last < v.size() && IsAsciiDigit(v[last]) && EndsInANumber(result)) {
    uint32_t ipv4;
    if (!ParseIPv4(result, &ipv4)) return Status::kFailure;
    result.clear();
    SerializeIPv4(ipv4, &result);
  }
  return Status::kOk;
}

}  // namespace

Status ParseHost(std::string_view input, bool special, std::string* out,
                 const IdnaHook* idna) {
  // The common case: an ASCII domain with nothing to decode.
  if (special && !input.empty() && input[0] != '[') {
    const size_t n = input.size();
    out->resize(n);
    char* dst = out->data();
    bool has_dash = false;
    size_t i = 0;
    for (; i < n; ++i) {
      char c = input[i];
      if (internal::CharFlags(c) & internal::kCharDomainStop) break;
      dst[i] = internal::kCharTable.lower[static_cast<uint8_t>(c)];
      has_dash |= c == '-';
    }
    if (i == n) return FinishAsciiDomain(out, has_dash, input, idna);
    // A forbidden code point fails an ASCII domain; with percent-escapes or
    // non-ASCII around, IDNA mapping may still turn it into something else
    // ("<" + U+0338 is U+226E).
    bool maybe_mapped = false;
    for (; i < n; ++i) {
      char c = input[i];
      if (c == '%' || static_cast<unsigned char>(c) >= 0x80) {
        maybe_mapped = true;
        break;
      }
    }
    if (!maybe_mapped) return Status::kFailure;
  }
  out->clear();
  if (!input.empty() && input[0] == '[') {
    if (input.size() < 2 || input.back() != ']') return Status::kFailure;
    uint16_t address[8];
    if (!ParseIPv6(input.substr(1, input.size() - 2), address)) return Status::kFailure;
    SerializeIPv6(address, out);
    return Status::kOk;
  }
  if (!special) {
    for (char ch : input) {
      if (IsForbiddenHostByte(static_cast<uint8_t>(ch))) return Status::kFailure;
    }
    internal::AppendEncoded(out, input.data(), input.data() + input.size(),
                            internal::kC0ControlSet);
    return Status::kOk;
  }

  // domain = UTF-8 decode without BOM of the percent-decoded input.
  std::string decoded;
  std::string_view domain = input;
  if (memchr(input.data(), '%', input.size())) {
    decoded.reserve(input.size());
    for (size_t i = 0; i < input.size(); ++i) {
      char ch = input[i];
      if (ch == '%' && i + 2 < input.size() && IsAsciiHex(input[i + 1]) &&
          IsAsciiHex(input[i + 2])) {
        decoded.push_back(static_cast<char>(HexValue(input[i + 1]) * 16 +
                                            HexValue(input[i + 2])));
        i += 2;
      } else {
        decoded.push_back(ch);
      }
    }
    domain = decoded;
  }
  bool ascii = true;
  for (char ch : domain) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  }

  std::string& result = *out;
  Status st;
  std::string valid;
  if (ascii) {
    bool has_dash = false;
    for (char ch : domain) {
      if (IsForbiddenDomainByte(static_cast<uint8_t>(ch))) return Status::kFailure;
      result.push_back(internal::AsciiLower(ch));
      has_dash |= ch == '-';
    }
    return FinishAsciiDomain(out, has_dash, domain, idna);
  } else {
    // Replace invalid UTF-8 (from percent-decoding) with U+FFFD first.
    for (size_t i = 0; i < domain.size();) {
      size_t at = i;
      uint32_t cp = DecodeUtf8(domain, &i);
      if (cp == 0xfffd) {
        AppendUtf8(&valid, cp);
      } else {
        valid.append(domain.data() + at, i - at);
      }
    }
    domain = valid;
    st = FastDomainToAscii(domain, &result);
  }
  if (st == Status::kNeedsIdna) {
    if (!idna) return Status::kNeedsIdna;
    result.clear();
    st = idna->to_ascii(idna->ctx, domain, &result);
  }
  if (st != Status::kOk) return st;
  if (result.empty()) return Status::kFailure;
  for (char ch : result) {
    if (IsForbiddenDomainByte(static_cast<uint8_t>(ch))) return Status::kFailure;
  }
  if (EndsInANumber(result)) {
    uint32_t ipv4;
    if (!ParseIPv4(result, &ipv4)) return Status::kFailure;
    result.clear();
    SerializeIPv4(ipv4, &result);
  }
  return Status::kOk;
}

}  // namespace eddy::url
