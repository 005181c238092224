// eddy: the compression engines behind the `zlib` binding (node's
// src/node_zlib.cc contexts): zlib deflate/inflate in node's seven modes and
// brotli encode/decode, plus the loop that drives one write through them.
// Nothing here touches JSAPI, so a write runs on libuv's thread pool as well
// as inline.
//
// A write follows node's contract: output is cut into pieces of at most
// `chunk_size` bytes (the first piece has `first_cap` bytes of room, what was
// left of node's output buffer); whenever a piece fills up the engine is
// called again with a fresh piece, until it leaves room (input used up, or
// the stream ended). The pieces are laid out back to back in one malloc'ed
// block that becomes an ArrayBuffer without a copy; lib/zlib.js cuts it into
// Buffers at piece boundaries.
#ifndef EDDY_BINDINGS_ZLIB_ENGINE_H_
#define EDDY_BINDINGS_ZLIB_ENGINE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace eddy::bindings::zlib {

// node's node_zlib_mode values (exported as constants DEFLATE...BROTLI_ENCODE).
enum Mode : int {
  kNone = 0,
  kDeflate = 1,
  kInflate = 2,
  kGzip = 3,
  kGunzip = 4,
  kDeflateRaw = 5,
  kInflateRaw = 6,
  kUnzip = 7,
  kBrotliDecode = 8,
  kBrotliEncode = 9,
};

// A failure as lib/ reports it: `new Error(message)` with `errno` and `code`.
struct ErrorInfo {
  std::string message;  // empty: no error
  std::string code;
  int err = 0;
  bool failed() const { return !message.empty(); }
  void Set(const char* msg, std::string c, int e) {
    message = msg;
    code = std::move(c);
    err = e;
  }
};

// The step interface every engine implements. An engine is used by one
// thread at a time (the binding never lets two writes overlap).
class Engine {
 public:
  virtual ~Engine() = default;

  // One library call over the input and output windows, which it advances.
  // `out_room` is never 0. Returns false with `error` set on failure (node's
  // per-call error check included, e.g. "unexpected end of file").
  virtual bool Step(int flush, const uint8_t** in, size_t* in_len, uint8_t** out,
                    size_t* out_room, ErrorInfo* error) = 0;
  // Back to the state after init (keeps options and dictionary).
  virtual bool Reset(ErrorInfo* error) = 0;
  // zlib's deflateParams; a no-op for the other engines, as in node.
  virtual bool SetParams(int level, int strategy, ErrorInfo* error) { return true; }
  // A first guess at the output size of `in_len` input bytes.
  virtual size_t OutputGuess(size_t in_len) const = 0;
  // Rough bytes of native memory the engine holds (for GC accounting).
  virtual size_t MemorySize() const = 0;
};

// zlib in mode kDeflate..kUnzip. Initializes lazily on first use, like node,
// so streams that never see data cost no zlib memory.
std::unique_ptr<Engine> NewZlibEngine(Mode mode, int window_bits, int level,
                                      int mem_level, int strategy,
                                      std::vector<uint8_t> dictionary);
// Brotli encoder/decoder; `params` holds (id, value) pairs. Null when the
// library refuses the instance or a parameter (node's "Initialization
// failed").
std::unique_ptr<Engine> NewBrotliEngine(Mode mode,
                                        const std::vector<std::pair<int, uint32_t>>& params);

// Output memory: allocated from the engine's ArrayBuffer arena so the block
// can become an ArrayBuffer's contents.
struct OutputBlock {
  uint8_t* data = nullptr;
  size_t size = 0;
  size_t cap = 0;
  OutputBlock() = default;
  OutputBlock(const OutputBlock&) = delete;
  OutputBlock& operator=(const OutputBlock&) = delete;
  ~OutputBlock() { Free(); }
  void Free();
  bool Reserve(size_t want);
  // Gives the memory away (shrunk to `size`); the block is empty after.
  uint8_t* Release();
};

struct WriteResult {
  size_t avail_in = 0;  // input bytes not consumed
  bool full = false;    // stopped at `budget` with the last piece full
  bool too_large = false;  // output passed `max_output`
  ErrorInfo error;
};

// Drives `engine` over [in, in + in_len) as described in the header comment.
// budget > 0: stop after a full piece once `out` holds that many bytes (the
// caller writes again). max_output > 0: stop with too_large as soon as more
// than that many bytes were produced.
void Drive(Engine* engine, int flush, const uint8_t* in, size_t in_len,
           size_t first_cap, size_t chunk_size, size_t budget, size_t max_output,
           OutputBlock* out, WriteResult* result);

}  // namespace eddy::bindings::zlib

#endif  // EDDY_BINDINGS_ZLIB_ENGINE_H_
