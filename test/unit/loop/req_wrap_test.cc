// eddy: request lifetimes: an in-flight fs request keeps its JS object alive
// with no other reference, completes through the loop once, and leaves the
// Runtime's request list.
#include "fixture.h"

namespace eddy::test {

TEST_F(RuntimeTest, FsRequestSurvivesGcAndCompletesOnce) {
  EXPECT_EQ(EvalInt("globalThis.calls = 0; globalThis.ok = 0; (() => {"
                    "  internalBinding('fs').stat('/', false, { oncomplete(err, st) {"
                    "    calls++; ok = err === 0 && st.length === 18 ? 1 : 0; } });"
                    "})(); 0"), 0);
  EXPECT_EQ(rt_->request_count(), 1u);
  JS_GC(cx_);
  while (rt_->request_count() > 0) uv_run(rt_->loop(), UV_RUN_ONCE);
  EXPECT_EQ(EvalInt("calls"), 1);
  EXPECT_EQ(EvalInt("ok"), 1);
}

TEST_F(RuntimeTest, FsErrorsAreNegativeErrno) {
  EXPECT_EQ(EvalInt("internalBinding('fs').stat('/no/such/path')"), UV_ENOENT);
  EXPECT_EQ(EvalInt("globalThis.code = 1; internalBinding('fs').stat('/no/such', false,"
                    " { oncomplete(err) { code = err; } }); 0"), 0);
  while (rt_->request_count() > 0) uv_run(rt_->loop(), UV_RUN_ONCE);
  EXPECT_EQ(EvalInt("code"), UV_ENOENT);
}

TEST_F(RuntimeTest, SyncFsCallsReturnResults) {
  EXPECT_EQ(EvalInt("const fs = internalBinding('fs');"
                    "const fd = fs.open('/proc/self/stat', 0, 0);"
                    "const st = fs.fstat(fd, false);"
                    "const closed = fs.close(fd);"
                    "fd >= 0 && st.length === 18 && closed === undefined ? 1 : 0"), 1);
}

TEST_F(RuntimeTest, TeardownWithRequestsInFlightIsClean) {
  EXPECT_EQ(EvalInt("for (let i = 0; i < 8; i++)"
                    "  internalBinding('fs').stat('/', false, { oncomplete() {} }); 0"), 0);
  EXPECT_EQ(rt_->CloseLoop(), 0);
  EXPECT_EQ(rt_->request_count(), 0u);
}

}  // namespace eddy::test
