// eddy: the thread pool that runs SpiderMonkey's helper-thread tasks
// (background GC sweeping and freeing, off-thread Ion and wasm compilation,
// source compression). The engine's own pool starts max(2, CPUs) threads when
// the first context is created; most short programs never give them a task,
// yet every process then pays for creating them and, at exit, for killing
// them (~0.5 ms of wall time per thread on a loaded 2-core machine). This pool
// (JS::SetHelperThreadTaskCallback) starts a thread only when a task is
// dispatched and no started thread is idle, up to the same count.
#ifndef EDDY_ENGINE_HELPER_THREADS_H_
#define EDDY_ENGINE_HELPER_THREADS_H_

namespace eddy {

// Call once, after JS_Init and before the first JS_NewContext.
void InstallHelperThreadPool();

}  // namespace eddy

#endif  // EDDY_ENGINE_HELPER_THREADS_H_
