// eddy: command-line parsing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "cli/options.h"

namespace eddy::test {

namespace {
cli::ParseResult Parse(std::vector<const char*> args, cli::Options* o) {
  args.insert(args.begin(), "eddy");
  return cli::ParseOptions(static_cast<int>(args.size()),
                           const_cast<char**>(args.data()), o);
}
}  // namespace

TEST(OptionsTest, ScriptAndArguments) {
  cli::Options o;
  ASSERT_TRUE(Parse({"app.js", "--flag", "x"}, &o).ok);
  EXPECT_EQ(o.mode, cli::Mode::kFile);
  EXPECT_EQ(o.script, "app.js");
  EXPECT_EQ(o.argv, (std::vector<std::string>{"eddy", "app.js", "--flag", "x"}));
  EXPECT_TRUE(o.exec_argv.empty());
}

TEST(OptionsTest, EvalKeepsArgumentsAndExecArgv) {
  cli::Options o;
  ASSERT_TRUE(Parse({"-e", "1+1", "a"}, &o).ok);
  EXPECT_EQ(o.mode, cli::Mode::kEval);
  EXPECT_EQ(o.script, "1+1");
  EXPECT_EQ(o.argv, (std::vector<std::string>{"eddy", "a"}));
  EXPECT_EQ(o.exec_argv, (std::vector<std::string>{"-e", "1+1"}));
}

TEST(OptionsTest, PrintWithoutCodePrintsUndefined) {
  cli::Options o;
  ASSERT_TRUE(Parse({"-p"}, &o).ok);
  EXPECT_EQ(o.mode, cli::Mode::kPrint);
  EXPECT_EQ(o.script, "");
}

TEST(OptionsTest, UnknownFlagIsRejectedWithExitCode9) {
  cli::Options o;
  cli::ParseResult r = Parse({"--bogus", "app.js"}, &o);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.exit_code, 9);
  EXPECT_EQ(r.error, "eddy: bad option: --bogus\n");
}

TEST(OptionsTest, MissingEvalArgument) {
  cli::Options o;
  cli::ParseResult r = Parse({"-e"}, &o);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error, "eddy: -e requires an argument\n");
}

TEST(OptionsTest, DoubleDashEndsOptions) {
  cli::Options o;
  ASSERT_TRUE(Parse({"--", "-e"}, &o).ok);
  EXPECT_EQ(o.mode, cli::Mode::kFile);
  EXPECT_EQ(o.script, "-e");
}

TEST(OptionsTest, DashMeansStdin) {
  cli::Options o;
  ASSERT_TRUE(Parse({"-", "x"}, &o).ok);
  EXPECT_EQ(o.mode, cli::Mode::kStdin);
  EXPECT_EQ(o.argv, (std::vector<std::string>{"eddy", "-", "x"}));
}

TEST(OptionsTest, ValuedFlagsInBothForms) {
  cli::Options o;
  ASSERT_TRUE(Parse({"--stack-trace-limit=3", "--unhandled-rejections", "warn", "x.js"}, &o).ok);
  EXPECT_EQ(o.stack_trace_limit, 3u);
  EXPECT_EQ(o.unhandled_rejections, "warn");
  cli::Options bad;
  EXPECT_FALSE(Parse({"--unhandled-rejections=sometimes"}, &bad).ok);
}

TEST(OptionsTest, VersionAndHelpStopParsing) {
  cli::Options o;
  ASSERT_TRUE(Parse({"--version", "--bogus"}, &o).ok);
  EXPECT_EQ(o.mode, cli::Mode::kVersion);
  cli::Options h;
  ASSERT_TRUE(Parse({"-h"}, &h).ok);
  EXPECT_EQ(h.mode, cli::Mode::kHelp);
}

namespace {
// Sets NODE_OPTIONS for one test and restores it after.
class ScopedNodeOptions {
 public:
  explicit ScopedNodeOptions(const char* value) {
    const char* old = std::getenv("NODE_OPTIONS");
    had_ = old != nullptr;
    if (had_) old_ = old;
    setenv("NODE_OPTIONS", value, 1);
  }
  ~ScopedNodeOptions() {
    if (had_) setenv("NODE_OPTIONS", old_.c_str(), 1);
    else unsetenv("NODE_OPTIONS");
  }

 private:
  bool had_ = false;
  std::string old_;
};
}  // namespace

TEST(OptionsTest, SplitNodeOptionsQuoting) {
  std::vector<std::string> out;
  std::string error;
  ASSERT_TRUE(cli::SplitNodeOptions("  -r a   \"--title=x \\\" y\" b\\c", &out, &error));
  EXPECT_EQ(out, (std::vector<std::string>{"-r", "a", "--title=x \" y", "b\\c"}));
  out.clear();
  EXPECT_FALSE(cli::SplitNodeOptions("\"--title=a", &out, &error));
  EXPECT_EQ(error, "invalid value for NODE_OPTIONS (unterminated string)");
  out.clear();
  EXPECT_FALSE(cli::SplitNodeOptions("\"a\\", &out, &error));
  EXPECT_EQ(error, "invalid value for NODE_OPTIONS (invalid escape)");
}

TEST(OptionsTest, NodeOptionsApplyBeforeTheCommandLine) {
  ScopedNodeOptions env("--stack-trace-limit=5 -r first --max-http-header-size 100 --insecure-http-parser");
  cli::Options o;
  ASSERT_TRUE(Parse({"--stack-trace-limit=7", "-r", "second", "app.js"}, &o).ok);
  EXPECT_EQ(o.stack_trace_limit, 7u);
  EXPECT_EQ(o.requires, (std::vector<std::string>{"first", "second"}));
  EXPECT_EQ(o.max_http_header_size, 100);
  EXPECT_TRUE(o.insecure_http_parser);
  // Only the command line's own options are execArgv.
  EXPECT_EQ(o.exec_argv, (std::vector<std::string>{"--stack-trace-limit=7", "-r", "second"}));
}

TEST(OptionsTest, NodeOptionsRefusesCommandLineOnlyFlags) {
  for (const char* bad : {"-e 1", "--check", "-i", "--version", "--", "--bogus"}) {
    ScopedNodeOptions env(bad);
    cli::Options o;
    cli::ParseResult r = Parse({"app.js"}, &o);
    EXPECT_FALSE(r.ok) << bad;
    EXPECT_EQ(r.exit_code, 9);
    EXPECT_NE(r.error.find("is not allowed in NODE_OPTIONS"), std::string::npos) << r.error;
  }
}

}  // namespace eddy::test
