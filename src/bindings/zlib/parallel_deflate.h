// eddy: deflate that spreads a stream's writes across cores (the pigz
// technique) while producing one ordinary zlib, gzip or raw deflate stream.
//
// Writes of at least 64 KiB become jobs: without a flush they gather until
// there is 256 KiB, then make a job; a flush makes jobs of what has
// gathered (up to four pieces, each 256 KiB or more when there is that
// much). A job is compressed by a spare raw deflate state
// primed with the 32 KiB of input before its piece and ends with a sync
// flush, so the jobs' outputs are byte-aligned and simply follow each
// other; the decoder sees the same history the pieces were matched against.
// Jobs run on a few process-wide worker threads, and the pool thread that
// made them runs any no worker has taken yet. A worker that gets too little
// CPU for its job (the CPUs are busy) keeps the next jobs on the pool
// thread for a while, which then works like plain zlib.
//
// A write without a flush (Z_NO_FLUSH) does not wait for its jobs: it
// hands out the output of those finished so far, in order, and returns
// once no more jobs are unfinished than there are workers, so the next
// write overlaps with the worker's job (zlib too holds back output until it
// has a block's worth; only flushes promise output). Any flush, or a write
// too small to split, first waits for every job; the state of the last job
// then carries on as the stream's (its window holds the latest input).
//
// The states are raw deflate, so the zlib/gzip header and trailer are
// written here, byte for byte as zlib writes them, with the checksum kept
// over all input. The cost is a little compression ratio: each job ends its
// deflate block (measured: 0.1% larger output for 256 KiB pieces of
// text).
//
// Nothing here touches JSAPI; it runs on libuv's pool threads or inline.
// Destroying or resetting waits for the jobs in flight.
#ifndef EDDY_BINDINGS_ZLIB_PARALLEL_DEFLATE_H_
#define EDDY_BINDINGS_ZLIB_PARALLEL_DEFLATE_H_

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <deque>
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

  // Smallest piece; writes of at least this much become jobs.
  static constexpr size_t kMinPiece = 64 * 1024;

  // Whether splitting is on: two or more CPUs, or EDDY_ZLIB_THREADS > 0.
  static bool Available();
  // Whether a write of `in_len` bytes with `flush` would become jobs.
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
  struct Job;

  z_stream* NewState();
  void AppendHeader();
  void AppendTrailer();
  // Deflates [in, in + len) on `s` with `flush`, appending to `dst`.
  static int DeflateInto(z_stream* s, int flush, const uint8_t* in, size_t len,
                         std::vector<uint8_t>* dst);
  // Makes jobs of [in, in + len) and queues them.
  int Submit(const uint8_t* in, size_t len);
  int SubmitGathered();
  // Runs the jobs kept off the workers, and queued jobs no worker has taken
  // while more than `keep` are unfinished.
  void Help(size_t keep);
  // Moves the output of finished jobs, in order, to pending_; with `wait`,
  // of all jobs. Returns the first job failure (Z_OK if none).
  int Collect(bool wait);
  // Waits for the jobs in flight and drops them.
  void Abandon();
  void Drain(uint8_t** out, size_t* out_room);
  bool PendingEmpty() const { return pending_off_ == pending_.size(); }
  void UpdateCheck(const uint8_t* p, size_t len);

  int wrap_;
  int level_;
  int mem_level_;
  int strategy_;
  z_stream* strm_ = nullptr;           // the stream's state (current when no jobs)
  bool strm_dirty_ = false;            // strm_ may hold input not yet flushed
  std::vector<z_stream*> spares_;      // states for jobs
  std::deque<std::unique_ptr<Job>> jobs_;  // in stream order
  int job_error_ = Z_OK;
  std::vector<uint8_t> gathered_;      // input of writes without a flush, not in a job yet
  std::vector<uint8_t> tail_;          // the last 32 KiB of input in jobs or strm_
  std::vector<uint8_t> pending_;       // output not handed out yet
  size_t pending_off_ = 0;
  bool header_done_ = false;
  bool ended_ = false;                 // trailer queued
  uint32_t check_ = 0;                 // crc32 (gzip) or adler32 (zlib)
  uint64_t total_in_ = 0;
};

}  // namespace eddy::bindings::zlib

#endif  // EDDY_BINDINGS_ZLIB_PARALLEL_DEFLATE_H_
