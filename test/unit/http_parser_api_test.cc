// eddy: the C++ API of src/http/parser.h beyond the event lines: getters,
// the request-method hint for responses, Pause/Resume, callback errors,
// limits, Reset, Finish and zero-copy fragments.
#include <cstring>
#include <string>
#include <vector>

#include "http_parser_test_helpers.h"

namespace eddy::http::testing {
namespace {

// Remembers what the getters say at OnHeadersComplete.
class Probe : public EventRecorder {
 public:
  int OnHeadersComplete() override {
    const Parser* p = parser;
    seen_method = p->method();
    seen_status = p->status_code();
    seen_major = p->http_major();
    seen_minor = p->http_minor();
    seen_length = p->content_length();
    seen_chunked = p->chunked();
    seen_has_length = p->has_content_length();
    seen_expect = p->expect_continue();
    seen_upgrade = p->upgrade();
    seen_keep_alive = p->ShouldKeepAlive();
    return hc_return;
  }
  int OnBody(const char* at, size_t n) override {
    bodies.push_back(n);
    body.append(at, n);
    if (body_pointers_in && (at < body_pointers_in || at + n > body_pointers_end)) {
      body_outside_input = true;
    }
    return body_return;
  }
  int OnHeaderField(const char* at, size_t n) override {
    fields.emplace_back(at, n);
    field_pointers.push_back(at);
    return 0;
  }
  int OnMessageComplete() override {
    messages++;
    return complete_return;
  }

  const Parser* parser = nullptr;
  int hc_return = kProceed;
  int body_return = 0;
  int complete_return = 0;
  int seen_method = -1, seen_status = -1, seen_major = -1, seen_minor = -1;
  uint64_t seen_length = 0;
  bool seen_chunked = false, seen_has_length = false, seen_expect = false;
  bool seen_upgrade = false, seen_keep_alive = false;
  std::vector<size_t> bodies;
  std::string body;
  std::vector<std::string> fields;
  std::vector<const char*> field_pointers;
  const char* body_pointers_in = nullptr;
  const char* body_pointers_end = nullptr;
  bool body_outside_input = false;
  int messages = 0;
};

struct Fixture {
  explicit Fixture(MessageType type, const Settings& s = Settings())
      : parser(type, &probe, s) {
    probe.parser = &parser;
    probe.set_parser(&parser);
  }
  size_t Feed(const std::string& s) { return parser.Execute(s.data(), s.size()); }
  Probe probe;
  Parser parser;
};

TEST(HttpParserApiTest, GettersAtHeadersComplete) {
  Fixture f(MessageType::kRequest);
  const std::string in =
      "PATCH /x HTTP/1.0\r\nContent-Length: 42\r\nConnection: keep-alive\r\n\r\n";
  EXPECT_EQ(f.Feed(in), in.size());
  EXPECT_EQ(f.probe.seen_method, kPatch);
  EXPECT_EQ(f.probe.seen_major, 1);
  EXPECT_EQ(f.probe.seen_minor, 0);
  EXPECT_EQ(f.probe.seen_length, 42u);
  EXPECT_TRUE(f.probe.seen_has_length);
  EXPECT_FALSE(f.probe.seen_chunked);
  EXPECT_TRUE(f.probe.seen_keep_alive);
  EXPECT_TRUE(f.parser.in_message());

  Fixture g(MessageType::kResponse);
  const std::string teapot = "HTTP/1.1 418 Teapot\r\nTransfer-Encoding: chunked\r\n\r\n";
  EXPECT_EQ(g.Feed(teapot), teapot.size());
  EXPECT_EQ(g.probe.seen_status, 418);
  EXPECT_TRUE(g.probe.seen_chunked);
  EXPECT_FALSE(g.probe.seen_has_length);
}

TEST(HttpParserApiTest, ExpectContinueIsDetected) {
  for (const char* value : {"100-continue", "100-Continue  ", "  100-CONTINUE"}) {
    Fixture f(MessageType::kRequest);
    f.Feed(std::string("POST / HTTP/1.1\r\nExpect: ") + value + "\r\n\r\n");
    EXPECT_TRUE(f.probe.seen_expect) << value;
  }
  for (const char* header : {"Expect: 100-continued", "Expect: 100", "Expected: 100-continue",
                             "X-Expect: 100-continue", "Expect: 100 continue"}) {
    Fixture f(MessageType::kRequest);
    f.Feed(std::string("POST / HTTP/1.1\r\n") + header + "\r\n\r\n");
    EXPECT_FALSE(f.probe.seen_expect) << header;
  }
  // Split anywhere, it is still found.
  const std::string in = "POST / HTTP/1.1\r\neXpEcT:  100-continue \r\n\r\n";
  for (size_t cut = 1; cut < in.size(); cut++) {
    Fixture f(MessageType::kRequest);
    f.parser.Execute(in.data(), cut);
    f.parser.Execute(in.data() + cut, in.size() - cut);
    EXPECT_TRUE(f.probe.seen_expect) << cut;
  }
}

TEST(HttpParserApiTest, HeadRequestHintSkipsResponseBody) {
  Fixture f(MessageType::kResponse);
  f.parser.set_request_method(kHead);
  const std::string in =
      "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
  EXPECT_EQ(f.Feed(in), in.size());
  EXPECT_EQ(f.probe.messages, 2);
  EXPECT_TRUE(f.probe.body.empty());
}

TEST(HttpParserApiTest, ConnectRequestHintTunnelsOn2xxOnly) {
  Fixture ok(MessageType::kResponse);
  ok.parser.set_request_method(kConnect);
  const std::string est = "HTTP/1.1 200 Connection Established\r\n\r\n";
  EXPECT_EQ(ok.Feed(est + "\x16\x03"), est.size());
  EXPECT_EQ(ok.parser.error(), Error::kPausedUpgrade);
  EXPECT_TRUE(ok.parser.upgrade());
  EXPECT_EQ(ok.probe.messages, 1);

  Fixture denied(MessageType::kResponse);
  denied.parser.set_request_method(kConnect);
  const std::string in = "HTTP/1.1 407 Proxy Auth\r\nContent-Length: 2\r\n\r\nno";
  EXPECT_EQ(denied.Feed(in), in.size());
  EXPECT_EQ(denied.parser.error(), Error::kOk);
  EXPECT_EQ(denied.probe.body, "no");
}

TEST(HttpParserApiTest, PauseAndResumeFromOutside) {
  Fixture f(MessageType::kRequest);
  f.parser.Pause();
  EXPECT_EQ(f.Feed("GET / HTTP/1.1\r\n\r\n"), 0u);
  EXPECT_EQ(f.parser.error(), Error::kPaused);
  EXPECT_STREQ(f.parser.reason(), "Paused");
  EXPECT_EQ(f.probe.messages, 0);
  f.parser.Resume();
  EXPECT_EQ(f.Feed("GET / HTTP/1.1\r\n\r\n"), 18u);
  EXPECT_EQ(f.probe.messages, 1);
}

TEST(HttpParserApiTest, CallbackPauseStopsAfterTheEvent) {
  Fixture f(MessageType::kRequest);
  f.probe.complete_return = kCallbackPause;
  const std::string in = "GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n";
  EXPECT_EQ(f.Feed(in), 19u);
  EXPECT_EQ(f.parser.error(), Error::kPaused);
  EXPECT_STREQ(f.parser.reason(), "on_message_complete pause");
  EXPECT_EQ(f.Feed(in.substr(19)), 0u);  // still paused
  f.parser.Resume();
  f.probe.complete_return = 0;
  EXPECT_EQ(f.Feed(in.substr(19)), 19u);
  EXPECT_EQ(f.probe.messages, 2);
}

TEST(HttpParserApiTest, HeadersCompleteErrorStopsParsing) {
  Fixture f(MessageType::kRequest);
  f.probe.hc_return = kCallbackError;
  EXPECT_EQ(f.Feed("GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"), 18u);
  EXPECT_EQ(f.parser.error(), Error::kCbHeadersComplete);
  EXPECT_STREQ(f.parser.reason(), "User callback error");
  EXPECT_EQ(f.probe.messages, 0);
  // Errors are sticky.
  EXPECT_EQ(f.Feed("GET / HTTP/1.1\r\n\r\n"), 0u);
  EXPECT_EQ(f.parser.Finish(), Error::kOk);
}

TEST(HttpParserApiTest, BodyErrorIsAUserError) {
  Fixture f(MessageType::kRequest);
  f.probe.body_return = kCallbackError;
  EXPECT_EQ(f.Feed("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"), 41u);
  EXPECT_EQ(f.parser.error(), Error::kUser);
  EXPECT_STREQ(f.parser.reason(), "Span callback error in on_body");
  EXPECT_STREQ(f.parser.error_name(), "HPE_USER");
}

TEST(HttpParserApiTest, ResumeAfterUpgradeParsesTheNextMessage) {
  Fixture f(MessageType::kRequest);
  const std::string first =
      "GET / HTTP/1.1\r\nUpgrade: x\r\nConnection: upgrade\r\n\r\n";
  const std::string in = first + "GET /next HTTP/1.1\r\n\r\n";
  EXPECT_EQ(f.Feed(in), first.size());
  EXPECT_EQ(f.parser.error(), Error::kPausedUpgrade);
  EXPECT_STREQ(f.parser.reason(), "Pause on CONNECT/Upgrade");
  f.parser.Resume();  // does not clear an upgrade pause
  EXPECT_EQ(f.parser.error(), Error::kPausedUpgrade);
  f.parser.ResumeAfterUpgrade();
  const std::string rest = in.substr(first.size());
  EXPECT_EQ(f.Feed(rest), rest.size());
  EXPECT_EQ(f.probe.messages, 2);
}

TEST(HttpParserApiTest, FinishCompletesEofBodyEveryTime) {
  Fixture f(MessageType::kResponse);
  f.Feed("HTTP/1.1 200 OK\r\n\r\nabc");
  EXPECT_TRUE(f.parser.in_message());
  EXPECT_EQ(f.parser.Finish(), Error::kOk);
  EXPECT_EQ(f.probe.messages, 1);
  EXPECT_EQ(f.parser.Finish(), Error::kOk);  // as node: the body never ends
  EXPECT_EQ(f.probe.messages, 2);

  Fixture g(MessageType::kRequest);
  g.Feed("GET / HT");
  EXPECT_EQ(g.parser.Finish(), Error::kInvalidEofState);
  EXPECT_STREQ(g.parser.reason(), "Invalid EOF state");
  EXPECT_EQ(g.parser.error(), Error::kOk);  // not sticky

  Fixture h(MessageType::kRequest);
  EXPECT_EQ(h.parser.Finish(), Error::kOk);
  EXPECT_FALSE(h.parser.in_message());
}

TEST(HttpParserApiTest, MaxHeaderCount) {
  Settings s;
  s.max_header_count = 3;
  Fixture ok(MessageType::kRequest, s);
  const std::string three = "GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n";
  EXPECT_EQ(ok.Feed(three + three), 2 * three.size());
  Fixture bad(MessageType::kRequest, s);
  bad.Feed("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n");
  EXPECT_EQ(bad.parser.error(), Error::kHeaderOverflow);
  EXPECT_STREQ(bad.parser.reason(), "Too many headers");
}

TEST(HttpParserApiTest, HeaderLimitIsPerMessage) {
  Settings s;
  s.max_header_size = 40;
  Fixture f(MessageType::kRequest, s);
  // 30 counted bytes per message ("/" + names and values).
  const std::string one = "GET / HTTP/1.1\r\nHost: abcdefghij\r\nX: 0123456789ab\r\n\r\n";
  EXPECT_EQ(f.Feed(one + one + one), 3 * one.size());
  EXPECT_EQ(f.parser.error(), Error::kOk);
  // Trailers count on their own too.
  Fixture g(MessageType::kRequest, s);
  const std::string chunked =
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
      "0\r\nT: 0123456789012345678901234567890123456789\r\n\r\n";
  g.Feed(chunked);
  EXPECT_EQ(g.parser.error(), Error::kHeaderOverflow);
}

TEST(HttpParserApiTest, ResetStartsOver) {
  Fixture f(MessageType::kRequest);
  f.Feed("GARBAGE");
  EXPECT_NE(f.parser.error(), Error::kOk);
  f.parser.Reset(MessageType::kResponse, Settings());
  EXPECT_EQ(f.parser.error(), Error::kOk);
  const std::string in = "HTTP/1.1 204 No Content\r\n\r\n";
  EXPECT_EQ(f.Feed(in), in.size());
  EXPECT_EQ(f.probe.messages, 1);
}

TEST(HttpParserApiTest, FragmentsPointIntoTheInput) {
  Fixture f(MessageType::kRequest);
  std::string in = "POST / HTTP/1.1\r\nX-Name: v\r\nContent-Length: 5\r\n\r\nhello";
  f.probe.body_pointers_in = in.data();
  f.probe.body_pointers_end = in.data() + in.size();
  EXPECT_EQ(f.Feed(in), in.size());
  ASSERT_EQ(f.probe.fields.size(), 2u);
  EXPECT_EQ(f.probe.field_pointers[0], in.data() + 17);
  EXPECT_FALSE(f.probe.body_outside_input);
  EXPECT_EQ(f.probe.body, "hello");
}

TEST(HttpParserApiTest, LargeBodiesStreamInInputSizedFragments) {
  Fixture f(MessageType::kRequest);
  const size_t kSize = 1 << 20;
  std::string in = "PUT /big HTTP/1.1\r\nContent-Length: " + std::to_string(kSize) +
                   "\r\n\r\n" + std::string(kSize, 'z');
  size_t off = 0;
  while (off < in.size()) {
    const size_t n = std::min<size_t>(65536, in.size() - off);
    ASSERT_EQ(f.parser.Execute(in.data() + off, n), n);
    off += n;
  }
  EXPECT_EQ(f.probe.body.size(), kSize);
  EXPECT_LE(f.probe.bodies.size(), kSize / 65536 + 1);
  EXPECT_EQ(f.probe.messages, 1);
}

TEST(HttpParserApiTest, MethodAndErrorNames) {
  EXPECT_STREQ(MethodName(kMSearch), "M-SEARCH");
  EXPECT_STREQ(MethodName(kQuery), "QUERY");
  EXPECT_EQ(MethodName(kMethodCount), nullptr);
  EXPECT_EQ(MethodName(-1), nullptr);
  EXPECT_TRUE(IsHttpMethod(kGet));
  EXPECT_TRUE(IsHttpMethod(kQuery));
  EXPECT_FALSE(IsHttpMethod(kPri));
  EXPECT_FALSE(IsHttpMethod(kDescribe));
  EXPECT_STREQ(ErrorName(Error::kInvalidHeaderToken), "HPE_INVALID_HEADER_TOKEN");
  EXPECT_STREQ(ErrorName(Error::kHeaderOverflow), "HPE_HEADER_OVERFLOW");
  EXPECT_STREQ(ErrorName(Error::kChunkExtensionsOverflow),
               "HPE_CHUNK_EXTENSIONS_OVERFLOW");
}

TEST(HttpParserApiTest, EveryOffsetSplitGivesTheSameEvents) {
  // A message that touches most states, cut in two at every offset.
  const std::string in =
      "POST http://h:1/p?q#f HTTP/1.1\r\nConnection: keep-alive, upgrade\r\n"
      "Transfer-Encoding: gzip,  chunked\r\nX:  a b  \r\nExpect: 100-continue\r\n\r\n"
      "3;n=v;m=\"q\\\"\"\r\nabc\r\n0\r\nT: 1\r\n\r\n"
      "GET / HTTP/1.0\r\n\r\n";
  const std::string whole = Req(in);
  for (size_t cut = 1; cut < in.size(); cut++) {
    Case c;
    c.data = in;
    c.splits = {cut};
    EXPECT_EQ(RunCase(c), whole) << cut;
  }
}

}  // namespace
}  // namespace eddy::http::testing
