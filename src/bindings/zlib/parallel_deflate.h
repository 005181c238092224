// eddy: deflate that splits large writes across cores (the pigz technique)
// while producing one ordinary zlib, gzip or raw deflate stream.
//
// A write of at least two pieces' worth of input is cut into pieces. The
// stream's own deflate state compresses the first piece (its window already
// holds the history); each further piece is compressed at the same time by
// a spare deflate state primed with the 32 KiB of input before it. Every
// piece ends with a sync flush, so the pieces' outputs are byte-aligned and
// simply follow each other; the decoder sees the same history the pieces
// were matched against. The state that compressed the last piece then
// carries on as the stream's state. Smaller writes go through the stream's
// state as in plain zlib.
//
// The states are raw deflate, so the zlib/gzip header and trailer are
// written here, byte for byte as zlib writes them, with the checksum kept
// over all input. The cost is a little compression ratio: each piece ends
// its deflate block (measured: under 2% larger output for 32 KiB pieces of
// text).
//
// Nothing here touches JSAPI; it runs on libuv's pool threads or inline.
#ifndef EDDY_BINDINGS_ZLIB_PARALLEL_DEFLATE_H_
#define EDDY_BINDINGS_ZLIB_PARALLEL_DEFLATE_H_

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace eddy::bindings::zlib {

class ParallelDeflate {
 public:
  // wrap: 0 raw, 1 zlib, 2 gzip. Window bits are 15 and there is no preset
  // dictionary (the callers only choose this class then).
  ParallelDeflate(int wrap, int level, int mem_level, int strategy);
  ~ParallelDeflate();
  ParallelDeflate(const ParallelDeflate&) = delete;
  ParallelDeflate& operator=(const ParallelDeflate&) = delete;

  // Smallest piece; a write is split only into pieces at least this big.
  static constexpr size_t kMinPiece = 32 * 1024;

  // Whether splitting is on: four or more CPUs, or EDDY_ZLIB_THREADS > 0.
  static bool Available();
  // Whether a write of `in_len` bytes with `flush` would be split.
  static bool Splittable(int flush, size_t in_len);

  // zlib's deflateInit2 result for the stream's own state.
  int Init();

  // One deflate() call's worth over the windows, which it advances.
  // Returns zlib's code for the call (Z_OK, Z_STREAM_END, Z_BUF_ERROR,
  // Z_STREAM_ERROR, Z_MEM_ERROR).
  int Deflate(int flush, const uint8_t** in, size_t* in_len, uint8_t** out,
              size_t* out_room);
  int Reset();
  int Params(int level, int strategy);
  const char* msg() const { return strm_ ? strm_->msg : nullptr; }
  size_t MemorySize() const;

 private:
  struct Piece;

  z_stream* NewState();
  void AppendHeader();
  void AppendTrailer();
  // Deflates [in, in + len) on `s` with `flush`, appending to `dst`.
  static int DeflateInto(z_stream* s, int flush, const uint8_t* in, size_t len,
                         std::vector<uint8_t>* dst);
  int Split(int flush, const uint8_t* in, size_t len);
  void Drain(uint8_t** out, size_t* out_room);
  bool PendingEmpty() const { return pending_off_ == pending_.size(); }
  void UpdateCheck(const uint8_t* p, size_t len);

  int wrap_;
  int level_;
  int mem_level_;
  int strategy_;
  z_stream* strm_ = nullptr;           // the stream's state
  std::vector<z_stream*> spares_;      // states for the other pieces
  std::vector<uint8_t> pending_;       // output not handed out yet
  size_t pending_off_ = 0;
  bool header_done_ = false;
  bool ended_ = false;                 // trailer queued
  uint32_t check_ = 0;                 // crc32 (gzip) or adler32 (zlib)
  uint64_t total_in_ = 0;
};

}  // namespace eddy::bindings::zlib

#endif  // EDDY_BINDINGS_ZLIB_PARALLEL_DEFLATE_H_
