// eddy: command-line parsing with node's wording for errors (exit code 9).
#include "cli/options.h"

#include <cstdlib>
#include <cstring>

namespace eddy::cli {

namespace {

// Flags accepted for compatibility that change nothing in eddy.
const char* const kIgnoredBoolFlags[] = {
    "--no-experimental-fetch", "--experimental-vm-modules",
    "--experimental-specifier-resolution", "--enable-source-maps",
    "--preserve-symlinks", "--preserve-symlinks-main", "--no-addons",
    "--experimental-modules", "--harmony", "--trace-uncaught",
    "--abort-on-uncaught-exception", "--frozen-intrinsics",
    "--no-experimental-global-webcrypto", "--experimental-global-webcrypto",
    "--no-node-snapshot", "--experimental-require-module",
};

bool StartsWith(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

}  // namespace

const char* HelpText() {
  return "Usage: eddy [options] [ script.js ] [arguments]\n"
         "\n"
         "Options:\n"
         "  -                           script read from stdin (default if no\n"
         "                              file name is provided)\n"
         "  --                          indicate the end of eddy options\n"
         "  -c, --check                 syntax check script without executing\n"
         "  -e, --eval=...              evaluate script\n"
         "  -h, --help                  print eddy command line options\n"
         "  -p, --print [...]           evaluate script and print result\n"
         "  -r, --require=...           CommonJS module to preload\n"
         "  --test                      launch test runner on startup\n"
         "  --test-name-pattern=...     run tests whose name matches this regular\n"
         "                              expression\n"
         "  --test-only                 run tests with 'only' option set\n"
         "  --test-reporter=...         report test output using the given reporter\n"
         "  --test-reporter-destination=...\n"
         "                              report given reporter to the given destination\n"
         "  --env-file=...              set environment variables from supplied file\n"
         "  --expose-gc                 expose gc() on the global object\n"
         "  --no-deprecation            silence deprecation warnings\n"
         "  --no-warnings               silence all process warnings\n"
         "  --stack-trace-limit=...     frames captured in error stacks\n"
         "  --throw-deprecation         throw an exception on deprecations\n"
         "  --title=...                 the process title to use on startup\n"
         "  --trace-deprecation         show stack traces on deprecations\n"
         "  --trace-warnings            show stack traces on process warnings\n"
         "  --unhandled-rejections=...  define the behavior for unhandled\n"
         "                              rejections: strict, warn, none,\n"
         "                              warn-with-error-code or throw (default)\n"
         "  -v, --version               print eddy version\n"
         "\n"
         "Environment variables:\n"
         "NODE_DEBUG                    ','-separated list of core modules\n"
         "                              that should print debug information\n"
         "NODE_OPTIONS                  set CLI options in the environment via\n"
         "                              a space-separated list\n"
         "NO_COLOR                      disable colors in output\n"
         "\n"
         "Documentation can be found at https://nodejs.org/docs/latest-v20.x/api/\n";
}

// Splits NODE_OPTIONS the way node does: spaces separate arguments, double
// quotes group (and are dropped), and inside quotes a backslash takes the next
// character literally. Returns false with `error` set on a malformed value.
bool SplitNodeOptions(const std::string& env, std::vector<std::string>* out,
                      std::string* error) {
  bool in_string = false;
  bool start_new = true;
  for (size_t k = 0; k < env.size(); k++) {
    char c = env[k];
    if (c == '\\' && in_string) {
      if (k + 1 == env.size()) {
        *error = "invalid value for NODE_OPTIONS (invalid escape)";
        return false;
      }
      c = env[++k];
    } else if (c == ' ' && !in_string) {
      start_new = true;
      continue;
    } else if (c == '"') {
      in_string = !in_string;
      continue;
    }
    if (start_new) {
      out->emplace_back(1, c);
      start_new = false;
    } else {
      out->back() += c;
    }
  }
  if (in_string) {
    *error = "invalid value for NODE_OPTIONS (unterminated string)";
    return false;
  }
  return true;
}

namespace {

// What parsing one list of arguments found out, beyond the Options fields.
struct ArgsState {
  bool have_eval = false;
  bool print = false;
};

// Parses the options at the front of `args` into `o`, stopping at the first
// argument that is not an option (its index is returned through `next`).
// `from_env` is true for NODE_OPTIONS: nothing goes to execArgv, and the
// options that only make sense on a command line are refused as node
// refuses them. Returns an error message, or "" on success.
std::string ParseArgs(const std::vector<std::string>& args, size_t first,
                      bool from_env, Options* o, ArgsState* st, size_t* next) {
  size_t i = first;
  for (; i < args.size(); i++) {
    const std::string& a = args[i];
    if (a == "--") {
      if (from_env) return "-- is not allowed in NODE_OPTIONS";
      i++;
      break;
    }
    if (a == "-") break;
    if (a.empty() || a[0] != '-') break;
    std::string name = a, value;
    bool has_value = false;
    size_t eq = a.find('=');
    if (StartsWith(a, "--") && eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      has_value = true;
    }
    // Node accepts underscores for dashes in long option names.
    if (StartsWith(name, "--")) {
      for (size_t k = 2; k < name.size(); k++) if (name[k] == '_') name[k] = '-';
    }
    auto take_value = [&]() -> bool {
      if (has_value) return true;
      if (i + 1 >= args.size()) return false;
      value = args[++i];
      if (!from_env) o->exec_argv.push_back(value);
      return true;
    };
    auto needs_value = [&]() { return name + " requires an argument"; };
    if (from_env) {
      static const char* const kCommandLineOnly[] = {
          "-v", "--version", "-h", "--help", "-e", "--eval", "-p", "--print",
          "-pe", "-ep", "-c", "--check", "-i", "--interactive", "--test"};
      for (const char* f : kCommandLineOnly) {
        if (name == f) return name + " is not allowed in NODE_OPTIONS";
      }
    } else {
      o->exec_argv.push_back(a);
    }
    if (name == "-v" || name == "--version") {
      o->mode = Mode::kVersion;
      *next = args.size();
      return "";
    } else if (name == "-h" || name == "--help") {
      o->mode = Mode::kHelp;
      *next = args.size();
      return "";
    } else if (name == "-e" || name == "--eval") {
      if (!take_value()) return needs_value();
      o->script = value;
      st->have_eval = true;
    } else if (name == "-p" || name == "--print") {
      st->print = true;
      if (has_value) {
        o->script = value;
        st->have_eval = true;
      } else if (i + 1 < args.size() && !StartsWith(args[i + 1], "-")) {
        o->script = args[++i];
        o->exec_argv.push_back(o->script);
        st->have_eval = true;
      }
    } else if (name == "-pe" || name == "-ep") {
      st->print = true;
      if (!take_value()) return needs_value();
      o->script = value;
      st->have_eval = true;
    } else if (name == "-c" || name == "--check") {
      o->check = true;
    } else if (name == "--test") {
      o->test = true;
    } else if (name == "--test-only") {
      o->test_only = true;
    } else if (name == "--test-reporter") {
      if (!take_value()) return needs_value();
      o->test_reporters.push_back(value);
    } else if (name == "--test-reporter-destination") {
      if (!take_value()) return needs_value();
      o->test_destinations.push_back(value);
    } else if (name == "--env-file") {
      if (!take_value()) return needs_value();
      o->env_files.push_back(value);
    } else if (name == "--test-name-pattern") {
      if (!take_value()) return needs_value();
      o->test_name_patterns.push_back(value);
    } else if (name == "-i" || name == "--interactive") {
      o->interactive = true;
    } else if (name == "-r" || name == "--require") {
      if (!take_value()) return needs_value();
      o->requires.push_back(value);
    } else if (name == "--unhandled-rejections") {
      if (!take_value()) return needs_value();
      if (value != "strict" && value != "warn" && value != "none" &&
          value != "throw" && value != "warn-with-error-code") {
        return "invalid value for --unhandled-rejections";
      }
      o->unhandled_rejections = value;
    } else if (name == "--stack-trace-limit") {
      if (!take_value()) return needs_value();
      o->stack_trace_limit = static_cast<unsigned>(std::strtoul(value.c_str(), nullptr, 10));
    } else if (name == "--max-old-space-size") {
      if (!take_value()) return needs_value();
      o->max_old_space_mb = std::strtoul(value.c_str(), nullptr, 10);
    } else if (name == "--title") {
      if (!take_value()) return needs_value();
      o->title = value;
    } else if (name == "--input-type") {
      if (!take_value()) return needs_value();
      o->input_type = value;
    } else if (name == "--expose-gc") {
      o->expose_gc = true;
    } else if (name == "--no-warnings") {
      o->no_warnings = true;
    } else if (name == "--no-deprecation") {
      o->no_deprecation = true;
    } else if (name == "--throw-deprecation") {
      o->throw_deprecation = true;
    } else if (name == "--trace-deprecation") {
      o->trace_deprecation = true;
    } else if (name == "--trace-warnings") {
      o->trace_warnings = true;
    } else if (name == "--pending-deprecation") {
      o->pending_deprecation = true;
    } else if (name == "--max-http-header-size") {  // read by lib/_http_common.js
      if (!take_value()) return needs_value();
      char* end = nullptr;
      unsigned long long n = std::strtoull(value.c_str(), &end, 10);
      if (!value.empty() && *end == '\0' && n <= 0xffffffffULL) {
        o->max_http_header_size = static_cast<long long>(n);
      }
    } else if (name == "--insecure-http-parser") {  // read by lib/_http_common.js
      o->insecure_http_parser = true;
    } else {
      bool ignored = false;
      for (const char* f : kIgnoredBoolFlags) {
        if (name == f) ignored = true;
      }
      if (!ignored) {
        return from_env ? a + " is not allowed in NODE_OPTIONS" : "bad option: " + a;
      }
    }
  }
  *next = i;
  return "";
}

}  // namespace

ParseResult ParseOptions(int argc, char** argv, Options* o) {
  ParseResult r;
  auto fail = [&](const std::string& msg) {
    r.ok = false;
    r.exit_code = 9;
    // node names itself as invoked: `node: bad option: ...`.
    r.error = std::string(argc > 0 && argv[0] ? argv[0] : "eddy") + ": " + msg + "\n";
    return r;
  };
  o->argv0 = argc > 0 ? argv[0] : "eddy";
  std::vector<std::string> args(argv, argv + argc);
  ArgsState st;
  size_t next = 0;
  // NODE_OPTIONS first, so that the command line overrides it, as in node.
  const char* env = std::getenv("NODE_OPTIONS");
  if (env != nullptr && *env != '\0') {
    std::vector<std::string> env_args;
    std::string error;
    if (!SplitNodeOptions(env, &env_args, &error)) return fail(error);
    error = ParseArgs(env_args, 0, true, o, &st, &next);
    if (!error.empty()) return fail(error);
  }
  std::string error = ParseArgs(args, 1, false, o, &st, &next);
  if (!error.empty()) return fail(error);
  if (o->mode == Mode::kVersion || o->mode == Mode::kHelp) return r;
  int i = static_cast<int>(next);
  const bool have_eval = st.have_eval;
  const bool print = st.print;
  if (have_eval) {
    o->mode = print ? Mode::kPrint : Mode::kEval;
    // Everything after the options is user arguments; node still rejects
    // unknown flags that come after -e code, which the loop above did.
    o->argv.push_back(argv[0]);
    for (; i < argc; i++) o->argv.push_back(argv[i]);
    return r;
  }
  if (print) {  // `eddy -p` with no code prints undefined, as node does.
    o->mode = Mode::kPrint;
    o->script.clear();
    o->argv.push_back(argv[0]);
    for (; i < argc; i++) o->argv.push_back(argv[i]);
    return r;
  }
  o->argv.push_back(argv[0]);
  if (o->test) {  // --test [paths]: the paths follow argv[0]
    o->mode = Mode::kTest;
    for (; i < argc; i++) o->argv.push_back(argv[i]);
    return r;
  }
  if (i < argc) {
    std::string s = argv[i];
    if (s == "-") {
      o->mode = Mode::kStdin;
      o->argv.push_back("-");
    } else {
      o->mode = Mode::kFile;
      o->script = s;
      o->argv.push_back(s);  // resolved to an absolute path by the loader
    }
    for (i++; i < argc; i++) o->argv.push_back(argv[i]);
  } else {
    o->mode = Mode::kStdin;  // the REPL is not built; a TTY gets an error
  }
  return r;
}

}  // namespace eddy::cli
