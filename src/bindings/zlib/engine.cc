// eddy: zlib and brotli engines and the write driver (see engine.h).
#include "bindings/zlib/engine.h"

#include "bindings/zlib/parallel_deflate.h"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <js/Utility.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace eddy::bindings::zlib {

namespace {

// zlib counts in uInt; larger windows are fed in slices.
constexpr size_t kMaxZlibSlice = size_t{1} << 30;

const char* ZlibCodeName(int err) {
  switch (err) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN_ERROR";
  }
}

// --- zlib ----------------------------------------------------------------

class ZlibEngine final : public Engine {
 public:
  ZlibEngine(Mode mode, int window_bits, int level, int mem_level, int strategy,
             std::vector<uint8_t> dictionary)
      : mode_(mode),
        window_bits_(window_bits),
        level_(level),
        mem_level_(mem_level),
        strategy_(strategy),
        dictionary_(std::move(dictionary)) {}

  ~ZlibEngine() override { End(); }

  bool Step(int flush, const uint8_t** in, size_t* in_len, uint8_t** out,
            size_t* out_room, ErrorInfo* error) override {
    // A deflate stream whose first write is big enough to split runs on
    // ParallelDeflate; all others are plain zlib (and byte-identical to it).
    if (!initialized_ && CanRunParallel(flush, *in_len)) {
      initialized_ = true;
      par_ = std::make_unique<ParallelDeflate>(
          mode_ == kGzip ? 2 : mode_ == kDeflate ? 1 : 0, level_, mem_level_, strategy_);
      err_ = par_->Init();
      if (err_ != Z_OK) {
        par_.reset();
        mode_ = kNone;
        error->Set("Init error", ZlibCodeName(err_), err_);
        return false;
      }
    }
    if (par_) {
      flush_ = flush;
      err_ = par_->Deflate(flush, in, in_len, out, out_room);
      return CheckError(*out_room, error);
    }
    if (!EnsureInit(error)) return false;
    flush_ = flush;
    size_t in_given = std::min(*in_len, kMaxZlibSlice);
    size_t out_given = std::min(*out_room, kMaxZlibSlice);
    strm_.next_in = const_cast<Bytef*>(*in);
    strm_.avail_in = static_cast<uInt>(in_given);
    strm_.next_out = *out;
    strm_.avail_out = static_cast<uInt>(out_given);

    switch (mode_) {
      case kDeflate:
      case kGzip:
      case kDeflateRaw:
        err_ = deflate(&strm_, flush);
        break;
      case kUnzip:
        SniffGzipMagic();
        [[fallthrough]];
      case kInflate:
      case kGunzip:
      case kInflateRaw:
        Inflate(flush);
        break;
      default:
        error->Set("Zlib error", "Z_STREAM_ERROR", Z_STREAM_ERROR);
        return false;
    }

    size_t used_in = in_given - strm_.avail_in;
    size_t used_out = out_given - strm_.avail_out;
    *in += used_in;
    *in_len -= used_in;
    *out += used_out;
    *out_room -= used_out;
    return CheckError(strm_.avail_out, error);
  }

  bool Reset(ErrorInfo* error) override {
    if (par_) {
      err_ = par_->Reset();
      if (err_ != Z_OK) return Fail("Failed to reset stream", error);
      return true;
    }
    if (!initialized_) return EnsureInit(error);
    err_ = Z_OK;
    switch (mode_) {
      case kDeflate:
      case kDeflateRaw:
      case kGzip:
        err_ = deflateReset(&strm_);
        break;
      case kInflate:
      case kInflateRaw:
      case kGunzip:
        err_ = inflateReset(&strm_);
        break;
      default:
        break;
    }
    if (err_ != Z_OK) return Fail("Failed to reset stream", error);
    return SetDictionary(error);
  }

  bool SetParams(int level, int strategy, ErrorInfo* error) override {
    // Only zlib and raw deflate streams take new parameters (gzip ignores
    // them, as in node).
    if (mode_ != kDeflate && mode_ != kDeflateRaw) return true;
    if (par_) {
      err_ = par_->Params(level, strategy);
      if (err_ != Z_OK && err_ != Z_BUF_ERROR) {
        return Fail("Failed to set parameters", error);
      }
      return true;
    }
    if (!initialized_) {
      // Not started yet: the first use initializes with these values.
      level_ = level;
      strategy_ = strategy;
      return true;
    }
    // deflateParams may run deflate(Z_BLOCK) with no room, which only wants
    // valid pointers.
    static Bytef dummy;
    strm_.next_in = &dummy;
    strm_.avail_in = 0;
    strm_.next_out = &dummy;
    strm_.avail_out = 0;
    err_ = deflateParams(&strm_, level, strategy);
    if (err_ != Z_OK && err_ != Z_BUF_ERROR) {
      return Fail("Failed to set parameters", error);
    }
    return true;
  }

  size_t OutputGuess(size_t in_len) const override {
    bool compress = mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw;
    return compress ? in_len / 2 + 1024 : in_len * 4 + 4096;
  }

  size_t MemorySize() const override {
    bool compress = mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw;
    // deflate: window, prev and head tables, pending buffer; inflate: window.
    if (par_) return par_->MemorySize();
    return compress ? (size_t{1} << (mem_level_ + 9)) * 4 + (size_t{4} << 15)
                    : (size_t{1} << 15) + 8192;
  }

 private:
  bool CanRunParallel(int flush, size_t in_len) const {
    return (mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw) &&
           window_bits_ == 15 && dictionary_.empty() && level_ != 0 &&
           // Huffman-only, RLE and fixed codes are cheap already, and their
           // output is the same in every zlib; keep it that way.
           (strategy_ == Z_DEFAULT_STRATEGY || strategy_ == Z_FILTERED) &&
           ParallelDeflate::Splittable(flush, in_len);
  }

  void Inflate(int flush) {
    err_ = inflate(&strm_, flush);
    // A zlib stream made with a dictionary asks for it once: load it and go
    // on (raw streams got theirs at init).
    if (mode_ != kInflateRaw && err_ == Z_NEED_DICT && !dictionary_.empty()) {
      err_ = inflateSetDictionary(&strm_, dictionary_.data(),
                                  static_cast<uInt>(dictionary_.size()));
      if (err_ == Z_OK) {
        err_ = inflate(&strm_, flush);
      } else if (err_ == Z_DATA_ERROR) {
        // The dictionary's checksum did not match: report "Bad dictionary".
        err_ = Z_NEED_DICT;
      }
    }
    // Gunzip reads concatenated members; trailing zero bytes are padding and
    // end the stream quietly. Anything else must be another gzip header.
    while (strm_.avail_in > 0 && mode_ == kGunzip && err_ == Z_STREAM_END &&
           strm_.next_in[0] != 0) {
      err_ = inflateReset(&strm_);
      if (err_ != Z_OK) return;
      err_ = inflate(&strm_, flush);
    }
  }

  // Unzip decides between gzip and zlib framing on the first two bytes,
  // which may arrive in different writes. Only gzip input gets the
  // multi-member behaviour.
  void SniffGzipMagic() {
    const uint8_t* p = strm_.avail_in > 0 ? strm_.next_in : nullptr;
    size_t left = strm_.avail_in;
    if (!p) return;
    if (gzip_id_bytes_read_ == 0) {
      if (p[0] != 0x1f) {
        mode_ = kInflate;
        return;
      }
      gzip_id_bytes_read_ = 1;
      p++;
      if (--left == 0) return;
    }
    if (gzip_id_bytes_read_ == 1) {
      if (p[0] == 0x8b) {
        gzip_id_bytes_read_ = 2;
        mode_ = kGunzip;
      } else {
        mode_ = kInflate;
      }
    }
  }

  // `room_left`: output room the call left unused.
  bool CheckError(size_t room_left, ErrorInfo* error) {
    switch (err_) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (room_left != 0 && flush_ == Z_FINISH) {
          return Fail("unexpected end of file", error);
        }
        return true;
      case Z_STREAM_END:
        return true;
      case Z_NEED_DICT:
        return Fail(dictionary_.empty() ? "Missing dictionary" : "Bad dictionary", error);
      default:
        return Fail("Zlib error", error);
    }
  }

  // zlib's own message wins over ours when it has one, as in node.
  bool Fail(const char* message, ErrorInfo* error) {
    const char* msg = par_ ? par_->msg() : strm_.msg;
    error->Set(msg ? msg : message, ZlibCodeName(err_), err_);
    return false;
  }

  bool EnsureInit(ErrorInfo* error) {
    if (initialized_) {
      if (mode_ != kNone) return true;
      error->Set("Init error", "Z_STREAM_ERROR", Z_STREAM_ERROR);
      return false;
    }
    initialized_ = true;
    int wb = window_bits_;
    if (mode_ == kGzip || mode_ == kGunzip) wb += 16;
    if (mode_ == kUnzip) wb += 32;
    if (mode_ == kDeflateRaw || mode_ == kInflateRaw) wb = -wb;
    std::memset(&strm_, 0, sizeof(strm_));
    switch (mode_) {
      case kDeflate:
      case kGzip:
      case kDeflateRaw:
        err_ = deflateInit2(&strm_, level_, Z_DEFLATED, wb, mem_level_, strategy_);
        deflate_ = true;
        break;
      case kInflate:
      case kGunzip:
      case kInflateRaw:
      case kUnzip:
        err_ = inflateInit2(&strm_, wb);
        inflate_ = true;
        break;
      default:
        err_ = Z_STREAM_ERROR;
        break;
    }
    if (err_ != Z_OK) {
      deflate_ = inflate_ = false;
      dictionary_.clear();
      mode_ = kNone;
      error->Set("Init error", ZlibCodeName(err_), err_);
      return false;
    }
    return SetDictionary(error);
  }

  bool SetDictionary(ErrorInfo* error) {
    if (dictionary_.empty()) return true;
    err_ = Z_OK;
    switch (mode_) {
      case kDeflate:
      case kDeflateRaw:
        err_ = deflateSetDictionary(&strm_, dictionary_.data(),
                                    static_cast<uInt>(dictionary_.size()));
        break;
      case kInflateRaw:
        err_ = inflateSetDictionary(&strm_, dictionary_.data(),
                                    static_cast<uInt>(dictionary_.size()));
        break;
      default:
        break;
    }
    if (err_ != Z_OK) return Fail("Failed to set dictionary", error);
    return true;
  }

  void End() {
    par_.reset();
    if (deflate_) deflateEnd(&strm_);
    if (inflate_) inflateEnd(&strm_);
    deflate_ = inflate_ = false;
  }

  Mode mode_;
  int window_bits_;
  int level_;
  int mem_level_;
  int strategy_;
  std::vector<uint8_t> dictionary_;
  z_stream strm_;
  bool initialized_ = false;
  bool deflate_ = false;
  bool inflate_ = false;
  int err_ = Z_OK;
  int flush_ = Z_NO_FLUSH;
  int gzip_id_bytes_read_ = 0;
  std::unique_ptr<ParallelDeflate> par_;
};

// --- brotli ----------------------------------------------------------------

// The name node gives a decoder error code: the enum name without its
// BROTLI_DECODER prefix ("_ERROR_FORMAT_PADDING_1"), whatever the library
// version's own BrotliDecoderErrorString says.
const char* BrotliErrorName(BrotliDecoderErrorCode code) {
  switch (static_cast<int>(code)) {
#define EDDY_BROTLI_ERROR_NAME(PREFIX, NAME, CODE) \
  case CODE:                                      \
    return #PREFIX #NAME;
    BROTLI_DECODER_ERROR_CODES_LIST(EDDY_BROTLI_ERROR_NAME, )
#undef EDDY_BROTLI_ERROR_NAME
    default:
      return "_ERROR_UNREACHABLE";
  }
}

class BrotliEncoderEngine final : public Engine {
 public:
  explicit BrotliEncoderEngine(std::vector<std::pair<int, uint32_t>> params)
      : params_(std::move(params)) {}
  ~BrotliEncoderEngine() override {
    if (state_) BrotliEncoderDestroyInstance(state_);
  }

  bool Init() {
    state_ = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state_) return false;
    for (const auto& p : params_) {
      if (!BrotliEncoderSetParameter(state_, static_cast<BrotliEncoderParameter>(p.first),
                                     p.second)) {
        return false;
      }
    }
    return true;
  }

  bool Step(int flush, const uint8_t** in, size_t* in_len, uint8_t** out,
            size_t* out_room, ErrorInfo* error) override {
    if (!state_ ||
        !BrotliEncoderCompressStream(state_, static_cast<BrotliEncoderOperation>(flush),
                                     in_len, in, out_room, out, nullptr)) {
      error->Set("Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1);
      return false;
    }
    return true;
  }

  bool Reset(ErrorInfo* error) override {
    if (state_) BrotliEncoderDestroyInstance(state_);
    state_ = nullptr;
    if (!Init()) {
      error->Set("Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
      return false;
    }
    return true;
  }

  size_t OutputGuess(size_t in_len) const override { return in_len / 2 + 1024; }
  size_t MemorySize() const override { return size_t{1} << 22; }

 private:
  std::vector<std::pair<int, uint32_t>> params_;
  BrotliEncoderState* state_ = nullptr;
};

class BrotliDecoderEngine final : public Engine {
 public:
  explicit BrotliDecoderEngine(std::vector<std::pair<int, uint32_t>> params)
      : params_(std::move(params)) {}
  ~BrotliDecoderEngine() override {
    if (state_) BrotliDecoderDestroyInstance(state_);
  }

  bool Init() {
    state_ = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state_) return false;
    for (const auto& p : params_) {
      if (!BrotliDecoderSetParameter(state_, static_cast<BrotliDecoderParameter>(p.first),
                                     p.second)) {
        return false;
      }
    }
    return true;
  }

  bool Step(int flush, const uint8_t** in, size_t* in_len, uint8_t** out,
            size_t* out_room, ErrorInfo* error) override {
    if (!state_) {
      error->Set("Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
      return false;
    }
    BrotliDecoderResult r =
        BrotliDecoderDecompressStream(state_, in_len, in, out_room, out, nullptr);
    if (r == BROTLI_DECODER_RESULT_ERROR) {
      BrotliDecoderErrorCode code = BrotliDecoderGetErrorCode(state_);
      error->Set("Decompression failed",
                 std::string("ERR_") + BrotliErrorName(code),
                 static_cast<int>(code));
      return false;
    }
    // Brotli has no finish operation for decoding: a stream that still
    // wants input when the caller says it is over was cut short.
    if (flush == BROTLI_OPERATION_FINISH && r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      error->Set("unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR);
      return false;
    }
    return true;
  }

  bool Reset(ErrorInfo* error) override {
    if (state_) BrotliDecoderDestroyInstance(state_);
    state_ = nullptr;
    if (!Init()) {
      error->Set("Initialization failed", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
      return false;
    }
    return true;
  }

  size_t OutputGuess(size_t in_len) const override { return in_len * 4 + 4096; }
  size_t MemorySize() const override { return size_t{1} << 17; }

 private:
  std::vector<std::pair<int, uint32_t>> params_;
  BrotliDecoderState* state_ = nullptr;
};

}  // namespace

std::unique_ptr<Engine> NewZlibEngine(Mode mode, int window_bits, int level,
                                      int mem_level, int strategy,
                                      std::vector<uint8_t> dictionary) {
  return std::make_unique<ZlibEngine>(mode, window_bits, level, mem_level, strategy,
                                      std::move(dictionary));
}

std::unique_ptr<Engine> NewBrotliEngine(Mode mode,
                                        const std::vector<std::pair<int, uint32_t>>& params) {
  if (mode == kBrotliEncode) {
    auto e = std::make_unique<BrotliEncoderEngine>(params);
    if (!e->Init()) return nullptr;
    return e;
  }
  auto e = std::make_unique<BrotliDecoderEngine>(params);
  if (!e->Init()) return nullptr;
  return e;
}

// --- output blocks -----------------------------------------------------------

void OutputBlock::Free() {
  if (data) js_free(data);
  data = nullptr;
  size = cap = 0;
}

bool OutputBlock::Reserve(size_t want) {
  if (want <= cap) return true;
  void* p = data ? js_arena_realloc(js::ArrayBufferContentsArena, data, want)
                 : js_arena_malloc(js::ArrayBufferContentsArena, want);
  if (!p) return false;
  data = static_cast<uint8_t*>(p);
  cap = want;
  return true;
}

uint8_t* OutputBlock::Release() {
  // Give back slack worth keeping: a block that is mostly empty would pin
  // its whole capacity for as long as any output Buffer lives.
  if (size > 0 && cap - size > 4096 + size / 8) {
    if (void* p = js_arena_realloc(js::ArrayBufferContentsArena, data, size)) {
      data = static_cast<uint8_t*>(p);
      cap = size;
    }
  }
  uint8_t* d = data;
  data = nullptr;
  size = cap = 0;
  return d;
}

// --- the driver -------------------------------------------------------------------

void Drive(Engine* engine, int flush, const uint8_t* in, size_t in_len,
           size_t first_cap, size_t chunk_size, size_t budget, size_t max_output,
           OutputBlock* out, WriteResult* result) {
  if (chunk_size == 0) chunk_size = 1;
  if (first_cap == 0 || first_cap > chunk_size) first_cap = chunk_size;
  size_t guess = std::max<size_t>(engine->OutputGuess(in_len), 1024);
  if (budget && guess > budget + chunk_size) guess = budget + chunk_size;
  size_t piece_left = first_cap;
  size_t piece_begin = out->size;
  for (;;) {
    if (out->size == out->cap) {
      size_t want = out->cap == 0 ? guess : out->cap + std::max(out->cap, size_t{4096});
      if (!out->Reserve(want)) {
        result->error.Set("Cannot allocate memory", "Z_MEM_ERROR", -4);
        break;
      }
    }
    // One library call per node write; a call cut short by our block's
    // end continues the same piece once the block has grown.
    size_t room = std::min(piece_left, out->cap - out->size);
    size_t given = room;
    uint8_t* next = out->data + out->size;
    bool ok = engine->Step(flush, &in, &in_len, &next, &room, &result->error);
    size_t produced = given - room;
    out->size += produced;
    piece_left -= produced;
    if (!ok) {
      // node reports the failing call's error instead of its output; what
      // earlier calls (full pieces) produced is still delivered.
      out->size = piece_begin;
      break;
    }
    if (max_output && out->size > max_output) {
      result->too_large = true;
      break;
    }
    if (room != 0) break;  // the engine left room: this write is done
    if (piece_left == 0) {
      piece_left = chunk_size;
      piece_begin = out->size;
      if (budget && out->size >= budget) {
        result->full = true;
        break;
      }
    }
  }
  result->avail_in = in_len;
}

}  // namespace eddy::bindings::zlib
