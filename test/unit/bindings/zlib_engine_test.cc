// eddy: the zlib engines' deflate paths, split across cores or not, must make
// streams that zlib itself decodes to the input, with zlib's own header bytes.
#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "bindings/zlib/engine.h"
#include "bindings/zlib/parallel_deflate.h"

namespace eddy::test {

namespace {

using bindings::zlib::Drive;
using bindings::zlib::Engine;
using bindings::zlib::Mode;
using bindings::zlib::NewZlibEngine;
using bindings::zlib::OutputBlock;
using bindings::zlib::WriteResult;

// Log-like text that compresses well but not trivially.
std::vector<uint8_t> Text(size_t n, uint32_t seed = 7) {
  static const char* const kWords[] = {"alpha ", "beta ", "gamma ", "delta ", "request ",
                                       "response ", "error ", "42 ", "\n", "value "};
  std::vector<uint8_t> v;
  v.reserve(n + 16);
  while (v.size() < n) {
    seed = seed * 1103515245 + 12345;
    const char* w = kWords[(seed >> 16) % 10];
    v.insert(v.end(), w, w + std::strlen(w));
  }
  v.resize(n);
  return v;
}

// Feeds `writes` (sizes) of `input` with `flush` each, then Z_FINISH.
std::vector<uint8_t> Compress(Engine* e, const std::vector<uint8_t>& input,
                              const std::vector<size_t>& writes, int flush = Z_NO_FLUSH) {
  std::vector<uint8_t> out;
  size_t off = 0;
  auto write = [&](const uint8_t* p, size_t n, int f) {
    OutputBlock block;
    WriteResult r;
    do {
      r = WriteResult();
      Drive(e, f, p, n, 16384, 16384, 0, 0, &block, &r);
      EXPECT_FALSE(r.error.failed()) << r.error.message;
      p += n - r.avail_in;
      n = r.avail_in;
    } while (r.full);
    out.insert(out.end(), block.data, block.data + block.size);
  };
  for (size_t n : writes) {
    write(input.data() + off, n, flush);
    off += n;
  }
  write(input.data() + off, input.size() - off, Z_FINISH);
  return out;
}

std::vector<uint8_t> Inflate(const std::vector<uint8_t>& in, int window_bits) {
  z_stream s;
  std::memset(&s, 0, sizeof(s));
  EXPECT_EQ(inflateInit2(&s, window_bits), Z_OK);
  std::vector<uint8_t> out(in.size() * 20 + 1024);
  s.next_in = const_cast<Bytef*>(in.data());
  s.avail_in = static_cast<uInt>(in.size());
  s.next_out = out.data();
  s.avail_out = static_cast<uInt>(out.size());
  int err = inflate(&s, Z_FINISH);
  EXPECT_EQ(err, Z_STREAM_END) << (s.msg ? s.msg : "");
  EXPECT_EQ(s.avail_in, 0u);
  out.resize(s.total_out);
  inflateEnd(&s);
  return out;
}

// What zlib makes of the whole input in one call.
std::vector<uint8_t> ZlibReference(const std::vector<uint8_t>& input, int window_bits,
                                   int level) {
  z_stream s;
  std::memset(&s, 0, sizeof(s));
  EXPECT_EQ(deflateInit2(&s, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::vector<uint8_t> out(deflateBound(&s, input.size()));
  s.next_in = const_cast<Bytef*>(input.data());
  s.avail_in = static_cast<uInt>(input.size());
  s.next_out = out.data();
  s.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&s, Z_FINISH), Z_STREAM_END);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

struct ModeCase {
  Mode mode;
  int inflate_bits;  // windowBits for inflateInit2
  int deflate_bits;  // windowBits for deflateInit2
};

// Splitting is off on small machines unless asked for; these tests want it
// (before the first use, which reads the variable once).
const bool kForceSplit = [] {
  setenv("EDDY_ZLIB_THREADS", "1", 0);
  return true;
}();

const ModeCase kModes[] = {
    {Mode::kGzip, 31, 31}, {Mode::kDeflate, 15, 15}, {Mode::kDeflateRaw, -15, -15}};

}  // namespace

TEST(ZlibEngineTest, SplitWritesRoundTripInEveryFraming) {
  ASSERT_TRUE(kForceSplit && bindings::zlib::ParallelDeflate::Available());
  std::vector<uint8_t> input = Text(1024 * 1024 + 12345);
  for (const ModeCase& m : kModes) {
    for (int level : {Z_DEFAULT_COMPRESSION, 1}) {
      auto e = NewZlibEngine(m.mode, 15, level, 8, Z_DEFAULT_STRATEGY, {});
      std::vector<size_t> writes(15, 65536);  // file-stream sized writes
      std::vector<uint8_t> z = Compress(e.get(), input, writes);
      EXPECT_EQ(Inflate(z, m.inflate_bits), input) << m.mode << " level " << level;
      // Same framing bytes as zlib's own.
      std::vector<uint8_t> ref = ZlibReference(input, m.deflate_bits, level);
      size_t head = m.mode == Mode::kGzip ? 10 : m.mode == Mode::kDeflate ? 2 : 0;
      EXPECT_TRUE(std::equal(ref.begin(), ref.begin() + head, z.begin())) << m.mode;
      size_t tail = m.mode == Mode::kGzip ? 8 : m.mode == Mode::kDeflate ? 4 : 0;
      EXPECT_TRUE(std::equal(ref.end() - tail, ref.end(), z.end() - tail)) << m.mode;
      // It was split (zlib alone makes other bytes), at little cost in ratio.
      EXPECT_NE(z, ref) << m.mode;
      EXPECT_LT(z.size(), ref.size() + ref.size() / 50 + 64) << m.mode;
    }
  }
}

TEST(ZlibEngineTest, OneBigFinishWriteSplits) {
  std::vector<uint8_t> input = Text(2 * 1024 * 1024, 99);
  for (const ModeCase& m : kModes) {
    auto e = NewZlibEngine(m.mode, 15, Z_DEFAULT_COMPRESSION, 8, Z_DEFAULT_STRATEGY, {});
    std::vector<uint8_t> z = Compress(e.get(), input, {});
    EXPECT_EQ(Inflate(z, m.inflate_bits), input) << m.mode;
  }
}

TEST(ZlibEngineTest, SmallFirstWriteStaysPlainZlib) {
  // A stream that starts small is zlib's, byte for byte, even when big
  // writes follow.
  std::vector<uint8_t> input = Text(400000, 3);
  for (const ModeCase& m : kModes) {
    auto e = NewZlibEngine(m.mode, 15, Z_DEFAULT_COMPRESSION, 8, Z_DEFAULT_STRATEGY, {});
    std::vector<uint8_t> z = Compress(e.get(), input, {1000, 200000});
    EXPECT_EQ(z, ZlibReference(input, m.deflate_bits, Z_DEFAULT_COMPRESSION)) << m.mode;
  }
}

TEST(ZlibEngineTest, MixedWritesFlushesAndReset) {
  std::vector<uint8_t> input = Text(1024 * 1024 + 99, 11);
  for (const ModeCase& m : kModes) {
    auto e = NewZlibEngine(m.mode, 15, Z_DEFAULT_COMPRESSION, 8, Z_DEFAULT_STRATEGY, {});
    std::vector<size_t> writes = {300000, 10, 7, 65536, 1, 131072, 5000, 300000};
    for (int flush : {Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH}) {
      std::vector<uint8_t> z = Compress(e.get(), input, writes, flush);
      EXPECT_EQ(Inflate(z, m.inflate_bits), input) << m.mode << " flush " << flush;
      bindings::zlib::ErrorInfo error;
      ASSERT_TRUE(e->Reset(&error));
    }
  }
}

TEST(ZlibEngineTest, SyncFlushMakesEverythingSoFarDecodable) {
  std::vector<uint8_t> input = Text(300000, 5);
  auto e = NewZlibEngine(Mode::kDeflateRaw, 15, Z_DEFAULT_COMPRESSION, 8,
                         Z_DEFAULT_STRATEGY, {});
  OutputBlock block;
  WriteResult r;
  Drive(e.get(), Z_SYNC_FLUSH, input.data(), input.size(), 16384, 16384, 0, 0, &block, &r);
  ASSERT_FALSE(r.error.failed());
  ASSERT_EQ(r.avail_in, 0u);
  z_stream s;
  std::memset(&s, 0, sizeof(s));
  ASSERT_EQ(inflateInit2(&s, -15), Z_OK);
  std::vector<uint8_t> out(input.size() + 1024);
  s.next_in = block.data;
  s.avail_in = static_cast<uInt>(block.size);
  s.next_out = out.data();
  s.avail_out = static_cast<uInt>(out.size());
  int err = inflate(&s, Z_SYNC_FLUSH);
  EXPECT_TRUE(err == Z_OK || err == Z_BUF_ERROR);
  EXPECT_EQ(s.total_out, input.size());
  out.resize(s.total_out);
  EXPECT_EQ(out, input);
  inflateEnd(&s);
}

TEST(ZlibEngineTest, ParamsMidStream) {
  std::vector<uint8_t> input = Text(1024 * 1024, 21);
  auto e = NewZlibEngine(Mode::kDeflate, 15, Z_DEFAULT_COMPRESSION, 8, Z_DEFAULT_STRATEGY, {});
  OutputBlock block;
  WriteResult r;
  Drive(e.get(), Z_NO_FLUSH, input.data(), 500000, 16384, 16384, 0, 0, &block, &r);
  std::vector<uint8_t> z(block.data, block.data + block.size);
  bindings::zlib::ErrorInfo error;
  ASSERT_TRUE(e->SetParams(1, Z_FILTERED, &error));
  OutputBlock rest;
  r = WriteResult();
  Drive(e.get(), Z_FINISH, input.data() + 500000, input.size() - 500000, 16384, 16384, 0, 0,
        &rest, &r);
  ASSERT_FALSE(r.error.failed());
  z.insert(z.end(), rest.data, rest.data + rest.size);
  EXPECT_EQ(Inflate(z, 15), input);
}

// Writes without a flush return before their jobs are done; whatever the
// timing (here: pauses that let every job finish, and empty writes that find
// them finished or not), the bytes are the same and a sync flush hands out
// everything so far.
TEST(ZlibEngineTest, NoFlushWritesDoNotWaitYetBytesAreFixed) {
  std::vector<uint8_t> input = Text(1024 * 1024, 33);
  std::vector<uint8_t> first;
  for (int pause : {0, 1, 0, 1}) {
    auto e = NewZlibEngine(Mode::kGzip, 15, Z_DEFAULT_COMPRESSION, 8, Z_DEFAULT_STRATEGY, {});
    std::vector<uint8_t> z;
    auto write = [&](const uint8_t* p, size_t n, int flush) {
      OutputBlock block;
      WriteResult r;
      Drive(e.get(), flush, p, n, 16384, 16384, 0, 0, &block, &r);
      ASSERT_FALSE(r.error.failed()) << r.error.message;
      ASSERT_EQ(r.avail_in, 0u);
      z.insert(z.end(), block.data, block.data + block.size);
    };
    size_t off = 0;
    for (int i = 0; i < 8; i++) {
      write(input.data() + off, 65536, Z_NO_FLUSH);
      off += 65536;
      if (pause) std::this_thread::sleep_for(std::chrono::milliseconds(20));
      write(nullptr, 0, Z_NO_FLUSH);
    }
    write(nullptr, 0, Z_SYNC_FLUSH);
    // Everything written so far decodes (a gzip member without its end).
    z_stream s;
    std::memset(&s, 0, sizeof(s));
    ASSERT_EQ(inflateInit2(&s, 31), Z_OK);
    std::vector<uint8_t> out(off + 1024);
    s.next_in = z.data();
    s.avail_in = static_cast<uInt>(z.size());
    s.next_out = out.data();
    s.avail_out = static_cast<uInt>(out.size());
    int err = inflate(&s, Z_SYNC_FLUSH);
    EXPECT_TRUE(err == Z_OK || err == Z_BUF_ERROR);
    ASSERT_EQ(s.total_out, off);
    EXPECT_TRUE(std::equal(input.begin(), input.begin() + off, out.begin()));
    inflateEnd(&s);
    write(input.data() + off, input.size() - off, Z_FINISH);
    EXPECT_EQ(Inflate(z, 31), input);
    if (first.empty()) {
      first = z;
    } else {
      EXPECT_EQ(z, first) << "pause " << pause;
    }
  }
}

// Resetting or dropping a stream while its jobs run waits for them.
TEST(ZlibEngineTest, ResetAndDestroyWithJobsInFlight) {
  std::vector<uint8_t> input = Text(4 * 1024 * 1024, 8);
  for (int round = 0; round < 3; round++) {
    auto e = NewZlibEngine(Mode::kDeflate, 15, Z_DEFAULT_COMPRESSION, 8, Z_DEFAULT_STRATEGY,
                           {});
    OutputBlock block;
    WriteResult r;
    Drive(e.get(), Z_NO_FLUSH, input.data(), input.size(), 16384, 16384, 0, 0, &block, &r);
    ASSERT_FALSE(r.error.failed());
    if (round == 1) {
      bindings::zlib::ErrorInfo error;
      ASSERT_TRUE(e->Reset(&error));
      std::vector<uint8_t> z = Compress(e.get(), input, {65536, 65536, 1000000});
      EXPECT_EQ(Inflate(z, 15), input);
    }
    // round 0 and 2: destroyed with jobs possibly unfinished.
  }
}

}  // namespace eddy::test
