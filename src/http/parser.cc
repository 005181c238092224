// eddy: the HTTP/1.x parser (see parser.h). A byte-driven state machine whose
// hot states (target, header names and values, reason phrase, bodies) scan
// runs of bytes with lookup tables and report whole fragments. The grammar
// and its error reasons follow what node 20's parser accepts, learnt from
// RFC 9112 and from feeding node raw bytes; the code is eddy's own.
//
// Error positions: a parse error is reported at the offending byte, or just
// after it when the grammar consumed it first (as node reports bytesParsed).
// Size limits count the bytes of the start-line text, header names and values
// (node's rule); an overflow is reported at the byte where the count reaches
// the limit, whatever the split of the input.
#include "http/parser.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eddy::http {

namespace {

// --- character classes ------------------------------------------------------

enum CharClass : uint8_t {
  kToken = 1 << 0,      // RFC 9110 tchar
  kHeader = 1 << 1,     // HTAB, SP, VCHAR, obs-text (field-vchar and spaces)
  kConnToken = 1 << 2,  // kHeader minus ','
  kUrl = 1 << 3,        // bytes allowed in a request target path
  kServer = 1 << 4,     // userinfo/host bytes, plus '[' and ']'
  kQdText = 1 << 5,     // quoted-string text
  kAlpha = 1 << 6,
};

constexpr bool InStr(const char* s, int c) {
  for (; *s; ++s) {
    if (static_cast<unsigned char>(*s) == c) return true;
  }
  return false;
}

constexpr uint8_t ClassOf(int c) {
  uint8_t m = 0;
  const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const bool digit = c >= '0' && c <= '9';
  if (alpha || digit || InStr("!#$%&'*+-.^_`|~", c)) m |= kToken;
  const bool vchar = c >= 0x21 && c <= 0x7e;
  const bool obs = c >= 0x80;
  if (c == '\t' || c == ' ' || vchar || obs) m |= kHeader;
  if ((c == '\t' || c == ' ' || vchar || obs) && c != ',') m |= kConnToken;
  if (alpha || digit || InStr("!\"$%&'()*+,-./:;<=>@[\\]^_`{|}~", c)) m |= kUrl;
  if (alpha || digit || InStr("-_.!~*'()%;:&=+$,[]", c)) m |= kServer;
  if (c == '\t' || c == ' ' || c == 0x21 || (c >= 0x23 && c <= 0x5b) ||
      (c >= 0x5d && c <= 0x7e) || obs) {
    m |= kQdText;
  }
  if (alpha) m |= kAlpha;
  return m;
}

struct ClassTable {
  uint8_t v[256];
  constexpr ClassTable() : v() {
    for (int i = 0; i < 256; i++) v[i] = ClassOf(i);
  }
};
constexpr ClassTable kClasses;

inline bool Is(char c, uint8_t cls) {
  return kClasses.v[static_cast<unsigned char>(c)] & cls;
}

inline int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
inline bool IsOws(char c) { return c == ' ' || c == '\t'; }

// Advances `p` over bytes of class `cls` (up to `end`).
inline const char* Scan(const char* p, const char* end, uint8_t cls) {
  while (end - p >= 4) {
    if (!Is(p[0], cls)) return p;
    if (!Is(p[1], cls)) return p + 1;
    if (!Is(p[2], cls)) return p + 2;
    if (!Is(p[3], cls)) return p + 3;
    p += 4;
  }
  while (p < end && Is(*p, cls)) ++p;
  return p;
}

// Advances `p` over field-value bytes (HTAB, SP, VCHAR, obs-text): 16 at a
// time with SSE2 where available. Values such as User-Agent and Cookie are
// the longest runs in a typical request.
inline const char* ScanValue(const char* p, const char* end) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i zero = _mm_setzero_si128();
  const __m128i tab = _mm_set1_epi8('\t');
  const __m128i del = _mm_set1_epi8(0x7f);
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed compares: bytes >= 0x80 are negative, so "< 0x20 and >= 0"
    // picks the control bytes; tab is allowed, DEL is not.
    __m128i bad = _mm_andnot_si128(_mm_cmplt_epi8(v, zero), _mm_cmplt_epi8(v, space));
    bad = _mm_andnot_si128(_mm_cmpeq_epi8(v, tab), bad);
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, del));
    const int mask = _mm_movemask_epi8(bad);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  return Scan(p, end, kHeader);
}

// --- methods -----------------------------------------------------------------

const char* const kMethodNames[kMethodCount] = {
    "DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE",
    "COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "SEARCH",
    "UNLOCK", "BIND", "REBIND", "UNBIND", "ACL", "REPORT", "MKACTIVITY",
    "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE",
    "PATCH", "PURGE", "MKCALENDAR", "LINK", "UNLINK", "SOURCE", "PRI",
    "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN",
    "GET_PARAMETER", "SET_PARAMETER", "REDIRECT", "RECORD", "FLUSH", "QUERY"};

// A trie over the method names: node 0 is the root. A name that is a prefix
// of another (GET, GET_PARAMETER) ends at an inner node.
struct MethodTrie {
  struct Node {
    char ch;
    int8_t method;  // -1 when no name ends here
    uint16_t first_child;
    uint16_t next_sibling;
  };
  static constexpr int kMaxNodes = 400;
  Node nodes[kMaxNodes];
  int count = 1;

  MethodTrie() : nodes() {
    nodes[0] = {0, -1, 0, 0};
    for (int m = 0; m < kMethodCount; m++) {
      int n = 0;
      for (const char* s = kMethodNames[m]; *s; ++s) {
        int child = Child(n, *s);
        if (child == 0) {
          child = count++;
          nodes[child] = {*s, -1, 0, nodes[n].first_child};
          nodes[n].first_child = static_cast<uint16_t>(child);
        }
        n = child;
      }
      nodes[n].method = static_cast<int8_t>(m);
    }
  }
  int Child(int n, char c) const {
    for (int k = nodes[n].first_child; k != 0; k = nodes[k].next_sibling) {
      if (nodes[k].ch == c) return k;
    }
    return 0;
  }
};

const MethodTrie& Methods() {
  static const MethodTrie trie;
  return trie;
}

bool MethodAllowedFor(int protocol, int m) {
  switch (protocol) {
    case 0:  // HTTP: every method up to PRI, and QUERY
      return m <= kPri || m == kQuery;
    case 1:  // RTSP
      return m == kOptions || m == kGet || m == kPost ||
             (m >= kDescribe && m <= kFlush);
    default:  // ICE
      return m == kSource;
  }
}

const char* const kProtocols[] = {"HTTP", "RTSP", "ICE"};
const uint8_t kProtocolLength[] = {4, 4, 3};
const char* const kProtocolMethodError[] = {
    "Invalid method for HTTP/x.x request",
    "Invalid method for RTSP/x.x request",
    "Expected SOURCE method for ICE/x.x request"};
const char kExpectedProtocol[] = "Expected HTTP/, RTSP/ or ICE/";
const char kH2Preface[] = "\r\n\r\nSM\r\n\r\n";

int ProtocolIndex(char c) {
  return c == 'H' ? 0 : c == 'R' ? 1 : c == 'I' ? 2 : -1;
}

// Header names the parser interprets (lower case), and what they mean.
struct SpecialName {
  const char* name;
  uint8_t length;
  uint8_t state;  // a Parser::HeaderState value
};
// State numbers mirror Parser::HeaderState (kHsConnection = 1, ...).
const SpecialName kSpecialNames[] = {
    {"connection", 10, 1},
    {"content-length", 14, 2},
    {"proxy-connection", 16, 1},
    {"transfer-encoding", 17, 3},
    {"upgrade", 7, 4},
};
constexpr uint8_t kAllSpecialNames = 0x1f;

// Connection tokens the parser interprets.
const char* const kConnectionWords[] = {"close", "upgrade", "keep-alive"};
const uint8_t kConnectionWordLength[] = {5, 7, 10};

const char kExpectName[] = "expect";
const char kExpectValue[] = "100-continue";

}  // namespace

const char* ErrorName(Error e) {
  switch (e) {
    case Error::kOk: return "HPE_OK";
    case Error::kInternal: return "HPE_INTERNAL";
    case Error::kStrict: return "HPE_STRICT";
    case Error::kLfExpected: return "HPE_LF_EXPECTED";
    case Error::kUnexpectedContentLength: return "HPE_UNEXPECTED_CONTENT_LENGTH";
    case Error::kClosedConnection: return "HPE_CLOSED_CONNECTION";
    case Error::kInvalidMethod: return "HPE_INVALID_METHOD";
    case Error::kInvalidUrl: return "HPE_INVALID_URL";
    case Error::kInvalidConstant: return "HPE_INVALID_CONSTANT";
    case Error::kInvalidVersion: return "HPE_INVALID_VERSION";
    case Error::kInvalidHeaderToken: return "HPE_INVALID_HEADER_TOKEN";
    case Error::kInvalidContentLength: return "HPE_INVALID_CONTENT_LENGTH";
    case Error::kInvalidChunkSize: return "HPE_INVALID_CHUNK_SIZE";
    case Error::kInvalidStatus: return "HPE_INVALID_STATUS";
    case Error::kInvalidEofState: return "HPE_INVALID_EOF_STATE";
    case Error::kInvalidTransferEncoding: return "HPE_INVALID_TRANSFER_ENCODING";
    case Error::kCbMessageBegin: return "HPE_CB_MESSAGE_BEGIN";
    case Error::kCbHeadersComplete: return "HPE_CB_HEADERS_COMPLETE";
    case Error::kCbMessageComplete: return "HPE_CB_MESSAGE_COMPLETE";
    case Error::kCbChunkHeader: return "HPE_CB_CHUNK_HEADER";
    case Error::kCbChunkComplete: return "HPE_CB_CHUNK_COMPLETE";
    case Error::kPaused: return "HPE_PAUSED";
    case Error::kPausedUpgrade: return "HPE_PAUSED_UPGRADE";
    case Error::kPausedH2Upgrade: return "HPE_PAUSED_H2_UPGRADE";
    case Error::kUser: return "HPE_USER";
    case Error::kCrExpected: return "HPE_CR_EXPECTED";
    case Error::kCbHeaderValueComplete: return "HPE_CB_HEADER_VALUE_COMPLETE";
    case Error::kUnexpectedSpace: return "HPE_UNEXPECTED_SPACE";
    case Error::kHeaderOverflow: return "HPE_HEADER_OVERFLOW";
    case Error::kChunkExtensionsOverflow: return "HPE_CHUNK_EXTENSIONS_OVERFLOW";
  }
  return "HPE_INTERNAL";
}

const char* MethodName(int method) {
  return method >= 0 && method < kMethodCount ? kMethodNames[method] : nullptr;
}

bool IsHttpMethod(int method) {
  return method >= 0 && method < kMethodCount && MethodAllowedFor(0, method) &&
         method != kPri;
}

// --- states ------------------------------------------------------------------

enum Parser::State : uint8_t {
  // Start line.
  kStart,
  kReqMethod,
  kReqAfterMethod,
  kReqSpacesBeforeUrl,
  kUrlStart,
  kUrlSchema,
  kUrlSchemaSlashes,
  kUrlServer,
  kUrlServerWithAt,
  kUrlPath,
  kUrlQuery,
  kUrlFragment,
  kUrlCrLf,
  kUrlDone,
  kUrlDone09,
  kReqHttpStart,
  kReqProtocol,
  kReqProtocolSlash,
  kReqMajor,
  kReqDot,
  kReqMinor,
  kReqLineEnd,
  kReqLineLf,
  kReqPri,
  kResProtocolStart,
  kResProtocol,
  kResProtocolSlash,
  kResMajor,
  kResDot,
  kResMinor,
  kResSpace,
  kResStatus1,
  kResStatus2,
  kResStatus3,
  kResAfterStatus,
  kResStatusText,
  kResLineAlmostDone,
  // Headers (and trailers).
  kHeadersStart,
  kFieldStart,
  kFieldSpecial,
  kFieldColon,
  kFieldColonWs,
  kFieldGeneral,
  kValueDiscardWs,
  kValueDiscardWsAlmostDone,
  kValueDiscardLws,
  kValue,
  kValueOtherwise,
  kValueLenient,
  kValueAlmostDone,
  kValueLws,
  kTeChunked,
  kTeChunkedLast,
  kTeToken,
  kTeTokenOws,
  kClDigits,
  kClWs,
  kConnStart,
  kConnMatch,
  kConnWs,
  kConnToken,
  kHeadersAlmostDone,
  // Bodies.
  kBodyIdentity,
  kBodyEof,
  kChunkSizeDigit,
  kChunkSize,
  kChunkSizeOtherwise,
  kChunkExtensions,
  kChunkExtName,
  kChunkExtValue,
  kChunkExtQuoted,
  kChunkExtQuotedPair,
  kChunkExtQuotedDone,
  kChunkSizeAlmostDone,
  kChunkData,
  kChunkDataAlmostDone,
  kChunkDataCr,
  kClosed,
  // Steps that need no input (run before looking at the next byte).
  kHeadersCallback,
  kHeadersDone,
  kMessageDone,
  kUpgradePause,
  kCleanup,
};

// --- public API ----------------------------------------------------------------

Parser::Parser(MessageType type, Handler* handler, const Settings& settings)
    : handler_(handler) {
  Reset(type, settings);
}

void Parser::Reset(MessageType type, const Settings& settings) {
  type_ = type;
  settings_ = settings;
  state_ = kStart;
  error_ = Error::kOk;
  reason_ = "";
  error_at_ = nullptr;
  finish_ = kFinishSafe;
  flags_ = 0;
  header_state_ = kHsGeneral;
  span_ = kSpanNone;
  span_start_ = nullptr;
  upgrade_ = false;
  force_upgrade_pause_ = false;
  initial_message_completed_ = false;
  method_ = 0;
  request_method_ = kNoMethod;
  status_code_ = 0;
  http_major_ = 0;
  http_minor_ = 0;
  content_length_ = 0;
  match_node_ = 0;
  match_pos_ = 0;
  match_which_ = 0;
  name_candidates_ = 0;
  expect_name_pos_ = 0;
  expect_value_pos_ = 0;
  expect_header_ = false;
  header_bytes_ = 0;
  header_count_ = 0;
  extension_bytes_ = 0;
  pending_ows_.clear();
}

void Parser::Pause() {
  if (error_ != Error::kOk) return;
  error_ = Error::kPaused;
  reason_ = "Paused";
  error_at_ = nullptr;
}

void Parser::Resume() {
  if (error_ == Error::kPaused) error_ = Error::kOk;
}

void Parser::ResumeAfterUpgrade() {
  if (error_ == Error::kPausedUpgrade) error_ = Error::kOk;
}

bool Parser::MessageNeedsEof() const {
  if (type_ == MessageType::kRequest) return false;
  if (status_code_ / 100 == 1 || status_code_ == 204 || status_code_ == 304 ||
      (flags_ & kFlagSkipBody)) {
    return false;
  }
  if ((flags_ & kFlagTransferEncoding) && !(flags_ & kFlagChunked)) return true;
  if (flags_ & (kFlagChunked | kFlagContentLength)) return false;
  return true;
}

bool Parser::ShouldKeepAlive() const {
  if (http_major_ > 0 && http_minor_ > 0) {
    if (flags_ & kFlagClose) return false;
  } else if (!(flags_ & kFlagKeepAlive)) {
    return false;
  }
  return !MessageNeedsEof();
}

Error Parser::Finish() {
  if (error_ != Error::kOk) return Error::kOk;
  switch (finish_) {
    case kFinishSafeWithCb: {
      int rv = handler_->OnMessageComplete();
      if (rv == kCallbackError) {
        reason_ = "`on_message_complete` callback error";
        return Error::kCbMessageComplete;
      }
      return Error::kOk;
    }
    case kFinishSafe:
      return Error::kOk;
    case kFinishUnsafe:
      reason_ = "Invalid EOF state";
      return Error::kInvalidEofState;
  }
  return Error::kOk;
}

// --- helpers -------------------------------------------------------------------

bool Parser::Fail(Error e, const char* reason, const char* byte, int consumed) {
  // The bytes of an open span before the offending byte count toward the
  // limits first, as they would if the input had been split right there.
  if (span_ != kSpanNone && byte > span_start_) {
    const size_t n = static_cast<size_t>(byte - span_start_);
    const bool ok = (span_ == kSpanExtName || span_ == kSpanExtValue)
                        ? CountExtensionBytes(span_start_, n)
                        : CountHeaderBytes(span_start_, n);
    if (!ok) return false;
  }
  span_ = kSpanNone;
  error_ = e;
  reason_ = reason;
  error_at_ = byte + consumed;
  return false;
}

bool Parser::CallbackResult(int rv, Error cb_error, const char* cb_reason,
                            const char* pause_reason, const char* at) {
  if (rv == 0 && error_ == Error::kOk) return true;
  if (rv == kCallbackPause || (rv == 0 && error_ == Error::kPaused)) {
    error_ = Error::kPaused;
    reason_ = pause_reason;
    error_at_ = at;
    return false;
  }
  if (error_ != Error::kOk) {  // the handler reset or failed the parser
    if (!error_at_) error_at_ = at;
    return false;
  }
  error_ = cb_error;
  reason_ = cb_reason;
  error_at_ = at;
  return false;
}

bool Parser::CountHeaderBytes(const char* begin, size_t n) {
  const uint64_t max = settings_.max_header_size;
  if (n >= max - header_bytes_) {  // header_bytes_ < max always holds
    const char* at = begin + (max - header_bytes_);
    span_ = kSpanNone;
    error_ = Error::kHeaderOverflow;
    reason_ = "Header overflow";
    error_at_ = at;
    return false;
  }
  header_bytes_ += n;
  return true;
}

bool Parser::CountExtensionBytes(const char* begin, size_t n) {
  const uint64_t max = settings_.max_chunk_extensions_size;
  if (n > max - extension_bytes_) {
    const char* at = begin + (max - extension_bytes_) + 1;
    span_ = kSpanNone;
    error_ = Error::kChunkExtensionsOverflow;
    reason_ = "Chunk extensions overflow";
    error_at_ = at;
    return false;
  }
  extension_bytes_ += n;
  return true;
}

void Parser::MatchExpectName(const char* at, size_t n) {
  for (size_t i = 0; i < n && expect_name_pos_ >= 0; i++) {
    if (expect_name_pos_ < 6 && Lower(at[i]) == kExpectName[expect_name_pos_]) {
      expect_name_pos_++;
    } else {
      expect_name_pos_ = -1;
    }
  }
}

void Parser::MatchExpectValue(const char* at, size_t n) {
  for (size_t i = 0; i < n && expect_value_pos_ >= 0; i++) {
    if (expect_value_pos_ < 12 &&
        Lower(at[i]) == kExpectValue[expect_value_pos_]) {
      expect_value_pos_++;
    } else {
      expect_value_pos_ = -1;
    }
  }
}

// Reports [begin, end) of a header value, holding back trailing OWS until
// more of the value shows up (a value never ends in OWS for the handler).
// Both fragments are delivered before a pause takes effect.
bool Parser::EmitValue(const char* begin, const char* end, const char* at) {
  const char* last = end;
  while (last > begin && IsOws(last[-1])) --last;
  if (last == begin) {
    pending_ows_.append(begin, end - begin);
    return true;
  }
  int rv = 0;
  if (!pending_ows_.empty()) {
    std::string ows;
    ows.swap(pending_ows_);
    if (expect_header_) MatchExpectValue(ows.data(), ows.size());
    rv = handler_->OnHeaderValue(ows.data(), ows.size());
  }
  if (rv != kCallbackError) {
    if (expect_header_) MatchExpectValue(begin, last - begin);
    const int rv2 = handler_->OnHeaderValue(begin, last - begin);
    if (rv2 != 0) rv = rv2;
  }
  if (last == end) {
    pending_ows_.clear();
  } else {
    pending_ows_.assign(last, end - last);
  }
  return CallbackResult(rv, Error::kUser, "Span callback error in on_header_value",
                        "on_header_value pause", at);
}

// Counts and reports the open span up to `at`. With `close` the span ends;
// otherwise (end of input) it stays open and continues in the next buffer.
bool Parser::FlushSpan(const char* at, bool close) {
  const SpanKind kind = span_;
  const char* begin = span_start_;
  if (kind == kSpanNone) return true;
  const size_t n = static_cast<size_t>(at - begin);
  if (close) span_ = kSpanNone;
  switch (kind) {
    case kSpanUrl:
      if (!CountHeaderBytes(begin, n)) return false;
      if (n == 0) return true;
      return CallbackResult(handler_->OnUrl(begin, n), Error::kUser,
                            "Span callback error in on_url", "on_url pause", at);
    case kSpanStatus:
      if (!CountHeaderBytes(begin, n)) return false;
      if (n == 0) return true;
      return CallbackResult(handler_->OnStatus(begin, n), Error::kUser,
                            "Span callback error in on_status", "on_status pause",
                            at);
    case kSpanField:
      if (!CountHeaderBytes(begin, n)) return false;
      if (n == 0) return true;
      MatchExpectName(begin, n);
      return CallbackResult(handler_->OnHeaderField(begin, n), Error::kUser,
                            "Span callback error in on_header_field",
                            "on_header_field pause", at);
    case kSpanValue:
      if (!CountHeaderBytes(begin, n)) return false;
      return EmitValue(begin, at, at);
    case kSpanExtName:
    case kSpanExtValue:
      return CountExtensionBytes(begin, n);
    case kSpanNone:
      break;
  }
  return true;
}

bool Parser::OnMessageBeginEvent(const char* at) {
  finish_ = kFinishUnsafe;
  upgrade_ = false;
  force_upgrade_pause_ = false;
  header_count_ = 0;
  return CallbackResult(handler_->OnMessageBegin(), Error::kCbMessageBegin,
                        "`on_message_begin` callback error",
                        "on_message_begin pause", at);
}

bool Parser::OnFieldDone(const char* at) {
  expect_header_ = expect_name_pos_ == 6;
  expect_value_pos_ = 0;
  pending_ows_.clear();
  state_ = kValueDiscardWs;
  const bool lenient_cl = settings_.lenient & kLenientChunkedLength;
  if (header_state_ == kHsTransferEncoding && (flags_ & kFlagContentLength) &&
      !lenient_cl) {
    return Fail(Error::kInvalidTransferEncoding,
                "Transfer-Encoding can't be present with Content-Length", at);
  }
  if (header_state_ == kHsContentLength && (flags_ & kFlagTransferEncoding) &&
      !lenient_cl) {
    return Fail(Error::kInvalidContentLength,
                "Content-Length can't be present with Transfer-Encoding", at);
  }
  return true;
}

void Parser::ApplyHeaderState() {
  switch (header_state_) {
    case kHsConnectionKeepAlive:
      flags_ |= kFlagKeepAlive;
      header_state_ = kHsConnection;
      break;
    case kHsConnectionClose:
      flags_ |= kFlagClose;
      header_state_ = kHsConnection;
      break;
    case kHsConnectionUpgrade:
      flags_ |= kFlagConnectionUpgrade;
      header_state_ = kHsConnection;
      break;
    case kHsTransferEncodingChunked:
      flags_ |= kFlagChunked;
      break;
    default:
      break;
  }
}

bool Parser::OnValueDone(const char* at) {
  pending_ows_.clear();
  if (expect_header_ && expect_value_pos_ == 12) flags_ |= kFlagExpectContinue;
  expect_header_ = false;
  state_ = kFieldStart;
  if (settings_.max_header_count && ++header_count_ > settings_.max_header_count) {
    return Fail(Error::kHeaderOverflow, "Too many headers", at);
  }
  return CallbackResult(handler_->OnHeaderValueComplete(),
                        Error::kCbHeaderValueComplete,
                        "`on_header_value_complete` callback error",
                        "on_header_value_complete pause", at);
}

// --- the machine ---------------------------------------------------------------

size_t Parser::Execute(const char* data, size_t len) {
  if (error_ != Error::kOk) return 0;
  const char* p = data;
  const char* const end = data + len;
  if (span_ != kSpanNone) span_start_ = data;
  if (!Run(p, end) || !FlushSpan(end, false)) {
    return static_cast<size_t>(error_at_ - data);
  }
  return len;
}

// Runs the steps that need no input until a state that does.
bool Parser::RunImmediate(const char* p) {
  for (;;) {
    switch (state_) {
      case kHeadersCallback: {
        // Whether the message switches protocols is known before the
        // callback, so the handler can see it.
        if ((flags_ & kFlagUpgrade) && (flags_ & kFlagConnectionUpgrade)) {
          upgrade_ = type_ == MessageType::kRequest || status_code_ == 101;
        } else {
          upgrade_ = method_ == kConnect && type_ == MessageType::kRequest;
        }
        header_bytes_ = 0;
        header_count_ = 0;
        state_ = kHeadersDone;
        const int rv = handler_->OnHeadersComplete();
        if (rv == kSkipBody) {
          flags_ |= kFlagSkipBody;
        } else if (rv == kSkipBodyUpgrade) {
          upgrade_ = true;
          flags_ |= kFlagSkipBody;
        } else if (rv == kCallbackPause) {
          error_ = Error::kPaused;
          reason_ = "Paused by on_headers_complete";
          error_at_ = p;
          return false;
        } else if (rv != kProceed || error_ != Error::kOk) {
          return CallbackResult(kCallbackError, Error::kCbHeadersComplete,
                                "User callback error", "", p);
        }
        if (type_ == MessageType::kResponse) {
          if (request_method_ == kHead) flags_ |= kFlagSkipBody;
          if (request_method_ == kConnect && status_code_ / 100 == 2) {
            upgrade_ = true;
            flags_ |= kFlagSkipBody;
          }
        }
        break;
      }
      case kHeadersDone: {
        const bool response = type_ == MessageType::kResponse;
        const bool has_body = (flags_ & kFlagChunked) || content_length_ > 0;
        if ((upgrade_ && (method_ == kConnect || (flags_ & kFlagSkipBody) ||
                          !has_body)) ||
            (response && status_code_ == 101)) {
          force_upgrade_pause_ = true;
          state_ = kMessageDone;
        } else if ((response && (status_code_ == 100 || status_code_ == 102 ||
                                 status_code_ == 103 || status_code_ == 204 ||
                                 status_code_ == 304)) ||
                   (flags_ & kFlagSkipBody)) {
          state_ = kMessageDone;
        } else if (flags_ & kFlagChunked) {
          content_length_ = 0;
          state_ = kChunkSizeDigit;
        } else if (flags_ & kFlagTransferEncoding) {
          if (!response && !(settings_.lenient & (kLenientChunkedLength |
                                                   kLenientTransferEncoding))) {
            return Fail(Error::kInvalidTransferEncoding,
                        "Request has invalid `Transfer-Encoding`", p);
          }
          finish_ = kFinishSafeWithCb;
          state_ = kBodyEof;
        } else if (!(flags_ & kFlagContentLength)) {
          if (MessageNeedsEof()) {
            finish_ = kFinishSafeWithCb;
            state_ = kBodyEof;
          } else {
            state_ = kMessageDone;
          }
        } else if (content_length_ == 0) {
          state_ = kMessageDone;
        } else {
          state_ = kBodyIdentity;
        }
        break;
      }
      case kMessageDone: {
        state_ = (upgrade_ || force_upgrade_pause_) ? kUpgradePause : kCleanup;
        force_upgrade_pause_ = false;
        if (!CallbackResult(handler_->OnMessageComplete(),
                            Error::kCbMessageComplete,
                            "`on_message_complete` callback error",
                            "on_message_complete pause", p)) {
          return false;
        }
        break;
      }
      case kUpgradePause:
        state_ = kCleanup;
        error_ = Error::kPausedUpgrade;
        reason_ = "Pause on CONNECT/Upgrade";
        error_at_ = p;
        return false;
      case kCleanup: {
        const bool keep_alive = ShouldKeepAlive();
        finish_ = kFinishSafe;
        flags_ = 0;
        if (keep_alive) content_length_ = 0;
        if (keep_alive || (settings_.lenient & kLenientKeepAlive)) {
          initial_message_completed_ = true;
          state_ = kStart;
        } else {
          state_ = kClosed;
        }
        break;
      }
      default:
        return true;
    }
  }
}

#define FAIL(code, reason, at) return Fail(Error::code, reason, at)
#define FAIL_AFTER(code, reason, at) return Fail(Error::code, reason, at, 1)
#define LENIENT(flag) (settings_.lenient & (flag))

bool Parser::EnterValue(const char* p) {
  switch (header_state_) {
    case kHsUpgrade:
      flags_ |= kFlagUpgrade;
      header_state_ = kHsGeneral;
      state_ = kValue;
      return true;
    case kHsTransferEncoding:
      if ((flags_ & kFlagChunked) && type_ == MessageType::kRequest &&
          !LENIENT(kLenientTransferEncoding)) {
        FAIL_AFTER(kInvalidTransferEncoding,
                   "Invalid `Transfer-Encoding` header value", p);
      }
      flags_ |= kFlagTransferEncoding;
      flags_ &= ~kFlagChunked;
      match_pos_ = 0;
      state_ = kTeChunked;
      return true;
    case kHsContentLength:
      if (flags_ & kFlagContentLength) {
        FAIL(kUnexpectedContentLength, "Duplicate Content-Length", p);
      }
      state_ = kClDigits;
      return true;
    case kHsConnection:
      state_ = kConnStart;
      return true;
    default:
      state_ = kValue;
      return true;
  }
}

bool Parser::Run(const char*& p, const char* end) {
  const bool request = type_ == MessageType::kRequest;
  for (;;) {
    if (state_ >= kHeadersCallback) {  // the immediate states come last
      if (!RunImmediate(p)) return false;
      continue;
    }
    if (p == end) return true;
    const char c = *p;
    switch (state_) {
      // --- start line ---------------------------------------------------------
      case kStart:
        if (c == '\r' || c == '\n') {
          ++p;
          break;
        }
        if (request) {
          state_ = kReqMethod;
          match_node_ = 0;
        } else {
          state_ = kResProtocolStart;
        }
        if (!OnMessageBeginEvent(p)) return false;
        break;

      case kReqMethod: {
        if (match_node_ == 0 && end - p >= 5) {
          // The common methods, whole (the trie gives the same result).
          int m = -1;
          size_t n = 0;
          if (std::memcmp(p, "GET ", 4) == 0) {
            m = kGet;
            n = 4;
          } else if (std::memcmp(p, "POST ", 5) == 0) {
            m = kPost;
            n = 5;
          } else if (std::memcmp(p, "PUT ", 4) == 0) {
            m = kPut;
            n = 4;
          } else if (std::memcmp(p, "HEAD ", 5) == 0) {
            m = kHead;
            n = 5;
          }
          if (m >= 0) {
            method_ = m;
            p += n;
            state_ = kReqSpacesBeforeUrl;
            break;
          }
        }
        const MethodTrie& trie = Methods();
        const int child = trie.Child(match_node_, c);
        if (child != 0) {
          match_node_ = static_cast<uint16_t>(child);
          ++p;
          break;
        }
        if (match_node_ != 0 && trie.nodes[match_node_].method >= 0) {
          method_ = trie.nodes[match_node_].method;
          state_ = kReqAfterMethod;
          break;
        }
        FAIL(kInvalidMethod, "Invalid method encountered", p);
      }

      case kReqAfterMethod:
        if (c != ' ') FAIL(kInvalidMethod, "Expected space after method", p);
        ++p;
        state_ = kReqSpacesBeforeUrl;
        break;

      case kReqSpacesBeforeUrl:
        if (c == ' ') {
          ++p;
          break;
        }
        StartSpan(kSpanUrl, p);
        state_ = method_ == kConnect ? kUrlServer : kUrlStart;
        break;

      // --- request target -----------------------------------------------------
      case kUrlStart:
        if (c == '/' || c == '*') {
          state_ = kUrlPath;
        } else if (Is(c, kAlpha)) {
          state_ = kUrlSchema;
        } else if (c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == '\f') {
          FAIL_AFTER(kInvalidUrl, "Invalid characters in url", p);
        } else {
          FAIL(kInvalidUrl, "Unexpected start char in url", p);
        }
        break;

      case kUrlSchema:
        p = Scan(p, end, kAlpha);
        if (p == end) break;
        if (*p == ':') {
          ++p;
          match_pos_ = 0;
          state_ = kUrlSchemaSlashes;
        } else if (*p == ' ' || *p == '\r' || *p == '\n' || *p == '\t' ||
                   *p == '\f') {
          FAIL_AFTER(kInvalidUrl, "Invalid characters in url", p);
        } else {
          FAIL(kInvalidUrl, "Unexpected char in url schema", p);
        }
        break;

      case kUrlSchemaSlashes:
        if (c == '/') {
          ++p;
          if (++match_pos_ == 2) state_ = kUrlServer;
        } else if (match_pos_ == 0 && (c == ' ' || c == '\r' || c == '\n' ||
                                       c == '\t' || c == '\f')) {
          FAIL_AFTER(kInvalidUrl, "Invalid characters in url", p);
        } else {
          FAIL(kInvalidUrl, "Unexpected char in url schema", p);
        }
        break;

      case kUrlServer:
      case kUrlServerWithAt:
        if (c == '/') {
          state_ = kUrlPath;
        } else if (c == '?') {
          ++p;
          state_ = kUrlQuery;
        } else if (Is(c, kServer)) {
          ++p;
          state_ = kUrlServer;
        } else if (c == '@') {
          if (state_ == kUrlServerWithAt) FAIL_AFTER(kInvalidUrl, "Double @ in url", p);
          ++p;
          state_ = kUrlServerWithAt;
        } else {
          goto url_end;
        }
        break;

      case kUrlPath:
        p = Scan(p, end, kUrl);
        if (p == end) break;
        if (*p == '?') {
          ++p;
          state_ = kUrlQuery;
          break;
        }
        if (*p == '#') {
          ++p;
          state_ = kUrlFragment;
          break;
        }
        goto url_end;

      case kUrlQuery:
        while (p < end && (Is(*p, kUrl) || *p == '?')) ++p;
        if (p == end) break;
        if (*p == '#') {
          ++p;
          state_ = kUrlFragment;
          break;
        }
        goto url_end;

      case kUrlFragment:
        while (p < end && (Is(*p, kUrl) || *p == '?' || *p == '#')) ++p;
        if (p == end) break;
        goto url_end;

      url_end: {
        // `p` is at the first byte that is not part of the target.
        const char b = *p;
        if (b == ' ') {
          if (!FlushSpan(p, true)) return false;
          ++p;
          state_ = kUrlDone;
        } else if (b == '\r') {
          if (!FlushSpan(p, true)) return false;
          match_pos_ = 0;
          state_ = kUrlCrLf;
        } else if (b == '\n') {
          if (!FlushSpan(p, true)) return false;
          ++p;
          state_ = kUrlDone09;
        } else if (b == '\t' || b == '\f') {
          FAIL_AFTER(kInvalidUrl, "Invalid characters in url", p);
        } else if (state_ == kUrlServer || state_ == kUrlServerWithAt) {
          FAIL(kInvalidUrl, "Unexpected char in url server", p);
        } else if (state_ == kUrlPath) {
          FAIL(kInvalidUrl, "Invalid char in url path", p);
        } else if (state_ == kUrlQuery) {
          FAIL(kInvalidUrl, "Invalid char in url query", p);
        } else {
          FAIL(kInvalidUrl, "Invalid char in url fragment start", p);
        }
        break;
      }

      case kUrlCrLf:
        if (c != "\r\n"[match_pos_]) FAIL(kInvalidUrl, "Expected CRLF", p);
        ++p;
        if (++match_pos_ == 2) state_ = kUrlDone09;
        break;

      // The byte after the target still may not be a tab or form feed.
      case kUrlDone:
      case kUrlDone09:
        if (c == '\t' || c == '\f') {
          FAIL_AFTER(kInvalidUrl, "Invalid characters in url", p);
        }
        if (state_ == kUrlDone) {
          state_ = kReqHttpStart;
        } else {
          http_major_ = 0;
          http_minor_ = 9;
          state_ = kHeadersStart;
        }
        break;

      // --- request protocol and version ---------------------------------------
      case kReqHttpStart: {
        if (c == ' ') {
          ++p;
          break;
        }
        if (end - p >= 10 && method_ != kPri && MethodAllowedFor(0, method_) &&
            std::memcmp(p, "HTTP/1.", 7) == 0 && (p[7] == '1' || p[7] == '0') &&
            p[8] == '\r' && p[9] == '\n') {
          http_major_ = 1;
          http_minor_ = p[7] - '0';
          p += 10;
          state_ = kHeadersStart;
          break;
        }
        const int which = ProtocolIndex(c);
        if (which < 0) FAIL(kInvalidConstant, kExpectedProtocol, p);
        match_which_ = static_cast<uint8_t>(which);
        match_pos_ = 1;
        ++p;
        state_ = kReqProtocol;
        break;
      }

      case kReqProtocol:
        if (c != kProtocols[match_which_][match_pos_]) {
          FAIL(kInvalidConstant, kExpectedProtocol, p);
        }
        ++p;
        if (++match_pos_ == kProtocolLength[match_which_]) {
          if (!MethodAllowedFor(match_which_, method_)) {
            FAIL(kInvalidConstant, kProtocolMethodError[match_which_], p);
          }
          state_ = kReqProtocolSlash;
        }
        break;

      case kReqProtocolSlash:
      case kResProtocolSlash:
        if (c != '/') FAIL(kInvalidConstant, kExpectedProtocol, p);
        ++p;
        state_ = state_ == kReqProtocolSlash ? kReqMajor : kResMajor;
        break;

      case kReqMajor:
      case kResMajor:
        if (c < '0' || c > '9') FAIL(kInvalidVersion, "Invalid major version", p);
        http_major_ = c - '0';
        ++p;
        state_ = state_ == kReqMajor ? kReqDot : kResDot;
        break;

      case kReqDot:
      case kResDot:
        if (c != '.') FAIL(kInvalidVersion, "Expected dot", p);
        ++p;
        state_ = state_ == kReqDot ? kReqMinor : kResMinor;
        break;

      case kReqMinor:
      case kResMinor: {
        if (c < '0' || c > '9') FAIL(kInvalidVersion, "Invalid minor version", p);
        http_minor_ = c - '0';
        ++p;
        const bool known = (http_major_ == 0 && http_minor_ == 9) ||
                           (http_major_ == 1 && http_minor_ <= 1) ||
                           (http_major_ == 2 && http_minor_ == 0);
        if (!known && !LENIENT(kLenientVersion)) {
          FAIL(kInvalidVersion, "Invalid HTTP version", p);
        }
        if (state_ == kResMinor) {
          state_ = kResSpace;
        } else if (method_ == kPri) {
          match_pos_ = 0;
          state_ = kReqPri;
        } else {
          state_ = kReqLineEnd;
        }
        break;
      }

      case kReqLineEnd:
        if (c == '\r') {
          ++p;
          state_ = kReqLineLf;
        } else if (c == '\n') {
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL_AFTER(kInvalidVersion, "Expected CRLF after version", p);
          }
          ++p;
          state_ = kReqLineLf;
        } else {
          FAIL(kInvalidVersion, "Expected CRLF after version", p);
        }
        break;

      case kReqLineLf:
        if (c == '\n') {
          ++p;
        } else if (!LENIENT(kLenientOptionalLfAfterCr)) {
          FAIL(kStrict, "Expected CRLF after version", p);
        }
        state_ = kHeadersStart;
        break;

      case kReqPri:
        if (c != kH2Preface[match_pos_]) {
          FAIL(kInvalidVersion, "Expected HTTP/2 Connection Preface", p);
        }
        ++p;
        if (++match_pos_ == sizeof(kH2Preface) - 1) {
          FAIL(kPausedH2Upgrade, "Pause on PRI/Upgrade", p);
        }
        break;

      // --- status line --------------------------------------------------------
      case kResProtocolStart: {
        if (end - p >= 9 && std::memcmp(p, "HTTP/1.", 7) == 0 &&
            (p[7] == '1' || p[7] == '0') && p[8] == ' ') {
          http_major_ = 1;
          http_minor_ = p[7] - '0';
          p += 9;
          status_code_ = 0;
          state_ = kResStatus1;
          break;
        }
        const int which = ProtocolIndex(c);
        if (which < 0) FAIL(kInvalidConstant, kExpectedProtocol, p);
        match_which_ = static_cast<uint8_t>(which);
        match_pos_ = 1;
        ++p;
        state_ = kResProtocol;
        break;
      }

      case kResProtocol:
        if (c != kProtocols[match_which_][match_pos_]) {
          FAIL(kInvalidConstant, kExpectedProtocol, p);
        }
        ++p;
        if (++match_pos_ == kProtocolLength[match_which_]) {
          state_ = kResProtocolSlash;
        }
        break;

      case kResSpace:
        if (c != ' ') FAIL(kInvalidVersion, "Expected space after version", p);
        ++p;
        status_code_ = 0;
        state_ = kResStatus1;
        break;

      case kResStatus1:
      case kResStatus2:
      case kResStatus3:
        if (c < '0' || c > '9') FAIL(kInvalidStatus, "Invalid status code", p);
        status_code_ = status_code_ * 10 + (c - '0');
        ++p;
        state_ = state_ == kResStatus1   ? kResStatus2
                 : state_ == kResStatus2 ? kResStatus3
                                         : kResAfterStatus;
        break;

      case kResAfterStatus:
        if (c == ' ') {
          ++p;
          StartSpan(kSpanStatus, p);
          state_ = kResStatusText;
        } else if (c == '\r') {
          ++p;
          state_ = kResLineAlmostDone;
        } else if (c == '\n') {
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL_AFTER(kInvalidStatus, "Invalid response status", p);
          }
          ++p;
          state_ = kHeadersStart;
        } else {
          FAIL(kInvalidStatus, "Invalid response status", p);
        }
        break;

      case kResStatusText: {
        while (p < end && *p != '\r' && *p != '\n') ++p;
        if (p == end) break;
        const char b = *p;
        if (!FlushSpan(p, true)) return false;
        ++p;
        if (b == '\r') {
          state_ = kResLineAlmostDone;
        } else {
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            return Fail(Error::kCrExpected, "Missing expected CR after response line",
                        p);
          }
          state_ = kHeadersStart;
        }
        break;
      }

      case kResLineAlmostDone:
        if (c == '\r' || c == '\n') {
          ++p;
        } else if (!LENIENT(kLenientOptionalLfAfterCr)) {
          FAIL(kStrict, "Expected LF after CR", p);
        }
        state_ = kHeadersStart;
        break;

      // --- header names -------------------------------------------------------
      case kHeadersStart:
        if (c == ' ') {
          if (!LENIENT(kLenientHeaders)) {
            FAIL_AFTER(kUnexpectedSpace, "Unexpected space after start line", p);
          }
          ++p;
        }
        state_ = kFieldStart;
        break;

      case kFieldStart:
        if (c == '\r') {
          ++p;
          state_ = kHeadersAlmostDone;
        } else if (c == '\n') {
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL_AFTER(kInvalidHeaderToken, "Invalid header field char", p);
          }
          ++p;
          goto headers_end;
        } else if (c == ':') {
          FAIL(kInvalidHeaderToken, "Invalid header token", p);
        } else {
          StartSpan(kSpanField, p);
          name_candidates_ = kAllSpecialNames;
          match_pos_ = 0;
          expect_name_pos_ = 0;
          header_state_ = kHsGeneral;
          const char lc = Lower(c);
          if (lc == 'c' || lc == 'p' || lc == 't' || lc == 'u') {
            state_ = kFieldSpecial;
          } else {
            // No special name starts so: the common case.
            state_ = kFieldGeneral;
            goto field_general;
          }
        }
        break;

      case kFieldSpecial: {
        const char lc = Lower(c);
        uint8_t left = 0;
        int done = -1;
        for (int i = 0; i < 5; i++) {
          if (!(name_candidates_ & (1 << i))) continue;
          const SpecialName& s = kSpecialNames[i];
          if (match_pos_ < s.length && s.name[match_pos_] == lc) {
            left |= static_cast<uint8_t>(1 << i);
            if (match_pos_ + 1 == s.length) done = i;
          }
        }
        if (left == 0) {
          header_state_ = kHsGeneral;
          state_ = kFieldGeneral;
          break;
        }
        ++p;
        ++match_pos_;
        name_candidates_ = left;
        if (done >= 0) {
          header_state_ = static_cast<HeaderState>(kSpecialNames[done].state);
          state_ = kFieldColon;
        }
        break;
      }

      case kFieldColon:
        if (c == ' ') {
          if (!LENIENT(kLenientHeaders)) {
            if (!FlushSpan(p, true)) return false;
            FAIL_AFTER(kInvalidHeaderToken, "Invalid header field char", p);
          }
          ++p;
          state_ = kFieldColonWs;
        } else if (c == ':') {
          if (!FlushSpan(p, true)) return false;
          ++p;
          if (!OnFieldDone(p)) return false;
        } else {
          header_state_ = kHsGeneral;
          state_ = kFieldGeneral;
        }
        break;

      case kFieldColonWs:
        if (c == ' ') {
          ++p;
        } else {
          state_ = kFieldColon;
        }
        break;

      case kFieldGeneral:
      field_general:
        p = Scan(p, end, kToken);
        if (p == end) break;
        if (*p != ':') FAIL(kInvalidHeaderToken, "Invalid header token", p);
        if (!FlushSpan(p, true)) return false;
        ++p;
        if (!OnFieldDone(p)) return false;
        goto value_discard_ws;

      // --- header values ------------------------------------------------------
      case kValueDiscardWs:
      value_discard_ws: {
        while (p < end && (*p == ' ' || *p == '\t')) ++p;
        if (p == end) break;
        const char c = *p;
        if (c == '\r') {
          ++p;
          state_ = kValueDiscardWsAlmostDone;
        } else if (c == '\n') {
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL_AFTER(kInvalidHeaderToken, "Invalid header value char", p);
          }
          ++p;
          state_ = kValueDiscardLws;
        } else {
          StartSpan(kSpanValue, p);
          if (!EnterValue(p)) return false;
          if (state_ == kValue) goto value;
        }
        break;
      }

      case kValueDiscardWsAlmostDone:
        if (c == '\n') {
          ++p;
        } else if (!LENIENT(kLenientHeaders)) {
          FAIL(kStrict, "Expected LF after CR", p);
        }
        state_ = kValueDiscardLws;
        break;

      case kValueDiscardLws:
        if (c == ' ' || c == '\t') {
          if (!LENIENT(kLenientHeaders)) {
            FAIL_AFTER(kInvalidHeaderToken, "Invalid header value char", p);
          }
          ++p;
          state_ = kValueDiscardWs;
        } else {
          if (header_state_ == kHsContentLength) {
            FAIL(kInvalidContentLength, "Empty Content-Length", p);
          }
          ApplyHeaderState();
          if (!OnValueDone(p)) return false;
        }
        break;

      case kValue:
      value:
        p = ScanValue(p, end);
        if (p == end) break;
        if (*p == '\r' && end - p >= 3 && p[1] == '\n' && p[2] != ' ' && p[2] != '\t') {
          // The usual line end, in one step: what kValueOtherwise,
          // kValueAlmostDone and kValueLws would do.
          if (!FlushSpan(p, true)) return false;
          p += 2;
          ApplyHeaderState();
          if (!OnValueDone(p)) return false;
          break;
        }
        state_ = kValueOtherwise;
        break;

      case kValueOtherwise:
        if (c == '\r') {
          if (!FlushSpan(p, true)) return false;
          ++p;
          state_ = kValueAlmostDone;
        } else if (c == '\n') {
          if (!FlushSpan(p, true)) return false;
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL(kCrExpected, "Missing expected CR after header value", p);
          }
          state_ = kValueAlmostDone;
        } else if (LENIENT(kLenientHeaders)) {
          state_ = kValueLenient;
        } else {
          if (!FlushSpan(p, true)) return false;
          FAIL(kInvalidHeaderToken, "Invalid header value char", p);
        }
        break;

      case kValueLenient:
        while (p < end && *p != '\r' && *p != '\n') ++p;
        if (p == end) break;
        if (!FlushSpan(p, true)) return false;
        if (*p == '\r') ++p;
        state_ = kValueAlmostDone;
        break;

      case kValueAlmostDone:
        if (c != '\n') FAIL(kLfExpected, "Missing expected LF after header value", p);
        ++p;
        state_ = kValueLws;
        break;

      case kValueLws:
        if (c == ' ' || c == '\t') {
          // obs-fold: only in lenient mode, where it continues the value.
          if (!LENIENT(kLenientHeaders)) {
            FAIL(kInvalidHeaderToken, "Unexpected whitespace after header value", p);
          }
          if (header_state_ == kHsTransferEncodingChunked) header_state_ = kHsGeneral;
          StartSpan(kSpanValue, p);
          if (!EnterValue(p)) return false;
        } else {
          ApplyHeaderState();
          if (!OnValueDone(p)) return false;
        }
        break;

      // Transfer-Encoding: is the last coding "chunked"?
      case kTeChunked:
        if ((c | 0x20) == "chunked"[match_pos_]) {
          ++p;
          if (++match_pos_ == 7) state_ = kTeChunkedLast;
        } else {
          state_ = kTeToken;
        }
        break;

      case kTeChunkedLast:
        if (c == ' ') {
          ++p;
        } else if (c == '\r' || c == '\n') {
          header_state_ = kHsTransferEncodingChunked;
          state_ = kValueOtherwise;
        } else if (c == ',') {
          if (request && !LENIENT(kLenientTransferEncoding)) {
            if (!FlushSpan(p, true)) return false;
            FAIL_AFTER(kInvalidTransferEncoding,
                       "Invalid `Transfer-Encoding` header value", p);
          }
          match_pos_ = 0;
          state_ = kTeChunked;
        } else {
          state_ = kTeToken;
        }
        break;

      case kTeToken:
        if (c == ',') {
          ++p;
          state_ = kTeTokenOws;
        } else if (Is(c, kConnToken)) {
          ++p;
        } else {
          header_state_ = kHsGeneral;
          state_ = kValue;
        }
        break;

      case kTeTokenOws:
        if (c == ' ' || c == '\t') {
          ++p;
        } else {
          match_pos_ = 0;
          state_ = kTeChunked;
        }
        break;

      // Content-Length: digits, then spaces.
      case kClDigits:
        if (c >= '0' && c <= '9') {
          const uint64_t d = static_cast<uint64_t>(c - '0');
          if (content_length_ > (UINT64_MAX - d) / 10) {
            FAIL_AFTER(kInvalidContentLength, "Content-Length overflow", p);
          }
          content_length_ = content_length_ * 10 + d;
          ++p;
        } else {
          state_ = kClWs;
        }
        break;

      case kClWs:
        if (c == ' ') {
          ++p;
        } else if (c == '\r' || c == '\n') {
          flags_ |= kFlagContentLength;
          state_ = kValueOtherwise;
        } else {
          FAIL(kInvalidContentLength, "Invalid character in Content-Length", p);
        }
        break;

      // Connection: a comma-separated list; close, upgrade and keep-alive
      // matter.
      case kConnStart: {
        if (c == ' ' || c == '\t') {
          ++p;
          break;
        }
        const char lc = Lower(c);
        const int which = lc == 'c' ? 0 : lc == 'u' ? 1 : lc == 'k' ? 2 : -1;
        if (which < 0) {
          state_ = kConnToken;
          break;
        }
        match_which_ = static_cast<uint8_t>(which);
        match_pos_ = 1;
        ++p;
        state_ = kConnMatch;
        break;
      }

      case kConnMatch:
        if (Lower(c) != kConnectionWords[match_which_][match_pos_]) {
          state_ = kConnToken;
          break;
        }
        ++p;
        if (++match_pos_ == kConnectionWordLength[match_which_]) {
          header_state_ = match_which_ == 0   ? kHsConnectionClose
                          : match_which_ == 1 ? kHsConnectionUpgrade
                                              : kHsConnectionKeepAlive;
          state_ = kConnWs;
        }
        break;

      case kConnWs:
        if (c == ',') {
          ++p;
          ApplyHeaderState();
          state_ = kConnStart;
        } else if (c == ' ') {
          ++p;
        } else if (c == '\r' || c == '\n') {
          state_ = kValueOtherwise;
        } else {
          header_state_ = kHsGeneral;
          state_ = kConnToken;
        }
        break;

      case kConnToken:
        if (c == ',') {
          ++p;
          state_ = kConnStart;
        } else if (Is(c, kConnToken)) {
          ++p;
        } else {
          state_ = kValueOtherwise;
        }
        break;

      case kHeadersAlmostDone:
        if (c == '\n') {
          ++p;
        } else if (!LENIENT(kLenientOptionalLfAfterCr)) {
          FAIL(kStrict, "Expected LF after headers", p);
        }
        goto headers_end;

      headers_end:
        if (flags_ & kFlagTrailing) {
          header_bytes_ = 0;
          state_ = kMessageDone;
          if (!CallbackResult(handler_->OnChunkComplete(), Error::kCbChunkComplete,
                              "`on_chunk_complete` callback error",
                              "on_chunk_complete pause", p)) {
            return false;
          }
        } else {
          state_ = kHeadersCallback;
        }
        break;

      // --- bodies -------------------------------------------------------------
      case kBodyIdentity:
      case kChunkData: {
        const uint64_t avail = static_cast<uint64_t>(end - p);
        const size_t n = static_cast<size_t>(
            avail < content_length_ ? avail : content_length_);
        const char* at = p;
        p += n;
        content_length_ -= n;
        if (content_length_ == 0) {
          state_ = state_ == kBodyIdentity ? kMessageDone : kChunkDataAlmostDone;
        }
        if (!CallbackResult(handler_->OnBody(at, n), Error::kUser,
                            "Span callback error in on_body", "on_body pause", p)) {
          return false;
        }
        break;
      }

      case kBodyEof: {
        const char* at = p;
        p = end;
        if (!CallbackResult(handler_->OnBody(at, end - at), Error::kUser,
                            "Span callback error in on_body", "on_body pause", p)) {
          return false;
        }
        break;
      }

      case kChunkSizeDigit:
      case kChunkSize: {
        const int d = HexValue(c);
        if (d < 0) {
          if (state_ == kChunkSizeDigit) {
            FAIL(kInvalidChunkSize, "Invalid character in chunk size", p);
          }
          state_ = kChunkSizeOtherwise;
          break;
        }
        if (content_length_ > (UINT64_MAX - static_cast<uint64_t>(d)) / 16) {
          FAIL_AFTER(kInvalidChunkSize, "Chunk size overflow", p);
        }
        content_length_ = content_length_ * 16 + static_cast<uint64_t>(d);
        ++p;
        state_ = kChunkSize;
        break;
      }

      case kChunkSizeOtherwise:
        if (c == ' ' || c == '\t') {
          if (!LENIENT(kLenientSpacesAfterChunkSize)) {
            FAIL_AFTER(kInvalidChunkSize, "Invalid character in chunk size", p);
          }
          ++p;
        } else if (c == '\r') {
          ++p;
          state_ = kChunkSizeAlmostDone;
        } else if (c == '\n') {
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL_AFTER(kCrExpected, "Missing expected CR after chunk size", p);
          }
          ++p;
          state_ = kChunkSizeAlmostDone;
        } else if (c == ';') {
          ++p;
          state_ = kChunkExtensions;
        } else {
          FAIL(kInvalidChunkSize, "Invalid character in chunk size", p);
        }
        break;

      case kChunkExtensions:
        if (c == ' ' || c == '\r') {
          FAIL_AFTER(kStrict, "Invalid character in chunk extensions", p);
        }
        StartSpan(kSpanExtName, p);
        state_ = kChunkExtName;
        break;

      case kChunkExtName:
        if (Is(c, kToken)) {
          ++p;
          break;
        }
        if (c == '=' || c == ';' || c == '\r') {
          if (!FlushSpan(p, true)) return false;
          ++p;
          if (c == '=') {
            StartSpan(kSpanExtValue, p);
            state_ = kChunkExtValue;
          } else {
            state_ = c == ';' ? kChunkExtensions : kChunkSizeAlmostDone;
          }
        } else if (c == '\n') {
          if (!FlushSpan(p, true)) return false;
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL(kCrExpected, "Missing expected CR after chunk extension name", p);
          }
          state_ = kChunkSizeAlmostDone;
        } else {
          if (!FlushSpan(p, true)) return false;
          FAIL_AFTER(kStrict, "Invalid character in chunk extensions name", p);
        }
        break;

      case kChunkExtValue:
        if (c == '"') {
          ++p;
          state_ = kChunkExtQuoted;
        } else if (Is(c, kToken)) {
          ++p;
        } else if (c == ';' || c == '\r') {
          if (!FlushSpan(p, true)) return false;
          ++p;
          state_ = c == ';' ? kChunkExtensions : kChunkSizeAlmostDone;
        } else if (c == '\n') {
          if (!FlushSpan(p, true)) return false;
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL(kCrExpected, "Missing expected CR after chunk extension value", p);
          }
          state_ = kChunkSizeAlmostDone;
        } else {
          if (!FlushSpan(p, true)) return false;
          FAIL_AFTER(kStrict, "Invalid character in chunk extensions value", p);
        }
        break;

      case kChunkExtQuoted:
        if (Is(c, kQdText)) {
          ++p;
        } else if (c == '"') {
          ++p;
          if (!FlushSpan(p, true)) return false;
          state_ = kChunkExtQuotedDone;
        } else if (c == '\\') {
          ++p;
          state_ = kChunkExtQuotedPair;
        } else {
          if (!FlushSpan(p, true)) return false;
          FAIL_AFTER(kStrict, "Invalid character in chunk extensions quoted value", p);
        }
        break;

      case kChunkExtQuotedPair:
        if (!Is(c, kHeader)) {
          if (!FlushSpan(p, true)) return false;
          FAIL_AFTER(kStrict, "Invalid quoted-pair in chunk extensions quoted value",
                     p);
        }
        ++p;
        state_ = kChunkExtQuoted;
        break;

      case kChunkExtQuotedDone:
        if (c == ';') {
          ++p;
          state_ = kChunkExtensions;
        } else if (c == '\r') {
          ++p;
          state_ = kChunkSizeAlmostDone;
        } else if (c == '\n') {
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL(kCrExpected, "Missing expected CR after chunk extension value", p);
          }
          state_ = kChunkSizeAlmostDone;
        } else {
          FAIL(kStrict, "Invalid character in chunk extensions quote value", p);
        }
        break;

      case kChunkSizeAlmostDone:
        if (c == '\n') {
          ++p;
        } else if (!LENIENT(kLenientOptionalLfAfterCr)) {
          FAIL(kStrict, "Expected LF after chunk size", p);
        }
        header_bytes_ = 0;
        extension_bytes_ = 0;
        if (content_length_ == 0) {
          flags_ |= kFlagTrailing;
          state_ = kFieldStart;
        } else {
          state_ = kChunkData;
        }
        if (!CallbackResult(handler_->OnChunkHeader(content_length_),
                            Error::kCbChunkHeader, "`on_chunk_header` callback error",
                            "on_chunk_header pause", p)) {
          return false;
        }
        break;

      case kChunkDataAlmostDone:
        if (c == '\r') {
          ++p;
          state_ = kChunkDataCr;
          break;
        }
        if (c == '\n') {
          if (!LENIENT(kLenientOptionalCrBeforeLf)) {
            FAIL_AFTER(kCrExpected, "Missing expected CR after chunk data", p);
          }
          ++p;
        } else if (!LENIENT(kLenientOptionalCrlfAfterChunk)) {
          FAIL(kStrict, "Expected LF after chunk data", p);
        }
        goto chunk_complete;

      case kChunkDataCr:
        if (c == '\n') {
          ++p;
        } else if (!LENIENT(kLenientOptionalCrlfAfterChunk)) {
          FAIL(kStrict, "Expected LF after chunk data", p);
        }
        goto chunk_complete;

      chunk_complete:
        header_bytes_ = 0;
        content_length_ = 0;
        state_ = kChunkSizeDigit;
        if (!CallbackResult(handler_->OnChunkComplete(), Error::kCbChunkComplete,
                            "`on_chunk_complete` callback error",
                            "on_chunk_complete pause", p)) {
          return false;
        }
        break;

      case kClosed:
        if (c == '\r' || c == '\n') {
          ++p;
        } else if (LENIENT(kLenientDataAfterClose)) {
          ++p;
        } else {
          FAIL_AFTER(kClosedConnection, "Data after `Connection: close`", p);
        }
        break;

      default:
        return Fail(Error::kInternal, "Invalid parser state", p);
    }
  }
}

#undef FAIL
#undef FAIL_AFTER
#undef LENIENT

}  // namespace eddy::http
