// eddy: lazily started helper threads for SpiderMonkey (see helper_threads.h).
//
// The engine calls Dispatch (with its helper-thread lock held) once per task
// it wants run, never more often than the thread count it was given; each
// dispatch must lead to exactly one JS::RunHelperThreadTask call on some
// thread other than the caller. Dispatch only counts the request and wakes
// an idle worker or starts a new one; it never calls into the engine.
// Workers live until the process ends (they wait on a condition variable
// when there is nothing to do).
#include "engine/helper_threads.h"

#include <jsapi.h>
#include <js/HelperThreadAPI.h>
#include <pthread.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstdlib>

namespace eddy {
namespace {

// SpiderMonkey's own helper threads use 2 MiB stacks; its stack quota for
// tasks is derived from the size passed to SetHelperThreadTaskCallback.
constexpr size_t kStackSize = 2 * 1024 * 1024;

pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t g_wake = PTHREAD_COND_INITIALIZER;
size_t g_pending = 0;  // dispatched, not yet picked up
size_t g_idle = 0;     // workers waiting for a task
size_t g_threads = 0;  // workers started
size_t g_max_threads = 2;

void* WorkerMain(void*) {
  pthread_setname_np(pthread_self(), "JS Helper");
  pthread_mutex_lock(&g_lock);
  for (;;) {
    while (g_pending == 0) {
      g_idle++;
      pthread_cond_wait(&g_wake, &g_lock);
      g_idle--;
    }
    g_pending--;
    pthread_mutex_unlock(&g_lock);
    JS::RunHelperThreadTask();
    pthread_mutex_lock(&g_lock);
  }
  return nullptr;
}

bool StartWorker() {
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return false;
  pthread_attr_setstacksize(&attr, kStackSize);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t thread;
  bool ok = pthread_create(&thread, &attr, WorkerMain, nullptr) == 0;
  pthread_attr_destroy(&attr);
  return ok;
}

void Dispatch(JS::DispatchReason) {
  pthread_mutex_lock(&g_lock);
  g_pending++;
  // Start a worker when every started one is busy (or none exists yet).
  if (g_idle < g_pending && g_threads < g_max_threads) {
    if (StartWorker()) {
      g_threads++;
    } else if (g_threads == 0) {
      // Without any thread the engine would wait for this task forever.
      std::fprintf(stderr, "eddy: cannot start a JS helper thread\n");
      std::abort();
    }
  }
  pthread_cond_signal(&g_wake);
  pthread_mutex_unlock(&g_lock);
}

}  // namespace

void InstallHelperThreadPool() {
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  g_max_threads = std::max<size_t>(2, cpus > 0 ? static_cast<size_t>(cpus) : 2);
  JS::SetHelperThreadTaskCallback(Dispatch, g_max_threads, kStackSize);
}

}  // namespace eddy
