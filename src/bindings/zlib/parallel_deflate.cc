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

namespace eddy::bindings::zlib {

namespace {

constexpr size_t kWindow = 32 * 1024;  // 1 << 15: the only window used here
constexpr size_t kMaxPieces = 4;

// A few threads that compress pieces. They never wait on anything but their
// queue, and a caller runs its own tasks that no worker has taken yet, so
// callers on several pool threads at once cannot deadlock.
class Workers {
 public:
  static Workers& Get() {
    static Workers* workers = new Workers();  // lives until exit
    return *workers;
  }

  size_t size() const { return count_; }

  // Runs every task and returns when all are done. The caller runs the
  // first, then any that are still waiting.
  void RunAll(std::vector<std::function<void()>>* fns) {
    Batch batch;
    batch.remaining = fns->size();
    std::vector<std::shared_ptr<Task>> tasks;
    tasks.reserve(fns->size());
    for (auto& fn : *fns) {
      auto t = std::make_shared<Task>();
      t->fn = std::move(fn);
      t->batch = &batch;
      tasks.push_back(std::move(t));
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      Start();
      for (size_t i = 1; i < tasks.size(); i++) queue_.push_back(tasks[i]);
    }
    cv_.notify_all();
    for (auto& t : tasks) Run(t.get());
    std::unique_lock<std::mutex> lock(batch.mutex);
    batch.cv.wait(lock, [&] { return batch.remaining == 0; });
  }

 private:
  struct Batch {
    std::mutex mutex;
    std::condition_variable cv;
    size_t remaining = 0;
  };
  struct Task {
    std::function<void()> fn;
    std::atomic<bool> taken{false};
    Batch* batch = nullptr;
  };

  // One worker per CPU beyond the caller's, up to kMaxPieces - 1, on
  // machines with at least four CPUs. With two or three, measured here,
  // splitting lost more to waiting on a busy sibling CPU than it gained.
  // EDDY_ZLIB_THREADS=N sets the number of workers (0: never split).
  Workers() {
    const char* env = std::getenv("EDDY_ZLIB_THREADS");
    if (env != nullptr && *env != '\0') {
      count_ = std::min<size_t>(std::strtoul(env, nullptr, 10), kMaxPieces - 1);
      return;
    }
    unsigned cpus = uv_available_parallelism();
    count_ = cpus >= 4 ? std::min<size_t>(cpus - 1, kMaxPieces - 1) : 0;
  }

  // With mutex_ held.
  void Start() {
    if (started_) return;
    started_ = true;
    for (size_t i = 0; i < count_; i++) std::thread([this] { Loop(); }).detach();
  }

  static void Run(Task* t) {
    bool expected = false;
    if (!t->taken.compare_exchange_strong(expected, true)) return;
    t->fn();
    Batch* b = t->batch;
    std::lock_guard<std::mutex> lock(b->mutex);
    if (--b->remaining == 0) b->cv.notify_all();
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
      Run(t.get());
    }
  }

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

ParallelDeflate::ParallelDeflate(int wrap, int level, int mem_level, int strategy)
    : wrap_(wrap),
      level_(level == Z_DEFAULT_COMPRESSION ? 6 : level),
      mem_level_(mem_level),
      strategy_(strategy) {
  check_ = wrap_ == 2 ? crc32(0, nullptr, 0) : adler32(0, nullptr, 0);
}

ParallelDeflate::~ParallelDeflate() {
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
  return in_len >= 2 * kMinPiece &&
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
  return one * (1 + spares_.size()) + pending_.capacity();
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
  if (wrap_ == 0 || len == 0) return;
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

int ParallelDeflate::Split(int flush, const uint8_t* in, size_t len) {
  size_t count = std::min<size_t>({len / kMinPiece, Workers::Get().size() + 1, kMaxPieces});
  size_t piece = len / count;
  while (spares_.size() < count - 1) {
    z_stream* s = NewState();
    if (!s) return Z_MEM_ERROR;
    spares_.push_back(s);
  }
  std::vector<std::vector<uint8_t>> outs(count);
  std::vector<int> codes(count, Z_OK);
  std::vector<std::function<void()>> tasks;
  tasks.reserve(count);
  // The stream's own state takes the first piece; its output joins pending_
  // directly.
  tasks.emplace_back([&, this] {
    codes[0] = DeflateInto(strm_, Z_SYNC_FLUSH, in, piece, &pending_);
  });
  for (size_t i = 1; i < count; i++) {
    size_t begin = i * piece;
    size_t end = i + 1 == count ? len : begin + piece;
    z_stream* s = spares_[i - 1];
    tasks.emplace_back([&, s, begin, end, i] {
      int err = deflateReset(s);
      if (err == Z_OK) err = deflateParams(s, level_, strategy_);
      if (err == Z_OK) err = deflateSetDictionary(s, in + begin - kWindow, kWindow);
      if (err == Z_OK) err = DeflateInto(s, Z_SYNC_FLUSH, in + begin, end - begin, &outs[i]);
      codes[i] = err;
    });
  }
  Workers::Get().RunAll(&tasks);
  for (size_t i = 0; i < count; i++) {
    if (codes[i] != Z_OK) return codes[i];
  }
  for (size_t i = 1; i < count; i++) {
    pending_.insert(pending_.end(), outs[i].begin(), outs[i].end());
  }
  UpdateCheck(in, len);
  // The last piece's state has the right window: it becomes the stream's.
  std::swap(strm_, spares_[count - 2]);
  // The caller's flush on top of the pieces' sync flushes (a sync flush has
  // happened already).
  if (flush == Z_FINISH || flush == Z_FULL_FLUSH || flush == Z_BLOCK ||
      flush == Z_PARTIAL_FLUSH) {
    int err = DeflateInto(strm_, flush, nullptr, 0, &pending_);
    if (err == Z_STREAM_END) {
      AppendTrailer();
      return Z_OK;
    }
    if (err != Z_OK) return err;
  }
  return Z_OK;
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
  if (Splittable(flush, *in_len)) {
    int err = Split(flush, *in, *in_len);
    if (err != Z_OK) return err;
    *in += *in_len;
    *in_len = 0;
    Drain(out, out_room);
    return ended_ && PendingEmpty() ? Z_STREAM_END : Z_OK;
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
  int err = deflateReset(strm_);
  pending_.clear();
  pending_off_ = 0;
  header_done_ = false;
  ended_ = false;
  total_in_ = 0;
  check_ = wrap_ == 2 ? crc32(0, nullptr, 0) : adler32(0, nullptr, 0);
  return err;
}

int ParallelDeflate::Params(int level, int strategy) {
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
