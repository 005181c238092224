// eddy: command-line parsing.
#include <gtest/gtest.h>

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

}  // namespace eddy::test
