// eddy: a WHATWG URL parser (https://url.spec.whatwg.org/), written from the
// standard's basic URL parser state machine, with no engine dependency (the
// `url` binding and the unit tests both use it). Input is UTF-8; the output is
// a URL record whose components are already serialized, and from it the href
// plus the offsets of every component in it, so JS getters are substrings.
//
// Where Node 20 (ada 2.9) differs from the current standard in ways programs
// can observe, this follows Node, as lib/internal/url.js always has: `^` is
// not percent-encoded in paths, and an opaque path keeps its spaces at parse
// time (the search/hash setters strip trailing ones once both are gone).
//
// IDNA: ASCII domains and the common non-ASCII labels (lower-case letters of
// Latin-1, Greek and Cyrillic, kana, Han, Hangul) are mapped here; anything
// else goes to the DomainToAscii hook (eddy's is lib/internal/idna.js).
#ifndef EDDY_URL_URL_H_
#define EDDY_URL_URL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace eddy::url {

enum class SchemeType : uint8_t {
  kNotSpecial, kHttp, kHttps, kWs, kWss, kFtp, kFile,
};

enum class Status : uint8_t {
  kOk,
  kFailure,    // not a valid URL / the setter's parse failed
  kNeedsIdna,  // a host needs full UTS #46 processing and no hook was given
  kAbort,      // the hook reported an error of its own (e.g. a JS exception)
};

// Domain to ASCII (UTS #46 ToASCII with the URL Standard's options) for the
// domains the built-in fast path does not cover. `domain` is valid UTF-8.
// Returns kOk with *out set (it may still be rejected afterwards), kFailure,
// or kAbort.
struct IdnaHook {
  Status (*to_ascii)(void* ctx, std::string_view domain, std::string* out);
  void* ctx;
};

// A URL record (URL Standard section 4.1) with every component serialized.
// `path` is the serialized path: "/a/b" for a list of segments ("" for the
// empty list), or the opaque path itself.
struct UrlRecord {
  std::string scheme;  // lower case, no ':'
  SchemeType type = SchemeType::kNotSpecial;
  std::string username;
  std::string password;
  bool has_host = false;
  std::string host;    // serialized host ("", a domain, "1.2.3.4", "[::1]")
  int32_t port = -1;   // -1: null
  bool opaque_path = false;
  std::string path;
  bool has_query = false;
  std::string query;
  bool has_fragment = false;
  std::string fragment;

  bool IsSpecial() const { return type != SchemeType::kNotSpecial; }
  bool HasCredentials() const { return !username.empty() || !password.empty(); }
  bool CannotHaveUsernamePasswordPort() const {
    return !has_host || host.empty() || type == SchemeType::kFile;
  }
};

// Offsets into the href of a serialized record (all byte = UTF-16 offsets:
// an href is ASCII). Getters read:
//   protocol  [0, protocol_end)          username  [protocol_end + 2, username_end)
//   password  [username_end + 1, host_start - 1)   (empty ranges read as '')
//   hostname  [host_start, host_end)     host      [host_start, pathname_start)
//   port      [host_end + 1, pathname_start)
//   pathname  [pathname_start, search_start)
//   search    [search_start, hash_start) (just "?" reads as '')
//   hash      [hash_start, end)          (just "#" reads as '')
// A record without a host has username_end = host_start = host_end =
// pathname_start (after a "/." path prefix when there is one). Without a
// query search_start = hash_start; without a fragment hash_start = href size.
struct Components {
  uint32_t protocol_end = 0;
  uint32_t username_end = 0;
  uint32_t host_start = 0;
  uint32_t host_end = 0;
  uint32_t pathname_start = 0;
  uint32_t search_start = 0;
  uint32_t hash_start = 0;
  int32_t port = -1;
};

// The setters of the URL API that go through the basic URL parser, plus
// kSearchParams: set the query to an already-encoded string ('' = null), as
// URLSearchParams' update steps do.
enum class Setter : uint8_t {
  kProtocol, kUsername, kPassword, kHost, kHostname, kPort, kPathname,
  kSearch, kHash, kSearchParams,
};

// Parses `input` (UTF-8) against `base` (may be null) into *url. Leading and
// trailing C0 controls and spaces and every tab and newline are ignored.
Status Parse(std::string_view input, const UrlRecord* base, UrlRecord* url,
             const IdnaHook* idna = nullptr);

// Runs a URL API setter on *url with `value` (UTF-8), as the standard's setter
// steps do (a failed parse may leave earlier components changed, as the
// standard's in-place parse does). Returns kFailure when the setter's parse
// failed or the setter does not apply.
Status Set(UrlRecord* url, Setter setter, std::string_view value,
           const IdnaHook* idna = nullptr);

// Rebuilds the record behind an href that Serialize produced, from the href
// and its offsets (no parsing and no IDNA: setters start from this).
void Decompose(std::string_view href, const Components& components, UrlRecord* url);

// The URL serializer; fills *components when non-null.
void Serialize(const UrlRecord& url, std::string* href,
               Components* components = nullptr);
std::string Serialize(const UrlRecord& url);

// The host parser (isOpaque = !special). On success *out is the serialized
// host. Exposed for tests.
Status ParseHost(std::string_view input, bool special, std::string* out,
                 const IdnaHook* idna = nullptr);

// Domain to ASCII (UTS #46, URL Standard options) for what the built-in fast
// path covers; kNeedsIdna otherwise. `domain` is valid UTF-8.
Status FastDomainToAscii(std::string_view domain, std::string* out);

// RFC 3492 Punycode encoding of UTF-8 `label` (no "xn--"); false on overflow
// or malformed UTF-8.
bool PunycodeEncode(std::string_view label, std::string* out);

}  // namespace eddy::url

#endif  // EDDY_URL_URL_H_
