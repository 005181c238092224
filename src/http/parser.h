// eddy: an incremental HTTP/1.x message parser (requests and responses),
// written for eddy and independent of the JS engine. It accepts and rejects
// what node's default parser (llhttp 9, strict unless lenient flags are set)
// accepts and rejects, with the same HPE_* error names and reasons, so
// node:http behaves the same on bad input. The `http_parser` binding
// (src/bindings/http_parser) wraps it for lib/_http_common.js.
//
// Rules:
// - Execute() may be fed any split of the input: feeding byte by byte gives
//   the same events (text arrives in more fragments) and the same errors at
//   the same absolute offsets.
// - Text is reported as fragments pointing into the buffer passed to
//   Execute(); a fragment is valid only during its callback. A value that
//   spans calls arrives in several fragments; the receiver joins them.
// - Header values reach the handler without leading or trailing OWS.
// - No allocation per byte or per header: scanning is table-driven and
//   callbacks are per fragment, not per byte.
#ifndef EDDY_HTTP_PARSER_H_
#define EDDY_HTTP_PARSER_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace eddy::http {

enum class MessageType : uint8_t { kRequest = 1, kResponse = 2 };

// Error codes, named as node names them (HPE_*). The values are llhttp's, so
// the numbers match what node exposes too.
enum class Error : uint8_t {
  kOk = 0,
  kInternal = 1,
  kStrict = 2,
  kLfExpected = 3,
  kUnexpectedContentLength = 4,
  kClosedConnection = 5,
  kInvalidMethod = 6,
  kInvalidUrl = 7,
  kInvalidConstant = 8,
  kInvalidVersion = 9,
  kInvalidHeaderToken = 10,
  kInvalidContentLength = 11,
  kInvalidChunkSize = 12,
  kInvalidStatus = 13,
  kInvalidEofState = 14,
  kInvalidTransferEncoding = 15,
  kCbMessageBegin = 16,
  kCbHeadersComplete = 17,
  kCbMessageComplete = 18,
  kCbChunkHeader = 19,
  kCbChunkComplete = 20,
  kPaused = 21,
  kPausedUpgrade = 22,
  kPausedH2Upgrade = 23,
  kUser = 24,
  kCrExpected = 25,
  kCbHeaderValueComplete = 29,
  kUnexpectedSpace = 30,
  // node's own codes (raised by its binding, not by llhttp).
  kHeaderOverflow = 100,
  kChunkExtensionsOverflow = 101,
};

// "HPE_INVALID_METHOD" etc.
const char* ErrorName(Error e);

// Lenient flags: node's HTTPParser.kLenient* values (insecureHTTPParser sets
// all of them).
enum Lenient : uint32_t {
  kLenientNone = 0,
  kLenientHeaders = 1 << 0,
  kLenientChunkedLength = 1 << 1,
  kLenientKeepAlive = 1 << 2,
  kLenientTransferEncoding = 1 << 3,
  kLenientVersion = 1 << 4,
  kLenientDataAfterClose = 1 << 5,
  kLenientOptionalLfAfterCr = 1 << 6,
  kLenientOptionalCrlfAfterChunk = 1 << 7,
  kLenientOptionalCrBeforeLf = 1 << 8,
  kLenientSpacesAfterChunkSize = 1 << 9,
  kLenientAll = (1 << 10) - 1,
};

// Methods, numbered as llhttp numbers them (the index into node's
// `allMethods`).
enum Method : uint8_t {
  kDelete = 0, kGet = 1, kHead = 2, kPost = 3, kPut = 4, kConnect = 5,
  kOptions = 6, kTrace = 7, kCopy = 8, kLock = 9, kMkcol = 10, kMove = 11,
  kPropfind = 12, kProppatch = 13, kSearch = 14, kUnlock = 15, kBind = 16,
  kRebind = 17, kUnbind = 18, kAcl = 19, kReport = 20, kMkactivity = 21,
  kCheckout = 22, kMerge = 23, kMSearch = 24, kNotify = 25, kSubscribe = 26,
  kUnsubscribe = 27, kPatch = 28, kPurge = 29, kMkcalendar = 30, kLink = 31,
  kUnlink = 32, kSource = 33, kPri = 34, kDescribe = 35, kAnnounce = 36,
  kSetup = 37, kPlay = 38, kPause = 39, kTeardown = 40, kGetParameter = 41,
  kSetParameter = 42, kRedirect = 43, kRecord = 44, kFlush = 45, kQuery = 46,
};
constexpr int kMethodCount = 47;
constexpr int kNoMethod = -1;

// "GET", "M-SEARCH", ...; nullptr outside [0, kMethodCount).
const char* MethodName(int method);
// Whether node lists the method in http.METHODS (HTTP, not RTSP-only).
bool IsHttpMethod(int method);

// What OnHeadersComplete may return (besides kCallbackError/kCallbackPause):
// llhttp's convention, which node's binding passes through from JS.
constexpr int kProceed = 0;
constexpr int kSkipBody = 1;        // e.g. the response to a HEAD request
constexpr int kSkipBodyUpgrade = 2;  // no body, and the rest is another protocol
// Any callback may return these.
constexpr int kCallbackError = -1;  // stop: kCb*/kUser error
constexpr int kCallbackPause = -2;  // stop after this event with kPaused

// Receives the parser's events. Every method may return kCallbackError or
// kCallbackPause; 0 continues.
class Handler {
 public:
  virtual ~Handler() = default;
  virtual int OnMessageBegin() { return 0; }
  // Fragments of the request target (requests) or reason phrase (responses).
  virtual int OnUrl(const char* at, size_t n) { return 0; }
  virtual int OnStatus(const char* at, size_t n) { return 0; }
  // Fragments of one header name, then of its value (none for an empty
  // value), then OnHeaderValueComplete. Trailers after a chunked body arrive
  // the same way, after the last OnBody (in_trailers() is true).
  virtual int OnHeaderField(const char* at, size_t n) { return 0; }
  virtual int OnHeaderValue(const char* at, size_t n) { return 0; }
  virtual int OnHeaderValueComplete() { return 0; }
  // Returns kProceed, kSkipBody or kSkipBodyUpgrade (or an error/pause).
  virtual int OnHeadersComplete() { return kProceed; }
  virtual int OnBody(const char* at, size_t n) { return 0; }
  virtual int OnChunkHeader(uint64_t size) { return 0; }
  virtual int OnChunkComplete() { return 0; }
  virtual int OnMessageComplete() { return 0; }
};

struct Settings {
  uint32_t lenient = kLenientNone;
  // node's --max-http-header-size: the bytes of start-line text (target or
  // reason) plus header names and values of one message (or of one block of
  // trailers) must stay below this, else HPE_HEADER_OVERFLOW.
  uint64_t max_header_size = 16384;
  // Header lines allowed per message (0 = no limit) before
  // HPE_HEADER_OVERFLOW.
  uint32_t max_header_count = 0;
  // Bytes of chunk extensions allowed per chunk line (node: 16 KiB).
  uint64_t max_chunk_extensions_size = 16384;
};

class Parser {
 public:
  Parser(MessageType type, Handler* handler, const Settings& settings = Settings());
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // Starts over (a new connection): clears all state and errors.
  void Reset(MessageType type, const Settings& settings);
  void set_handler(Handler* handler) { handler_ = handler; }

  // Parses `len` bytes. Returns the number of bytes consumed: `len` unless
  // parsing stopped. When it stops, error() says why: a parse error (the
  // return value is the offset of the offending byte), kPaused (a callback
  // paused, or Pause() was called), kPausedUpgrade (the message before an
  // Upgrade/CONNECT is complete; the bytes from the return value on belong to
  // the new protocol) or kPausedH2Upgrade (an HTTP/2 preface). While error()
  // is set, Execute consumes nothing.
  size_t Execute(const char* data, size_t len);

  // The connection ended. Completes a body that runs until EOF (calls
  // OnMessageComplete). Returns kInvalidEofState if a message is incomplete,
  // kOk otherwise (also when the parser has already failed).
  Error Finish();

  // Pause()/Resume(): Execute consumes nothing while paused. Resume clears
  // kPaused only; ResumeAfterUpgrade clears kPausedUpgrade.
  void Pause();
  void Resume();
  void ResumeAfterUpgrade();

  // For response parsers: the method of the request being answered. HEAD
  // skips the body; a 2xx answer to CONNECT becomes an upgrade. kNoMethod
  // (the default) leaves it to OnHeadersComplete's return value.
  void set_request_method(int method) { request_method_ = method; }

  Error error() const { return error_; }
  const char* reason() const { return reason_; }
  const char* error_name() const { return ErrorName(error_); }

  // The current message (valid from OnHeadersComplete on).
  MessageType type() const { return type_; }
  int http_major() const { return http_major_; }
  int http_minor() const { return http_minor_; }
  int method() const { return method_; }
  int status_code() const { return status_code_; }
  bool upgrade() const { return upgrade_; }
  bool ShouldKeepAlive() const;
  bool MessageNeedsEof() const;
  // Content-Length as parsed (or the size of the current chunk).
  uint64_t content_length() const { return content_length_; }
  bool chunked() const { return flags_ & kFlagChunked; }
  bool has_content_length() const { return flags_ & kFlagContentLength; }
  // `Expect: 100-continue` was among the headers.
  bool expect_continue() const { return flags_ & kFlagExpectContinue; }
  bool in_trailers() const { return flags_ & kFlagTrailing; }
  // A message has begun and is not complete yet.
  bool in_message() const { return finish_ != kFinishSafe; }

 private:
  enum Flags : uint32_t {
    kFlagKeepAlive = 1 << 0,
    kFlagClose = 1 << 1,
    kFlagConnectionUpgrade = 1 << 2,
    kFlagChunked = 1 << 3,
    kFlagUpgrade = 1 << 4,
    kFlagContentLength = 1 << 5,
    kFlagSkipBody = 1 << 6,
    kFlagTrailing = 1 << 7,
    kFlagTransferEncoding = 1 << 9,
    kFlagExpectContinue = 1 << 10,
  };
  enum FinishState : uint8_t { kFinishSafe, kFinishSafeWithCb, kFinishUnsafe };
  // What a header's value means to the parser (llhttp's header_state).
  enum HeaderState : uint8_t {
    kHsGeneral,
    kHsConnection,
    kHsContentLength,
    kHsTransferEncoding,
    kHsUpgrade,
    kHsConnectionKeepAlive,
    kHsConnectionClose,
    kHsConnectionUpgrade,
    kHsTransferEncodingChunked,
  };
  enum SpanKind : uint8_t {
    kSpanNone,
    kSpanUrl,
    kSpanStatus,
    kSpanField,
    kSpanValue,
    kSpanExtName,
    kSpanExtValue,
  };
  enum State : uint8_t;

  // Helpers return false when parsing must stop (error_ is set).
  bool Run(const char*& p, const char* end);
  bool RunImmediate(const char* p);
  bool Fail(Error e, const char* reason, const char* byte, int consumed = 0);
  bool CallbackResult(int rv, Error cb_error, const char* cb_reason,
                      const char* pause_reason, const char* at);
  void StartSpan(SpanKind kind, const char* at) {
    span_ = kind;
    span_start_ = at;
  }
  bool FlushSpan(const char* at, bool close);
  bool EmitValue(const char* begin, const char* end, const char* at);
  bool CountHeaderBytes(const char* begin, size_t n);
  bool CountExtensionBytes(const char* begin, size_t n);
  bool OnMessageBeginEvent(const char* at);
  bool OnFieldDone(const char* at);
  bool EnterValue(const char* p);
  bool OnValueDone(const char* at);
  void ApplyHeaderState();
  void MatchExpectName(const char* at, size_t n);
  void MatchExpectValue(const char* at, size_t n);

  Handler* handler_;
  MessageType type_;
  Settings settings_;

  State state_;
  Error error_ = Error::kOk;
  const char* reason_ = "";
  const char* error_at_ = nullptr;
  FinishState finish_ = kFinishSafe;
  uint32_t flags_ = 0;
  HeaderState header_state_ = kHsGeneral;
  SpanKind span_ = kSpanNone;
  const char* span_start_ = nullptr;
  bool upgrade_ = false;
  // The message ends in a protocol switch even without upgrade_ (a 101).
  bool force_upgrade_pause_ = false;
  bool initial_message_completed_ = false;
  int method_ = 0;
  int request_method_ = kNoMethod;
  int status_code_ = 0;
  int http_major_ = 0;
  int http_minor_ = 0;
  uint64_t content_length_ = 0;
  // Progress through a keyword or a trie (method names, "HTTP", "chunked").
  uint16_t match_node_ = 0;
  uint8_t match_pos_ = 0;
  uint8_t match_which_ = 0;
  // Which special header name is still possible (bit per name).
  uint8_t name_candidates_ = 0;
  int8_t expect_name_pos_ = 0;
  int8_t expect_value_pos_ = 0;
  bool expect_header_ = false;
  uint64_t header_bytes_ = 0;
  uint32_t header_count_ = 0;
  uint64_t extension_bytes_ = 0;
  // Trailing OWS of a value fragment, held back until more of the value
  // arrives (it is dropped when the value ends).
  std::string pending_ows_;
};

}  // namespace eddy::http

#endif  // EDDY_HTTP_PARSER_H_
