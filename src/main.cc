// eddy: process entry. Parses the command line (no engine needed for
// --version, --help or a bad flag), starts the engine, runs the program and
// tears everything down. Mirrors node's src/node.cc Start().
#include <js/Initialization.h>
#include <jsapi.h>
#include <signal.h>
#include <uv.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "bindings/registry.h"
#include "cli/options.h"
#include "engine/helper_threads.h"
#include "engine/runtime.h"
#include "engine/self_hosted_cache.h"
#include "util/malloc_tuning.h"

int main(int argc, char** argv) {
  argv = uv_setup_args(argc, argv);
  eddy::cli::Options options;
  eddy::cli::ParseResult parsed = eddy::cli::ParseOptions(argc, argv, &options);
  if (!parsed.ok) {
    std::fputs(parsed.error.c_str(), stderr);
    return parsed.exit_code;
  }
  if (options.mode == eddy::cli::Mode::kVersion) {
    std::printf("v%s\n", EDDY_VERSION);
    return 0;
  }
  if (options.mode == eddy::cli::Mode::kHelp) {
    std::fputs(eddy::cli::HelpText(), stdout);
    return 0;
  }
  // Like node: a write to a closed pipe is an EPIPE error, not a signal.
  signal(SIGPIPE, SIG_IGN);
  eddy::TuneMalloc();

  eddy::InstallBuildIdOp();
  // JS_Init asks mozglue for the process creation time, which it computes by
  // starting a thread and comparing /proc stat times (~0.2 ms). With
  // MOZ_APP_RESTART set it takes its first timestamp instead; nothing in eddy
  // reads that time. The variable is removed again before any JS runs.
  bool restart_set = std::getenv("MOZ_APP_RESTART") != nullptr;
  if (!restart_set) setenv("MOZ_APP_RESTART", "1", 0);
  bool js_ok = JS_Init();
  if (!restart_set) unsetenv("MOZ_APP_RESTART");
  if (!js_ok) {
    std::fprintf(stderr, "eddy: JS_Init failed\n");
    return 1;
  }
  eddy::InstallHelperThreadPool();
  int code;
  {
    eddy::Runtime rt(std::move(options));
    if (!rt.Init()) return 1;
    eddy::bindings::CheckExtraCACertsAtStartup();
    code = rt.Run();
    // Every handle is closed and the loop must close cleanly. Destroying the
    // engine itself (finalizers, freeing the heap) only matters to leak
    // checkers, so release builds exit here unless EDDY_FULL_TEARDOWN is set.
    int rc = rt.CloseLoop();
    if (rc != 0) {
      std::fprintf(stderr, "eddy: event loop did not close cleanly (%s)\n",
                   uv_err_name(rc));
      if (code == 0) code = 1;
    }
#ifndef EDDY_ALWAYS_FULL_TEARDOWN
    if (!std::getenv("EDDY_FULL_TEARDOWN")) {
      std::fflush(stdout);
      std::fflush(stderr);
      _exit(code);
    }
#endif
    eddy::bindings::crypto::JoinWarmUp();
    rt.Teardown();
  }
  JS_ShutDown();
  return code;
}
