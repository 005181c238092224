// eddy: the short path for the common digests (MD5, SHA-1, SHA-2) and
// their HMACs. OpenSSL 3's EVP layer costs about a microsecond per digest
// (provider dispatch, context allocation, locks) on top of the compression
// function itself, which dominates hashing of short strings, the common
// case. For these digests the binding calls OpenSSL's own low-level
// implementations (the same assembly the provider uses), which give
// identical results.
//
// The short path is used only while it cannot change behaviour: not in FIPS
// mode and not after setEngine() took over digests; every other digest, and
// every digest then, goes through EVP.
#ifndef EDDY_BINDINGS_CRYPTO_FAST_DIGEST_H_
#define EDDY_BINDINGS_CRYPTO_FAST_DIGEST_H_

#include "bindings/crypto/crypto_util.h"  // first: sets OpenSSL's API level

#include <openssl/md5.h>
#include <openssl/sha.h>

#include <cstddef>
#include <cstdint>

namespace eddy::bindings::crypto {

enum class FastKind : uint8_t { kNone, kMd5, kSha1, kSha224, kSha256, kSha384, kSha512 };

union FastCtx {
  MD5_CTX md5;
  SHA_CTX sha1;
  SHA256_CTX sha256;
  SHA512_CTX sha512;
};

// The short-path kind of an EVP digest (kNone: use EVP).
FastKind FastKindOf(const EVP_MD* md);
// Whether the short path may be used now (no FIPS, no digest engine).
bool FastPathEnabled();
// Called by setFips/setEngine.
void UpdateFastPath(bool engine_took_digests);

size_t FastSize(FastKind k);
size_t FastBlockSize(FastKind k);
void FastInit(FastKind k, FastCtx* c);
void FastUpdate(FastKind k, FastCtx* c, const void* p, size_t n);
void FastFinal(FastKind k, FastCtx* c, uint8_t* out);

// An HMAC key schedule: the digest states after the inner and outer padded
// key blocks. MAC(m) = H(outer || H(inner || m)) starts from copies.
struct FastHmacKey {
  FastKind kind = FastKind::kNone;
  FastCtx inner;
  FastCtx outer;
  void Set(FastKind k, const uint8_t* key, size_t n);
  void Wipe();
};

// Finishes an inner state (already fed the message) into the MAC.
void FastHmacFinal(const FastHmacKey& key, FastCtx* inner, uint8_t* out);

}  // namespace eddy::bindings::crypto

#endif  // EDDY_BINDINGS_CRYPTO_FAST_DIGEST_H_
