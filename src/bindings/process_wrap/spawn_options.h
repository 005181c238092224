// eddy: the options both child-process bindings share (process_wrap's
// Process.spawn and spawn_sync's spawn): file, args, cwd, envPairs, uid, gid,
// detached, turned into a uv_process_options_t whose strings this struct owns.
// lib/ validates the user's options; what arrives here is node's internal
// shape (lib/internal/child_process.js builds it).
#ifndef EDDY_BINDINGS_PROCESS_WRAP_SPAWN_OPTIONS_H_
#define EDDY_BINDINGS_PROCESS_WRAP_SPAWN_OPTIONS_H_

#include <jsapi.h>
#include <uv.h>

#include <string>
#include <vector>

namespace eddy::bindings::spawn {

struct SpawnOptions {
  SpawnOptions() = default;
  SpawnOptions(const SpawnOptions&) = delete;
  SpawnOptions& operator=(const SpawnOptions&) = delete;

  std::string file;
  // NUL-separated strings and the pointer arrays (NULL-terminated) into them.
  std::string args_blob;
  std::vector<char*> args;
  std::string cwd;
  std::string env_blob;
  std::vector<char*> env;
  std::vector<uv_stdio_container_t> stdio;
  uv_process_options_t uv{};
};

// Reads file, args, cwd, envPairs (undefined: the parent's environment as
// is), uid, gid, detached and windowsHide from `options` into `out->uv`
// (stdio is the caller's). Returns false with an exception pending; a shape
// no libuv call could take sets *err to UV_EINVAL.
[[nodiscard]] bool ParseCommonOptions(JSContext* cx, JS::HandleObject options,
                                      SpawnOptions* out, int* err);

// Points out->uv.stdio at out->stdio.
void FinishStdio(SpawnOptions* out);

// Node's signal names ("SIGTERM"); "" for 0 and numbers without a name.
const char* SignalName(int signo);

}  // namespace eddy::bindings::spawn

#endif  // EDDY_BINDINGS_PROCESS_WRAP_SPAWN_OPTIONS_H_
