// eddy: helpers for the HTTP parser unit tests: run a message through
// src/http/parser.h and return its event line (test/fuzz/http_parser_events.h
// describes the format), checking on the way that feeding it in pieces, byte
// by byte and with a pause after every event gives the same line.
#ifndef EDDY_TEST_UNIT_HTTP_PARSER_TEST_HELPERS_H_
#define EDDY_TEST_UNIT_HTTP_PARSER_TEST_HELPERS_H_

#include <gtest/gtest.h>

#include <string>

#include "../fuzz/http_parser_events.h"

namespace eddy::http::testing {

struct Options {
  uint32_t lenient = 0;
  int headers_complete_return = kProceed;
  bool finish = false;
  uint64_t max_header_size = 16384;
};

inline std::string ParseAll(MessageType type, const std::string& data,
                            const Options& o = Options()) {
  Case c;
  c.type = type;
  c.data = data;
  c.lenient = o.lenient;
  c.headers_complete_return = o.headers_complete_return;
  c.finish = o.finish;
  c.max_header_size = o.max_header_size;
  const std::string whole = RunCase(c);

  Case bytes = c;
  bytes.byte_by_byte = true;
  EXPECT_EQ(RunCase(bytes), whole) << "byte by byte";

  for (size_t piece : {2, 3, 7, 16}) {
    Case split = c;
    for (size_t n = 0; n < data.size(); n += piece) split.splits.push_back(piece);
    EXPECT_EQ(RunCase(split), whole) << "pieces of " << piece;
  }

  Case paused = c;
  paused.pause_every_event = true;
  EXPECT_EQ(RunCase(paused), whole) << "pause after every event";
  return whole;
}

inline std::string Req(const std::string& data, const Options& o = Options()) {
  return ParseAll(MessageType::kRequest, data, o);
}

inline std::string Res(const std::string& data, const Options& o = Options()) {
  return ParseAll(MessageType::kResponse, data, o);
}

inline Options Lenient(uint32_t flags = kLenientAll) {
  Options o;
  o.lenient = flags;
  return o;
}

}  // namespace eddy::http::testing

#endif  // EDDY_TEST_UNIT_HTTP_PARSER_TEST_HELPERS_H_
