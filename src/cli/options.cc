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
         "NO_COLOR                      disable colors in output\n"
         "\n"
         "Documentation can be found at https://nodejs.org/docs/latest-v20.x/api/\n";
}

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
  bool have_eval = false;
  bool print = false;
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--") { i++; break; }
    if (a == "-" ) break;
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
    auto take_value = [&](const char* flag) -> bool {
      if (has_value) return true;
      if (i + 1 >= argc) return false;
      value = argv[++i];
      o->exec_argv.push_back(value);
      (void)flag;
      return true;
    };
    o->exec_argv.push_back(a);
    if (name == "-v" || name == "--version") {
      o->mode = Mode::kVersion;
      return r;
    } else if (name == "-h" || name == "--help") {
      o->mode = Mode::kHelp;
      return r;
    } else if (name == "-e" || name == "--eval") {
      if (!take_value("-e")) return fail(std::string(name) + " requires an argument");
      o->script = value;
      have_eval = true;
    } else if (name == "-p" || name == "--print") {
      print = true;
      if (has_value) {
        o->script = value;
        have_eval = true;
      } else if (i + 1 < argc && argv[i + 1][0] != '-') {
        o->script = argv[++i];
        o->exec_argv.push_back(o->script);
        have_eval = true;
      }
    } else if (name == "-pe" || name == "-ep") {
      print = true;
      if (!take_value("-pe")) return fail(std::string(name) + " requires an argument");
      o->script = value;
      have_eval = true;
    } else if (name == "-c" || name == "--check") {
      o->check = true;
    } else if (name == "-i" || name == "--interactive") {
      o->interactive = true;
    } else if (name == "-r" || name == "--require") {
      if (!take_value("-r")) return fail(std::string(name) + " requires an argument");
      o->requires.push_back(value);
    } else if (name == "--unhandled-rejections") {
      if (!take_value(name.c_str())) return fail(name + " requires an argument");
      if (value != "strict" && value != "warn" && value != "none" &&
          value != "throw" && value != "warn-with-error-code") {
        return fail("invalid value for --unhandled-rejections");
      }
      o->unhandled_rejections = value;
    } else if (name == "--stack-trace-limit") {
      if (!take_value(name.c_str())) return fail(name + " requires an argument");
      o->stack_trace_limit = static_cast<unsigned>(std::strtoul(value.c_str(), nullptr, 10));
    } else if (name == "--max-old-space-size") {
      if (!take_value(name.c_str())) return fail(name + " requires an argument");
      o->max_old_space_mb = std::strtoul(value.c_str(), nullptr, 10);
    } else if (name == "--title") {
      if (!take_value(name.c_str())) return fail(name + " requires an argument");
      o->title = value;
    } else if (name == "--input-type") {
      if (!take_value(name.c_str())) return fail(name + " requires an argument");
      o->input_type = value;
    } else if (name == "--expose-gc" || name == "--expose_gc") {
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
      if (!take_value(name.c_str())) return fail(name + " requires an argument");
    } else if (name == "--insecure-http-parser") {  // read by lib/_http_common.js
    } else {
      bool ignored = false;
      for (const char* f : kIgnoredBoolFlags) {
        if (name == f) ignored = true;
      }
      if (!ignored) return fail("bad option: " + a);
    }
  }
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
