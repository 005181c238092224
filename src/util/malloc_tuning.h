// How eddy sets up glibc's allocator for Buffer-heavy programs.
#ifndef EDDY_UTIL_MALLOC_TUNING_H_
#define EDDY_UTIL_MALLOC_TUNING_H_

#include <cstddef>

namespace eddy {

// Blocks at least this large come straight from mmap (and go back with
// munmap when freed), so their pages are always fresh; smaller blocks come
// from the heap and are usually pages already in use.
constexpr size_t kMmapThresholdBytes = size_t{32} << 20;

// Called once at start-up, before any thread starts. See the .cc file.
void TuneMalloc();

}  // namespace eddy

#endif  // EDDY_UTIL_MALLOC_TUNING_H_
