// eddy: empty start-up data for the snapshot generator and the unit tests.
#include "engine/self_hosted_cache.h"

namespace eddy {
const uint8_t* const kSelfHostedCache = nullptr;
const size_t kSelfHostedCacheSize = 0;
const BuiltinStencil kBuiltinStencils[] = {{nullptr, 0}};
const size_t kBuiltinStencilCount = 0;
}  // namespace eddy
