// eddy: the cares_wrap binding against a fake DNS server: a UDP socket on
// 127.0.0.1 served by a thread with canned answers. Each query's result must
// equal what node 20 returns for the same answer (the expected strings were
// recorded by running node against the same records). Also: channel
// lifetimes (an active channel survives GC, an idle one is collected and does
// not keep the loop alive, teardown with queries in flight is clean).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "engine/convert.h"
#include "fixture.h"

namespace eddy::test {

namespace {

using Bytes = std::string;

Bytes Name(const std::string& name) {
  Bytes out;
  size_t start = 0;
  while (start < name.size()) {
    size_t dot = name.find('.', start);
    if (dot == std::string::npos) dot = name.size();
    out += static_cast<char>(dot - start);
    out += name.substr(start, dot - start);
    start = dot + 1;
  }
  return out + '\0';
}

Bytes U16(unsigned v) { return Bytes{static_cast<char>(v >> 8), static_cast<char>(v & 0xff)}; }
Bytes U32(uint32_t v) { return U16(v >> 16) + U16(v & 0xffff); }
Bytes Str(const std::string& s) { return static_cast<char>(s.size()) + s; }

Bytes Rr(const std::string& owner, unsigned type, uint32_t ttl, const Bytes& rdata) {
  return Name(owner) + U16(type) + U16(1) + U32(ttl) + U16(rdata.size()) + rdata;
}

Bytes Ip4(const char* s) {
  char b[4];
  inet_pton(AF_INET, s, b);
  return Bytes(b, 4);
}

Bytes Ip6(const char* s) {
  char b[16];
  inet_pton(AF_INET6, s, b);
  return Bytes(b, 16);
}

// The canned records: rcode and answer records for (name, type); rcode -1
// means "never answer".
struct Answer {
  int rcode = 0;
  std::vector<Bytes> records;
};

Answer Lookup(const std::string& q, unsigned t) {
  Answer a;
  auto want = [t](unsigned type) { return t == type || t == 255; };
  if (q == "a.test") {
    if (want(1)) {
      a.records.push_back(Rr(q, 1, 300, Ip4("1.2.3.4")));
      a.records.push_back(Rr(q, 1, 60, Ip4("5.6.7.8")));
    }
    if (want(28)) {
      a.records.push_back(Rr(q, 28, 100, Ip6("::1")));
      a.records.push_back(Rr(q, 28, 200, Ip6("2001:db8::1")));
    }
    if (want(15)) {
      a.records.push_back(Rr(q, 15, 50, U16(10) + Name("mx1.test")));
      a.records.push_back(Rr(q, 15, 50, U16(20) + Name("mx2.test")));
    }
    if (want(2)) {
      a.records.push_back(Rr(q, 2, 50, Name("ns1.test")));
      a.records.push_back(Rr(q, 2, 50, Name("ns2.test")));
    }
    if (want(16)) {
      a.records.push_back(Rr(q, 16, 50, Str("v=spf1") + Str(" -all")));
      a.records.push_back(Rr(q, 16, 50, Str("hello")));
    }
    if (want(33)) a.records.push_back(Rr(q, 33, 50, U16(10) + U16(5) + U16(5060) + Name("sip.test")));
    if (want(12)) {
      a.records.push_back(Rr(q, 12, 50, Name("ptr1.test")));
      a.records.push_back(Rr(q, 12, 50, Name("ptr2.test")));
    }
    if (want(35)) {
      a.records.push_back(Rr(q, 35, 50, U16(100) + U16(10) + Str("u") + Str("E2U+sip") +
                                            Str("!^.*$!sip:info@example.test!") + Name("")));
      a.records.push_back(Rr(q, 35, 50, U16(101) + U16(20) + Str("s") + Str("SIP+D2U") + Str("") +
                                            Name("_sip._udp.test")));
    }
    if (want(6)) {
      a.records.push_back(Rr(q, 6, 50, Name("ns1.test") + Name("hostmaster.test") +
                                           U32(2024010101) + U32(7200) + U32(3600) +
                                           U32(1209600) + U32(300)));
    }
    if (want(257)) {
      a.records.push_back(Rr(q, 257, 50, Bytes(1, '\0') + Str("issue") + "letsencrypt.org"));
      a.records.push_back(Rr(q, 257, 50, Bytes(1, '\x80') + Str("iodef") + "mailto:x@test"));
    }
    return a;
  }
  if (q == "cname.test") {
    if (t == 1) {
      a.records = {Rr(q, 5, 10, Name("target.test")), Rr("target.test", 1, 20, Ip4("9.9.9.9"))};
    } else if (t == 5 || t == 255) {
      a.records = {Rr(q, 5, 10, Name("target.test"))};
    }
    return a;
  }
  if (q == "chain.test") {
    a.records = {Rr(q, 5, 30, Name("c2.test")), Rr("c2.test", 5, 15, Name("c3.test")),
                 Rr("c3.test", 1, 100, Ip4("7.7.7.7")), Rr("other.test", 1, 100, Ip4("8.8.8.8"))};
    return a;
  }
  if (q == "txt8.test") {
    a.records = {Rr(q, 16, 5, Str("caf\xc3\xa9") + Str("\xff" "A"))};
    return a;
  }
  if (q == "dot.test") {
    a.records = {Rr(q, 15, 5, U16(1) + Bytes("\x03" "a.b") + Name("test")),
                 Rr(q, 12, 5, Bytes("\x04" "x y\x01") + Name("test"))};
    return a;
  }
  if (q == "mixed.test") {
    a.records = {Rr(q, 15, 5, U16(1) + Name("mx.test")),
                 Rr(q, 6, 50, Name("ns1.test") + Name("hm.test") + U32(1) + U32(2) + U32(3) +
                                  U32(4) + U32(5))};
    return a;
  }
  if (q == "4.3.2.1.in-addr.arpa") {
    a.records = {Rr(q, 12, 50, Name("host1.test")), Rr(q, 12, 50, Name("host2.test"))};
    return a;
  }
  if (q == "5.3.2.1.in-addr.arpa" || q == "servfail.test") a.rcode = 2;
  else if (q == "refused.test") a.rcode = 5;
  else if (q == "formerr.test") a.rcode = 1;
  else if (q == "notimp.test") a.rcode = 4;
  else if (q == "nodata.test") a.rcode = 0;
  else if (q == "bad.test") a.records = {Bytes("\x01\x02\x03")};
  else if (q == "timeout.test") a.rcode = -1;
  else a.rcode = 3;
  return a;
}

class FakeDnsServer {
 public:
  FakeDnsServer() {
    fd_ = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in addr = {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr));
    socklen_t len = sizeof(addr);
    getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }
  ~FakeDnsServer() {
    stop_ = true;
    thread_.join();
    close(fd_);
  }
  int port() const { return port_; }

 private:
  void Serve() {
    while (!stop_) {
      pollfd p = {fd_, POLLIN, 0};
      if (poll(&p, 1, 20) <= 0) continue;
      unsigned char buf[1500];
      sockaddr_in from;
      socklen_t from_len = sizeof(from);
      ssize_t n = recvfrom(fd_, buf, sizeof(buf), 0, reinterpret_cast<sockaddr*>(&from), &from_len);
      if (n < 12) continue;
      size_t i = 12;
      std::string q;
      while (i < static_cast<size_t>(n) && buf[i] != 0) {
        if (!q.empty()) q += '.';
        q.append(reinterpret_cast<char*>(buf + i + 1), buf[i]);
        i += 1 + buf[i];
      }
      i += 1;
      if (i + 4 > static_cast<size_t>(n)) continue;
      unsigned type = buf[i] << 8 | buf[i + 1];
      for (char& c : q) c = static_cast<char>(tolower(c));
      Answer a = Lookup(q, type);
      if (a.rcode < 0) continue;
      Bytes resp(reinterpret_cast<char*>(buf), 2);
      resp += U16(0x8180 | a.rcode) + U16(1) + U16(a.records.size()) + U16(0) + U16(0);
      resp += Bytes(reinterpret_cast<char*>(buf + 12), i + 4 - 12);
      for (const Bytes& r : a.records) resp += r;
      sendto(fd_, resp.data(), resp.size(), 0, reinterpret_cast<sockaddr*>(&from), from_len);
    }
  }

  int fd_;
  int port_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace

class CaresWrapTest : public RuntimeTest {
 protected:
  std::string EvalString(const std::string& code) {
    JS::RootedValue v(cx_);
    std::string out;
    if (!Eval(code, &v) || !ToUtf8(cx_, v, &out)) return "<exception>";
    return out;
  }

  // Spins the loop until `done` (a JS expression) is true or ~5 s passed.
  bool SpinUntil(const std::string& done) {
    for (int i = 0; i < 500; i++) {
      if (EvalInt(done + " ? 1 : 0") == 1) return true;
      uv_run(rt_->loop(), UV_RUN_NOWAIT);
      usleep(10000);
    }
    return EvalInt(done + " ? 1 : 0") == 1;
  }

  // Starts a channel on the fake server and a helper q(method, name) that
  // records "result ttls" or "ERR code" in `out[method + ' ' + name]`.
  void StartChannel(int port) {
    EvalInt("globalThis.cares = internalBinding('cares_wrap');"
            "globalThis.chan = new cares.ChannelWrap(300, 1);"
            "globalThis.setResult = chan.setServers([[4, '127.0.0.1', " +
            std::to_string(port) + "]]);"
            "globalThis.out = {}; globalThis.pending = 0;"
            "globalThis.q = (m, name) => { pending++; chan[m]({ oncomplete(err, res, ttls) {"
            "  pending--;"
            "  out[m + ' ' + name] = err ? 'ERR ' + err :"
            "    JSON.stringify(res) + (ttls ? ' ' + JSON.stringify(ttls) : ''); } }, name); };"
            "0");
  }
};

TEST_F(CaresWrapTest, ResultsMatchNode) {
  FakeDnsServer server;
  StartChannel(server.port());
  EXPECT_EQ(EvalInt("setResult"), 0);
  EXPECT_EQ(EvalString("JSON.stringify(chan.getServers())"),
            "[[\"127.0.0.1\"," + std::to_string(server.port()) + "]]");
  const std::map<std::string, std::string> expected = {
      {"queryA a.test", R"(["1.2.3.4","5.6.7.8"] [300,60])"},
      {"queryAaaa a.test", R"(["::1","2001:db8::1"] [100,200])"},
      {"queryMx a.test",
       R"([{"exchange":"mx1.test","priority":10},{"exchange":"mx2.test","priority":20}])"},
      {"queryNs a.test", R"(["ns1.test","ns2.test"])"},
      {"queryTxt a.test", R"([["v=spf1"," -all"],["hello"]])"},
      {"querySrv a.test", R"([{"name":"sip.test","port":5060,"priority":10,"weight":5}])"},
      {"queryPtr a.test", R"(["ptr1.test","ptr2.test"])"},
      {"queryNaptr a.test",
       R"([{"flags":"u","service":"E2U+sip","regexp":"!^.*$!sip:info@example.test!","replacement":"","order":100,"preference":10},{"flags":"s","service":"SIP+D2U","regexp":"","replacement":"_sip._udp.test","order":101,"preference":20}])"},
      {"querySoa a.test",
       R"({"nsname":"ns1.test","hostmaster":"hostmaster.test","serial":2024010101,"refresh":7200,"retry":3600,"expire":1209600,"minttl":300})"},
      {"queryCaa a.test",
       R"([{"critical":0,"issue":"letsencrypt.org"},{"critical":128,"iodef":"mailto:x@test"}])"},
      {"queryAny a.test",
       R"([{"address":"1.2.3.4","ttl":300,"type":"A"},{"address":"5.6.7.8","ttl":60,"type":"A"},{"address":"::1","ttl":100,"type":"AAAA"},{"address":"2001:db8::1","ttl":200,"type":"AAAA"},{"exchange":"mx1.test","priority":10,"type":"MX"},{"exchange":"mx2.test","priority":20,"type":"MX"},{"value":"ns1.test","type":"NS"},{"value":"ns2.test","type":"NS"},{"entries":["v=spf1"," -all"],"type":"TXT"},{"entries":["hello"],"type":"TXT"},{"name":"sip.test","port":5060,"priority":10,"weight":5,"type":"SRV"},{"value":"ptr1.test","type":"PTR"},{"value":"ptr2.test","type":"PTR"},{"flags":"u","service":"E2U+sip","regexp":"!^.*$!sip:info@example.test!","replacement":"","order":100,"preference":10,"type":"NAPTR"},{"flags":"s","service":"SIP+D2U","regexp":"","replacement":"_sip._udp.test","order":101,"preference":20,"type":"NAPTR"},{"nsname":"ns1.test","hostmaster":"hostmaster.test","serial":2024010101,"refresh":7200,"retry":3600,"expire":1209600,"minttl":300,"type":"SOA"},{"critical":0,"issue":"letsencrypt.org","type":"CAA"},{"critical":128,"iodef":"mailto:x@test","type":"CAA"}])"},
      {"queryCname cname.test", R"(["target.test"])"},
      {"queryA cname.test", R"(["9.9.9.9"] [10])"},
      {"queryAny cname.test", R"([{"value":"target.test","type":"CNAME"}])"},
      {"getHostByAddr 1.2.3.4", R"(["host1.test","host2.test"])"},
      {"getHostByAddr 1.2.3.5", "ERR ENOTFOUND"},
      {"queryA nx.test", "ERR ENOTFOUND"},
      {"queryA servfail.test", "ERR ESERVFAIL"},
      {"queryA refused.test", "ERR EREFUSED"},
      {"queryA notimp.test", "ERR ENOTIMP"},
      {"queryA nodata.test", "ERR ENODATA"},
      {"queryAny nodata.test", "ERR ENODATA"},
      {"queryA bad.test", "ERR EBADRESP"},
      {"queryA timeout.test", "ERR ETIMEOUT"},
      {"queryCname a.test", "ERR ENODATA"},
      {"queryTxt txt8.test", "[[\"caf\xc3\x83\xc2\xa9\",\"\xc3\xbf" "A\"]]"},
      {"queryMx dot.test", R"([{"exchange":"a\\.b.test","priority":1}])"},
      {"queryPtr dot.test", R"(["x y\\001.test"])"},
      {"queryCname chain.test", R"(["c2.test"])"},
      {"queryA chain.test", R"(["7.7.7.7","8.8.8.8"] [15,15])"},
      {"queryAny chain.test", R"([{"value":"c2.test","type":"CNAME"}])"},
      {"querySoa mixed.test",
       R"({"nsname":"ns1.test","hostmaster":"hm.test","serial":1,"refresh":2,"retry":3,"expire":4,"minttl":5})"},
      {"queryAny mixed.test",
       R"([{"exchange":"mx.test","priority":1,"type":"MX"},{"nsname":"ns1.test","hostmaster":"hm.test","serial":1,"refresh":2,"retry":3,"expire":4,"minttl":5,"type":"SOA"}])"},
      {"querySoa txt8.test", "ERR EBADRESP"},
      {"queryAny txt8.test", "[{\"entries\":[\"caf\xc3\x83\xc2\xa9\",\"\xc3\xbf" "A\"],\"type\":\"TXT\"}]"},
      {"queryMx txt8.test", "[]"},
      {"queryNs txt8.test", "ERR ENODATA"},
      {"queryPtr txt8.test", "ERR ENODATA"},
      {"querySrv txt8.test", "[]"},
      {"queryNaptr txt8.test", "[]"},
      {"queryCaa txt8.test", "[]"},
      {"queryAaaa txt8.test", "ERR ENODATA"},
      {"queryA UPPER.test", "ERR ENOTFOUND"},
      {"queryA a..b", "ERR EBADNAME"},
  };
  for (const auto& [key, value] : expected) {
    size_t space = key.find(' ');
    EvalInt("q('" + key.substr(0, space) + "', '" + key.substr(space + 1) + "'); 0");
  }
  ASSERT_TRUE(SpinUntil("pending === 0"));
  for (const auto& [key, value] : expected) {
    EXPECT_EQ(EvalString("out['" + key + "']"), value) << key;
  }
  // Every query answered: the channel's timer is gone and the loop is idle.
  EXPECT_EQ(rt_->handle_count(), 0u);
  EXPECT_EQ(uv_run(rt_->loop(), UV_RUN_NOWAIT), 0);
}

// A FORMERR answer makes c-ares 1.18 drop EDNS for the whole channel (it
// retries without it), so it gets a channel of its own.
TEST_F(CaresWrapTest, FormErr) {
  FakeDnsServer server;
  StartChannel(server.port());
  EvalInt("q('queryA', 'formerr.test'); 0");
  ASSERT_TRUE(SpinUntil("pending === 0"));
  EXPECT_EQ(EvalString("out['queryA formerr.test']"), "ERR EFORMERR");
}

TEST_F(CaresWrapTest, SetServersWhileBusyAndCancel) {
  FakeDnsServer server;
  StartChannel(server.port());
  EvalInt("q('queryA', 'timeout.test'); q('queryMx', 'timeout.test'); 0");
  EXPECT_EQ(EvalInt("chan.setServers([[4, '1.1.1.1', 53]])"), -1000);
  EXPECT_EQ(EvalString("cares.strerror(-1000)"), "There are pending queries.");
  // cancel() completes the queries later, from the loop, never inside cancel().
  EXPECT_EQ(EvalInt("chan.cancel(); pending"), 2);
  ASSERT_TRUE(SpinUntil("pending === 0"));
  EXPECT_EQ(EvalString("out['queryA timeout.test'] + ',' + out['queryMx timeout.test']"),
            "ERR ECANCELLED,ERR ECANCELLED");
  EXPECT_EQ(EvalInt("chan.setServers([])"), 0);
  EXPECT_EQ(EvalString("JSON.stringify(chan.getServers())"), "[]");
}

TEST_F(CaresWrapTest, ActiveChannelSurvivesGc) {
  FakeDnsServer server;
  StartChannel(server.port());
  EvalInt("globalThis.w = new WeakRef(chan); q('queryA', 'a.test'); chan = null; 0");
  rt_->RunMicrotasks();
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("w.deref() !== undefined ? 1 : 0"), 1);
  ASSERT_TRUE(SpinUntil("pending === 0"));
  EXPECT_EQ(EvalString("out['queryA a.test']"), R"(["1.2.3.4","5.6.7.8"] [300,60])");
  // Idle and unreachable: collected (its timer closes from the loop first).
  uv_run(rt_->loop(), UV_RUN_NOWAIT);
  rt_->RunMicrotasks();
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("w.deref() === undefined ? 1 : 0"), 1);
}

TEST_F(CaresWrapTest, IdleChannelKeepsNothingAlive) {
  EvalInt("globalThis.c = new (internalBinding('cares_wrap').ChannelWrap)(-1, 4); 0");
  EXPECT_EQ(rt_->handle_count(), 0u);
  EXPECT_EQ(uv_run(rt_->loop(), UV_RUN_NOWAIT), 0);
}

TEST_F(CaresWrapTest, TeardownWithQueriesInFlightIsClean) {
  FakeDnsServer server;
  StartChannel(server.port());
  EvalInt("for (let i = 0; i < 5; i++) q('queryA', 'timeout.test'); 0");
  EvalInt("globalThis.lk = { oncomplete() {} };"
          "cares.getaddrinfo(lk, 'localhost', 0, 0, 0); 0");
  uv_run(rt_->loop(), UV_RUN_NOWAIT);
  EXPECT_EQ(rt_->CloseLoop(), 0);
}

TEST_F(CaresWrapTest, ForeignThisThrowsInsteadOfCrashing) {
  EXPECT_EQ(EvalInt("const { ChannelWrap } = internalBinding('cares_wrap');"
                    "let n = 0;"
                    "for (const m of ['queryA', 'getServers', 'setServers', 'cancel',"
                    "                 'setLocalAddress', 'getHostByAddr']) {"
                    "  try { ChannelWrap.prototype[m].call({}, {}, 'x'); } catch { n++; }"
                    "  try { ChannelWrap.prototype[m].call(ChannelWrap.prototype, {}, 'x'); }"
                    "  catch { n++; }"
                    "}"
                    "n"),
            12);
}

TEST_F(CaresWrapTest, GetAddrInfoAndGetNameInfo) {
  EvalInt("globalThis.r = {}; const c = internalBinding('cares_wrap');"
          "c.getaddrinfo({ oncomplete(e, a) { r.gai = e + ' ' + JSON.stringify(a); } },"
          "              'localhost', 4, 0, c.DNS_ORDER_VERBATIM);"
          "c.getaddrinfo({ oncomplete(e, a) { r.bad = e; } }, 'nosuch.invalid', 0, 0, 0);"
          "c.getnameinfo({ oncomplete(e, h, s) { r.gni = e + ' ' + typeof h + ' ' + s; } },"
          "              '127.0.0.1', 22);"
          "r.inval = c.getnameinfo({}, 'not an ip', 1); 0");
  ASSERT_TRUE(SpinUntil("r.gai && r.bad && r.gni"));
  EXPECT_EQ(EvalString("r.gai"), "0 [\"127.0.0.1\"]");
  EXPECT_EQ(EvalInt("r.bad"), UV_EAI_NONAME);
  EXPECT_EQ(EvalString("r.gni"), "0 string ssh");
  EXPECT_EQ(EvalInt("r.inval"), UV_EINVAL);
}

}  // namespace eddy::test
