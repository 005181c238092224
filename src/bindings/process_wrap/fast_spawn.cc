// eddy: FastSpawn, posix_spawn plus a pidfd (see fast_spawn.h).
#include "bindings/process_wrap/fast_spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

extern char** environ;

namespace eddy::bindings::spawn {

namespace {

int PidfdOpen(pid_t pid) {
#ifdef SYS_pidfd_open
  return static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
#else
  errno = ENOSYS;
  return -1;
#endif
}

bool PidfdSupported() {
  static int supported = -1;
  if (supported < 0) {
    int fd = PidfdOpen(getpid());
    supported = fd >= 0 ? 1 : 0;
    if (fd >= 0) close(fd);
  }
  return supported == 1;
}

// The PATH the child's execvp would search: its own environment's.
const char* ChildPath(const SpawnOptions& o) {
  if (o.uv.env != nullptr) {
    for (char** e = o.uv.env; *e != nullptr; e++) {
      if (std::strncmp(*e, "PATH=", 5) == 0) return *e + 5;
    }
    return nullptr;
  }
  return getenv("PATH");
}

// execvp's search, done before the spawn: the first regular executable
// file; EACCES when only unusable candidates exist, else ENOENT.
int ResolveFile(const SpawnOptions& o, std::string* path) {
  const char* file = o.uv.file;
  if (*file == '\0') return UV_ENOENT;
  if (std::strchr(file, '/') != nullptr) {
    *path = file;
    return 0;
  }
  const char* search = ChildPath(o);
  if (search == nullptr) search = "/bin:/usr/bin";
  bool eacces = false;
  std::string candidate;
  const char* p = search;
  while (true) {
    const char* end = std::strchr(p, ':');
    size_t len = end ? static_cast<size_t>(end - p) : std::strlen(p);
    candidate.assign(p, len);
    if (candidate.empty()) candidate = ".";
    // A relative entry means the child's directory, which differs from ours
    // when cwd is given.
    if (candidate[0] != '/' && o.uv.cwd != nullptr) return kUseLibuv;
    candidate += '/';
    candidate += file;
    struct stat st;
    if (stat(candidate.c_str(), &st) == 0) {
      if (S_ISREG(st.st_mode) && access(candidate.c_str(), X_OK) == 0) {
        *path = candidate;
        return 0;
      }
      eacces = true;
    } else if (errno == EACCES) {
      eacces = true;
    }
    if (!end) break;
    p = end + 1;
  }
  return eacces ? UV_EACCES : UV_ENOENT;
}

struct Slot {
  int src = -1;          // what becomes the child's descriptor
  int parent_end = -1;   // our end of a socketpair
  int child_end = -1;    // the child's end, closed here after the spawn
  int temp = -1;         // a moved-up duplicate of src, closed after the spawn
  bool devnull = false;
};

void CloseChildSide(std::vector<Slot>* slots) {
  for (Slot& s : *slots) {
    if (s.child_end >= 0) close(s.child_end);
    if (s.temp >= 0) close(s.temp);
    s.child_end = s.temp = -1;
  }
}

void CloseParentSide(std::vector<Slot>* slots) {
  for (Slot& s : *slots) {
    if (s.parent_end >= 0) close(s.parent_end);
    s.parent_end = -1;
  }
}

void KillAndReap(pid_t pid) {
  kill(pid, SIGKILL);
  int status;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
}

}  // namespace

int FastSpawn(const SpawnOptions& o, FastChild* out) {
  if ((o.uv.flags & (UV_PROCESS_SETUID | UV_PROCESS_SETGID)) != 0) return kUseLibuv;
  if (!PidfdSupported()) return kUseLibuv;
  const int count = o.uv.stdio_count;
  for (int i = 0; i < count; i++) {
    const uv_stdio_container_t& c = o.uv.stdio[i];
    if ((c.flags & UV_CREATE_PIPE) &&
        (c.data.stream == nullptr || c.data.stream->type != UV_NAMED_PIPE)) {
      return kUseLibuv;
    }
  }
  std::string path;
  // As with libuv, a failed exec still opens the pipes (node reads EOF from
  // them): the error is returned at the end.
  int exec_err = ResolveFile(o, &path);
  if (exec_err == kUseLibuv) return kUseLibuv;
  int r;

  std::vector<Slot> slots(count);
  for (int i = 0; i < count; i++) {
    const uv_stdio_container_t& c = o.uv.stdio[i];
    Slot& s = slots[i];
    if (c.flags & UV_CREATE_PIPE) {
      int fds[2];
      if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        r = -errno;
        CloseChildSide(&slots);
        CloseParentSide(&slots);
        return r;
      }
      s.parent_end = fds[0];
      s.child_end = s.src = fds[1];
    } else if (c.flags & UV_INHERIT_FD) {
      s.src = c.data.fd;
    } else if (c.flags & UV_INHERIT_STREAM) {
      uv_os_fd_t fd = -1;
      if (uv_fileno(reinterpret_cast<const uv_handle_t*>(c.data.stream), &fd) != 0) {
        CloseChildSide(&slots);
        CloseParentSide(&slots);
        return UV_EINVAL;
      }
      s.src = fd;
    } else {
      // Ignored: /dev/null for 0-2, nothing above (as libuv).
      s.devnull = i < 3;
    }
  }
  // dup2 runs in order, so a source that is also an earlier target would be
  // overwritten before it is read: give such sources a number above them.
  for (int i = 0; i < count; i++) {
    Slot& s = slots[i];
    if (s.src >= 0 && s.src < count && s.src != i) {
      int t = fcntl(s.src, F_DUPFD_CLOEXEC, count);
      if (t < 0) {
        r = -errno;
        CloseChildSide(&slots);
        CloseParentSide(&slots);
        return r;
      }
      s.temp = s.src = t;
    }
  }
  // The child's stdio is blocking (libuv's child clears O_NONBLOCK after its
  // dup2; the file description is shared, so clearing it here is the same).
  for (int i = 0; i < count && i <= 2; i++) {
    Slot& s = slots[i];
    if (s.src >= 0 && s.child_end < 0) {
      int fl = fcntl(s.src, F_GETFL);
      if (fl >= 0 && (fl & O_NONBLOCK)) fcntl(s.src, F_SETFL, fl & ~O_NONBLOCK);
    }
  }

  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attr);
  bool ok = true;
  for (int i = 0; i < count && ok; i++) {
    const Slot& s = slots[i];
    if (s.devnull) {
      ok = posix_spawn_file_actions_addopen(&actions, i, "/dev/null",
                                            i == 0 ? O_RDONLY : O_RDWR, 0) == 0;
    } else if (s.src >= 0) {
      // dup2 onto itself clears close-on-exec (glibc >= 2.29).
      ok = posix_spawn_file_actions_adddup2(&actions, s.src, i) == 0;
    }
  }
  if (ok && o.uv.cwd != nullptr) {
    ok = posix_spawn_file_actions_addchdir_np(&actions, o.uv.cwd) == 0;
  }
  short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
  if (o.uv.flags & UV_PROCESS_DETACHED) flags |= POSIX_SPAWN_SETSID;
  sigset_t none, all;
  sigemptyset(&none);
  sigfillset(&all);
  ok = ok && posix_spawnattr_setsigmask(&attr, &none) == 0 &&
       posix_spawnattr_setsigdefault(&attr, &all) == 0 &&
       posix_spawnattr_setflags(&attr, flags) == 0;
  pid_t pid = -1;
  if (exec_err == 0) {
    int rc = ok ? posix_spawn(&pid, path.c_str(), &actions, &attr, o.uv.args,
                              o.uv.env != nullptr ? o.uv.env : environ)
                : ENOMEM;
    // A file without a #! line: execvp (libuv) runs it with /bin/sh.
    if (rc == ENOEXEC) exec_err = kUseLibuv;
    else if (rc != 0) exec_err = -rc;
  }
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  CloseChildSide(&slots);
  if (exec_err == kUseLibuv) {
    CloseParentSide(&slots);
    return kUseLibuv;
  }

  int pidfd = -1;
  if (exec_err == 0) {
    pidfd = PidfdOpen(pid);
    if (pidfd < 0) {
      r = -errno;
      KillAndReap(pid);
      CloseParentSide(&slots);
      return r;
    }
  }
  for (int i = 0; i < count; i++) {
    Slot& s = slots[i];
    if (s.parent_end < 0) continue;
    r = uv_pipe_open(reinterpret_cast<uv_pipe_t*>(o.uv.stdio[i].data.stream), s.parent_end);
    if (r != 0) {
      if (pidfd >= 0) {
        KillAndReap(pid);
        close(pidfd);
      }
      CloseParentSide(&slots);
      return exec_err != 0 ? exec_err : r;
    }
    s.parent_end = -1;  // the pipe handle owns it now
  }
  if (exec_err != 0) return exec_err;
  out->pid = pid;
  out->pidfd = pidfd;
  return 0;
}

bool ReapChild(pid_t pid, int64_t* exit_status, int* term_signal) {
  int status = 0;
  pid_t r;
  do {
    r = waitpid(pid, &status, WNOHANG);
  } while (r < 0 && errno == EINTR);
  if (r == 0) return false;
  *exit_status = 0;
  *term_signal = 0;
  if (r > 0) {
    if (WIFEXITED(status)) *exit_status = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) *term_signal = WTERMSIG(status);
  }
  return true;
}

int SignalChild(int pidfd, int signo) {
#ifdef SYS_pidfd_send_signal
  if (syscall(SYS_pidfd_send_signal, pidfd, signo, nullptr, 0) == 0) return 0;
  return -errno;
#else
  return UV_ENOSYS;
#endif
}

}  // namespace eddy::bindings::spawn
