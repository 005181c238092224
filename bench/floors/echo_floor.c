// The kernel's share of the net/echo workload: one thread, one loopback TCP
// connection, the client writing 256 MiB in 64 KiB writes and reading the
// echo back, the server echoing through one reused buffer of the given size
// (argument, KiB; default 64). No runtime work at all: the ceiling the
// workload can approach on this machine.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double NowMs(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char** argv) {
  const size_t rb = (argc > 1 ? (size_t)atoi(argv[1]) : 64) * 1024;
  const size_t total = (size_t)256 << 20, chunk = 64 * 1024;
  int ls = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(0x7f000001)};
  socklen_t len = sizeof a;
  if (bind(ls, (void*)&a, sizeof a) || listen(ls, 8) || getsockname(ls, (void*)&a, &len)) return 1;
  int c = socket(AF_INET, SOCK_STREAM, 0);
  if (connect(c, (void*)&a, sizeof a)) return 1;
  int s = accept(ls, 0, 0);
  fcntl(c, F_SETFL, O_NONBLOCK);
  fcntl(s, F_SETFL, O_NONBLOCK);
  int ep = epoll_create1(0);
  struct epoll_event e = {.events = EPOLLIN | EPOLLOUT | EPOLLET, .data.fd = c};
  epoll_ctl(ep, EPOLL_CTL_ADD, c, &e);
  e.data.fd = s;
  epoll_ctl(ep, EPOLL_CTL_ADD, s, &e);
  char* out = malloc(chunk);
  char* sbuf = malloc(rb);
  char* cbuf = malloc(rb);
  memset(out, 7, chunk);
  size_t sent = 0, got = 0, pending = 0, off = 0;
  double t0 = NowMs();
  while (got < total) {
    struct epoll_event ev[4];
    epoll_wait(ep, ev, 4, -1);
    // Server: flush what is pending, then read and echo until EAGAIN.
    for (;;) {
      if (pending > off) {
        ssize_t w = write(s, sbuf + off, pending - off);
        if (w <= 0) break;
        off += (size_t)w;
        if (off < pending) break;
      }
      pending = off = 0;
      ssize_t r = read(s, sbuf, rb);
      if (r <= 0) break;
      pending = (size_t)r;
    }
    // Client: take the echo, then write more.
    for (;;) {
      ssize_t r = read(c, cbuf, rb);
      if (r <= 0) break;
      got += (size_t)r;
    }
    while (sent < total) {
      ssize_t w = write(c, out, chunk);
      if (w <= 0) break;
      sent += (size_t)w;
    }
  }
  printf("C epoll echo, %zu KiB reused read buffer: %.0f MiB/s\n", rb / 1024,
         256 / ((NowMs() - t0) / 1e3));
  return 0;
}
