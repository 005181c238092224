// eddy: DNS answer parsing and result building (see dns_answer.h).
#include "bindings/cares_wrap/dns_answer.h"

#include <ares.h>
#include <arpa/inet.h>
#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <strings.h>

namespace eddy::bindings::cares_wrap {

namespace {

constexpr uint16_t kClassIn = 1;
constexpr uint16_t kTypeA = 1;
constexpr uint16_t kTypeNs = 2;
constexpr uint16_t kTypeCname = 5;
constexpr uint16_t kTypeSoa = 6;
constexpr uint16_t kTypePtr = 12;
constexpr uint16_t kTypeMx = 15;
constexpr uint16_t kTypeTxt = 16;
constexpr uint16_t kTypeAaaa = 28;
constexpr uint16_t kTypeSrv = 33;
constexpr uint16_t kTypeNaptr = 35;
constexpr uint16_t kTypeAny = 255;
constexpr uint16_t kTypeCaa = 257;

uint16_t Be16(const uint8_t* p) { return static_cast<uint16_t>(p[0] << 8 | p[1]); }
uint32_t Be32(const uint8_t* p) {
  return static_cast<uint32_t>(p[0]) << 24 | static_cast<uint32_t>(p[1]) << 16 |
         static_cast<uint32_t>(p[2]) << 8 | p[3];
}

// Characters c-ares escapes with a backslash when it prints a name.
bool IsReservedChar(uint8_t c) {
  switch (c) {
    case '"': case '.': case ';': case '\\': case '(': case ')': case '@': case '$':
      return true;
    default:
      return false;
  }
}

// Names and character strings become Latin-1 JS strings (node's OneByteString).
JSString* Latin1(JSContext* cx, const std::string& s) {
  return JS_NewStringCopyN(cx, s.data(), s.size());
}

bool DefineValue(JSContext* cx, JS::HandleObject obj, const char* key, JS::HandleValue v) {
  return JS_DefineProperty(cx, obj, key, v, JSPROP_ENUMERATE);
}

bool DefineString(JSContext* cx, JS::HandleObject obj, const char* key, const std::string& s) {
  JSString* str = Latin1(cx, s);
  if (!str) return false;
  JS::RootedValue v(cx, JS::StringValue(str));
  return DefineValue(cx, obj, key, v);
}

bool DefineNumber(JSContext* cx, JS::HandleObject obj, const char* key, double n) {
  JS::RootedValue v(cx, JS::NumberValue(n));
  return DefineValue(cx, obj, key, v);
}

// Appends values to a JS array.
class ArrayBuilder {
 public:
  explicit ArrayBuilder(JSContext* cx) : cx_(cx), arr_(cx, JS::NewArrayObject(cx, 0)) {}
  bool ok() const { return arr_ != nullptr; }
  JS::HandleObject get() const { return arr_; }
  bool Push(JS::HandleValue v) { return JS_DefineElement(cx_, arr_, n_++, v, JSPROP_ENUMERATE); }
  bool PushObject(JS::HandleObject o) {
    JS::RootedValue v(cx_, JS::ObjectValue(*o));
    return Push(v);
  }
  bool PushString(const std::string& s) {
    JSString* str = Latin1(cx_, s);
    if (!str) return false;
    JS::RootedValue v(cx_, JS::StringValue(str));
    return Push(v);
  }
  bool PushNumber(double d) {
    JS::RootedValue v(cx_, JS::NumberValue(d));
    return Push(v);
  }

 private:
  JSContext* cx_;
  JS::RootedObject arr_;
  uint32_t n_ = 0;
};

// Reads a name that starts inside the record data of `r` and whose in-place
// part ends inside it; `*pos` moves past it.
bool NameIn(const DnsMessage& msg, const DnsMessage::Record& r, size_t* pos,
            std::string* out) {
  size_t limit = r.rdata + r.rdlen;
  size_t end;
  if (*pos >= limit || !msg.ReadName(*pos, out, &end) || end > limit) return false;
  *pos = end;
  return true;
}

// Reads a <character-string> (a length byte and the bytes) inside `r`.
bool CharStringIn(const DnsMessage& msg, const DnsMessage::Record& r, size_t* pos,
                  std::string* out) {
  size_t limit = r.rdata + r.rdlen;
  if (*pos >= limit) return false;
  size_t n = msg.data()[*pos];
  if (*pos + 1 + n > limit) return false;
  out->assign(reinterpret_cast<const char*>(msg.data() + *pos + 1), n);
  *pos += 1 + n;
  return true;
}

bool Is(const DnsMessage::Record& r, uint16_t type) {
  return r.type == type && r.cls == kClassIn;
}

// A record's TTL as c-ares reports it: values with the top bit set read as 0
// (RFC 2181 section 8).
uint32_t Ttl(uint32_t ttl) { return ttl > 0x7fffffffu ? 0 : ttl; }

// `type` becomes the property `type` of ANY records; nullptr for the typed
// queries.
bool MaybeSetType(JSContext* cx, JS::HandleObject obj, const char* type) {
  if (!type) return true;
  JSString* s = JS_NewStringCopyZ(cx, type);
  if (!s) return false;
  JS::RootedValue v(cx, JS::StringValue(s));
  return DefineValue(cx, obj, "type", v);
}

// --- addresses and CNAMEs ----------------------------------------------------

struct Addresses {
  std::vector<std::string> list;
  std::vector<uint32_t> ttls;
  bool has_cname = false;
  std::string first_cname;  // target of the question name's CNAME
};

// Every address record of `type` in the answer (node's c-ares keeps them
// whatever their owner) and the CNAME chain that starts at the question name;
// each TTL is capped by the smallest TTL along that chain.
int CollectAddresses(const DnsMessage& msg, uint16_t type, Addresses* out) {
  std::string target = msg.question();
  uint32_t cname_ttl = UINT32_MAX;
  std::string owner, name;
  for (const DnsMessage::Record& r : msg.answers()) {
    if (r.cls != kClassIn) continue;
    if (r.type == kTypeCname) {
      size_t end, pos = r.rdata;
      if (!msg.ReadName(r.owner, &owner, &end)) return ARES_EBADRESP;
      if (strcasecmp(owner.c_str(), target.c_str()) != 0) continue;
      if (!NameIn(msg, r, &pos, &name)) return ARES_EBADRESP;
      if (!out->has_cname) out->first_cname = name;
      out->has_cname = true;
      target = name;
      cname_ttl = std::min(cname_ttl, Ttl(r.ttl));
    } else if (r.type == type) {
      int family = type == kTypeA ? AF_INET : AF_INET6;
      size_t want = type == kTypeA ? 4 : 16;
      if (r.rdlen != want) return ARES_EBADRESP;
      char ip[INET6_ADDRSTRLEN];
      if (!inet_ntop(family, msg.data() + r.rdata, ip, sizeof(ip))) return ARES_EBADRESP;
      out->list.emplace_back(ip);
      out->ttls.push_back(Ttl(r.ttl));
    }
  }
  for (uint32_t& ttl : out->ttls) ttl = std::min(ttl, cname_ttl);
  return ARES_SUCCESS;
}

// A/AAAA: the addresses and their TTLs, or ENODATA.
bool BuildAddresses(JSContext* cx, const DnsMessage& msg, uint16_t type, int* status,
                    JS::MutableHandleValue result, JS::MutableHandleValue ttls) {
  Addresses a;
  *status = CollectAddresses(msg, type, &a);
  if (*status != ARES_SUCCESS) return true;
  if (a.list.empty()) {
    *status = ARES_ENODATA;
    return true;
  }
  ArrayBuilder list(cx), times(cx);
  if (!list.ok() || !times.ok()) return false;
  for (size_t i = 0; i < a.list.size(); i++) {
    if (!list.PushString(a.list[i]) || !times.PushNumber(a.ttls[i])) return false;
  }
  result.setObject(*list.get());
  ttls.setObject(*times.get());
  return true;
}

// ANY: the address records as {address, ttl, type}, or when the question
// name is an alias, its CNAME as {value, type: 'CNAME'} (A only).
bool AppendAnyAddresses(JSContext* cx, const DnsMessage& msg, uint16_t type, int* status,
                        ArrayBuilder* out) {
  Addresses a;
  *status = CollectAddresses(msg, type, &a);
  if (*status != ARES_SUCCESS) return true;
  JS::RootedObject obj(cx);
  if (type == kTypeA && a.has_cname) {
    obj = JS_NewPlainObject(cx);
    return obj && DefineString(cx, obj, "value", a.first_cname) &&
           MaybeSetType(cx, obj, "CNAME") && out->PushObject(obj);
  }
  const char* name = type == kTypeA ? "A" : "AAAA";
  for (size_t i = 0; i < a.list.size(); i++) {
    obj = JS_NewPlainObject(cx);
    if (!obj || !DefineString(cx, obj, "address", a.list[i]) ||
        !DefineNumber(cx, obj, "ttl", a.ttls[i]) || !MaybeSetType(cx, obj, name) ||
        !out->PushObject(obj)) {
      return false;
    }
  }
  return true;
}

// --- name lists (NS, PTR) ------------------------------------------------------

int CollectNames(const DnsMessage& msg, uint16_t type, std::vector<std::string>* out) {
  std::string name;
  for (const DnsMessage::Record& r : msg.answers()) {
    if (!Is(r, type)) continue;
    size_t pos = r.rdata;
    if (!NameIn(msg, r, &pos, &name)) return ARES_EBADRESP;
    out->push_back(name);
  }
  return ARES_SUCCESS;
}

// --- records that become objects ------------------------------------------------
//
// Each Append* adds the records of one type to `out` (as node shapes them,
// plus `type` for ANY) and sets `*status` to 0 or EBADRESP.

bool AppendMx(JSContext* cx, const DnsMessage& msg, const char* type, int* status,
              ArrayBuilder* out) {
  std::string host;
  JS::RootedObject obj(cx);
  for (const DnsMessage::Record& r : msg.answers()) {
    if (!Is(r, kTypeMx)) continue;
    size_t pos = r.rdata + 2;
    if (r.rdlen < 3 || !NameIn(msg, r, &pos, &host)) {
      *status = ARES_EBADRESP;
      return true;
    }
    obj = JS_NewPlainObject(cx);
    if (!obj || !DefineString(cx, obj, "exchange", host) ||
        !DefineNumber(cx, obj, "priority", Be16(msg.data() + r.rdata)) ||
        !MaybeSetType(cx, obj, type) || !out->PushObject(obj)) {
      return false;
    }
  }
  *status = ARES_SUCCESS;
  return true;
}

bool AppendNames(JSContext* cx, const DnsMessage& msg, uint16_t rrtype, const char* type,
                 int* status, ArrayBuilder* out) {
  std::vector<std::string> names;
  *status = CollectNames(msg, rrtype, &names);
  if (*status != ARES_SUCCESS) return true;
  JS::RootedObject obj(cx);
  for (const std::string& name : names) {
    obj = JS_NewPlainObject(cx);
    if (!obj || !DefineString(cx, obj, "value", name) || !MaybeSetType(cx, obj, type) ||
        !out->PushObject(obj)) {
      return false;
    }
  }
  return true;
}

// TXT: one array of chunks per record; for ANY, {entries, type: 'TXT'}.
bool AppendTxt(JSContext* cx, const DnsMessage& msg, const char* type, int* status,
               ArrayBuilder* out) {
  std::string chunk;
  JS::RootedObject obj(cx);
  JS::RootedValue entries(cx);
  for (const DnsMessage::Record& r : msg.answers()) {
    if (!Is(r, kTypeTxt)) continue;
    ArrayBuilder chunks(cx);
    if (!chunks.ok()) return false;
    size_t pos = r.rdata, limit = r.rdata + r.rdlen;
    while (pos < limit) {
      if (!CharStringIn(msg, r, &pos, &chunk)) {
        *status = ARES_EBADRESP;
        return true;
      }
      if (!chunks.PushString(chunk)) return false;
    }
    entries.setObject(*chunks.get());
    if (!type) {
      if (!out->Push(entries)) return false;
      continue;
    }
    obj = JS_NewPlainObject(cx);
    if (!obj || !DefineValue(cx, obj, "entries", entries) || !MaybeSetType(cx, obj, type) ||
        !out->PushObject(obj)) {
      return false;
    }
  }
  *status = ARES_SUCCESS;
  return true;
}

bool AppendSrv(JSContext* cx, const DnsMessage& msg, const char* type, int* status,
               ArrayBuilder* out) {
  std::string host;
  JS::RootedObject obj(cx);
  for (const DnsMessage::Record& r : msg.answers()) {
    if (!Is(r, kTypeSrv)) continue;
    size_t pos = r.rdata + 6;
    if (r.rdlen < 7 || !NameIn(msg, r, &pos, &host)) {
      *status = ARES_EBADRESP;
      return true;
    }
    const uint8_t* p = msg.data() + r.rdata;
    obj = JS_NewPlainObject(cx);
    if (!obj || !DefineString(cx, obj, "name", host) ||
        !DefineNumber(cx, obj, "port", Be16(p + 4)) ||
        !DefineNumber(cx, obj, "priority", Be16(p)) ||
        !DefineNumber(cx, obj, "weight", Be16(p + 2)) || !MaybeSetType(cx, obj, type) ||
        !out->PushObject(obj)) {
      return false;
    }
  }
  *status = ARES_SUCCESS;
  return true;
}

bool AppendNaptr(JSContext* cx, const DnsMessage& msg, const char* type, int* status,
                 ArrayBuilder* out) {
  std::string flags, service, regexp, replacement;
  JS::RootedObject obj(cx);
  for (const DnsMessage::Record& r : msg.answers()) {
    if (!Is(r, kTypeNaptr)) continue;
    size_t pos = r.rdata + 4;
    if (r.rdlen < 4 || !CharStringIn(msg, r, &pos, &flags) ||
        !CharStringIn(msg, r, &pos, &service) || !CharStringIn(msg, r, &pos, &regexp) ||
        !NameIn(msg, r, &pos, &replacement)) {
      *status = ARES_EBADRESP;
      return true;
    }
    const uint8_t* p = msg.data() + r.rdata;
    obj = JS_NewPlainObject(cx);
    if (!obj || !DefineString(cx, obj, "flags", flags) ||
        !DefineString(cx, obj, "service", service) ||
        !DefineString(cx, obj, "regexp", regexp) ||
        !DefineString(cx, obj, "replacement", replacement) ||
        !DefineNumber(cx, obj, "order", Be16(p)) ||
        !DefineNumber(cx, obj, "preference", Be16(p + 2)) || !MaybeSetType(cx, obj, type) ||
        !out->PushObject(obj)) {
      return false;
    }
  }
  *status = ARES_SUCCESS;
  return true;
}

// SOA: the first SOA record as an object; `*found` tells whether there was one.
bool BuildSoa(JSContext* cx, const DnsMessage& msg, const char* type, int* status,
              bool* found, JS::MutableHandleObject out) {
  *found = false;
  *status = ARES_SUCCESS;
  std::string nsname, hostmaster;
  for (const DnsMessage::Record& r : msg.answers()) {
    if (!Is(r, kTypeSoa)) continue;
    size_t pos = r.rdata;
    if (!NameIn(msg, r, &pos, &nsname) || !NameIn(msg, r, &pos, &hostmaster) ||
        pos + 20 > r.rdata + r.rdlen) {
      *status = ARES_EBADRESP;
      return true;
    }
    const uint8_t* p = msg.data() + pos;
    out.set(JS_NewPlainObject(cx));
    if (!out || !DefineString(cx, out, "nsname", nsname) ||
        !DefineString(cx, out, "hostmaster", hostmaster) ||
        !DefineNumber(cx, out, "serial", Be32(p)) ||
        !DefineNumber(cx, out, "refresh", Be32(p + 4)) ||
        !DefineNumber(cx, out, "retry", Be32(p + 8)) ||
        !DefineNumber(cx, out, "expire", Be32(p + 12)) ||
        !DefineNumber(cx, out, "minttl", Be32(p + 16)) || !MaybeSetType(cx, out, type)) {
      return false;
    }
    *found = true;
    return true;
  }
  return true;
}

// CAA: {critical: flags, <tag>: value}.
bool AppendCaa(JSContext* cx, const DnsMessage& msg, const char* type, int* status,
               ArrayBuilder* out) {
  JS::RootedObject obj(cx);
  JS::RootedValue value(cx);
  JS::RootedId key(cx);
  for (const DnsMessage::Record& r : msg.answers()) {
    if (!Is(r, kTypeCaa)) continue;
    const uint8_t* p = msg.data() + r.rdata;
    if (r.rdlen < 2 || static_cast<size_t>(p[1]) + 2 > r.rdlen) {
      *status = ARES_EBADRESP;
      return true;
    }
    std::string tag(reinterpret_cast<const char*>(p + 2), p[1]);
    std::string val(reinterpret_cast<const char*>(p + 2 + p[1]), r.rdlen - 2 - p[1]);
    obj = JS_NewPlainObject(cx);
    if (!obj || !DefineNumber(cx, obj, "critical", p[0])) return false;
    JSString* tag_str = Latin1(cx, tag);
    JSString* val_str = tag_str ? Latin1(cx, val) : nullptr;
    if (!val_str) return false;
    value.setString(val_str);
    JS::RootedString tag_root(cx, tag_str);
    if (!JS_StringToId(cx, tag_root, &key) ||
        !JS_DefinePropertyById(cx, obj, key, value, JSPROP_ENUMERATE) ||
        !MaybeSetType(cx, obj, type) || !out->PushObject(obj)) {
      return false;
    }
  }
  *status = ARES_SUCCESS;
  return true;
}

// ANY: every kind in node's order; a malformed kind fails the whole answer.
bool BuildAny(JSContext* cx, const DnsMessage& msg, int* status,
              JS::MutableHandleValue result) {
  ArrayBuilder out(cx);
  if (!out.ok()) return false;
  if (!AppendAnyAddresses(cx, msg, kTypeA, status, &out)) return false;
  if (*status != ARES_SUCCESS) return true;
  if (!AppendAnyAddresses(cx, msg, kTypeAaaa, status, &out)) return false;
  if (*status != ARES_SUCCESS) return true;
  if (!AppendMx(cx, msg, "MX", status, &out)) return false;
  if (*status != ARES_SUCCESS) return true;
  if (!AppendNames(cx, msg, kTypeNs, "NS", status, &out)) return false;
  if (*status != ARES_SUCCESS) return true;
  if (!AppendTxt(cx, msg, "TXT", status, &out)) return false;
  if (*status != ARES_SUCCESS) return true;
  if (!AppendSrv(cx, msg, "SRV", status, &out)) return false;
  if (*status != ARES_SUCCESS) return true;
  if (!AppendNames(cx, msg, kTypePtr, "PTR", status, &out)) return false;
  if (*status != ARES_SUCCESS) return true;
  if (!AppendNaptr(cx, msg, "NAPTR", status, &out)) return false;
  if (*status != ARES_SUCCESS) return true;
  bool found;
  JS::RootedObject soa(cx);
  if (!BuildSoa(cx, msg, "SOA", status, &found, &soa)) return false;
  if (*status != ARES_SUCCESS) return true;
  if (found && !out.PushObject(soa)) return false;
  if (!AppendCaa(cx, msg, "CAA", status, &out)) return false;
  if (*status != ARES_SUCCESS) return true;
  result.setObject(*out.get());
  return true;
}

// Finishes a typed array-of-records query.
template <typename Append>
bool BuildList(JSContext* cx, int* status, JS::MutableHandleValue result, Append append) {
  ArrayBuilder out(cx);
  if (!out.ok() || !append(&out)) return false;
  if (*status == ARES_SUCCESS) result.setObject(*out.get());
  return true;
}

}  // namespace

int RecordTypeFor(QueryType type) {
  switch (type) {
    case QueryType::kAny: return kTypeAny;
    case QueryType::kA: return kTypeA;
    case QueryType::kAaaa: return kTypeAaaa;
    case QueryType::kCaa: return kTypeCaa;
    case QueryType::kCname: return kTypeCname;
    case QueryType::kMx: return kTypeMx;
    case QueryType::kNs: return kTypeNs;
    case QueryType::kTxt: return kTypeTxt;
    case QueryType::kSrv: return kTypeSrv;
    case QueryType::kPtr: return kTypePtr;
    case QueryType::kNaptr: return kTypeNaptr;
    case QueryType::kSoa: return kTypeSoa;
    case QueryType::kReverse: return kTypePtr;
  }
  return kTypeA;
}

bool DnsMessage::ReadName(size_t off, std::string* out, size_t* end) const {
  out->clear();
  size_t pos = off;
  size_t lowest = off;  // pointers may only go back before this
  bool jumped = false;
  for (;;) {
    if (pos >= len_) return false;
    uint8_t c = buf_[pos];
    if ((c & 0xc0) == 0xc0) {
      if (pos + 1 >= len_) return false;
      size_t target = static_cast<size_t>(c & 0x3f) << 8 | buf_[pos + 1];
      if (!jumped) {
        *end = pos + 2;
        jumped = true;
      }
      if (target >= lowest) return false;
      lowest = target;
      pos = target;
      continue;
    }
    if (c & 0xc0) return false;
    pos++;
    if (c == 0) break;
    if (pos + c > len_) return false;
    if (!out->empty()) out->push_back('.');
    for (size_t i = 0; i < c; i++) {
      uint8_t b = buf_[pos + i];
      if (b < 0x20 || b > 0x7e) {
        out->push_back('\\');
        out->push_back(static_cast<char>('0' + b / 100));
        out->push_back(static_cast<char>('0' + b / 10 % 10));
        out->push_back(static_cast<char>('0' + b % 10));
        continue;
      }
      if (IsReservedChar(b)) out->push_back('\\');
      out->push_back(static_cast<char>(b));
    }
    pos += c;
  }
  if (!jumped) *end = pos;
  return true;
}

bool DnsMessage::SkipRecords(size_t* off, uint16_t count, std::vector<Record>* keep) {
  std::string scratch;
  for (uint16_t i = 0; i < count; i++) {
    Record r;
    r.owner = *off;
    if (!ReadName(*off, &scratch, off)) return false;
    if (*off + 10 > len_) return false;
    const uint8_t* p = buf_ + *off;
    r.type = Be16(p);
    r.cls = Be16(p + 2);
    r.ttl = Be32(p + 4);
    r.rdlen = Be16(p + 8);
    r.rdata = *off + 10;
    if (r.rdata + r.rdlen > len_) return false;
    *off = r.rdata + r.rdlen;
    if (keep) keep->push_back(r);
  }
  return true;
}

bool DnsMessage::Parse(const uint8_t* buf, size_t len) {
  buf_ = buf;
  len_ = len;
  question_.clear();
  answers_.clear();
  if (len < 12) return false;
  uint16_t qdcount = Be16(buf + 4);
  uint16_t ancount = Be16(buf + 6);
  uint16_t nscount = Be16(buf + 8);
  uint16_t arcount = Be16(buf + 10);
  size_t off = 12;
  std::string scratch;
  for (uint16_t i = 0; i < qdcount; i++) {
    if (!ReadName(off, i == 0 ? &question_ : &scratch, &off)) return false;
    if (off + 4 > len) return false;
    off += 4;
  }
  return SkipRecords(&off, ancount, &answers_) && SkipRecords(&off, nscount, nullptr) &&
         SkipRecords(&off, arcount, nullptr);
}

bool BuildAnswer(JSContext* cx, QueryType type, const DnsMessage& msg, int* status,
                 JS::MutableHandleValue result, JS::MutableHandleValue ttls) {
  *status = ARES_SUCCESS;
  switch (type) {
    case QueryType::kA:
      return BuildAddresses(cx, msg, kTypeA, status, result, ttls);
    case QueryType::kAaaa:
      return BuildAddresses(cx, msg, kTypeAaaa, status, result, ttls);
    case QueryType::kCname: {
      Addresses a;
      *status = CollectAddresses(msg, kTypeA, &a);
      if (*status != ARES_SUCCESS) return true;
      std::vector<std::string> names;
      if (a.has_cname) {
        names.push_back(a.first_cname);
      } else if (!a.list.empty()) {
        names.push_back(msg.question());
      } else {
        *status = ARES_ENODATA;
        return true;
      }
      return NamesToArray(cx, names, result);
    }
    case QueryType::kNs:
    case QueryType::kPtr:
    case QueryType::kReverse: {
      std::vector<std::string> names;
      *status = CollectNames(msg, type == QueryType::kNs ? kTypeNs : kTypePtr, &names);
      if (*status != ARES_SUCCESS) return true;
      if (names.empty()) {
        *status = type == QueryType::kReverse ? ARES_ENOTFOUND : ARES_ENODATA;
        return true;
      }
      return NamesToArray(cx, names, result);
    }
    case QueryType::kMx:
      return BuildList(cx, status, result,
                       [&](ArrayBuilder* out) { return AppendMx(cx, msg, nullptr, status, out); });
    case QueryType::kTxt:
      return BuildList(cx, status, result,
                       [&](ArrayBuilder* out) { return AppendTxt(cx, msg, nullptr, status, out); });
    case QueryType::kSrv:
      return BuildList(cx, status, result,
                       [&](ArrayBuilder* out) { return AppendSrv(cx, msg, nullptr, status, out); });
    case QueryType::kNaptr:
      return BuildList(cx, status, result, [&](ArrayBuilder* out) {
        return AppendNaptr(cx, msg, nullptr, status, out);
      });
    case QueryType::kCaa:
      return BuildList(cx, status, result,
                       [&](ArrayBuilder* out) { return AppendCaa(cx, msg, nullptr, status, out); });
    case QueryType::kSoa: {
      bool found;
      JS::RootedObject soa(cx);
      if (!BuildSoa(cx, msg, nullptr, status, &found, &soa)) return false;
      if (*status != ARES_SUCCESS) return true;
      if (!found) {
        *status = ARES_EBADRESP;
        return true;
      }
      result.setObject(*soa);
      return true;
    }
    case QueryType::kAny:
      return BuildAny(cx, msg, status, result);
  }
  *status = ARES_ENOTIMP;
  return true;
}

bool NamesToArray(JSContext* cx, const std::vector<std::string>& names,
                  JS::MutableHandleValue out) {
  ArrayBuilder arr(cx);
  if (!arr.ok()) return false;
  for (const std::string& name : names) {
    if (!arr.PushString(name)) return false;
  }
  out.setObject(*arr.get());
  return true;
}

const char* AresErrorName(int status) {
  switch (status) {
#define EDDY_ARES_NAME(e) \
  case ARES_##e:          \
    return #e;
    EDDY_ARES_NAME(ENODATA)
    EDDY_ARES_NAME(EFORMERR)
    EDDY_ARES_NAME(ESERVFAIL)
    EDDY_ARES_NAME(ENOTFOUND)
    EDDY_ARES_NAME(ENOTIMP)
    EDDY_ARES_NAME(EREFUSED)
    EDDY_ARES_NAME(EBADQUERY)
    EDDY_ARES_NAME(EBADNAME)
    EDDY_ARES_NAME(EBADFAMILY)
    EDDY_ARES_NAME(EBADRESP)
    EDDY_ARES_NAME(ECONNREFUSED)
    EDDY_ARES_NAME(ETIMEOUT)
    EDDY_ARES_NAME(EOF)
    EDDY_ARES_NAME(EFILE)
    EDDY_ARES_NAME(ENOMEM)
    EDDY_ARES_NAME(EDESTRUCTION)
    EDDY_ARES_NAME(EBADSTR)
    EDDY_ARES_NAME(EBADFLAGS)
    EDDY_ARES_NAME(ENONAME)
    EDDY_ARES_NAME(EBADHINTS)
    EDDY_ARES_NAME(ENOTINITIALIZED)
    EDDY_ARES_NAME(ELOADIPHLPAPI)
    EDDY_ARES_NAME(EADDRGETNETWORKPARAMS)
    EDDY_ARES_NAME(ECANCELLED)
#undef EDDY_ARES_NAME
    default:
      return "UNKNOWN_ARES_ERROR";
  }
}

}  // namespace eddy::bindings::cares_wrap
