// eddy: error cases for src/http/parser.h. Every expected line was
// checked against node 20's own parser (test/fuzz/oracle); ParseAll also
// checks that pieces, single bytes and pauses give the same line.
#include "http_parser_test_helpers.h"

namespace eddy::http::testing {
namespace {

// 200 headers of 108 bytes: over the default 16 KiB.
std::string BigHeaders() {
  std::string s = "GET / HTTP/1.1\r\n";
  char name[16];
  for (int i = 0; i < 200; i++) {
    std::snprintf(name, sizeof(name), "X-%04d: ", i);
    s += name + std::string(100, 'y') + "\r\n";
  }
  return s + "\r\n";
}

TEST(HttpParserErrorTest, LowerCaseMethod) {
  const std::string in =
      "get / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_METHOD:Invalid\\x20method\\x20encountered@0");
}

TEST(HttpParserErrorTest, UnknownMethod) {
  const std::string in =
      "FETCH / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_METHOD:Invalid\\x20method\\x20encountered@1");
}

TEST(HttpParserErrorTest, MethodPrefixOnly) {
  const std::string in =
      "GE / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_METHOD:Invalid\\x20method\\x20encountered@2");
}

TEST(HttpParserErrorTest, MethodTooLong) {
  const std::string in =
      "GETS / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_METHOD:Expected\\x20space\\x20after\\x20method@3");
}

TEST(HttpParserErrorTest, MethodPartOfLongerName) {
  const std::string in =
      "GET_X / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_METHOD:Invalid\\x20method\\x20encountered@4");
}

TEST(HttpParserErrorTest, RtspMethodOverHttp) {
  const std::string in =
      "PLAY / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONSTANT:Invalid\\x20method\\x20for\\x20HTTP/x.x\\x2"
            "0request@11");
}

TEST(HttpParserErrorTest, HttpOnlyMethodOverRtsp) {
  const std::string in =
      "PATCH / RTSP/1.0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONSTANT:Invalid\\x20method\\x20for\\x20RTSP/x.x\\x2"
            "0request@12");
}

TEST(HttpParserErrorTest, NonSourceOverIce) {
  const std::string in =
      "GET / ICE/1.0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONSTANT:Expected\\x20SOURCE\\x20method\\x20for\\x20"
            "ICE/x.x\\x20request@9");
}

TEST(HttpParserErrorTest, NonAsciiInTarget) {
  const std::string in =
      "GET /caf\xc3\xa9 HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_URL:Invalid\\x20char\\x20in\\x20url\\x20path@8");
}

TEST(HttpParserErrorTest, ControlByteInTarget) {
  const std::string in =
      "GET /a\x01""b HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_URL:Invalid\\x20char\\x20in\\x20url\\x20path@6");
}

TEST(HttpParserErrorTest, TabInTarget) {
  const std::string in =
      "GET /a\tb HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_URL:Invalid\\x20characters\\x20in\\x20url@7");
}

TEST(HttpParserErrorTest, TabAfterTarget) {
  const std::string in =
      "GET / \tHTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_URL:Invalid\\x20characters\\x20in\\x20url@7");
}

TEST(HttpParserErrorTest, BadTargetStart) {
  const std::string in =
      "GET ?x HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_URL:Unexpected\\x20start\\x20char\\x20in\\x20url@4");
}

TEST(HttpParserErrorTest, BadSchemeChar) {
  const std::string in =
      "GET ht1tp://a/ HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_URL:Unexpected\\x20char\\x20in\\x20url\\x20schema@6");
}

TEST(HttpParserErrorTest, SchemeWithoutSlashes) {
  const std::string in =
      "GET http:x HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_URL:Unexpected\\x20char\\x20in\\x20url\\x20schema@9");
}

TEST(HttpParserErrorTest, DoubleAtInAuthority) {
  const std::string in =
      "GET http://a@b@c/ HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:http\\x3a//a@b@c/:-:-:0:1: C END@30");
}

TEST(HttpParserErrorTest, BadAuthorityChar) {
  const std::string in =
      "CONNECT a\"b:1 HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_URL:Unexpected\\x20char\\x20in\\x20url\\x20server@9");
}

TEST(HttpParserErrorTest, SpaceInTarget) {
  const std::string in =
      "GET /a b HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONSTANT:Expected\\x20HTTP/,\\x20RTSP/\\x20or\\x20IC"
            "E/@7");
}

TEST(HttpParserErrorTest, MissingProtocol) {
  const std::string in =
      "GET / FOO/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONSTANT:Expected\\x20HTTP/,\\x20RTSP/\\x20or\\x20IC"
            "E/@6");
}

TEST(HttpParserErrorTest, BadMajorVersion) {
  const std::string in =
      "GET / HTTP/x.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_VERSION:Invalid\\x20major\\x20version@11");
}

TEST(HttpParserErrorTest, MissingDot) {
  const std::string in =
      "GET / HTTP/11\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_VERSION:Expected\\x20dot@12");
}

TEST(HttpParserErrorTest, BadMinorVersion) {
  const std::string in =
      "GET / HTTP/1.x\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_VERSION:Invalid\\x20minor\\x20version@13");
}

TEST(HttpParserErrorTest, UnknownVersion) {
  const std::string in =
      "GET / HTTP/1.2\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_VERSION:Invalid\\x20HTTP\\x20version@14");
}

TEST(HttpParserErrorTest, TrailingSpaceAfterVersion) {
  const std::string in =
      "GET / HTTP/1.1 \r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_VERSION:Expected\\x20CRLF\\x20after\\x20version@14");
}

TEST(HttpParserErrorTest, BareLfAfterRequestLine) {
  const std::string in =
      "GET / HTTP/1.1\nHost: a\n\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_VERSION:Expected\\x20CRLF\\x20after\\x20version@15");
}

TEST(HttpParserErrorTest, CrWithoutLfAfterRequestLine) {
  const std::string in =
      "GET / HTTP/1.1\rHost: a\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_STRICT:Expected\\x20CRLF\\x20after\\x20version@15");
}

TEST(HttpParserErrorTest, BareLfAfterHeader) {
  const std::string in =
      "GET / HTTP/1.1\r\nHost: a\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_CR_EXPECTED:Missing\\x20expected\\x20CR\\x20after\\x20header"
            "\\x20value@23");
}

TEST(HttpParserErrorTest, CrWithoutLfAfterHeader) {
  const std::string in =
      "GET / HTTP/1.1\r\nHost: a\rX\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_LF_EXPECTED:Missing\\x20expected\\x20LF\\x20after\\x20header"
            "\\x20value@24");
}

TEST(HttpParserErrorTest, CrWithoutLfAfterHeaders) {
  const std::string in =
      "GET / HTTP/1.1\r\nHost: a\r\n\rX";
  EXPECT_EQ(Req(in),
            "B E:HPE_STRICT:Expected\\x20LF\\x20after\\x20headers@26");
}

TEST(HttpParserErrorTest, SpaceBeforeFirstHeader) {
  const std::string in =
      "GET / HTTP/1.1\r\n Host: a\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_UNEXPECTED_SPACE:Unexpected\\x20space\\x20after\\x20start\\x"
            "20line@17");
}

TEST(HttpParserErrorTest, ObsFold) {
  const std::string in =
      "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_HEADER_TOKEN:Unexpected\\x20whitespace\\x20after\\x2"
            "0header\\x20value@22");
}

TEST(HttpParserErrorTest, WhitespaceBeforeColon) {
  const std::string in =
      "GET / HTTP/1.1\r\nHost : a\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_HEADER_TOKEN:Invalid\\x20header\\x20token@20");
}

TEST(HttpParserErrorTest, WhitespaceBeforeColonOfSpecialHeader) {
  const std::string in =
      "GET / HTTP/1.1\r\nContent-Length : 1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_HEADER_TOKEN:Invalid\\x20header\\x20field\\x20char@3"
            "1");
}

TEST(HttpParserErrorTest, InvalidTokenInName) {
  const std::string in =
      "GET / HTTP/1.1\r\nX(y): a\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_HEADER_TOKEN:Invalid\\x20header\\x20token@17");
}

TEST(HttpParserErrorTest, EmptyHeaderName) {
  const std::string in =
      "GET / HTTP/1.1\r\n: a\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_HEADER_TOKEN:Invalid\\x20header\\x20token@16");
}

TEST(HttpParserErrorTest, ControlByteInValue) {
  const std::string in =
      "GET / HTTP/1.1\r\nX: a\x01""b\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_HEADER_TOKEN:Invalid\\x20header\\x20value\\x20char@2"
            "0");
}

TEST(HttpParserErrorTest, DelInValue) {
  const std::string in =
      "GET / HTTP/1.1\r\nX: a\x7f""b\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_HEADER_TOKEN:Invalid\\x20header\\x20value\\x20char@2"
            "0");
}

TEST(HttpParserErrorTest, NulInValue) {
  static const char kIn[] =
      "GET / HTTP/1.1\r\nX: a\x00""b\r\n\r\n";
  const std::string in(kIn, sizeof(kIn) - 1);
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_HEADER_TOKEN:Invalid\\x20header\\x20value\\x20char@2"
            "0");
}

TEST(HttpParserErrorTest, DuplicateContentLength) {
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx";
  EXPECT_EQ(Req(in),
            "B E:HPE_UNEXPECTED_CONTENT_LENGTH:Duplicate\\x20Content-Length@52");
}

TEST(HttpParserErrorTest, ContentLengthList) {
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 1, 1\r\n\r\nx";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONTENT_LENGTH:Invalid\\x20character\\x20in\\x20Cont"
            "ent-Length@34");
}

TEST(HttpParserErrorTest, ContentLengthNotNumeric) {
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONTENT_LENGTH:Invalid\\x20character\\x20in\\x20Cont"
            "ent-Length@33");
}

TEST(HttpParserErrorTest, ContentLengthNegative) {
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONTENT_LENGTH:Invalid\\x20character\\x20in\\x20Cont"
            "ent-Length@33");
}

TEST(HttpParserErrorTest, ContentLengthEmpty) {
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length:\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONTENT_LENGTH:Empty\\x20Content-Length@34");
}

TEST(HttpParserErrorTest, ContentLengthTab) {
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 1\t\r\n\r\nx";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONTENT_LENGTH:Invalid\\x20character\\x20in\\x20Cont"
            "ent-Length@34");
}

TEST(HttpParserErrorTest, ContentLengthOverflow) {
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 18446744073709551616\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONTENT_LENGTH:Content-Length\\x20overflow@53");
}

TEST(HttpParserErrorTest, ContentLengthThenTransferEncoding) {
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r"
      "\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_TRANSFER_ENCODING:Transfer-Encoding\\x20can't\\x20be"
            "\\x20present\\x20with\\x20Content-Length@54");
}

TEST(HttpParserErrorTest, TransferEncodingThenContentLength) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r"
      "\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_CONTENT_LENGTH:Content-Length\\x20can't\\x20be\\x20p"
            "resent\\x20with\\x20Transfer-Encoding@60");
}

TEST(HttpParserErrorTest, RequestTransferEncodingNotChunked) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=gzip; E:HPE_INVALID_TRANSFE"
            "R_ENCODING:Request\\x20has\\x20invalid\\x20`Transfer-Encoding`@44");
}

TEST(HttpParserErrorTest, RequestCodingAfterChunked) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_TRANSFER_ENCODING:Invalid\\x20`Transfer-Encoding`\\x"
            "20header\\x20value@44");
}

TEST(HttpParserErrorTest, RequestTransferEncodingAfterChunkedHeader) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: "
      "gzip\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_TRANSFER_ENCODING:Invalid\\x20`Transfer-Encoding`\\x"
            "20header\\x20value@65");
}

TEST(HttpParserErrorTest, ChunkSizeNotHex) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nx\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_INVALID_CHUN"
            "K_SIZE:Invalid\\x20character\\x20in\\x20chunk\\x20size@47");
}

TEST(HttpParserErrorTest, ChunkSizeOverflow) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n100000000000000"
      "00\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_INVALID_CHUN"
            "K_SIZE:Chunk\\x20size\\x20overflow@64");
}

TEST(HttpParserErrorTest, ChunkSizeTrailingSpace) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n"
      "0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_INVALID_CHUN"
            "K_SIZE:Invalid\\x20character\\x20in\\x20chunk\\x20size@49");
}

TEST(HttpParserErrorTest, ChunkSizeBareLf) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r"
      "\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_CR_EXPECTED:"
            "Missing\\x20expected\\x20CR\\x20after\\x20chunk\\x20size@49");
}

TEST(HttpParserErrorTest, ChunkDataWithoutCrlf) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloX\r\n"
      "0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; D:hello E:HPE_STRI"
            "CT:Expected\\x20LF\\x20after\\x20chunk\\x20data@55");
}

TEST(HttpParserErrorTest, ChunkDataBareLf) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\n0\r"
      "\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; D:hello E:HPE_CR_E"
            "XPECTED:Missing\\x20expected\\x20CR\\x20after\\x20chunk\\x20data@56");
}

TEST(HttpParserErrorTest, ChunkExtensionSpace) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5; a=b\r\nhello"
      "\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_STRICT:Inval"
            "id\\x20character\\x20in\\x20chunk\\x20extensions@50");
}

TEST(HttpParserErrorTest, ChunkExtensionBadValue) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a=b c\r\nhell"
      "o\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_STRICT:Inval"
            "id\\x20character\\x20in\\x20chunk\\x20extensions\\x20value@53");
}

TEST(HttpParserErrorTest, ChunkExtensionBadQuotedByte) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a=\"\x01\"\r"
      "\nhello\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_STRICT:Inval"
            "id\\x20character\\x20in\\x20chunk\\x20extensions\\x20quoted\\x20valu"
            "e@53");
}

TEST(HttpParserErrorTest, ChunkExtensionBadQuotedPair) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a=\"\\\x01\""
      "\r\nhello\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_STRICT:Inval"
            "id\\x20quoted-pair\\x20in\\x20chunk\\x20extensions\\x20quoted\\x20va"
            "lue@54");
}

TEST(HttpParserErrorTest, ChunkExtensionAfterQuote) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;a=\"b\"c\r\nh"
      "ello\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_STRICT:Inval"
            "id\\x20character\\x20in\\x20chunk\\x20extensions\\x20quote\\x20value"
            "@54");
}

TEST(HttpParserErrorTest, ChunkExtensionsOverflow) {
  const std::string in = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;" +
      std::string(16385, 'a') + "\r\nx\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; E:HPE_CHUNK_EXTENS"
            "IONS_OVERFLOW:Chunk\\x20extensions\\x20overflow@16434");
}

TEST(HttpParserErrorTest, BadH2Preface) {
  const std::string in =
      "PRI * HTTP/2.0\r\n\r\nSX\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B E:HPE_INVALID_VERSION:Expected\\x20HTTP/2\\x20Connection\\x20Prefa"
            "ce@19");
}

TEST(HttpParserErrorTest, HeaderOverflowInTarget) {
  Options o;
  o.max_header_size = 100;
  const std::string in = "GET /" + std::string(200, 'a') + " HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B E:HPE_HEADER_OVERFLOW:Header\\x20overflow@104");
}

TEST(HttpParserErrorTest, HeaderOverflowInHeaders) {
  Options o;
  o.max_header_size = 256;
  const std::string in = "GET / HTTP/1.1\r\nX-Long: " + std::string(300, 'v') +
      "\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B E:HPE_HEADER_OVERFLOW:Header\\x20overflow@273");
}

TEST(HttpParserErrorTest, HeaderOverflowDefaultLimit) {
  const std::string in = BigHeaders();
  EXPECT_EQ(Req(in),
            "B E:HPE_HEADER_OVERFLOW:Header\\x20overflow@17017");
}

TEST(HttpParserErrorTest, JustUnderTheHeaderLimit) {
  Options o;
  o.max_header_size = 17;
  const std::string in =
      "GET /1234 HTTP/1.1\r\nAb: cdefghij\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:GET:/1234:-:-:0:1:Ab=cdefghij; C END@36");
}

TEST(HttpParserErrorTest, ExactlyTheHeaderLimit) {
  Options o;
  o.max_header_size = 17;
  const std::string in =
      "GET /1234 HTTP/1.1\r\nAb: cdefghijk\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:GET:/1234:-:-:0:1:Ab=cdefghijk; C END@37");
}

TEST(HttpParserErrorTest, ResponseBadProtocol) {
  const std::string in =
      "HTTX/1.1 200 OK\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B E:HPE_INVALID_CONSTANT:Expected\\x20HTTP/,\\x20RTSP/\\x20or\\x20IC"
            "E/@3");
}

TEST(HttpParserErrorTest, ResponseMissingSpaceAfterVersion) {
  const std::string in =
      "HTTP/1.1\t200 OK\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B E:HPE_INVALID_VERSION:Expected\\x20space\\x20after\\x20version@8");
}

TEST(HttpParserErrorTest, ResponseShortStatus) {
  const std::string in =
      "HTTP/1.1 20 OK\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B E:HPE_INVALID_STATUS:Invalid\\x20status\\x20code@11");
}

TEST(HttpParserErrorTest, ResponseLongStatus) {
  const std::string in =
      "HTTP/1.1 2000 OK\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B E:HPE_INVALID_STATUS:Invalid\\x20response\\x20status@12");
}

TEST(HttpParserErrorTest, ResponseBareLfStatusLine) {
  const std::string in =
      "HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B E:HPE_CR_EXPECTED:Missing\\x20expected\\x20CR\\x20after\\x20respon"
            "se\\x20line@16");
}

TEST(HttpParserErrorTest, ResponseBareLfAfterStatus) {
  const std::string in =
      "HTTP/1.1 200\nContent-Length: 0\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B E:HPE_INVALID_STATUS:Invalid\\x20response\\x20status@13");
}

TEST(HttpParserErrorTest, ResponseCrWithoutLf) {
  const std::string in =
      "HTTP/1.1 200 OK\rX\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B E:HPE_STRICT:Expected\\x20LF\\x20after\\x20CR@16");
}

TEST(HttpParserErrorTest, ResponseChunkedAndContentLength) {
  const std::string in =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r"
      "\n\r\n";
  EXPECT_EQ(Res(in),
            "B E:HPE_INVALID_CONTENT_LENGTH:Content-Length\\x20can't\\x20be\\x20p"
            "resent\\x20with\\x20Transfer-Encoding@60");
}

TEST(HttpParserErrorTest, ResponseRequestLine) {
  const std::string in =
      "GET / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B E:HPE_INVALID_CONSTANT:Expected\\x20HTTP/,\\x20RTSP/\\x20or\\x20IC"
            "E/@0");
}

}  // namespace
}  // namespace eddy::http::testing
