// eddy: deflate over several cores (see parallel_deflate.h).
#include "bindings/zlib/parallel_deflate.h"

#include <uv.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include <time.h>

namespace eddy::bindings::zlib {

namespace {

constexpr size_t kWindow = 32 * 1024;  // 1 << 15: the only window used here
constexpr size_t kMaxPieces = 4;
// Input per job: writes without a flush gather until there is this much
// (each job costs priming its 32 KiB dictionary and ends a deflate block).
constexpr size_t kJobInput = 256 * 1024;

// One unit of work. Whoever takes it first (a worker, or the pool thread
// that made it) runs it; anyone may wait for it to be done.
struct Task {
  std::function<void()> fn;
  std::atomic<bool> taken{false};
  std::atomic<bool> done{false};
  std::mutex mutex;
  std::condition_variable cv;
};

// A few threads that run tasks. They never wait on anything but their
// queue, and whoever waits for a task runs it first if no worker has taken
// it, so callers on several pool threads at once cannot deadlock.
class Workers {
 public:
  static Workers& Get() {
    static Workers* workers = new Workers();  // lives until exit
    return *workers;
  }

  size_t size() const { return count_; }

  void Submit(std::shared_ptr<Task> t) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      Start();
      queue_.push_back(std::move(t));
    }
    cv_.notify_one();
  }

  // Runs `t` unless someone has taken it; true if this call ran it.
  static bool TryRun(Task* t) {
    bool expected = false;
    if (!t->taken.compare_exchange_strong(expected, true)) return false;
    t->fn();
    Finish(t);
    return true;
  }

  // Marks `t` done without running it, unless someone has taken it.
  static void Cancel(Task* t) {
    bool expected = false;
    if (t->taken.compare_exchange_strong(expected, true)) Finish(t);
  }

  // Whether the next job may go to a worker (see kFairShare).
  bool Offload() {
    if (count_ == 0) return false;
    int left = grounded_.load();
    while (left > 0) {
      if (grounded_.compare_exchange_weak(left, left - 1)) return false;
    }
    return true;
  }

  static void Wait(Task* t) {
    TryRun(t);
    std::unique_lock<std::mutex> lock(t->mutex);
    t->cv.wait(lock, [t] { return t->done.load(); });
  }

 private:
  // One worker per CPU beyond the caller's, up to kMaxPieces - 1.
  // EDDY_ZLIB_THREADS=N sets the number of workers (0: never split).
  Workers() {
    const char* env = std::getenv("EDDY_ZLIB_THREADS");
    if (env != nullptr && *env != '\0') {
      count_ = std::min<size_t>(std::strtoul(env, nullptr, 10), kMaxPieces - 1);
      return;
    }
    unsigned cpus = uv_available_parallelism();
    count_ = cpus >= 2 ? std::min<size_t>(cpus - 1, kMaxPieces - 1) : 0;
  }

  static void Finish(Task* t) {
    // Notified under the lock: a waiter may free the task once it sees done.
    std::lock_guard<std::mutex> lock(t->mutex);
    t->done.store(true);
    t->cv.notify_all();
  }

  // With mutex_ held.
  void Start() {
    if (started_) return;
    started_ = true;
    for (size_t i = 0; i < count_; i++) std::thread([this] { Loop(); }).detach();
  }

  void Loop() {
    for (;;) {
      std::shared_ptr<Task> t;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        cv_.wait(lock, [&] { return !queue_.empty(); });
        t = std::move(queue_.front());
        queue_.pop_front();
      }
      // How much of its time the job had a CPU for, measured on jobs big
      // enough to tell.
      timespec cpu0, wall0, cpu1, wall1;
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu0);
      clock_gettime(CLOCK_MONOTONIC, &wall0);
      if (!TryRun(t.get())) continue;
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu1);
      clock_gettime(CLOCK_MONOTONIC, &wall1);
      double cpu = Seconds(cpu1) - Seconds(cpu0);
      double wall = Seconds(wall1) - Seconds(wall0);
      if (wall > 0.002 && cpu < kFairShare * wall) grounded_.store(kGroundedJobs);
    }
  }

  static double Seconds(const timespec& t) { return t.tv_sec + t.tv_nsec / 1e9; }

  // A worker that got less than this share of a CPU while running a job
  // was competing for it (with other programs, or with this process's own
  // threads when the scheduler shares CPUs out per session): the next
  // kGroundedJobs jobs then run on the pool thread that made them, as plain
  // zlib would, and the one after that tries a worker again.
  static constexpr double kFairShare = 0.8;
  static constexpr int kGroundedJobs = 32;
  std::atomic<int> grounded_{0};

  size_t count_ = 0;
  bool started_ = false;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<std::shared_ptr<Task>> queue_;
};

void PutBE32(std::vector<uint8_t>* v, uint32_t x) {
  v->push_back(static_cast<uint8_t>(x >> 24));
  v->push_back(static_cast<uint8_t>(x >> 16));
  v->push_back(static_cast<uint8_t>(x >> 8));
  v->push_back(static_cast<uint8_t>(x));
}

void PutLE32(std::vector<uint8_t>* v, uint32_t x) {
  v->push_back(static_cast<uint8_t>(x));
  v->push_back(static_cast<uint8_t>(x >> 8));
  v->push_back(static_cast<uint8_t>(x >> 16));
  v->push_back(static_cast<uint8_t>(x >> 24));
}

}  // namespace

// A piece of input (after the 32 KiB before it, its dictionary) and the
// spare state that compresses it.
struct ParallelDeflate::Job {
  std::shared_ptr<Task> task = std::make_shared<Task>();
  std::vector<uint8_t> data;
  size_t dict = 0;
  int level = 0;
  int strategy = 0;
  z_stream* state = nullptr;
  std::vector<uint8_t> out;
  int code = Z_OK;
  bool offloaded = false;  // queued for the workers (else only its maker runs it)
};

ParallelDeflate::ParallelDeflate(int wrap, int level, int mem_level, int strategy)
    : wrap_(wrap),
      level_(level == Z_DEFAULT_COMPRESSION ? 6 : level),
      mem_level_(mem_level),
      strategy_(strategy) {
  check_ = wrap_ == 2 ? crc32(0, nullptr, 0) : adler32(0, nullptr, 0);
}

ParallelDeflate::~ParallelDeflate() {
  Abandon();
  if (strm_) {
    deflateEnd(strm_);
    delete strm_;
  }
  for (z_stream* s : spares_) {
    deflateEnd(s);
    delete s;
  }
}

bool ParallelDeflate::Available() { return Workers::Get().size() > 0; }

bool ParallelDeflate::Splittable(int flush, size_t in_len) {
  return in_len >= kMinPiece &&
         (flush == Z_NO_FLUSH || flush == Z_SYNC_FLUSH || flush == Z_FULL_FLUSH ||
          flush == Z_FINISH) &&
         Available();
}

z_stream* ParallelDeflate::NewState() {
  auto* s = new z_stream;
  std::memset(s, 0, sizeof(*s));
  if (deflateInit2(s, level_, Z_DEFLATED, -15, mem_level_, strategy_) != Z_OK) {
    delete s;
    return nullptr;
  }
  return s;
}

int ParallelDeflate::Init() {
  strm_ = NewState();
  return strm_ ? Z_OK : Z_MEM_ERROR;
}

size_t ParallelDeflate::MemorySize() const {
  size_t one = (size_t{1} << (mem_level_ + 9)) * 4 + (size_t{4} << 15);
  return one * (1 + spares_.size() + jobs_.size()) + pending_.capacity() + tail_.capacity() +
         gathered_.capacity();
}

// zlib's header for the level and strategy in force at the first write.
void ParallelDeflate::AppendHeader() {
  header_done_ = true;
  if (wrap_ == 2) {
    int xfl = level_ == 9 ? 2 : (strategy_ >= Z_HUFFMAN_ONLY || level_ < 2 ? 4 : 0);
    const uint8_t head[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, static_cast<uint8_t>(xfl), 3};
    pending_.insert(pending_.end(), head, head + 10);
  } else if (wrap_ == 1) {
    unsigned header = (Z_DEFLATED + ((15 - 8) << 4)) << 8;
    unsigned level_flags;
    if (strategy_ >= Z_HUFFMAN_ONLY || level_ < 2) {
      level_flags = 0;
    } else if (level_ < 6) {
      level_flags = 1;
    } else if (level_ == 6) {
      level_flags = 2;
    } else {
      level_flags = 3;
    }
    header |= level_flags << 6;
    header += 31 - (header % 31);
    pending_.push_back(static_cast<uint8_t>(header >> 8));
    pending_.push_back(static_cast<uint8_t>(header));
  }
}

void ParallelDeflate::AppendTrailer() {
  ended_ = true;
  if (wrap_ == 2) {
    PutLE32(&pending_, check_);
    PutLE32(&pending_, static_cast<uint32_t>(total_in_));
  } else if (wrap_ == 1) {
    PutBE32(&pending_, check_);
  }
}

void ParallelDeflate::UpdateCheck(const uint8_t* p, size_t len) {
  if (len == 0) return;
  if (len >= kWindow) {
    tail_.assign(p + len - kWindow, p + len);
  } else {
    tail_.insert(tail_.end(), p, p + len);
    if (tail_.size() > kWindow) tail_.erase(tail_.begin(), tail_.end() - kWindow);
  }
  if (wrap_ == 0) return;
  total_in_ += len;
  while (len > 0) {
    uInt n = static_cast<uInt>(std::min<size_t>(len, 1u << 30));
    check_ = wrap_ == 2 ? crc32(check_, p, n) : adler32(check_, p, n);
    p += n;
    len -= n;
  }
}

void ParallelDeflate::Drain(uint8_t** out, size_t* out_room) {
  size_t n = std::min(pending_.size() - pending_off_, *out_room);
  if (n == 0) return;
  std::memcpy(*out, pending_.data() + pending_off_, n);
  pending_off_ += n;
  *out += n;
  *out_room -= n;
  if (PendingEmpty()) {
    pending_.clear();
    pending_off_ = 0;
  }
}

int ParallelDeflate::DeflateInto(z_stream* s, int flush, const uint8_t* in, size_t len,
                                 std::vector<uint8_t>* dst) {
  s->next_in = const_cast<Bytef*>(in);
  s->avail_in = static_cast<uInt>(len);
  size_t start = dst->size();
  size_t guess = deflateBound(s, static_cast<uLong>(len)) + 64;
  dst->resize(start + guess);
  size_t used = 0;
  int err;
  for (;;) {
    s->next_out = dst->data() + start + used;
    s->avail_out = static_cast<uInt>(dst->size() - start - used);
    size_t given = s->avail_out;
    err = deflate(s, flush);
    used += given - s->avail_out;
    if (err == Z_STREAM_ERROR) break;
    if (s->avail_out != 0 || err == Z_STREAM_END) break;
    dst->resize(dst->size() + std::max<size_t>(guess / 2, 4096));
  }
  dst->resize(start + used);
  return err == Z_BUF_ERROR ? Z_OK : err;
}

int ParallelDeflate::Submit(const uint8_t* in, size_t len) {
  size_t count = std::min<size_t>(std::max<size_t>(len / kJobInput, 1), kMaxPieces);
  size_t piece = len / count;
  for (size_t i = 0; i < count; i++) {
    size_t begin = i * piece;
    size_t end = i + 1 == count ? len : begin + piece;
    auto job = std::make_unique<Job>();
    if (spares_.empty()) {
      job->state = NewState();
      if (!job->state) return Z_MEM_ERROR;
    } else {
      job->state = spares_.back();
      spares_.pop_back();
    }
    // The dictionary: the 32 KiB before the piece, from earlier input
    // (tail_) and this write.
    size_t from_in = std::min(begin, kWindow);
    size_t from_tail = std::min(kWindow - from_in, tail_.size());
    job->dict = from_tail + from_in;
    job->data.reserve(job->dict + end - begin);
    job->data.assign(tail_.end() - from_tail, tail_.end());
    job->data.insert(job->data.end(), in + begin - from_in, in + end);
    job->level = level_;
    job->strategy = strategy_;
    Job* j = job.get();
    j->task->fn = [j] {
      int err = deflateReset(j->state);
      if (err == Z_OK) err = deflateParams(j->state, j->level, j->strategy);
      if (err == Z_OK && j->dict > 0) {
        err = deflateSetDictionary(j->state, j->data.data(), static_cast<uInt>(j->dict));
      }
      if (err == Z_OK) {
        err = DeflateInto(j->state, Z_SYNC_FLUSH, j->data.data() + j->dict,
                          j->data.size() - j->dict, &j->out);
      }
      j->code = err;
    };
    j->offloaded = Workers::Get().Offload();
    jobs_.push_back(std::move(job));
    if (j->offloaded) Workers::Get().Submit(j->task);
  }
  UpdateCheck(in, len);
  return Z_OK;
}

int ParallelDeflate::SubmitGathered() {
  if (gathered_.empty()) return Z_OK;
  int err = Submit(gathered_.data(), gathered_.size());
  gathered_.clear();
  if (gathered_.capacity() > 2 * kJobInput) std::vector<uint8_t>().swap(gathered_);
  return err;
}

void ParallelDeflate::Help(size_t keep) {
  for (auto& job : jobs_) {
    if (job->offloaded) {
      size_t unfinished = 0;
      for (auto& j : jobs_) unfinished += j->task->done.load() ? 0 : 1;
      if (unfinished <= keep) continue;
    }
    Workers::TryRun(job->task.get());
  }
}

int ParallelDeflate::Collect(bool wait) {
  while (!jobs_.empty()) {
    Job* j = jobs_.front().get();
    if (wait) {
      Workers::Wait(j->task.get());
    } else if (!j->task->done.load()) {
      break;
    }
    if (j->code != Z_OK && job_error_ == Z_OK) job_error_ = j->code;
    pending_.insert(pending_.end(), j->out.begin(), j->out.end());
    if (jobs_.size() == 1) {
      // The last job's state has the right window: it becomes the stream's.
      spares_.push_back(strm_);
      strm_ = j->state;
      strm_dirty_ = false;
    } else {
      spares_.push_back(j->state);
    }
    jobs_.pop_front();
  }
  return job_error_;
}

void ParallelDeflate::Abandon() {
  gathered_.clear();
  for (auto& j : jobs_) Workers::Cancel(j->task.get());
  for (auto& j : jobs_) {
    Workers::Wait(j->task.get());
    spares_.push_back(j->state);
  }
  jobs_.clear();
}

int ParallelDeflate::Deflate(int flush, const uint8_t** in, size_t* in_len, uint8_t** out,
                             size_t* out_room) {
  Drain(out, out_room);
  if (!PendingEmpty()) return Z_OK;
  if (ended_) {
    // What zlib says to calls after the end of the stream.
    if (flush != Z_FINISH) return Z_STREAM_ERROR;
    return *in_len != 0 ? Z_BUF_ERROR : Z_STREAM_END;
  }
  if (!header_done_) {
    AppendHeader();
    Drain(out, out_room);
    if (!PendingEmpty()) return Z_OK;
  }
  if (!jobs_.empty()) {
    int err = Collect(false);
    if (err != Z_OK) return err;
    Drain(out, out_room);
    if (!PendingEmpty()) return Z_OK;
  }
  if (Splittable(flush, *in_len)) {
    int err = Z_OK;
    if (jobs_.empty() && gathered_.empty() && strm_dirty_) {
      // What earlier small writes left in the stream's state goes first.
      err = DeflateInto(strm_, Z_SYNC_FLUSH, nullptr, 0, &pending_);
      if (err != Z_OK) return err;
      strm_dirty_ = false;
    }
    gathered_.insert(gathered_.end(), *in, *in + *in_len);
    *in += *in_len;
    *in_len = 0;
    if (flush == Z_NO_FLUSH) {
      if (gathered_.size() >= kJobInput) err = SubmitGathered();
      if (err != Z_OK) return err;
      Help(Workers::Get().size());
      err = Collect(false);
    } else {
      err = SubmitGathered();
      if (err == Z_OK) err = Collect(true);
      // The caller's flush on top of the jobs' sync flushes (a sync flush
      // has happened already).
      if (err == Z_OK && (flush == Z_FINISH || flush == Z_FULL_FLUSH || flush == Z_BLOCK ||
                          flush == Z_PARTIAL_FLUSH)) {
        err = DeflateInto(strm_, flush, nullptr, 0, &pending_);
        if (err == Z_STREAM_END) {
          AppendTrailer();
          err = Z_OK;
        }
      }
    }
    if (err != Z_OK) return err;
    Drain(out, out_room);
    return ended_ && PendingEmpty() ? Z_STREAM_END : Z_OK;
  }
  // Nothing to add: gathering and the jobs go on.
  if ((!gathered_.empty() || !jobs_.empty()) && flush == Z_NO_FLUSH && *in_len == 0) {
    return Z_OK;
  }
  if (!gathered_.empty()) {
    int err = SubmitGathered();
    if (err != Z_OK) return err;
  }
  if (!jobs_.empty()) {
    int err = Collect(true);
    if (err != Z_OK) return err;
    Drain(out, out_room);
    if (!PendingEmpty()) return Z_OK;
  }
  // A state that is clean (sync-flushed, all its output taken) has nothing
  // to add for an empty write without a flush or with a sync flush; asking
  // zlib anyway would make the bytes depend on when the jobs finished.
  if (!strm_dirty_ && *in_len == 0 && (flush == Z_NO_FLUSH || flush == Z_SYNC_FLUSH)) {
    return Z_OK;
  }
  // An ordinary call on the stream's state.
  size_t in_given = std::min<size_t>(*in_len, 1u << 30);
  size_t out_given = std::min<size_t>(*out_room, 1u << 30);
  strm_->next_in = const_cast<Bytef*>(*in);
  strm_->avail_in = static_cast<uInt>(in_given);
  strm_->next_out = *out;
  strm_->avail_out = static_cast<uInt>(out_given);
  int err = deflate(strm_, flush);
  size_t used_in = in_given - strm_->avail_in;
  // (A call with nothing to do leaves nothing to flush later, so the output
  // does not depend on when jobs finished.)
  if (used_in > 0 || flush != Z_NO_FLUSH) strm_dirty_ = true;
  size_t used_out = out_given - strm_->avail_out;
  UpdateCheck(*in, used_in);
  *in += used_in;
  *in_len -= used_in;
  *out += used_out;
  *out_room -= used_out;
  if (err == Z_STREAM_END) {
    AppendTrailer();
    Drain(out, out_room);
    return PendingEmpty() ? Z_STREAM_END : Z_OK;
  }
  return err;
}

int ParallelDeflate::Reset() {
  Abandon();
  int err = deflateReset(strm_);
  strm_dirty_ = false;
  job_error_ = Z_OK;
  tail_.clear();
  pending_.clear();
  pending_off_ = 0;
  header_done_ = false;
  ended_ = false;
  total_in_ = 0;
  check_ = wrap_ == 2 ? crc32(0, nullptr, 0) : adler32(0, nullptr, 0);
  return err;
}

int ParallelDeflate::Params(int level, int strategy) {
  // Jobs made with the old parameters finish first (lib/ flushes before
  // params(), so there are none then).
  int jerr = SubmitGathered();
  if (jerr == Z_OK) jerr = Collect(true);
  if (jerr != Z_OK) return jerr;
  strm_dirty_ = true;
  // deflateParams may run deflate(Z_BLOCK) with no room, which only wants
  // valid pointers.
  static Bytef dummy;
  strm_->next_in = &dummy;
  strm_->avail_in = 0;
  strm_->next_out = &dummy;
  strm_->avail_out = 0;
  int err = deflateParams(strm_, level, strategy);
  if (err == Z_OK || err == Z_BUF_ERROR) {
    level_ = level == Z_DEFAULT_COMPRESSION ? 6 : level;
    strategy_ = strategy;
  }
  return err;
}

}  // namespace eddy::bindings::zlib
