#include "util/malloc_tuning.h"

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace eddy {

// SpiderMonkey frees ArrayBuffer contents only in major collections, so a
// program churning through Buffers frees many megabytes at once, and
// glibc's defaults then hand the top of the heap back to the kernel (its
// trim threshold follows the largest mmapped block freed: 2 MiB after a
// 1 MiB Buffer). The next Buffers fault those pages in again, one page
// fault and a zeroed page per 4 KiB (~2 us each on this VM), which cost
// more than decoding that page's worth of base64. A 64 MiB trim threshold
// keeps the freed heap for reuse: 1 MiB base64/hex/utf8 encodes and
// decodes run 1.4-2.5x faster. Setting it turns off glibc's sliding mmap
// threshold, so that is fixed at the sliding one's own ceiling (32 MiB).
// A GLIBC_TUNABLES setting of the user's wins.
void TuneMalloc() {
#if defined(__GLIBC__)
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  if (tunables && std::strstr(tunables, "glibc.malloc.")) return;
  mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMmapThresholdBytes));
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

}  // namespace eddy
