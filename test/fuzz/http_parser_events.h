// eddy: records the events of src/http/parser.h as one line of text, in the
// format test/fuzz/oracle/node_http_oracle.js prints for node's own parser:
//   B                      message begins
//   H:<maj>.<min>:<method>:<url>:<status>:<reason>:<upgrade>:<keep-alive>:<n=v;...>
//   D:<body>               body bytes (consecutive fragments merged)
//   T:<n=v;...>            trailers
//   C                      message complete
// and one of U@<offset> (upgrade), E:<code>:<reason>@<offset> (error) or
// END@<offset>, then F:ok / F:E:<code>:<reason> when the case finishes.
// Text is escaped (\xHH for bytes outside 0x21-0x7e and for \ : ; =).
// Shared by the unit tests, the fuzzer and the node comparison driver.
#ifndef EDDY_TEST_FUZZ_HTTP_PARSER_EVENTS_H_
#define EDDY_TEST_FUZZ_HTTP_PARSER_EVENTS_H_

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "http/parser.h"

namespace eddy::http::testing {

inline std::string Escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (c > 0x20 && c < 0x7f && c != '\\' && c != ':' && c != ';' && c != '=') {
      out += static_cast<char>(c);
    } else {
      char buf[5];
      std::snprintf(buf, sizeof(buf), "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}

class EventRecorder : public Handler {
 public:
  explicit EventRecorder(int headers_complete_return = kProceed)
      : hc_return_(headers_complete_return) {}
  void set_parser(const Parser* parser) { parser_ = parser; }
  // Every callback asks the parser to pause (the driver resumes at once).
  void set_pause_every_event(bool on) { pause_ = on; }

  std::string log;

  void Add(const std::string& event) {
    FlushBody();
    if (!log.empty()) log += ' ';
    log += event;
  }
  void FlushBody() {
    if (!has_body_) return;
    has_body_ = false;
    std::string b = "D:" + Escape(body_);
    body_.clear();
    if (!log.empty()) log += ' ';
    log += b;
  }

  int OnMessageBegin() override {
    Add("B");
    url_.clear();
    status_.clear();
    headers_.clear();
    trailers_.clear();
    field_.clear();
    value_.clear();
    in_field_ = false;
    return R();
  }
  int OnUrl(const char* at, size_t n) override {
    url_.append(at, n);
    return R();
  }
  int OnStatus(const char* at, size_t n) override {
    status_.append(at, n);
    return R();
  }
  int OnHeaderField(const char* at, size_t n) override {
    if (!in_field_) {
      field_.clear();
      value_.clear();
      in_field_ = true;
    }
    field_.append(at, n);
    return R();
  }
  int OnHeaderValue(const char* at, size_t n) override {
    value_.append(at, n);
    return R();
  }
  int OnHeaderValueComplete() override {
    auto& list = parser_ && parser_->in_trailers() ? trailers_ : headers_;
    list.emplace_back(field_, value_);
    field_.clear();
    value_.clear();
    in_field_ = false;
    return R();
  }
  int OnHeadersComplete() override {
    const bool req = parser_->type() == MessageType::kRequest;
    std::string e = "H:" + std::to_string(parser_->http_major()) + "." +
                    std::to_string(parser_->http_minor()) + ":";
    e += req ? MethodName(parser_->method()) : "-";
    e += ":";
    e += req ? Escape(url_) : "-";
    e += ":";
    e += req ? "-" : std::to_string(parser_->status_code());
    e += ":";
    e += req ? "-" : Escape(status_);
    e += parser_->upgrade() ? ":1" : ":0";
    e += parser_->ShouldKeepAlive() ? ":1:" : ":0:";
    e += List(headers_);
    Add(e);
    headers_.clear();
    return hc_return_ == kProceed ? R() : hc_return_;
  }
  int OnBody(const char* at, size_t n) override {
    body_.append(at, n);
    has_body_ = true;
    return R();
  }
  int OnMessageComplete() override {
    FlushBody();
    if (!trailers_.empty()) Add("T:" + List(trailers_));
    trailers_.clear();
    Add("C");
    return R();
  }

 private:
  static std::string List(const std::vector<std::pair<std::string, std::string>>& l) {
    std::string out;
    for (const auto& h : l) out += Escape(h.first) + "=" + Escape(h.second) + ";";
    return out;
  }

  int R() const { return pause_ ? kCallbackPause : 0; }

  const Parser* parser_ = nullptr;
  bool pause_ = false;
  int hc_return_;
  std::string url_, status_, field_, value_, body_;
  bool in_field_ = false;
  bool has_body_ = false;
  std::vector<std::pair<std::string, std::string>> headers_, trailers_;
};

struct Case {
  MessageType type = MessageType::kRequest;
  uint32_t lenient = 0;
  uint64_t max_header_size = 16384;
  int headers_complete_return = kProceed;
  bool finish = false;
  // Chunk sizes to feed; empty = all at once; the rest goes in one last chunk.
  std::vector<size_t> splits;
  bool byte_by_byte = false;
  bool pause_every_event = false;
  std::string data;
};

// Runs one case and returns its event line.
inline std::string RunCase(const Case& c) {
  EventRecorder rec(c.headers_complete_return);
  rec.set_pause_every_event(c.pause_every_event);
  Settings s;
  s.lenient = c.lenient;
  s.max_header_size = c.max_header_size ? c.max_header_size : 16384;
  Parser parser(c.type, &rec, s);
  rec.set_parser(&parser);
  size_t off = 0;
  size_t i = 0;
  const size_t len = c.data.size();
  while (off < len) {
    size_t n = len - off;
    if (c.byte_by_byte) {
      n = 1;
    } else if (i < c.splits.size() && c.splits[i] < n) {
      n = c.splits[i];
    }
    i++;
    size_t ret = parser.Execute(c.data.data() + off, n);
    if (c.pause_every_event) {
      // Resume at once: the events must be those of an uninterrupted run.
      size_t done = 0;
      while (parser.error() == Error::kPaused) {
        parser.Resume();
        done += ret;
        ret = parser.Execute(c.data.data() + off + done, n - done);
      }
      ret += done;
    }
    const Error err = parser.error();
    if (err == Error::kPausedUpgrade) {
      rec.Add("U@" + std::to_string(off + ret));
      return rec.log;
    }
    if (err != Error::kOk && parser.upgrade()) {
      // node's binding reports no error once the message asked to upgrade.
      rec.Add("SHORT@" + std::to_string(off + ret));
      return rec.log;
    }
    if (err != Error::kOk) {
      rec.Add(std::string("E:") + ErrorName(err) + ":" + Escape(parser.reason()) +
              "@" + std::to_string(off + ret));
      return rec.log;
    }
    if (ret != n) {
      rec.Add("SHORT@" + std::to_string(off + ret));
      return rec.log;
    }
    off += n;
  }
  rec.Add("END@" + std::to_string(off));
  if (c.finish) {
    const Error err = parser.Finish();
    if (err == Error::kOk) {
      rec.Add("F:ok");
    } else {
      rec.Add(std::string("F:E:") + ErrorName(err) + ":" + Escape(parser.reason()));
    }
  }
  return rec.log;
}

// Parses "<R|S> <lenient> <maxHeaderSize> <hcReturn> <finish> <splits> <hex>".
inline bool ParseCaseLine(const std::string& line, Case* out) {
  std::vector<std::string> f;
  size_t pos = 0;
  while (pos <= line.size() && f.size() < 7) {
    size_t sp = line.find(' ', pos);
    if (sp == std::string::npos) sp = line.size();
    f.push_back(line.substr(pos, sp - pos));
    pos = sp + 1;
  }
  if (f.size() < 6) return false;
  if (f.size() == 6) f.push_back("");
  out->type = f[0] == "R" ? MessageType::kRequest : MessageType::kResponse;
  out->lenient = static_cast<uint32_t>(std::stoul(f[1]));
  out->max_header_size = std::stoull(f[2]);
  out->headers_complete_return = std::stoi(f[3]);
  out->finish = f[4] == "1";
  out->splits.clear();
  out->byte_by_byte = f[5] == "b";
  if (f[5] != "-" && f[5] != "b") {
    size_t p = 0;
    while (p < f[5].size()) {
      size_t comma = f[5].find(',', p);
      if (comma == std::string::npos) comma = f[5].size();
      out->splits.push_back(std::stoul(f[5].substr(p, comma - p)));
      p = comma + 1;
    }
  }
  out->data.clear();
  const std::string& hex = f[6];
  for (size_t k = 0; k + 1 < hex.size(); k += 2) {
    out->data += static_cast<char>(std::stoi(hex.substr(k, 2), nullptr, 16));
  }
  return true;
}

}  // namespace eddy::http::testing

#endif  // EDDY_TEST_FUZZ_HTTP_PARSER_EVENTS_H_
