// The system-call floor under fs.statSync / fs.existsSync: the same calls the
// bench's fs/stat workload makes (a file that exists and one that does not,
// in a directory under TMPDIR), made straight from C. No runtime can answer
// faster than the kernel does.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double NowNs(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(void) {
  const char* tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
  char dir[4096], file[4200], missing[4200];
  snprintf(dir, sizeof dir, "%s/eddy-floor-stat-XXXXXX", tmp);
  if (!mkdtemp(dir)) return 1;
  snprintf(file, sizeof file, "%s/file-1.txt", dir);
  snprintf(missing, sizeof missing, "%s/missing-1.txt", dir);
  int fd = open(file, O_WRONLY | O_CREAT, 0644);
  if (fd < 0 || write(fd, "yy", 2) != 2) return 1;
  close(fd);
  const int n = 200000;
  struct stat st;
  double best_stat = 1e18, best_access = 1e18;
  for (int round = 0; round < 5; round++) {
    double t = NowNs();
    for (int i = 0; i < n; i++) stat(file, &st);
    t = (NowNs() - t) / n;
    if (t < best_stat) best_stat = t;
    t = NowNs();
    for (int i = 0; i < n; i++) access(i & 1 ? missing : file, F_OK);
    t = (NowNs() - t) / n;
    if (t < best_access) best_access = t;
  }
  printf("stat(2) of a file: %.0f ns a call (%.0f calls/s)\n", best_stat, 1e9 / best_stat);
  printf("access(2), present/missing alternating: %.0f ns a call (%.0f calls/s)\n",
         best_access, 1e9 / best_access);
  unlink(file);
  rmdir(dir);
  return 0;
}
