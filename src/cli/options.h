// eddy: command-line options. Parsed before the engine starts, so --version,
// --help and bad flags cost nothing. Mirrors node's src/node_options.cc for the
// flags eddy knows.
#ifndef EDDY_CLI_OPTIONS_H_
#define EDDY_CLI_OPTIONS_H_

#include <string>
#include <vector>

namespace eddy::cli {

enum class Mode { kFile, kEval, kPrint, kStdin, kVersion, kHelp, kRepl, kTest };

struct Options {
  Mode mode = Mode::kRepl;
  std::string script;            // file path (kFile) or code (kEval/kPrint)
  std::vector<std::string> argv;       // process.argv as JS sees it
  std::vector<std::string> exec_argv;  // process.execArgv
  std::string argv0;
  bool interactive = false;            // -i
  bool check = false;                  // -c / --check
  bool test = false;                   // --test: run test files
  bool test_only = false;              // --test-only
  std::vector<std::string> test_reporters;     // --test-reporter (repeatable)
  std::vector<std::string> test_destinations;  // --test-reporter-destination
  std::vector<std::string> test_name_patterns;  // --test-name-pattern
  std::vector<std::string> env_files;           // --env-file (repeatable)
  std::string unhandled_rejections = "throw";
  std::vector<std::string> requires;   // -r / --require
  bool expose_gc = false;
  bool no_warnings = false;
  bool no_deprecation = false;
  bool throw_deprecation = false;
  bool trace_deprecation = false;
  bool trace_warnings = false;
  bool pending_deprecation = false;
  std::string input_type;              // --input-type
  std::string title;                   // --title
  unsigned stack_trace_limit = 10;
  unsigned long max_old_space_mb = 0;  // --max-old-space-size
  long long max_http_header_size = -1;  // --max-http-header-size (-1: unset)
  bool insecure_http_parser = false;    // --insecure-http-parser
};

struct ParseResult {
  bool ok = true;
  int exit_code = 0;
  std::string error;  // printed to stderr as-is when !ok
};

// Parses the NODE_OPTIONS environment variable, then argv (argv[0] is the
// executable); the command line wins where both set something. Options from
// NODE_OPTIONS are not part of execArgv, as in node.
ParseResult ParseOptions(int argc, char** argv, Options* out);

// Splits a NODE_OPTIONS value into arguments (node's quoting rules). False,
// with the message node prints, when the value is malformed.
bool SplitNodeOptions(const std::string& env, std::vector<std::string>* out,
                      std::string* error);

const char* HelpText();

}  // namespace eddy::cli

#endif  // EDDY_CLI_OPTIONS_H_
