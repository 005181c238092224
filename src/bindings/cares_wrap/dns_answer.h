// eddy: DNS answers for the cares_wrap binding. c-ares sends the queries and
// hands back the raw answer; this file reads it (RFC 1035 wire format, with
// name compression) and builds the JS results of dns.resolve*(), record for
// record as node 20 returns them: the same fields in the same order, names
// escaped as c-ares prints them, character strings as Latin-1, and the same
// error for an answer without the wanted records (ENODATA, an empty array or
// EBADRESP, depending on the type).
#ifndef EDDY_BINDINGS_CARES_WRAP_DNS_ANSWER_H_
#define EDDY_BINDINGS_CARES_WRAP_DNS_ANSWER_H_

#include <jsapi.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace eddy::bindings::cares_wrap {

// What a query asks for; one per ChannelWrap query method.
enum class QueryType : uint8_t {
  kAny, kA, kAaaa, kCaa, kCname, kMx, kNs, kTxt, kSrv, kPtr, kNaptr, kSoa,
  kReverse,  // getHostByAddr: a PTR query whose failures read ENOTFOUND
};

// The DNS record type number sent for `type`.
int RecordTypeFor(QueryType type);

// A parsed DNS message: the header, the first question's name and the
// answer section. Parse() checks the structure of every section (names,
// lengths); record data is checked when a record is used.
class DnsMessage {
 public:
  struct Record {
    size_t owner;    // offset of the owner name
    uint16_t type;
    uint16_t cls;
    uint32_t ttl;
    size_t rdata;    // offset of the record data
    uint16_t rdlen;
  };

  // False when the message is malformed.
  bool Parse(const uint8_t* buf, size_t len);

  const std::vector<Record>& answers() const { return answers_; }
  const std::string& question() const { return question_; }
  const uint8_t* data() const { return buf_; }
  size_t size() const { return len_; }

  // Reads the (possibly compressed) name at `off` into `out`, escaped as
  // c-ares does (`\.` inside a label, `\DDD` for unprintable bytes; the root
  // name is ""). `*end` is the offset after the name where it sits. False
  // for a malformed name (bad label type, forward or looping pointer,
  // overrun).
  bool ReadName(size_t off, std::string* out, size_t* end) const;

 private:
  bool SkipRecords(size_t* off, uint16_t count, std::vector<Record>* keep);

  const uint8_t* buf_ = nullptr;
  size_t len_ = 0;
  std::string question_;
  std::vector<Record> answers_;
};

// Builds the result of a successful query of `type` from `msg`. On return
// `*status` is 0 (ARES_SUCCESS) with `result` set (and for A/AAAA `ttls`, an
// array of numbers), or the c-ares error the query fails with. False means a
// JS exception is pending.
[[nodiscard]] bool BuildAnswer(JSContext* cx, QueryType type, const DnsMessage& msg,
                               int* status, JS::MutableHandleValue result,
                               JS::MutableHandleValue ttls);

// An array of JS strings (Latin-1) from `names`.
[[nodiscard]] bool NamesToArray(JSContext* cx, const std::vector<std::string>& names,
                                JS::MutableHandleValue out);

// The name node gives a c-ares status ("ENOTFOUND", ...).
const char* AresErrorName(int status);

}  // namespace eddy::bindings::cares_wrap

#endif  // EDDY_BINDINGS_CARES_WRAP_DNS_ANSWER_H_
