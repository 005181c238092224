// eddy: handle lifetimes: an open handle's JS object survives GC with no JS
// reference; once closed and unreachable it is finalized exactly once; the
// loop closes cleanly.
#include "fixture.h"
#include "loop/handle_wrap.h"

namespace eddy::test {

TEST_F(RuntimeTest, OpenHandleSurvivesGcWithoutReferences) {
  EXPECT_EQ(EvalInt("const { Signal } = internalBinding('signal_wrap');"
                    "globalThis.w = new WeakRef(new Signal()); 0"), 0);
  EXPECT_EQ(rt_->handle_count(), 1u);
  rt_->RunMicrotasks();
  JS_GC(cx_);
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("w.deref() !== undefined ? 1 : 0"), 1);
  EXPECT_EQ(rt_->handle_count(), 1u);
}

TEST_F(RuntimeTest, ClosedUnreachableHandleIsFinalizedOnce) {
  size_t before = loop::HandleWrap::finalized_count();
  EXPECT_EQ(EvalInt("globalThis.closed = 0; (() => {"
                    "  const { Signal } = internalBinding('signal_wrap');"
                    "  const s = new Signal();"
                    "  globalThis.w = new WeakRef(s);"
                    "  s.close(() => { closed++; }); s.close(); })(); 0"), 0);
  // The close callback runs from the loop.
  uv_run(rt_->loop(), UV_RUN_NOWAIT);
  EXPECT_EQ(EvalInt("closed"), 1);
  EXPECT_EQ(rt_->handle_count(), 0u);
  rt_->RunMicrotasks();
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("w.deref() === undefined ? 1 : 0"), 1);
  EXPECT_EQ(loop::HandleWrap::finalized_count() - before, 1u);
}

TEST_F(RuntimeTest, MethodsOnAClosedHandleAreHarmless) {
  EXPECT_EQ(EvalInt("const { Signal } = internalBinding('signal_wrap');"
                    "globalThis.s = new Signal(); s.close(); 0"), 0);
  uv_run(rt_->loop(), UV_RUN_NOWAIT);
  // start() on a closed handle reports EBADF instead of touching freed memory.
  EXPECT_EQ(EvalInt("s.start(15) < 0 ? 1 : 0"), 1);
  EXPECT_EQ(EvalInt("s.hasRef() ? 1 : 0"), 0);
  EXPECT_EQ(EvalInt("s.ref(); s.unref(); s.close(); 0"), 0);
}

TEST_F(RuntimeTest, PrototypeCallsWithForeignThisDoNotCrash) {
  EXPECT_EQ(EvalInt("const { Signal } = internalBinding('signal_wrap');"
                    "Signal.prototype.close.call({});"
                    "Signal.prototype.ref.call(Signal.prototype);"
                    "Signal.prototype.start.call(Signal.prototype, 2) < 0 ? 1 : 0"), 1);
}

TEST_F(RuntimeTest, TeardownClosesOpenHandles) {
  EXPECT_EQ(EvalInt("const { Signal } = internalBinding('signal_wrap');"
                    "globalThis.a = new Signal(); a.start(10);"
                    "globalThis.b = new Signal(); 0"), 0);
  EXPECT_EQ(rt_->handle_count(), 2u);
  EXPECT_EQ(rt_->CloseLoop(), 0);
  EXPECT_EQ(rt_->handle_count(), 0u);
}

}  // namespace eddy::test
