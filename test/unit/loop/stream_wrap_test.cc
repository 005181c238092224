// eddy: the stream layer under JS: a TCP echo through the raw tcp_wrap
// binding, writes still queued when a handle closes or the runtime tears
// down (nothing leaks, requests complete), rooting of open streams, TTY
// handles on a pseudo-terminal, and calls with foreign `this` or bad
// arguments.
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "fixture.h"
#include "loop/handle_wrap.h"

namespace eddy::test {

namespace {

// Sets up globalThis.B = { tcp, stream, state } and a listening server on
// 127.0.0.1; globalThis.port is its port.
const char kServerSetup[] = R"JS(
  globalThis.B = {
    tcp: internalBinding('tcp_wrap'),
    stream: internalBinding('stream_wrap'),
  };
  globalThis.server = new B.tcp.TCP(B.tcp.constants.SERVER);
  if (server.bind('127.0.0.1', 0) !== 0) throw new Error('bind');
  const out = {};
  server.getsockname(out);
  globalThis.port = out.port;
  if (out.family !== 'IPv4' || out.address !== '127.0.0.1') throw new Error('sockname');
  globalThis.accepted = [];
  server.onconnection = (status, client) => { accepted.push([status, client]); };
  if (server.listen(511) !== 0) throw new Error('listen');
  globalThis.connectClient = (onconnect) => {
    const c = new B.tcp.TCP(B.tcp.constants.SOCKET);
    const req = new B.tcp.TCPConnectWrap();
    req.oncomplete = onconnect;
    const err = c.connect(req, '127.0.0.1', port);
    if (err !== 0) throw new Error('connect ' + err);
    return c;
  };
  0
)JS";

}  // namespace

class StreamWrapTest : public RuntimeTest {
 protected:
  // Runs the loop one iteration at a time until `done` (a JS expression) is
  // true or `max` iterations passed; returns whether it became true.
  bool Until(const std::string& done, int max = 2000) {
    for (int i = 0; i < max; i++) {
      if (EvalInt(done + " ? 1 : 0") == 1) return true;
      uv_run(rt_->loop(), UV_RUN_ONCE);
    }
    return EvalInt(done + " ? 1 : 0") == 1;
  }
};

TEST_F(StreamWrapTest, TcpEchoThroughTheBinding) {
  ASSERT_EQ(EvalInt(kServerSetup), 0);
  ASSERT_EQ(EvalInt(R"JS({
    globalThis.log = [];
    globalThis.echoed = '';
    const state = B.stream.streamBaseState;
    globalThis.client = connectClient((status, handle, req, readable, writable) => {
      log.push(`connect ${status} ${readable} ${writable} ${handle === client}`);
      const w = new B.stream.WriteWrap();
      w.oncomplete = () => log.push('async write done');
      const err = client.writeUtf8String(w, 'héllo ☃ 𝄞');
      log.push(`write ${err} ${state[B.stream.kBytesWritten]} ${state[B.stream.kLastWriteWasAsync]}`);
      client.onread = (ab) => {
        const n = state[B.stream.kReadBytesOrError];
        if (n > 0) {
          echoed += decodeURIComponent(escape(String.fromCharCode(
              ...new Uint8Array(ab, state[B.stream.kArrayBufferOffset], n))));
        } else {
          log.push(`client read ${n}`);
          client.close(() => log.push('client closed'));
        }
      };
      client.readStart();
    });
    0
  })JS"), 0);
  ASSERT_TRUE(Until("accepted.length === 1"));
  ASSERT_EQ(EvalInt(R"JS({
    const [status, peer] = accepted[0];
    globalThis.peer = peer;
    const state = B.stream.streamBaseState;
    peer.onread = (ab) => {
      const n = state[B.stream.kReadBytesOrError];
      if (n > 0) {
        const w = new B.stream.WriteWrap();
        peer.writeBuffer(w, new Uint8Array(ab, 0, n));
        const sr = new B.stream.ShutdownWrap();
        sr.oncomplete = (st) => log.push(`shutdown ${st}`);
        peer.shutdown(sr);
      } else {
        log.push(`peer read ${n}`);
        peer.close();
        server.close();
      }
    };
    peer.readStart();
    status
  })JS"), 0);
  ASSERT_TRUE(Until("log.includes('client closed') && log.some((l) => l.startsWith('peer read'))"));
  EXPECT_EQ(EvalInt("echoed === 'héllo ☃ 𝄞' ? 1 : 0"), 1);
  EXPECT_EQ(EvalInt("log[0] === 'connect 0 true true true' ? 1 : 0"), 1);
  // 'héllo ☃ 𝄞' is 15 bytes of UTF-8, written at once.
  EXPECT_EQ(EvalInt("log[1] === 'write 0 15 0' ? 1 : 0"), 1);
  EXPECT_EQ(EvalInt("log.includes('client read -4095') ? 1 : 0"), 1);  // UV_EOF
  EXPECT_EQ(EvalInt("log.includes('shutdown 0') ? 1 : 0"), 1);
  EXPECT_EQ(EvalInt("client.bytesRead === 15 && client.bytesWritten === 15 ? 1 : 0"), 0)
      << "closed handles report 0";
  uv_run(rt_->loop(), UV_RUN_DEFAULT);
  EXPECT_EQ(rt_->handle_count(), 0u);
  EXPECT_EQ(rt_->request_count(), 0u);
}

TEST_F(StreamWrapTest, CloseWithWritesQueuedCompletesThemAndFreesAll) {
  ASSERT_EQ(EvalInt(kServerSetup), 0);
  ASSERT_EQ(EvalInt(R"JS({
    globalThis.completions = [];
    globalThis.closed = false;
    globalThis.client = connectClient((status) => {
      const big = new Uint8Array(8 * 1024 * 1024);
      for (let i = 0; i < 8; i++) {
        const w = new B.stream.WriteWrap();
        w.oncomplete = (st) => completions.push(st);
        client.writeBuffer(w, big);
      }
      // The peer does not read: most of it is queued in the handle now.
      globalThis.queued = client.writeQueueSize;
      client.close(() => { closed = true; });
    });
    0
  })JS"), 0);
  ASSERT_TRUE(Until("closed"));
  EXPECT_EQ(EvalInt("queued > 0 ? 1 : 0"), 1);
  // Every queued write completed (cancelled) before the close callback.
  EXPECT_EQ(EvalInt("completions.length > 0 && completions.every((s) => s === -125) ? 1 : 0"),
            1);
  EXPECT_EQ(rt_->request_count(), 0u);
  EXPECT_EQ(EvalInt("for (const [, h] of accepted) h.close(); server.close(); 0"), 0);
  uv_run(rt_->loop(), UV_RUN_DEFAULT);
  EXPECT_EQ(rt_->handle_count(), 0u);
}

TEST_F(StreamWrapTest, AutoCorkGathersSmallWritesAndSendsThemBeforePolling) {
  ASSERT_EQ(EvalInt(kServerSetup), 0);
  ASSERT_EQ(EvalInt(R"JS({
    globalThis.connected = false;
    globalThis.client = connectClient(() => { connected = true; });
    0
  })JS"), 0);
  ASSERT_TRUE(Until("connected && accepted.length === 1"));
  ASSERT_EQ(EvalInt(R"JS({
    const state = B.stream.streamBaseState;
    globalThis.received = 0;
    const peer = accepted[0][1];
    peer.onread = () => {
      const n = state[B.stream.kReadBytesOrError];
      if (n > 0) received += n;
    };
    peer.readStart();
    // A stdio-like or unconnected handle refuses; a connected TCP one corks.
    const ok = client.setAutoCork(true) === true &&
               new B.tcp.TCP(B.tcp.constants.SOCKET).setAutoCork(true) === false;
    let allSync = true;
    for (let i = 0; i < 1000; i++) {
      if (client.writeLatin1String(new B.stream.WriteWrap(), 'x'.repeat(50)) !== 0) allSync = false;
      if (state[B.stream.kLastWriteWasAsync] !== 0) allSync = false;
    }
    // Nothing went out yet: it is all in the cork (and counted as queued).
    globalThis.queuedBeforeLoop = client.writeQueueSize;
    ok && allSync ? 1 : 0
  })JS"), 1);
  EXPECT_EQ(EvalInt("queuedBeforeLoop"), 50000);
  ASSERT_TRUE(Until("received === 50000"));
  EXPECT_EQ(EvalInt("client.writeQueueSize"), 0);
  // Corked bytes still go out when the handle closes right after the write.
  ASSERT_EQ(EvalInt("client.writeUtf8String(new B.stream.WriteWrap(), 'bye');"
                    "client.close(); 0"), 0);
  ASSERT_TRUE(Until("received === 50003"));
  EXPECT_EQ(EvalInt("accepted[0][1].close(); server.close(); 0"), 0);
  uv_run(rt_->loop(), UV_RUN_DEFAULT);
  EXPECT_EQ(rt_->request_count(), 0u);
}

TEST_F(StreamWrapTest, TeardownWithWritesQueuedAndHandlesOpen) {
  ASSERT_EQ(EvalInt(kServerSetup), 0);
  ASSERT_EQ(EvalInt(R"JS({
    globalThis.connected = false;
    globalThis.client = connectClient(() => {
      connected = true;
      const w = new B.stream.WriteWrap();
      w.oncomplete = () => { throw new Error('no JS during teardown'); };
      client.writeUtf8String(w, 'x'.repeat(32 * 1024 * 1024));
    });
    0
  })JS"), 0);
  ASSERT_TRUE(Until("connected && accepted.length === 1"));
  EXPECT_GT(rt_->request_count(), 0u);
  // TearDown (the fixture) checks that Teardown closes the loop cleanly.
}

TEST_F(StreamWrapTest, OpenStreamSurvivesGcWithoutReferences) {
  size_t before = loop::HandleWrap::finalized_count();
  EXPECT_EQ(EvalInt("const { TCP, constants } = internalBinding('tcp_wrap');"
                    "globalThis.w = new WeakRef(new TCP(constants.SOCKET)); 0"),
            0);
  rt_->RunMicrotasks();
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("w.deref() !== undefined ? 1 : 0"), 1);
  EXPECT_EQ(EvalInt("w.deref().close(); 0"), 0);
  uv_run(rt_->loop(), UV_RUN_NOWAIT);
  rt_->RunMicrotasks();
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("w.deref() === undefined ? 1 : 0"), 1);
  EXPECT_EQ(loop::HandleWrap::finalized_count() - before, 1u);
}

TEST_F(StreamWrapTest, ForeignThisAndBadArgumentsAreHarmless) {
  EXPECT_EQ(EvalInt(R"JS({
    const { LibuvStreamWrap, WriteWrap } = internalBinding('stream_wrap');
    const { TCP, constants } = internalBinding('tcp_wrap');
    const { Pipe } = internalBinding('pipe_wrap');
    const p = LibuvStreamWrap.prototype;
    const bad = [
      p.readStart.call({}), p.readStop.call(p), p.writeBuffer.call({}, new WriteWrap(), new Uint8Array(1)),
      p.writeUtf8String.call(TCP.prototype, new WriteWrap(), 'x'), p.shutdown.call(1, {}),
      TCP.prototype.connect.call(new Pipe(0), {}, '127.0.0.1', 1),
    ];
    const t = new TCP(constants.SOCKET);
    bad.push(t.writeBuffer(new WriteWrap(), 'not a view'));
    bad.push(t.writev(new WriteWrap(), 'not an array', true));
    bad.push(t.writev(new WriteWrap(), [1, 2], true));
    bad.push(t.connect(new WriteWrap(), 'not an ip', 80));
    bad.push(t.bind('999.0.0.1', 80));
    const r = bad.every((e) => typeof e === 'number' && e < 0) ? 1 : 0;
    t.close();
    t.close();
    bad.push(t.readStart());
    const s = t.setNoDelay(true);
    r && s < 0 && p.bytesRead === 0 ? 1 : (r ? 2 : 0)
  })JS"), 1);
  uv_run(rt_->loop(), UV_RUN_DEFAULT);
}

TEST_F(StreamWrapTest, TtyOnAPseudoTerminal) {
  int master = -1, slave = -1;
  struct winsize ws = {};
  ws.ws_row = 33;
  ws.ws_col = 111;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, &ws), 0);
  std::string fd = std::to_string(slave);
  EXPECT_EQ(EvalInt("const tty = internalBinding('tty_wrap');"
                    "tty.isTTY(" + fd + ") && !tty.isTTY(-1) ? 1 : 0"),
            1);
  EXPECT_EQ(EvalInt("const ctx = {}; globalThis.t = new tty.TTY(" + fd + ", ctx);"
                    "const size = [];"
                    "const err = t.getWindowSize(size);"
                    "ctx.code === undefined && err === 0 && size[0] === 111 && size[1] === 33 ? 1 : 0"),
            1);
  EXPECT_EQ(EvalInt("t.setRawMode(true) === 0 && t.setRawMode(false) === 0 ? 1 : 0"), 1);
  EXPECT_EQ(EvalInt("const { WriteWrap } = internalBinding('stream_wrap');"
                    "t.writeLatin1String(new WriteWrap(), 'tty says hi')"),
            0);
  char buf[64] = {};
  ssize_t n = read(master, buf, sizeof(buf) - 1);
  EXPECT_GT(n, 0);
  EXPECT_NE(std::string(buf).find("tty says hi"), std::string::npos);
  EXPECT_EQ(EvalInt("t.close(); 0"), 0);
  uv_run(rt_->loop(), UV_RUN_DEFAULT);
  close(slave);
  close(master);
}

TEST_F(StreamWrapTest, TtyInitFailureFillsContext) {
  char path[] = "/tmp/eddy-tty-test-XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  unlink(path);
  EXPECT_EQ(EvalInt("const { TTY } = internalBinding('tty_wrap'); const ctx = {};"
                    "const t = new TTY(" + std::to_string(fd) + ", ctx);"
                    "ctx.code === 'EINVAL' && ctx.errno === -22 && ctx.syscall === 'uv_tty_init' &&"
                    "typeof ctx.message === 'string' && t.getWindowSize([]) < 0 &&"
                    "t.readStart() < 0 && t.hasRef() === false ? 1 : 0"),
            1);
  EXPECT_EQ(rt_->handle_count(), 0u);
  rt_->RunMicrotasks();
  JS_GC(cx_);
  close(fd);
}

}  // namespace eddy::test
