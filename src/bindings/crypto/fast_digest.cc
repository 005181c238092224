// eddy: the short path for common digests and HMACs (see fast_digest.h).
#include "bindings/crypto/fast_digest.h"

#include <openssl/crypto.h>
#include <openssl/objects.h>

#include <atomic>
#include <cstring>

namespace eddy::bindings::crypto {

namespace {

// 1 fast path on, 0 off, -1 not decided yet: the FIPS check loads and
// configures libcrypto, so it waits for the first digest rather than
// require('crypto').
std::atomic<int> g_fast_state{-1};
std::atomic<bool> g_engine_digests{false};

int ComputeFastState() {
  bool fips = EVP_default_properties_is_fips_enabled(nullptr) != 0;
  return !fips && !g_engine_digests.load() ? 1 : 0;
}

}  // namespace

FastKind FastKindOf(const EVP_MD* md) {
  if (!md) return FastKind::kNone;
  switch (EVP_MD_get_type(md)) {
    case NID_md5: return FastKind::kMd5;
    case NID_sha1: return FastKind::kSha1;
    case NID_sha224: return FastKind::kSha224;
    case NID_sha256: return FastKind::kSha256;
    case NID_sha384: return FastKind::kSha384;
    case NID_sha512: return FastKind::kSha512;
    default: return FastKind::kNone;
  }
}

bool FastPathEnabled() {
  int state = g_fast_state.load(std::memory_order_relaxed);
  if (state >= 0) return state == 1;
  // First use (possibly on a pool thread): never overwrite a state that
  // UpdateFastPath stored meanwhile.
  int computed = ComputeFastState();
  if (!g_fast_state.compare_exchange_strong(state, computed)) return state == 1;
  return computed == 1;
}

void UpdateFastPath(bool engine_took_digests) {
  if (engine_took_digests) g_engine_digests.store(true);
  g_fast_state.store(ComputeFastState());
}

size_t FastSize(FastKind k) {
  switch (k) {
    case FastKind::kMd5: return MD5_DIGEST_LENGTH;
    case FastKind::kSha1: return SHA_DIGEST_LENGTH;
    case FastKind::kSha224: return SHA224_DIGEST_LENGTH;
    case FastKind::kSha256: return SHA256_DIGEST_LENGTH;
    case FastKind::kSha384: return SHA384_DIGEST_LENGTH;
    case FastKind::kSha512: return SHA512_DIGEST_LENGTH;
    default: return 0;
  }
}

size_t FastBlockSize(FastKind k) {
  switch (k) {
    case FastKind::kMd5: return MD5_CBLOCK;
    case FastKind::kSha1: return SHA_CBLOCK;
    case FastKind::kSha224:
    case FastKind::kSha256: return SHA256_CBLOCK;
    case FastKind::kSha384:
    case FastKind::kSha512: return SHA512_CBLOCK;
    default: return 0;
  }
}

void FastInit(FastKind k, FastCtx* c) {
  switch (k) {
    case FastKind::kMd5: MD5_Init(&c->md5); break;
    case FastKind::kSha1: SHA1_Init(&c->sha1); break;
    case FastKind::kSha224: SHA224_Init(&c->sha256); break;
    case FastKind::kSha256: SHA256_Init(&c->sha256); break;
    case FastKind::kSha384: SHA384_Init(&c->sha512); break;
    case FastKind::kSha512: SHA512_Init(&c->sha512); break;
    default: break;
  }
}

void FastUpdate(FastKind k, FastCtx* c, const void* p, size_t n) {
  switch (k) {
    case FastKind::kMd5: MD5_Update(&c->md5, p, n); break;
    case FastKind::kSha1: SHA1_Update(&c->sha1, p, n); break;
    case FastKind::kSha224: SHA224_Update(&c->sha256, p, n); break;
    case FastKind::kSha256: SHA256_Update(&c->sha256, p, n); break;
    case FastKind::kSha384: SHA384_Update(&c->sha512, p, n); break;
    case FastKind::kSha512: SHA512_Update(&c->sha512, p, n); break;
    default: break;
  }
}

void FastFinal(FastKind k, FastCtx* c, uint8_t* out) {
  switch (k) {
    case FastKind::kMd5: MD5_Final(out, &c->md5); break;
    case FastKind::kSha1: SHA1_Final(out, &c->sha1); break;
    case FastKind::kSha224: SHA224_Final(out, &c->sha256); break;
    case FastKind::kSha256: SHA256_Final(out, &c->sha256); break;
    case FastKind::kSha384: SHA384_Final(out, &c->sha512); break;
    case FastKind::kSha512: SHA512_Final(out, &c->sha512); break;
    default: break;
  }
}

void FastHmacKey::Set(FastKind k, const uint8_t* key, size_t n) {
  kind = k;
  size_t block = FastBlockSize(k);
  uint8_t pad[SHA512_CBLOCK];
  memset(pad, 0, sizeof(pad));
  if (n > block) {
    // Keys longer than a block are hashed first (RFC 2104).
    FastCtx c;
    FastInit(k, &c);
    FastUpdate(k, &c, key, n);
    FastFinal(k, &c, pad);
    OPENSSL_cleanse(&c, sizeof(c));
  } else if (n > 0) {
    memcpy(pad, key, n);
  }
  for (size_t i = 0; i < block; i++) pad[i] ^= 0x36;
  FastInit(k, &inner);
  FastUpdate(k, &inner, pad, block);
  for (size_t i = 0; i < block; i++) pad[i] ^= 0x36 ^ 0x5c;
  FastInit(k, &outer);
  FastUpdate(k, &outer, pad, block);
  OPENSSL_cleanse(pad, sizeof(pad));
}

void FastHmacKey::Wipe() {
  OPENSSL_cleanse(&inner, sizeof(inner));
  OPENSSL_cleanse(&outer, sizeof(outer));
  kind = FastKind::kNone;
}

void FastHmacFinal(const FastHmacKey& key, FastCtx* inner, uint8_t* out) {
  uint8_t ih[SHA512_DIGEST_LENGTH];
  FastFinal(key.kind, inner, ih);
  FastCtx outer = key.outer;
  FastUpdate(key.kind, &outer, ih, FastSize(key.kind));
  FastFinal(key.kind, &outer, out);
  OPENSSL_cleanse(&outer, sizeof(outer));
  OPENSSL_cleanse(ih, sizeof(ih));
}

}  // namespace eddy::bindings::crypto
