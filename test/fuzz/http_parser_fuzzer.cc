// eddy: libFuzzer target for src/http/parser.h. The first two input bytes
// choose the case (request or response, lenient flags, header size limit,
// what on_headers_complete returns, whether to call Finish, a split seed);
// the rest is the message. Besides crashes and sanitizer reports, it checks
// that the parser's events do not depend on how the input is fed: all at
// once, in random pieces, byte by byte, and pausing after every event must
// give the same event line (test/fuzz/http_parser_events.h).
//
// Build and run: see test/fuzz/README.md.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "http_parser_events.h"

namespace {

using eddy::http::MessageType;
using eddy::http::testing::Case;
using eddy::http::testing::RunCase;

void Mismatch(const char* what, const Case& c, const std::string& a,
              const std::string& b) {
  std::fprintf(stderr, "http parser: %s differs\n  whole: %s\n  other: %s\n", what,
               a.c_str(), b.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const uint8_t a = data[0];
  const uint8_t b = data[1];
  Case c;
  c.type = (a & 1) ? MessageType::kResponse : MessageType::kRequest;
  switch ((a >> 1) & 3) {
    case 0:
    case 1:
      c.lenient = 0;
      break;
    case 2:
      c.lenient = eddy::http::kLenientAll;
      break;
    default:
      c.lenient = (static_cast<uint32_t>(b) << 2) & eddy::http::kLenientAll;
      break;
  }
  const int hc = (a >> 3) & 3;
  c.headers_complete_return = hc == 3 ? 0 : hc;
  c.max_header_size = (a & 0x20) ? 16384 : 48;
  c.finish = a & 0x40;
  c.data.assign(reinterpret_cast<const char*>(data) + 2, size - 2);

  const std::string whole = RunCase(c);

  // Random pieces (xorshift seeded by the input).
  uint32_t x = 0x9e3779b9u ^ (static_cast<uint32_t>(b) << 8) ^ static_cast<uint32_t>(size);
  Case split = c;
  size_t left = c.data.size();
  while (left > 0) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    const size_t n = 1 + x % (left < 64 ? left : 64);
    split.splits.push_back(n);
    left -= n;
  }
  const std::string pieces = RunCase(split);
  if (pieces != whole) Mismatch("split input", c, whole, pieces);

  if (c.data.size() <= 4096) {
    Case bytes = c;
    bytes.byte_by_byte = true;
    const std::string one = RunCase(bytes);
    if (one != whole) Mismatch("byte-by-byte input", c, whole, one);
  }

  Case paused = c;
  paused.pause_every_event = true;
  const std::string resumed = RunCase(paused);
  if (resumed != whole) Mismatch("pause/resume", c, whole, resumed);
  return 0;
}
