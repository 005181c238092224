// eddy: engine start-up data. The self-hosted code cache (~280 KB) is captured
// at build time by eddy_gen_snapshot and embedded in the eddy binary; it cuts
// JS::InitSelfHostedCode from ~7 ms to under 1 ms. A build-id mismatch (Debian
// updated libmozjs under us) makes the engine fall back to parsing, silently.
#ifndef EDDY_ENGINE_SELF_HOSTED_CACHE_H_
#define EDDY_ENGINE_SELF_HOSTED_CACHE_H_

#include <jsapi.h>

#include <cstddef>
#include <cstdint>

namespace eddy {

// Provided by the generated gen/snapshot_data.cc (eddy) or by an empty
// definition (the generator and unit tests).
extern const uint8_t* const kSelfHostedCache;
extern const size_t kSelfHostedCacheSize;

// Precompiled lib/ modules (XDR-encoded stencils), index-aligned with
// kBuiltinSources; an entry with length 0 is compiled from source. The bytes
// live in one embedded blob, start-up modules first (tools/gen/gen_snapshot.cc).
struct BuiltinStencil {
  const uint8_t* data;
  size_t length;
};
extern const BuiltinStencil kBuiltinStencils[];
extern const size_t kBuiltinStencilCount;

// Installs the build-id op; call once before JS_Init.
void InstallBuildIdOp();
// JS::InitSelfHostedCode with the embedded cache when there is one.
[[nodiscard]] bool InitSelfHosted(JSContext* cx);

}  // namespace eddy

#endif  // EDDY_ENGINE_SELF_HOSTED_CACHE_H_
