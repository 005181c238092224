// eddy: build id and self-hosted cache (see self_hosted_cache.h).
#include "engine/self_hosted_cache.h"

#include <js/BuildId.h>
#include <js/Initialization.h>
#include <link.h>

#include <cstring>
#include <string>

namespace eddy {

namespace {

std::string& LibraryBuildId() {
  static std::string id;
  return id;
}

// Reads the GNU build-id note of libmozjs so that start-up data made against
// one engine build is never used with another.
int FindMozjsBuildId(struct dl_phdr_info* info, size_t, void*) {
  if (!info->dlpi_name || !std::strstr(info->dlpi_name, "libmozjs")) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      auto* nh = reinterpret_cast<const ElfW(Nhdr)*>(p);
      const char* name = p + sizeof(ElfW(Nhdr));
      const char* desc = name + ((nh->n_namesz + 3) & ~3u);
      if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 &&
          std::memcmp(name, "GNU", 4) == 0) {
        static const char kHex[] = "0123456789abcdef";
        for (unsigned k = 0; k < nh->n_descsz; k++) {
          unsigned char c = static_cast<unsigned char>(desc[k]);
          LibraryBuildId() += kHex[c >> 4];
          LibraryBuildId() += kHex[c & 15];
        }
        return 1;
      }
      p = desc + ((nh->n_descsz + 3) & ~3u);
    }
  }
  return 0;
}

bool BuildIdOp(JS::BuildIdCharVector* out) {
  std::string id = std::string("eddy-" EDDY_VERSION "-") + LibraryBuildId();
  return out->append(id.data(), id.size());
}

}  // namespace

void InstallBuildIdOp() {
  dl_iterate_phdr(FindMozjsBuildId, nullptr);
  JS::SetProcessBuildIdOp(BuildIdOp);
}

bool InitSelfHosted(JSContext* cx) {
  if (kSelfHostedCacheSize == 0) return JS::InitSelfHostedCode(cx);
  return JS::InitSelfHostedCode(
      cx, JS::SelfHostedCache(kSelfHostedCache, kSelfHostedCacheSize));
}

}  // namespace eddy
