// eddy: the promise job queue and the microtask drain.
#include "fixture.h"

namespace eddy::test {

TEST_F(RuntimeTest, PromiseJobsWaitForTheDrain) {
  EXPECT_EQ(EvalInt("globalThis.log = []; Promise.resolve().then(() => log.push(1));"
                    "log.length"), 0);
  rt_->RunMicrotasks();
  EXPECT_EQ(EvalInt("log.length"), 1);
}

TEST_F(RuntimeTest, JobsQueuedWhileDrainingRunInTheSameDrainInOrder) {
  EXPECT_EQ(EvalInt(
      "globalThis.log = [];"
      "Promise.resolve().then(() => { log.push('a');"
      "  Promise.resolve().then(() => log.push('c')); });"
      "Promise.resolve().then(() => log.push('b')); 0"), 0);
  rt_->RunMicrotasks();
  EXPECT_EQ(EvalInt("log.join('') === 'abc' ? 1 : 0"), 1);
}

TEST_F(RuntimeTest, EnqueueMicrotaskRunsPlainFunctions) {
  JS::RootedValue fn(cx_);
  ASSERT_TRUE(Eval("globalThis.hits = 0; (function () { hits++; })", &fn));
  JS::RootedObject f(cx_, &fn.toObject());
  ASSERT_TRUE(rt_->EnqueueMicrotask(f));
  ASSERT_TRUE(rt_->EnqueueMicrotask(f));
  EXPECT_FALSE(static_cast<JS::JobQueue*>(rt_.get())->empty());
  rt_->RunMicrotasks();
  EXPECT_TRUE(static_cast<JS::JobQueue*>(rt_.get())->empty());
  EXPECT_EQ(EvalInt("hits"), 2);
}

TEST_F(RuntimeTest, UnhandledRejectionIsTrackedAndHandlingRemovesIt) {
  JS::RootedValue v(cx_);
  ASSERT_TRUE(Eval("globalThis.p = Promise.reject(1); 0", &v));
  EXPECT_EQ(rt_->pending_rejections()->length(), 1u);
  EXPECT_EQ(rt_->tick_info()->has_rejection_to_warn, 1);
  ASSERT_TRUE(Eval("p.catch(() => {}); 0", &v));
  EXPECT_EQ(rt_->pending_rejections()->length(), 0u);
  rt_->RunMicrotasks();
}

TEST_F(RuntimeTest, WeakRefTargetsDieAfterTheDrainAndGc) {
  EXPECT_EQ(EvalInt("globalThis.w = new WeakRef({}); w.deref() ? 1 : 0"), 1);
  rt_->RunMicrotasks();  // clears kept objects
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("w.deref() === undefined ? 1 : 0"), 1);
}

}  // namespace eddy::test
