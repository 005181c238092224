// eddy: response cases for src/http/parser.h. Every expected line was
// checked against node 20's own parser (test/fuzz/oracle); ParseAll also
// checks that pieces, single bytes and pauses give the same line.
#include "http_parser_test_helpers.h"

namespace eddy::http::testing {
namespace {

TEST(HttpParserResponseTest, WithContentLength) {
  const std::string in =
      "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:200:OK:0:1:Content-Length=5; D:hello C END@43");
}

TEST(HttpParserResponseTest, ReadUntilClose) {
  Options o;
  o.finish = true;
  const std::string in =
      "HTTP/1.1 200 OK\r\nServer: x\r\n\r\nall of this is body";
  EXPECT_EQ(Res(in, o),
            "B H:1.1:-:-:200:OK:0:0:Server=x; D:all\\x20of\\x20this\\x20is\\x20bo"
            "dy END@49 C F:ok");
}

TEST(HttpParserResponseTest, Http10ReadUntilClose) {
  Options o;
  o.finish = true;
  const std::string in =
      "HTTP/1.0 200 OK\r\n\r\nbody";
  EXPECT_EQ(Res(in, o),
            "B H:1.0:-:-:200:OK:0:0: D:body END@23 C F:ok");
}

TEST(HttpParserResponseTest, Chunked) {
  const std::string in =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5"
      "\r\npedia\r\n0\r\nExpires: never\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:200:OK:0:1:Transfer-Encoding=chunked; D:Wikipedia T:Expi"
            "res=never; C END@87");
}

TEST(HttpParserResponseTest, NonChunkedCodingReadsUntilClose) {
  Options o;
  o.finish = true;
  const std::string in =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n\x1f\x8b";
  EXPECT_EQ(Res(in, o),
            "B H:1.1:-:-:200:OK:0:0:Transfer-Encoding=gzip; D:\\x1f\\x8b END@46 C"
            " F:ok");
}

TEST(HttpParserResponseTest, ChunkedNotLastReadsUntilClose) {
  Options o;
  o.finish = true;
  const std::string in =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n3\r\nabc"
      "\r\n";
  EXPECT_EQ(Res(in, o),
            "B H:1.1:-:-:200:OK:0:0:Transfer-Encoding=chunked,\\x20gzip; D:3\\x0d"
            "\\x0aabc\\x0d\\x0a END@61 C F:ok");
}

TEST(HttpParserResponseTest, NoBodyStatuses) {
  const std::string in =
      "HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 304 Not Modified\r\n\r\nHTTP"
      "/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103"
      " Early Hints\r\nLink: </s.css>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Len"
      "gth: 0\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:204:No\\x20Content:0:1: C B H:1.1:-:-:304:Not\\x20Modifi"
            "ed:0:1: C B H:1.1:-:-:100:Continue:0:1: C B H:1.1:-:-:102:Processing"
            ":0:1: C B H:1.1:-:-:103:Early\\x20Hints:0:1:Link=</s.css>; C B H:1.1"
            ":-:-:200:OK:0:1:Content-Length=0; C END@190");
}

TEST(HttpParserResponseTest, ContinueThenFinal) {
  const std::string in =
      "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r"
      "\n\r\nok";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:100:Continue:0:1: C B H:1.1:-:-:200:OK:0:1:Content-Lengt"
            "h=2; D:ok C END@65");
}

TEST(HttpParserResponseTest, HeadResponseSkipsBody) {
  Options o;
  o.headers_complete_return = 1;
  const std::string in =
      "HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\nHTTP/1.1 200 OK\r\nCo"
      "ntent-Length: 0\r\n\r\n";
  EXPECT_EQ(Res(in, o),
            "B H:1.1:-:-:200:OK:0:1:Content-Length=1234; C B H:1.1:-:-:200:OK:0:1"
            ":Content-Length=0; C END@79");
}

TEST(HttpParserResponseTest, SwitchingProtocols) {
  static const char kIn[] =
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection"
      ": Upgrade\r\n\r\n\x81\x00";
  const std::string in(kIn, sizeof(kIn) - 1);
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:101:Switching\\x20Protocols:1:1:Upgrade=websocket;Connec"
            "tion=Upgrade; C U@77");
}

TEST(HttpParserResponseTest, SwitchingProtocolsWithoutHeaders) {
  const std::string in =
      "HTTP/1.1 101 Switching Protocols\r\n\r\nxx";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:101:Switching\\x20Protocols:0:1: C U@36");
}

TEST(HttpParserResponseTest, UpgradeHeadersOn200AreInformational) {
  const std::string in =
      "HTTP/1.1 200 OK\r\nUpgrade: h2c\r\nConnection: upgrade\r\nContent-Le"
      "ngth: 1\r\n\r\nx";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:200:OK:0:1:Upgrade=h2c;Connection=upgrade;Content-Length"
            "=1; D:x C END@74");
}

TEST(HttpParserResponseTest, ConnectResponseFromCallback) {
  Options o;
  o.headers_complete_return = 2;
  const std::string in =
      "HTTP/1.1 200 Connection established\r\n\r\ntunnel";
  EXPECT_EQ(Res(in, o),
            "B H:1.1:-:-:200:Connection\\x20established:0:0: C U@39");
}

TEST(HttpParserResponseTest, EmptyReason) {
  const std::string in =
      "HTTP/1.1 200\r\nContent-Length: 0\r\n\r\nHTTP/1.1 404 \r\nContent-Le"
      "ngth: 0\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:200::0:1:Content-Length=0; C B H:1.1:-:-:404::0:1:Conten"
            "t-Length=0; C END@71");
}

TEST(HttpParserResponseTest, ReasonWithControlBytes) {
  const std::string in =
      "HTTP/1.1 200 O\x01K \xe9\r\nContent-Length: 0\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:200:O\\x01K\\x20\\xe9:0:1:Content-Length=0; C END@41");
}

TEST(HttpParserResponseTest, UnusualStatusCodes) {
  const std::string in =
      "HTTP/1.1 999 Whatever\r\nContent-Length: 0\r\n\r\nHTTP/1.1 000 Zero"
      "\r\nContent-Length: 0\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:999:Whatever:0:1:Content-Length=0; C B H:1.1:-:-:0:Zero:"
            "0:1:Content-Length=0; C END@84");
}

TEST(HttpParserResponseTest, Http10KeepAlive) {
  const std::string in =
      "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r"
      "\nxHTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B H:1.0:-:-:200:OK:0:1:Connection=keep-alive;Content-Length=1; D:x C"
            " B H:1.0:-:-:200:OK:0:0:Content-Length=0; C END@101");
}

TEST(HttpParserResponseTest, CloseThenDataFails) {
  const std::string in =
      "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nConnection: close\r\n\r\nxex"
      "tra";
  EXPECT_EQ(Res(in),
            "B H:1.1:-:-:200:OK:0:0:Content-Length=1;Connection=close; D:x C E:HP"
            "E_CLOSED_CONNECTION:Data\\x20after\\x20`Connection\\x3a\\x20close`@5"
            "9");
}

TEST(HttpParserResponseTest, RtspAndIceProtocols) {
  const std::string in =
      "RTSP/1.0 200 OK\r\nCSeq: 1\r\nContent-Length: 0\r\n\r\nICE/1.0 200 O"
      "K\r\nContent-Length: 0\r\n\r\n";
  EXPECT_EQ(Res(in),
            "B H:1.0:-:-:200:OK:0:0:CSeq=1;Content-Length=0; C E:HPE_CLOSED_CONNE"
            "CTION:Data\\x20after\\x20`Connection\\x3a\\x20close`@48");
}

TEST(HttpParserResponseTest, FinishCompletesEofBody) {
  Options o;
  o.finish = true;
  const std::string in =
      "HTTP/1.1 200 OK\r\n\r\n";
  EXPECT_EQ(Res(in, o),
            "B H:1.1:-:-:200:OK:0:0: END@19 C F:ok");
}

TEST(HttpParserResponseTest, FinishMidChunk) {
  Options o;
  o.finish = true;
  const std::string in =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab";
  EXPECT_EQ(Res(in, o),
            "B H:1.1:-:-:200:OK:0:1:Transfer-Encoding=chunked; D:ab END@52 F:E:HP"
            "E_INVALID_EOF_STATE:Invalid\\x20EOF\\x20state");
}

}  // namespace
}  // namespace eddy::http::testing
