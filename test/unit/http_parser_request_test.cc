// eddy: request cases for src/http/parser.h. Every expected line was
// checked against node 20's own parser (test/fuzz/oracle); ParseAll also
// checks that pieces, single bytes and pauses give the same line.
#include "http_parser_test_helpers.h"

namespace eddy::http::testing {
namespace {

std::string ManyHeaders() {
  std::string s = "GET / HTTP/1.1\r\n";
  for (int i = 0; i < 40; i++) {
    s += "H" + std::to_string(i) + ": v" + std::to_string(i) + "\r\n";
  }
  return s + "\r\n";
}

TEST(HttpParserRequestTest, SimpleGet) {
  const std::string in =
      "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:1:Host=example.com; C END@37");
}

TEST(HttpParserRequestTest, AbsoluteFormTarget) {
  const std::string in =
      "GET http://user:pw@host:8080/p/a?q=1&r#frag HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:http\\x3a//user\\x3apw@host\\x3a8080/p/a?q\\x3d1&r#frag:"
            "-:-:0:1: C END@56");
}

TEST(HttpParserRequestTest, AsteriskTarget) {
  const std::string in =
      "OPTIONS * HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:OPTIONS:*:-:-:0:1: C END@22");
}

TEST(HttpParserRequestTest, QueryWithQuestionMarksAndFragment) {
  const std::string in =
      "GET /a?b?c#d?e#f HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/a?b?c#d?e#f:-:-:0:1: C END@29");
}

TEST(HttpParserRequestTest, AuthorityFormForConnect) {
  const std::string in =
      "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:CONNECT:example.com\\x3a443:-:-:1:1:Host=example.com\\x3a443"
            "; C U@59");
}

TEST(HttpParserRequestTest, ConnectStopsAtTunnelBytes) {
  const std::string in =
      "CONNECT [::1]:443 HTTP/1.1\r\n\r\n\x16\x03\x01tls";
  EXPECT_EQ(Req(in),
            "B H:1.1:CONNECT:[\\x3a\\x3a1]\\x3a443:-:-:1:1: C U@30");
}

TEST(HttpParserRequestTest, EveryHttpMethod) {
  const std::string in =
      "DELETE / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\nHEAD / HTTP/1.1\r\n\r"
      "\nPOST / HTTP/1.1\r\n\r\nPUT / HTTP/1.1\r\n\r\nOPTIONS / HTTP/1.1\r"
      "\n\r\nTRACE / HTTP/1.1\r\n\r\nCOPY / HTTP/1.1\r\n\r\nLOCK / HTTP/1.1"
      "\r\n\r\nMKCOL / HTTP/1.1\r\n\r\nMOVE / HTTP/1.1\r\n\r\nPROPFIND / HT"
      "TP/1.1\r\n\r\nPROPPATCH / HTTP/1.1\r\n\r\nSEARCH / HTTP/1.1\r\n\r\nU"
      "NLOCK / HTTP/1.1\r\n\r\nBIND / HTTP/1.1\r\n\r\nREBIND / HTTP/1.1\r\n"
      "\r\nUNBIND / HTTP/1.1\r\n\r\nACL / HTTP/1.1\r\n\r\nREPORT / HTTP/1.1"
      "\r\n\r\nMKACTIVITY / HTTP/1.1\r\n\r\nCHECKOUT / HTTP/1.1\r\n\r\nMERG"
      "E / HTTP/1.1\r\n\r\nM-SEARCH / HTTP/1.1\r\n\r\nNOTIFY / HTTP/1.1\r\n"
      "\r\nSUBSCRIBE / HTTP/1.1\r\n\r\nUNSUBSCRIBE / HTTP/1.1\r\n\r\nPATCH "
      "/ HTTP/1.1\r\n\r\nPURGE / HTTP/1.1\r\n\r\nMKCALENDAR / HTTP/1.1\r\n"
      "\r\nLINK / HTTP/1.1\r\n\r\nUNLINK / HTTP/1.1\r\n\r\nSOURCE / HTTP/1."
      "1\r\n\r\nQUERY / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:DELETE:/:-:-:0:1: C B H:1.1:GET:/:-:-:0:1: C B H:1.1:HEAD:/:"
            "-:-:0:1: C B H:1.1:POST:/:-:-:0:1: C B H:1.1:PUT:/:-:-:0:1: C B H:1."
            "1:OPTIONS:/:-:-:0:1: C B H:1.1:TRACE:/:-:-:0:1: C B H:1.1:COPY:/:-:-"
            ":0:1: C B H:1.1:LOCK:/:-:-:0:1: C B H:1.1:MKCOL:/:-:-:0:1: C B H:1.1"
            ":MOVE:/:-:-:0:1: C B H:1.1:PROPFIND:/:-:-:0:1: C B H:1.1:PROPPATCH:/"
            ":-:-:0:1: C B H:1.1:SEARCH:/:-:-:0:1: C B H:1.1:UNLOCK:/:-:-:0:1: C "
            "B H:1.1:BIND:/:-:-:0:1: C B H:1.1:REBIND:/:-:-:0:1: C B H:1.1:UNBIND"
            ":/:-:-:0:1: C B H:1.1:ACL:/:-:-:0:1: C B H:1.1:REPORT:/:-:-:0:1: C B"
            " H:1.1:MKACTIVITY:/:-:-:0:1: C B H:1.1:CHECKOUT:/:-:-:0:1: C B H:1.1"
            ":MERGE:/:-:-:0:1: C B H:1.1:M-SEARCH:/:-:-:0:1: C B H:1.1:NOTIFY:/:-"
            ":-:0:1: C B H:1.1:SUBSCRIBE:/:-:-:0:1: C B H:1.1:UNSUBSCRIBE:/:-:-:0"
            ":1: C B H:1.1:PATCH:/:-:-:0:1: C B H:1.1:PURGE:/:-:-:0:1: C B H:1.1:"
            "MKCALENDAR:/:-:-:0:1: C B H:1.1:LINK:/:-:-:0:1: C B H:1.1:UNLINK:/:-"
            ":-:0:1: C B H:1.1:SOURCE:/:-:-:0:1: C B H:1.1:QUERY:/:-:-:0:1: C END"
            "@711");
}

TEST(HttpParserRequestTest, RtspMethodsNeedRtsp) {
  const std::string in =
      "DESCRIBE rtsp://h/x RTSP/1.0\r\nCSeq: 2\r\n\r\nPLAY rtsp://h/x RTSP/"
      "1.0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.0:DESCRIBE:rtsp\\x3a//h/x:-:-:0:0:CSeq=2; C E:HPE_CLOSED_CONNE"
            "CTION:Data\\x20after\\x20`Connection\\x3a\\x20close`@42");
}

TEST(HttpParserRequestTest, IcecastSource) {
  const std::string in =
      "SOURCE /mount ICE/1.0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.0:SOURCE:/mount:-:-:0:0: C END@25");
}

TEST(HttpParserRequestTest, Http10IsNotKeepAlive) {
  const std::string in =
      "GET / HTTP/1.0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.0:GET:/:-:-:0:0: C END@18");
}

TEST(HttpParserRequestTest, Http10KeepAliveHeader) {
  const std::string in =
      "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\nGET /2 HTTP/1.0\r\n"
      "\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.0:GET:/:-:-:0:1:Connection=Keep-Alive; C B H:1.0:GET:/2:-:-:0:"
            "0: C END@61");
}

TEST(HttpParserRequestTest, Http11ConnectionClose) {
  const std::string in =
      "GET / HTTP/1.1\r\nConnection: close\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:0:Connection=close; C END@37");
}

TEST(HttpParserRequestTest, ConnectionTokenList) {
  const std::string in =
      "GET / HTTP/1.1\r\nConnection: foo, bar,close\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:0:Connection=foo,\\x20bar,close; C END@46");
}

TEST(HttpParserRequestTest, ConnectionCloseWithTrailingTokenIsNotClose) {
  const std::string in =
      "GET / HTTP/1.1\r\nConnection: close x\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:1:Connection=close\\x20x; C END@39");
}

TEST(HttpParserRequestTest, ProxyConnectionCounts) {
  const std::string in =
      "GET / HTTP/1.1\r\nProxy-Connection: close\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:0:Proxy-Connection=close; C END@43");
}

TEST(HttpParserRequestTest, Http09) {
  const std::string in =
      "GET /old\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:0.9:GET:/old:-:-:0:0: C END@12");
}

TEST(HttpParserRequestTest, Http09WithBareLf) {
  const std::string in =
      "GET /old\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:0.9:GET:/old:-:-:0:0: C END@11");
}

TEST(HttpParserRequestTest, Http20Version) {
  const std::string in =
      "GET / HTTP/2.0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:2.0:GET:/:-:-:0:0: C END@18");
}

TEST(HttpParserRequestTest, SpacesBeforeTargetAndVersion) {
  const std::string in =
      "GET    /x    HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/x:-:-:0:1: C END@25");
}

TEST(HttpParserRequestTest, LeadingEmptyLinesAreSkipped) {
  const std::string in =
      "\r\n\r\n\nGET / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:1: C END@23");
}

TEST(HttpParserRequestTest, HeaderValueOwsIsTrimmed) {
  const std::string in =
      "GET / HTTP/1.1\r\nA:   x y  \t \r\nB:\tz\t\r\nC:\r\nD:  \r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:1:A=x\\x20y;B=z;C=;D=; C END@49");
}

TEST(HttpParserRequestTest, HeaderValueObsText) {
  const std::string in =
      "GET / HTTP/1.1\r\nX: caf\xc3\xa9 \x80\xff\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:1:X=caf\\xc3\\xa9\\x20\\x80\\xff; C END@31");
}

TEST(HttpParserRequestTest, HeaderNamesKeepTheirCase) {
  const std::string in =
      "GET / HTTP/1.1\r\nX-CamelCase: 1\r\nx-lower: 2\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:1:X-CamelCase=1;x-lower=2; C END@46");
}

TEST(HttpParserRequestTest, TokenCharactersInNames) {
  const std::string in =
      "GET / HTTP/1.1\r\n!#$%&'*+-.^_`|~09azAZ: v\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:1:!#$%&'*+-.^_`|~09azAZ=v; C END@44");
}

TEST(HttpParserRequestTest, ManyHeaders) {
  const std::string in = ManyHeaders();
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:1:H0=v0;H1=v1;H2=v2;H3=v3;H4=v4;H5=v5;H6=v6;H7=v"
            "7;H8=v8;H9=v9;H10=v10;H11=v11;H12=v12;H13=v13;H14=v14;H15=v15;H16=v1"
            "6;H17=v17;H18=v18;H19=v19;H20=v20;H21=v21;H22=v22;H23=v23;H24=v24;H2"
            "5=v25;H26=v26;H27=v27;H28=v28;H29=v29;H30=v30;H31=v31;H32=v32;H33=v3"
            "3;H34=v34;H35=v35;H36=v36;H37=v37;H38=v38;H39=v39; C END@398");
}

TEST(HttpParserRequestTest, ContentLengthBody) {
  const std::string in =
      "POST /p HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/p:-:-:0:1:Content-Length=11; D:hello\\x20world C END@5"
            "1");
}

TEST(HttpParserRequestTest, ContentLengthZero) {
  const std::string in =
      "POST /p HTTP/1.1\r\nContent-Length: 0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/p:-:-:0:1:Content-Length=0; C END@39");
}

TEST(HttpParserRequestTest, ContentLengthWithSpaces) {
  const std::string in =
      "POST /p HTTP/1.1\r\nContent-Length:   3   \r\n\r\nabc";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/p:-:-:0:1:Content-Length=3; D:abc C END@47");
}

TEST(HttpParserRequestTest, ContentLengthMax) {
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 18446744073709551615\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Content-Length=18446744073709551615; END@57");
}

TEST(HttpParserRequestTest, ChunkedBody) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6"
      "\r\n world\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; D:hello\\x20world "
            "C END@73");
}

TEST(HttpParserRequestTest, ChunkedUpperCaseHex) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: CHUNKED\r\n\r\nA\r\n0123456789"
      "\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=CHUNKED; D:0123456789 C END"
            "@67");
}

TEST(HttpParserRequestTest, ChunkedWithTrailers) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r"
      "\nX-Sum: 1\r\nX-Other:  two \r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; D:abc T:X-Sum=1;X-"
            "Other=two; C END@86");
}

TEST(HttpParserRequestTest, ChunkExtensions) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a;b=c;d=\"e f"
      "\\\"g\";=x\r\nabc\r\n0;last\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=chunked; D:abc C END@85");
}

TEST(HttpParserRequestTest, ChunkedAfterOtherCodings) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n1\r\nx\r"
      "\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=gzip,\\x20chunked; D:x C EN"
            "D@64");
}

TEST(HttpParserRequestTest, TransferEncodingListOverTwoHeaders) {
  const std::string in =
      "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chu"
      "nked\r\n\r\n1\r\nx\r\n0\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Transfer-Encoding=gzip;Transfer-Encoding=chun"
            "ked; D:x C END@83");
}

TEST(HttpParserRequestTest, Pipelined) {
  const std::string in =
      "GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\n"
      "okPOST /3 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0"
      "\r\n\r\nGET /4 HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/1:-:-:0:1: C B H:1.1:POST:/2:-:-:0:1:Content-Length=2; "
            "D:ok C B H:1.1:POST:/3:-:-:0:1:Transfer-Encoding=chunked; D:ab C B H"
            ":1.1:GET:/4:-:-:0:1: C END@139");
}

TEST(HttpParserRequestTest, PipelinedAfterCloseFails) {
  const std::string in =
      "GET /1 HTTP/1.1\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/1:-:-:0:0:Connection=close; C E:HPE_CLOSED_CONNECTION:D"
            "ata\\x20after\\x20`Connection\\x3a\\x20close`@39");
}

TEST(HttpParserRequestTest, EmptyLinesAfterCloseAreFine) {
  const std::string in =
      "GET /1 HTTP/1.1\r\nConnection: close\r\n\r\n\r\n\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/1:-:-:0:0:Connection=close; C END@43");
}

TEST(HttpParserRequestTest, UpgradeWebsocket) {
  const std::string in =
      "GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upg"
      "rade\r\n\r\n\x81\x05hello";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/ws:-:-:1:1:Host=a;Upgrade=websocket;Connection=Upgrade;"
            " C U@70");
}

TEST(HttpParserRequestTest, UpgradeAfterBody) {
  const std::string in =
      "POST /ws HTTP/1.1\r\nUpgrade: h2c\r\nConnection: keep-alive, upgrade"
      "\r\nContent-Length: 2\r\n\r\nabNEWPROTO";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/ws:-:-:1:1:Upgrade=h2c;Connection=keep-alive,\\x20upgr"
            "ade;Content-Length=2; D:ab C U@89");
}

TEST(HttpParserRequestTest, UpgradeHeaderWithoutConnectionUpgrade) {
  const std::string in =
      "GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\nGET / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in),
            "B H:1.1:GET:/:-:-:0:1:Upgrade=websocket; C B H:1.1:GET:/:-:-:0:1: C "
            "END@56");
}

TEST(HttpParserRequestTest, ExpectContinue) {
  const std::string in =
      "POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"
      "hi";
  EXPECT_EQ(Req(in),
            "B H:1.1:POST:/:-:-:0:1:Expect=100-continue;Content-Length=2; D:hi C "
            "END@62");
}

TEST(HttpParserRequestTest, Http2Preface) {
  const std::string in =
      "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\nframes";
  EXPECT_EQ(Req(in),
            "B E:HPE_PAUSED_H2_UPGRADE:Pause\\x20on\\x20PRI/Upgrade@24");
}

TEST(HttpParserRequestTest, FinishBetweenMessages) {
  Options o;
  o.finish = true;
  const std::string in =
      "GET / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:GET:/:-:-:0:1: C END@18 F:ok");
}

TEST(HttpParserRequestTest, FinishMidHeaders) {
  Options o;
  o.finish = true;
  const std::string in =
      "GET / HTTP/1.1\r\nHost: a\r\n";
  EXPECT_EQ(Req(in, o),
            "B END@25 F:E:HPE_INVALID_EOF_STATE:Invalid\\x20EOF\\x20state");
}

TEST(HttpParserRequestTest, FinishMidBody) {
  Options o;
  o.finish = true;
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:POST:/:-:-:0:1:Content-Length=5; D:ab END@40 F:E:HPE_INVALID"
            "_EOF_STATE:Invalid\\x20EOF\\x20state");
}

TEST(HttpParserRequestTest, SkipBodyFromCallback) {
  Options o;
  o.headers_complete_return = 1;
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nGET / HTTP/1.1\r\n\r\n";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:POST:/:-:-:0:1:Content-Length=5; C B H:1.1:GET:/:-:-:0:1: C "
            "END@56");
}

TEST(HttpParserRequestTest, UpgradeFromCallback) {
  Options o;
  o.headers_complete_return = 2;
  const std::string in =
      "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nrest";
  EXPECT_EQ(Req(in, o),
            "B H:1.1:POST:/:-:-:0:1:Content-Length=5; C U@38");
}

}  // namespace
}  // namespace eddy::http::testing
