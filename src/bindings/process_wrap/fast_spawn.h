// eddy: starting a child without fork(). uv_spawn forks, and fork copies the
// parent's page tables, which costs more than the child's whole run for a
// short command. FastSpawn uses posix_spawn (glibc runs it as a vfork: the
// child borrows the parent's memory until it execs) and a pidfd to learn of
// the child's exit, and does what libuv's child set-up does: stdio from
// socketpairs, inherited descriptors or /dev/null, blocking stdio, default
// signal dispositions and an empty signal mask, cwd, setsid, and the PATH
// search in the child's environment.
#ifndef EDDY_BINDINGS_PROCESS_WRAP_FAST_SPAWN_H_
#define EDDY_BINDINGS_PROCESS_WRAP_FAST_SPAWN_H_

#include <sys/types.h>
#include <uv.h>

#include "bindings/process_wrap/spawn_options.h"

namespace eddy::bindings::spawn {

// FastSpawn's answer when the options need libuv (uid/gid, a script without
// a #! line, streams that are not pipes, a kernel without pidfds).
constexpr int kUseLibuv = 1;

struct FastChild {
  pid_t pid = -1;
  int pidfd = -1;
};

// Starts the child. Returns 0 (child running; its UV_CREATE_PIPE streams are
// open, the pidfd turns readable once it exits), a negative libuv errno (no
// child; when the exec itself failed the pipes are open anyway, at EOF, as
// libuv leaves them for node), or kUseLibuv (nothing done).
int FastSpawn(const SpawnOptions& options, FastChild* out);

// Reaps the exited child `pid`: fills libuv's exit status and signal
// numbers; false while it still runs.
bool ReapChild(pid_t pid, int64_t* exit_status, int* term_signal);

// kill() through the pidfd; a negative errno on failure.
int SignalChild(int pidfd, int signo);

}  // namespace eddy::bindings::spawn

#endif  // EDDY_BINDINGS_PROCESS_WRAP_FAST_SPAWN_H_
