// eddy: the URL Standard's basic URL parser, URL serializer and the URL API
// setters (see url.h). The state machine follows the standard's states one
// for one, but each state consumes a run of input at a time (a whole
// segment, query or authority) instead of one code point per step.
#include "url/url.h"

#include <cstring>

#include "url/url_internal.h"

namespace eddy::url {

using internal::AppendEncoded;
using internal::CharFlags;
using internal::IsAsciiAlpha;
using internal::IsAsciiDigit;

namespace {

constexpr int kEof = -1;

enum class State : uint8_t {
  kNone,  // no state override
  kSchemeStart,
  kScheme,
  kNoScheme,
  kSpecialRelativeOrAuthority,
  kPathOrAuthority,
  kRelative,
  kRelativeSlash,
  kSpecialAuthoritySlashes,
  kSpecialAuthorityIgnoreSlashes,
  kAuthority,
  kHost,
  kHostname,
  kPort,
  kFile,
  kFileSlash,
  kFileHost,
  kPathStart,
  kPath,
  kOpaquePath,
  kQuery,
  kFragment,
};

SchemeType TypeOfScheme(const char* s, size_t n) {
  switch (n) {
    case 2:
      if (memcmp(s, "ws", 2) == 0) return SchemeType::kWs;
      break;
    case 3:
      if (memcmp(s, "wss", 3) == 0) return SchemeType::kWss;
      if (memcmp(s, "ftp", 3) == 0) return SchemeType::kFtp;
      break;
    case 4:
      if (memcmp(s, "http", 4) == 0) return SchemeType::kHttp;
      if (memcmp(s, "file", 4) == 0) return SchemeType::kFile;
      break;
    case 5:
      if (memcmp(s, "https", 5) == 0) return SchemeType::kHttps;
      break;
    default:
      break;
  }
  return SchemeType::kNotSpecial;
}

int32_t DefaultPort(SchemeType type) {
  switch (type) {
    case SchemeType::kHttp:
    case SchemeType::kWs:
      return 80;
    case SchemeType::kHttps:
    case SchemeType::kWss:
      return 443;
    case SchemeType::kFtp:
      return 21;
    default:
      return -1;
  }
}

inline bool IsSchemeChar(char c) { return CharFlags(c) & internal::kCharScheme; }

// A Windows drive letter: an ASCII letter then ':' or (unless normalized
// only) '|'.
bool IsWindowsDriveLetter(std::string_view s, bool normalized_only = false) {
  return s.size() == 2 && IsAsciiAlpha(s[0]) &&
         (s[1] == ':' || (!normalized_only && s[1] == '|'));
}

// "starts with a Windows drive letter" (URL Standard section 4.2).
bool StartsWithWindowsDriveLetter(const char* p, const char* end) {
  if (end - p < 2) return false;
  if (!IsWindowsDriveLetter(std::string_view(p, 2))) return false;
  if (end - p == 2) return true;
  char c = p[2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}

// The path's first segment is a normalized Windows drive letter ("/C:" or
// "/C:/...").
bool PathStartsWithNormalizedDriveLetter(const std::string& path) {
  return path.size() >= 3 && path[0] == '/' &&
         IsWindowsDriveLetter(std::string_view(path.data() + 1, 2), true) &&
         (path.size() == 3 || path[3] == '/');
}

bool IsSingleDot(std::string_view s) {
  if (s.size() == 1) return s[0] == '.';
  return s.size() == 3 && s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e';
}

bool IsDoubleDot(std::string_view s) {
  auto is_encoded_dot = [](const char* p) {
    return p[0] == '%' && p[1] == '2' && (p[2] | 0x20) == 'e';
  };
  switch (s.size()) {
    case 2:
      return s[0] == '.' && s[1] == '.';
    case 4:
      return (s[0] == '.' && is_encoded_dot(s.data() + 1)) ||
             (is_encoded_dot(s.data()) && s[3] == '.');
    case 6:
      return is_encoded_dot(s.data()) && is_encoded_dot(s.data() + 3);
    default:
      return false;
  }
}

// Removes the path's last segment; false when there was none to remove (or
// it is a file URL's drive letter).
bool ShortenPath(UrlRecord* url) {
  std::string& path = url->path;
  if (url->type == SchemeType::kFile && path.size() == 3 &&
      PathStartsWithNormalizedDriveLetter(path)) {
    return false;
  }
  size_t last = path.rfind('/');
  if (last == std::string::npos) return false;
  path.resize(last);
  return true;
}

void Reset(UrlRecord* url) {
  url->scheme.clear();
  url->type = SchemeType::kNotSpecial;
  url->username.clear();
  url->password.clear();
  url->has_host = false;
  url->host.clear();
  url->port = -1;
  url->opaque_path = false;
  url->path.clear();
  url->has_query = false;
  url->query.clear();
  url->has_fragment = false;
  url->fragment.clear();
}

// Node 20 (ada 2.9): once the query and fragment are gone, an opaque path
// loses its trailing spaces.
void StripTrailingSpacesFromOpaquePath(UrlRecord* url) {
  if (!url->opaque_path || url->has_fragment || url->has_query) return;
  size_t n = url->path.size();
  while (n > 0 && url->path[n - 1] == ' ') --n;
  url->path.resize(n);
}

inline bool IsTabOrNewline(char c) { return CharFlags(c) & internal::kCharTabOrNewline; }

// True when some byte of the 8 loaded from `p` is below 0x0e (a candidate tab
// or newline; bytes >= 0x80 never count).
inline bool HasByteBelow0e(const char* p) {
  uint64_t x;
  memcpy(&x, p, 8);
  return ((x - 0x0e0e0e0e0e0e0e0eull) & ~x & 0x8080808080808080ull) != 0;
}

// The input without ASCII tabs and newlines: `in` itself when it has none
// (the usual case), else a copy in *scratch.
std::string_view RemoveTabsAndNewlines(std::string_view in, std::string* scratch) {
  size_t i = 0;
  const size_t n = in.size();
  while (i + 8 <= n && !HasByteBelow0e(in.data() + i)) i += 8;
  for (; i < n; ++i) {
    if (IsTabOrNewline(in[i])) break;
  }
  if (i == n) return in;
  scratch->assign(in.data(), i);
  for (; i < n; ++i) {
    if (!IsTabOrNewline(in[i])) scratch->push_back(in[i]);
  }
  return *scratch;
}

class Parser {
 public:
  Parser(std::string_view input, const UrlRecord* base, UrlRecord* url,
         State state_override, const IdnaHook* idna)
      : p_(input.data()),
        end_(input.data() + input.size()),
        base_(base),
        url_(url),
        override_(state_override),
        idna_(idna) {}

  Status Run(State state);

 private:
  int At(const char* q) const {
    return q < end_ ? static_cast<unsigned char>(*q) : kEof;
  }
  bool Special() const { return url_->IsSpecial(); }
  bool Overridden() const { return override_ != State::kNone; }

  void CopyBaseAuthority() {
    url_->username = base_->username;
    url_->password = base_->password;
    url_->has_host = base_->has_host;
    url_->host = base_->host;
    url_->port = base_->port;
  }

  const char* p_;
  const char* end_;
  const UrlRecord* base_;
  UrlRecord* url_;
  State override_;
  const IdnaHook* idna_;
};

Status Parser::Run(State state) {
  const char* p = p_;
  const char* const end = end_;
  UrlRecord* const url = url_;
  for (;;) {
    switch (state) {
      case State::kNone:
        return Status::kFailure;

      case State::kSchemeStart:
        if (IsAsciiAlpha(At(p))) {
          state = State::kScheme;
        } else if (!Overridden()) {
          state = State::kNoScheme;
        } else {
          return Status::kFailure;
        }
        break;

      case State::kScheme: {
        const char* q = p;
        while (q < end && IsSchemeChar(*q)) ++q;
        if (q == end || *q != ':') {
          if (Overridden()) return Status::kFailure;
          state = State::kNoScheme;  // start over from the first code point
          break;
        }
        char lower[8];
        size_t n = q - p;
        SchemeType type = SchemeType::kNotSpecial;
        if (n <= sizeof(lower)) {
          for (size_t i = 0; i < n; ++i) lower[i] = internal::AsciiLower(p[i]);
          type = TypeOfScheme(lower, n);
        }
        if (Overridden()) {
          bool special = type != SchemeType::kNotSpecial;
          if (url->IsSpecial() != special) return Status::kOk;
          if ((url->HasCredentials() || url->port >= 0) && type == SchemeType::kFile) {
            return Status::kOk;
          }
          if (url->type == SchemeType::kFile && url->has_host && url->host.empty()) {
            return Status::kOk;
          }
        }
        url->scheme.assign(p, n);
        for (char& c : url->scheme) c = internal::AsciiLower(c);
        url->type = type;
        if (Overridden()) {
          if (url->port == DefaultPort(type)) url->port = -1;
          return Status::kOk;
        }
        p = q + 1;
        if (type == SchemeType::kFile) {
          state = State::kFile;
        } else if (type != SchemeType::kNotSpecial && base_ && base_->type == type) {
          state = State::kSpecialRelativeOrAuthority;
        } else if (type != SchemeType::kNotSpecial) {
          state = State::kSpecialAuthoritySlashes;
        } else if (At(p) == '/') {
          state = State::kPathOrAuthority;
          ++p;
        } else {
          url->opaque_path = true;
          state = State::kOpaquePath;
        }
        break;
      }

      case State::kNoScheme: {
        int c = At(p);
        if (!base_) return Status::kFailure;
        // Node 20 (ada 2.9) resolves a relative reference against a base with
        // an opaque path when the input has a fragment anywhere (the
        // standard only takes one that starts with '#'); the base's path is
        // then treated as a path whose segments are split at '/'.
        if (base_->opaque_path && c != '#' && !memchr(p, '#', end - p)) {
          return Status::kFailure;
        }
        if (base_->opaque_path && c == '#') {
          url->scheme = base_->scheme;
          url->type = base_->type;
          url->opaque_path = true;
          url->path = base_->path;
          url->has_query = base_->has_query;
          url->query = base_->query;
          url->has_fragment = true;
          url->fragment.clear();
          ++p;
          state = State::kFragment;
        } else if (base_->type != SchemeType::kFile) {
          state = State::kRelative;
        } else {
          state = State::kFile;
        }
        break;
      }

      case State::kSpecialRelativeOrAuthority:
        if (At(p) == '/' && At(p + 1) == '/') {
          p += 2;
          state = State::kSpecialAuthorityIgnoreSlashes;
        } else {
          state = State::kRelative;
        }
        break;

      case State::kPathOrAuthority:
        if (At(p) == '/') {
          ++p;
          state = State::kAuthority;
        } else {
          state = State::kPath;
        }
        break;

      case State::kRelative: {
        url->scheme = base_->scheme;
        url->type = base_->type;
        int c = At(p);
        if (c == '/' || (Special() && c == '\\')) {
          ++p;
          state = State::kRelativeSlash;
          break;
        }
        CopyBaseAuthority();
        url->path = base_->path;
        url->has_query = base_->has_query;
        url->query = base_->query;
        if (c == '?') {
          url->query.clear();
          url->has_query = true;
          ++p;
          state = State::kQuery;
        } else if (c == '#') {
          url->has_fragment = true;
          ++p;
          state = State::kFragment;
        } else if (c != kEof) {
          url->has_query = false;
          url->query.clear();
          ShortenPath(url);
          state = State::kPath;
        } else {
          return Status::kOk;
        }
        break;
      }

      case State::kRelativeSlash: {
        int c = At(p);
        if (Special() && (c == '/' || c == '\\')) {
          ++p;
          state = State::kSpecialAuthorityIgnoreSlashes;
        } else if (c == '/') {
          ++p;
          state = State::kAuthority;
        } else {
          CopyBaseAuthority();
          state = State::kPath;
        }
        break;
      }

      case State::kSpecialAuthoritySlashes:
        if (At(p) == '/' && At(p + 1) == '/') p += 2;
        state = State::kSpecialAuthorityIgnoreSlashes;
        break;

      case State::kSpecialAuthorityIgnoreSlashes:
        while (p < end && (*p == '/' || *p == '\\')) ++p;
        state = State::kAuthority;
        break;

      case State::kAuthority: {
        // The authority runs to the first '/', '?', '#' (or '\' when special);
        // credentials end at its last '@'.
        const bool special = Special();
        const char* q = p;
        const char* at = nullptr;
        for (; q < end; ++q) {
          char c = *q;
          if (!(CharFlags(c) & internal::kCharAuthority)) continue;
          if (c == '@') {
            at = q;
          } else if (c != '\\' || special) {
            break;
          }
        }
        if (at) {
          if (at + 1 == q) return Status::kFailure;
          const char* colon = static_cast<const char*>(memchr(p, ':', at - p));
          AppendEncoded(&url->username, p, colon ? colon : at, internal::kUserinfoSet);
          if (colon) AppendEncoded(&url->password, colon + 1, at, internal::kUserinfoSet);
          p = at + 1;
        }
        state = State::kHost;
        break;
      }

      case State::kHost:
      case State::kHostname: {
        if (Overridden() && url->type == SchemeType::kFile) {
          state = State::kFileHost;
          break;
        }
        const bool special = Special();
        bool inside_brackets = false;
        const char* q = p;
        for (; q < end; ++q) {
          char c = *q;
          if (!(CharFlags(c) & (internal::kCharPathEnd | internal::kCharForbiddenHost))) {
            continue;
          }
          if (c == ':' && !inside_brackets) break;
          if (c == '/' || c == '?' || c == '#' || (special && c == '\\')) break;
          if (c == '[') inside_brackets = true;
          if (c == ']') inside_brackets = false;
        }
        std::string_view buffer(p, q - p);
        bool to_port = At(q) == ':';
        // Node 20 (ada 2.9) host setters on non-special URLs: a URL with no
        // host or an empty one ignores the port of a new host, and an empty
        // new host (unless it had none and its path starts with "//", which
        // serializes with a "/." prefix); one with a host takes ":port" as an
        // empty host and that port.
        const bool hostless =
            Overridden() && !special && (!url->has_host || url->host.empty());
        if (hostless && buffer.empty() &&
            (url->has_host || url->path.compare(0, 2, "//") != 0)) {
          return Status::kFailure;
        }
        if (to_port) {
          if (override_ == State::kHostname) return Status::kFailure;
          if (buffer.empty() && !(Overridden() && !special)) return Status::kFailure;
        } else {
          if (special && buffer.empty()) return Status::kFailure;
          if (Overridden() && buffer.empty() &&
              (url->HasCredentials() || url->port >= 0)) {
            return Status::kFailure;
          }
        }
        // A setter must leave the host alone when the new one is invalid; a
        // parse of a whole URL is thrown away on failure anyway.
        Status st;
        if (Overridden()) {
          std::string host;
          st = ParseHost(buffer, special, &host, idna_);
          if (st == Status::kOk) url->host.swap(host);
        } else {
          st = ParseHost(buffer, special, &url->host, idna_);
        }
        if (st != Status::kOk) return st;
        url->has_host = true;
        if (to_port && !hostless) {
          p = q + 1;
          state = State::kPort;
          break;
        }
        if (Overridden()) return Status::kOk;
        p = q;
        state = State::kPathStart;
        break;
      }

      case State::kPort: {
        const char* q = p;
        while (q < end && IsAsciiDigit(*q)) ++q;
        int c = At(q);
        // Node 20 (ada 2.9), port and host setters: a value that holds a
        // digit but does not start with one (nor with a space, a control or
        // '-') clears the port.
        if (Overridden() && q == p && c > 0x20 && c != '-') {
          for (const char* d = p; d < end; ++d) {
            if (IsAsciiDigit(*d)) {
              url->port = -1;
              return Status::kFailure;
            }
          }
        }
        if (c == kEof || c == '/' || c == '?' || c == '#' ||
            (Special() && c == '\\') || Overridden()) {
          if (q != p) {
            uint32_t port = 0;
            for (const char* d = p; d < q; ++d) {
              port = port * 10 + (*d - '0');
              if (port > 65535) return Status::kFailure;
            }
            url->port = static_cast<int32_t>(port) == DefaultPort(url->type)
                            ? -1
                            : static_cast<int32_t>(port);
            if (Overridden()) return Status::kOk;
          }
          if (Overridden()) return Status::kFailure;
          p = q;
          state = State::kPathStart;
          break;
        }
        return Status::kFailure;
      }

      case State::kFile: {
        url->scheme.assign("file", 4);
        url->type = SchemeType::kFile;
        url->has_host = true;
        url->host.clear();
        int c = At(p);
        if (c == '/' || c == '\\') {
          ++p;
          state = State::kFileSlash;
        } else if (base_ && base_->type == SchemeType::kFile) {
          url->host = base_->host;
          url->path = base_->path;
          url->has_query = base_->has_query;
          url->query = base_->query;
          if (c == '?') {
            url->query.clear();
            url->has_query = true;
            ++p;
            state = State::kQuery;
          } else if (c == '#') {
            url->has_fragment = true;
            ++p;
            state = State::kFragment;
          } else if (c != kEof) {
            url->has_query = false;
            url->query.clear();
            if (!StartsWithWindowsDriveLetter(p, end)) {
              ShortenPath(url);
            } else {
              url->path.clear();
            }
            state = State::kPath;
          } else {
            return Status::kOk;
          }
        } else {
          state = State::kPath;
        }
        break;
      }

      case State::kFileSlash: {
        int c = At(p);
        if (c == '/' || c == '\\') {
          ++p;
          state = State::kFileHost;
          break;
        }
        if (base_ && base_->type == SchemeType::kFile) {
          url->host = base_->host;
          if (!StartsWithWindowsDriveLetter(p, end) &&
              PathStartsWithNormalizedDriveLetter(base_->path)) {
            url->path.append(base_->path, 0, 3);
          }
        }
        state = State::kPath;
        break;
      }

      case State::kFileHost: {
        const char* q = p;
        while (q < end && *q != '/' && *q != '\\' && *q != '?' && *q != '#') ++q;
        std::string_view buffer(p, q - p);
        if (!Overridden() && IsWindowsDriveLetter(buffer)) {
          // The drive letter is read again as the first path segment.
          state = State::kPath;
          break;
        }
        url->has_host = true;
        if (buffer.empty()) {
          url->host.clear();
        } else {
          std::string host;
          Status st = ParseHost(buffer, true, &host, idna_);
          if (st != Status::kOk) return st;
          if (host == "localhost") host.clear();
          url->host.swap(host);
        }
        if (Overridden()) return Status::kOk;
        p = q;
        state = State::kPathStart;
        break;
      }

      case State::kPathStart: {
        int c = At(p);
        if (Special()) {
          if (c == '/' || c == '\\') ++p;
          state = State::kPath;
        } else if (!Overridden() && c == '?') {
          url->has_query = true;
          url->query.clear();
          ++p;
          state = State::kQuery;
        } else if (!Overridden() && c == '#') {
          url->has_fragment = true;
          url->fragment.clear();
          ++p;
          state = State::kFragment;
        } else if (c != kEof) {
          if (c == '/') ++p;
          state = State::kPath;
        } else {
          if (Overridden() && !url->has_host) url->path.push_back('/');
          return Status::kOk;
        }
        break;
      }

      case State::kPath: {
        const bool special = Special();
        const bool stop_at_query = !Overridden();
        std::string& path = url->path;
        for (;;) {
          size_t seg = path.size();
          path.push_back('/');
          const char* q = p;
          bool encode = false;
          for (; q < end; ++q) {
            char c = *q;
            if (CharFlags(c) & internal::kCharPathEnd) {
              if (c == '/' || (special && c == '\\')) break;
              if (stop_at_query && (c == '?' || c == '#')) break;
            }
            encode |= internal::kPathSet.Has(static_cast<uint8_t>(c));
          }
          if (encode) {
            AppendEncoded(&path, p, q, internal::kPathSet);
          } else {
            path.append(p, q - p);
          }
          int c = At(q);
          bool slash = c == '/' || (special && c == '\\');
          std::string_view segment(path.data() + seg + 1, path.size() - seg - 1);
          if (IsDoubleDot(segment)) {
            path.resize(seg);
            // Node 20 (ada 2.9): a final ".." of a non-special URL leaves no
            // empty segment when there was nothing to remove ("sc://h/.."
            // is "sc://h").
            bool removed = ShortenPath(url);
            if (!slash && (special || removed)) path.push_back('/');
          } else if (IsSingleDot(segment)) {
            path.resize(seg);
            if (!slash) path.push_back('/');
          } else if (url->type == SchemeType::kFile && seg == 0 &&
                     IsWindowsDriveLetter(segment)) {
            path[2] = ':';
          }
          if (c == kEof) return Status::kOk;
          p = q + 1;
          if (slash) continue;
          if (c == '?') {
            url->has_query = true;
            url->query.clear();
            state = State::kQuery;
          } else {
            url->has_fragment = true;
            url->fragment.clear();
            state = State::kFragment;
          }
          break;
        }
        break;
      }

      case State::kOpaquePath: {
        const char* q = p;
        while (q < end && *q != '?' && *q != '#') ++q;
        AppendEncoded(&url->path, p, q, internal::kC0ControlSet);
        if (q == end) return Status::kOk;
        p = q + 1;
        if (*q == '?') {
          url->has_query = true;
          url->query.clear();
          state = State::kQuery;
        } else {
          url->has_fragment = true;
          url->fragment.clear();
          state = State::kFragment;
        }
        break;
      }

      case State::kQuery: {
        const char* q = end;
        if (!Overridden()) {
          const void* hash = memchr(p, '#', end - p);
          if (hash) q = static_cast<const char*>(hash);
        }
        AppendEncoded(&url->query, p, q,
                      Special() ? internal::kSpecialQuerySet : internal::kQuerySet);
        if (q == end) return Status::kOk;
        p = q + 1;
        url->has_fragment = true;
        url->fragment.clear();
        state = State::kFragment;
        break;
      }

      case State::kFragment:
        AppendEncoded(&url->fragment, p, end, internal::kFragmentSet);
        return Status::kOk;
    }
  }
}

Status RunOverride(UrlRecord* url, std::string_view value, State state,
                   const IdnaHook* idna) {
  std::string scratch;
  std::string_view input = RemoveTabsAndNewlines(value, &scratch);
  Parser parser(input, nullptr, url, state, idna);
  return parser.Run(state);
}

}  // namespace

Status Parse(std::string_view input, const UrlRecord* base, UrlRecord* url,
             const IdnaHook* idna) {
  const char* b = input.data();
  const char* e = b + input.size();
  while (b < e && static_cast<unsigned char>(*b) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(e[-1]) <= 0x20) --e;
  std::string scratch;
  std::string_view clean = RemoveTabsAndNewlines(std::string_view(b, e - b), &scratch);
  Reset(url);
  Parser parser(clean, base, url, State::kNone, idna);
  return parser.Run(State::kSchemeStart);
}

Status Set(UrlRecord* url, Setter setter, std::string_view value,
           const IdnaHook* idna) {
  switch (setter) {
    case Setter::kProtocol: {
      std::string input(value);
      input.push_back(':');
      return RunOverride(url, input, State::kSchemeStart, idna);
    }
    case Setter::kUsername:
    case Setter::kPassword: {
      if (url->CannotHaveUsernamePasswordPort()) return Status::kFailure;
      std::string& target = setter == Setter::kUsername ? url->username : url->password;
      target.clear();
      AppendEncoded(&target, value.data(), value.data() + value.size(),
                    internal::kUserinfoSet);
      return Status::kOk;
    }
    case Setter::kHost:
    case Setter::kHostname:
      if (url->opaque_path) return Status::kFailure;
      return RunOverride(url, value,
                         setter == Setter::kHost ? State::kHost : State::kHostname, idna);
    case Setter::kPort: {
      if (url->CannotHaveUsernamePasswordPort()) return Status::kFailure;
      // The standard clears the port for ''; Node 20 also for a value of
      // only tabs and newlines.
      std::string scratch;
      if (RemoveTabsAndNewlines(value, &scratch).empty()) {
        url->port = -1;
        return Status::kOk;
      }
      return RunOverride(url, value, State::kPort, idna);
    }
    case Setter::kPathname: {
      if (url->opaque_path) return Status::kFailure;
      url->path.clear();
      Status st = RunOverride(url, value, State::kPathStart, idna);
      // Node 20 (ada 2.9): a path that needs the "/." prefix drops the
      // query and fragment.
      if (!url->has_host && url->path.compare(0, 2, "//") == 0) {
        url->has_query = false;
        url->query.clear();
        url->has_fragment = false;
        url->fragment.clear();
      }
      return st;
    }
    case Setter::kSearch:
      if (value.empty()) {
        url->has_query = false;
        url->query.clear();
        StripTrailingSpacesFromOpaquePath(url);
        return Status::kOk;
      }
      if (value[0] == '?') value.remove_prefix(1);
      url->has_query = true;
      url->query.clear();
      return RunOverride(url, value, State::kQuery, idna);
    case Setter::kHash:
      if (value.empty()) {
        url->has_fragment = false;
        url->fragment.clear();
        StripTrailingSpacesFromOpaquePath(url);
        return Status::kOk;
      }
      if (value[0] == '#') value.remove_prefix(1);
      url->has_fragment = true;
      url->fragment.clear();
      return RunOverride(url, value, State::kFragment, idna);
    case Setter::kSearchParams:
      if (value.empty()) {
        url->has_query = false;
        url->query.clear();
        StripTrailingSpacesFromOpaquePath(url);
      } else {
        url->has_query = true;
        url->query.assign(value.data(), value.size());
      }
      return Status::kOk;
  }
  return Status::kFailure;
}

void Decompose(std::string_view href, const Components& c, UrlRecord* url) {
  auto range = [&](std::string* out, uint32_t a, uint32_t b) {
    if (a < b) {
      out->assign(href.data() + a, b - a);
    } else {
      out->clear();
    }
  };
  range(&url->scheme, 0, c.protocol_end - 1);
  url->type = TypeOfScheme(url->scheme.data(), url->scheme.size());
  url->has_host = href.size() >= c.protocol_end + 2 && href[c.protocol_end] == '/' &&
                  href[c.protocol_end + 1] == '/';
  range(&url->username, c.protocol_end + 2, c.username_end);
  range(&url->password, c.username_end + 1, c.host_start - 1);
  range(&url->host, c.host_start, c.host_end);
  url->port = -1;
  if (c.host_end < c.pathname_start) {
    uint32_t port = 0;
    for (uint32_t i = c.host_end + 1; i < c.pathname_start; ++i) {
      port = port * 10 + (href[i] - '0');
    }
    url->port = static_cast<int32_t>(port);
  }
  range(&url->path, c.pathname_start, c.search_start);
  url->opaque_path = !url->has_host && (url->path.empty() || url->path[0] != '/');
  url->has_query = c.search_start < c.hash_start;
  range(&url->query, c.search_start + 1, c.hash_start);
  url->has_fragment = c.hash_start < href.size();
  range(&url->fragment, c.hash_start + 1, static_cast<uint32_t>(href.size()));
}

void Serialize(const UrlRecord& url, std::string* href, Components* c) {
  // The size first, then one pass of copies into the buffer.
  const bool credentials = url.has_host && url.HasCredentials();
  const bool dot_prefix = !url.has_host && !url.opaque_path && url.path.size() > 1 &&
                          url.path[0] == '/' && url.path[1] == '/';
  char port_buf[10];
  size_t port_len = 0;
  if (url.has_host && url.port >= 0) {
    uint32_t n = static_cast<uint32_t>(url.port);
    do {
      port_buf[sizeof(port_buf) - ++port_len] = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
  }
  size_t size = url.scheme.size() + 1 + url.path.size();
  if (url.has_host) {
    size += 2 + url.host.size() + (port_len ? port_len + 1 : 0);
    if (credentials) {
      size += url.username.size() + 1 + (url.password.empty() ? 0 : url.password.size() + 1);
    }
  } else if (dot_prefix) {
    size += 2;
  }
  if (url.has_query) size += 1 + url.query.size();
  if (url.has_fragment) size += 1 + url.fragment.size();

  href->resize(size);
  char* const base = href->data();
  char* o = base;
  auto put = [&o](const std::string& s) {
    memcpy(o, s.data(), s.size());
    o += s.size();
  };
  put(url.scheme);
  *o++ = ':';
  const uint32_t protocol_end = static_cast<uint32_t>(o - base);
  uint32_t username_end, host_start, host_end;
  if (url.has_host) {
    *o++ = '/';
    *o++ = '/';
    if (credentials) {
      put(url.username);
      username_end = static_cast<uint32_t>(o - base);
      if (!url.password.empty()) {
        *o++ = ':';
        put(url.password);
      }
      *o++ = '@';
    } else {
      username_end = static_cast<uint32_t>(o - base);
    }
    host_start = static_cast<uint32_t>(o - base);
    put(url.host);
    host_end = static_cast<uint32_t>(o - base);
    if (port_len) {
      *o++ = ':';
      memcpy(o, port_buf + sizeof(port_buf) - port_len, port_len);
      o += port_len;
    }
  } else {
    if (dot_prefix) {
      *o++ = '/';
      *o++ = '.';
    }
    username_end = host_start = host_end = static_cast<uint32_t>(o - base);
  }
  const uint32_t pathname_start = static_cast<uint32_t>(o - base);
  put(url.path);
  const uint32_t search_start = static_cast<uint32_t>(o - base);
  if (url.has_query) {
    *o++ = '?';
    put(url.query);
  }
  const uint32_t hash_start = static_cast<uint32_t>(o - base);
  if (url.has_fragment) {
    *o++ = '#';
    put(url.fragment);
  }
  if (c) {
    c->protocol_end = protocol_end;
    c->username_end = username_end;
    c->host_start = host_start;
    c->host_end = host_end;
    c->pathname_start = pathname_start;
    c->search_start = search_start;
    c->hash_start = hash_start;
    c->port = url.has_host ? url.port : -1;
  }
}

std::string Serialize(const UrlRecord& url) {
  std::string href;
  Serialize(url, &href, nullptr);
  return href;
}

}  // namespace eddy::url
