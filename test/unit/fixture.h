// eddy: the unit-test fixture: one engine per process (JS_Init/JS_ShutDown
// in a GoogleTest environment), a fresh Runtime per test, and helpers to run
// a snippet and spin the loop. Mirrors node's test/cctest/node_test_fixture.h.
#ifndef EDDY_TEST_UNIT_FIXTURE_H_
#define EDDY_TEST_UNIT_FIXTURE_H_

#include <gtest/gtest.h>
#include <js/CompilationAndEvaluation.h>
#include <js/SourceText.h>
#include <jsapi.h>

#include <memory>
#include <string>

#include "bindings/registry.h"
#include "engine/runtime.h"

namespace eddy::test {

class RuntimeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    rt_ = std::make_unique<Runtime>(cli::Options());
    ASSERT_TRUE(rt_->Init());
    cx_ = rt_->cx();
    realm_ = std::make_unique<JSAutoRealm>(cx_, rt_->global());
    JS::RootedObject global(cx_, rt_->global());
    ASSERT_TRUE(JS_DefineFunction(cx_, global, "internalBinding",
                                  bindings::InternalBinding, 1, 0));
  }

  void TearDown() override {
    realm_.reset();
    EXPECT_EQ(rt_->Teardown(), 0);
    rt_.reset();
  }

  // Evaluates `code` as a global script; fails the test on an exception.
  bool Eval(const std::string& code, JS::MutableHandleValue rval) {
    JS::CompileOptions opts(cx_);
    opts.setFileAndLine("unit.js", 1);
    JS::SourceText<mozilla::Utf8Unit> text;
    if (!text.init(cx_, code.data(), code.size(), JS::SourceOwnership::Borrowed)) {
      return false;
    }
    if (!JS::Evaluate(cx_, opts, text, rval)) {
      JS_ClearPendingException(cx_);
      ADD_FAILURE() << "exception evaluating: " << code;
      return false;
    }
    return true;
  }

  // Evaluates `code` and returns its int32 result (or -1).
  int EvalInt(const std::string& code) {
    JS::RootedValue v(cx_);
    if (!Eval(code, &v) || !v.isInt32()) return -1;
    return v.toInt32();
  }

  std::unique_ptr<Runtime> rt_;
  JSContext* cx_ = nullptr;
  std::unique_ptr<JSAutoRealm> realm_;
};

}  // namespace eddy::test

#endif  // EDDY_TEST_UNIT_FIXTURE_H_
