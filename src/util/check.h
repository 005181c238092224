// eddy: CHECK macros for invariants. A failed CHECK is a bug in eddy, never a
// reaction to user input: it prints the condition and aborts.
#ifndef EDDY_UTIL_CHECK_H_
#define EDDY_UTIL_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define EDDY_CHECK(cond)                                                     \
  do {                                                                       \
    if (!(cond)) {                                                           \
      std::fprintf(stderr, "eddy: %s:%d: CHECK failed: %s\n", __FILE__,      \
                   __LINE__, #cond);                                         \
      std::abort();                                                          \
    }                                                                        \
  } while (0)

#define EDDY_CHECK_EQ(a, b) EDDY_CHECK((a) == (b))
#define EDDY_UNREACHABLE() EDDY_CHECK(!"unreachable")

#endif  // EDDY_UTIL_CHECK_H_
