// eddy: lenient cases for src/http/parser.h. Every expected line was
// checked against node 20's own parser (test/fuzz/oracle); ParseAll also
// checks that pieces, single bytes and pauses give the same line.
#include "http_parser_test_helpers.h"

namespace eddy::http::testing {
namespace {

TEST(HttpParserLenientTest, ObsFoldJoinsValue) {
  Options o;
  o.lenient = 1023;
  const std::string in =
      "GET / HTTP/1.1\r\nX: a  \r\n  b \r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:GET:/:-:-:0:1:X=a\\x20\\x20\\x20\\x20b; C END@32");
}

TEST(HttpParserLenientTest, BareLfLineEndings) {
  Options o;
  o.lenient = 1023;
  const std::string in =
      "GET / HTTP/1.1\n\nGET /2 HTTP/1.1\nHost: a\n\n";
  EXPECT_EQ(Req(in, o),
            "B E:HPE_INVALID_HEADER_TOKEN:Invalid\\x20header\\x20token@19");
}

TEST(HttpParserLenientTest, CrWithoutLf) {
  Options o;
  o.lenient = 1023;
  const std::string in =
      "GET / HTTP/1.1\rHost: a\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:GET:/:-:-:0:1:Host=a; C END@26");
}

TEST(HttpParserLenientTest, InvalidValueBytes) {
  Options o;
  o.lenient = 1023;
  const std::string in =
      "GET / HTTP/1.1\r\nX: a\x01\x7f""b\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:GET:/:-:-:0:1:X=a\\x01\\x7fb; C END@27");
}

TEST(HttpParserLenientTest, ContentLengthWithTransferEncoding) {
  Options o;
  o.lenient = 1023;
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r"
      "\n\r\n3\r\nabc\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:POST:/:-:-:0:1:Content-Length=3;Transfer-Encoding=chunked; D"
            ":abc C END@79");
}

TEST(HttpParserLenientTest, RequestReadsUntilCloseForUnknownCoding) {
  Options o;
  o.lenient = 1023;
  o.finish = true;
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nbody";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=gzip; D:body END@48 C F:ok");
}

TEST(HttpParserLenientTest, UnknownVersion) {
  Options o;
  o.lenient = 1023;
  const std::string in =
      "GET / HTTP/3.7\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:3.7:GET:/:-:-:0:1: C END@18");
}

TEST(HttpParserLenientTest, DataAfterClose) {
  Options o;
  o.lenient = 1023;
  const std::string in =
      "GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:GET:/:-:-:0:0:Connection=close; C B H:1.1:GET:/2:-:-:0:1: C "
            "END@56");
}

TEST(HttpParserLenientTest, DataAfterCloseDiscarded) {
  Options o;
  o.lenient = 32;
  const std::string in =
      "GET / HTTP/1.1\r\nConnection: close\r\n\r\ngarbage";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:GET:/:-:-:0:0:Connection=close; C END@44");
}

TEST(HttpParserLenientTest, ChunkSizeSpaces) {
  Options o;
  o.lenient = 512;
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3 \t \r\nabc\r"
      "\n0\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; D:abc C END@63");
}

TEST(HttpParserLenientTest, ChunkDataWithoutCrlf) {
  Options o;
  o.lenient = 128;
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc0\r\n\r"
      "\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; D:abc C END@58");
}

TEST(HttpParserLenientTest, SpaceBeforeColonOfSpecialHeader) {
  Options o;
  o.lenient = 1;
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length  : 2\r\n\r\nab";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:POST:/:-:-:0:1:Content-Length\\x20\\x20=2; D:ab C END@42");
}

TEST(HttpParserLenientTest, SpaceBeforeColonOfOtherHeaderStillFails) {
  Options o;
  o.lenient = 1023;
  const std::string in =
      "GET / HTTP/1.1\r\nHost : a\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B E:HPE_INVALID_HEADER_TOKEN:Invalid\\x20header\\x20token@20");
}

TEST(HttpParserLenientTest, LeadingSpaceBeforeHeaders) {
  Options o;
  o.lenient = 1;
  const std::string in =
      "GET / HTTP/1.1\r\n Host: a\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:GET:/:-:-:0:1:Host=a; C END@28");
}

TEST(HttpParserLenientTest, ResponseBareLf) {
  Options o;
  o.lenient = 1023;
  const std::string in =
      "HTTP/1.1 200 OK\nContent-Length: 2\n\nok";
  EXPECT_EQ(Res(in, o),
            "B H:1.1:-:-:200:OK:0:1:Content-Length=2; D:ok C END@37");
}

}  // namespace
}  // namespace eddy::http::testing
