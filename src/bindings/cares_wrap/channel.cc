// eddy: ChannelWrap (see channel.h for the rules).
#include "bindings/cares_wrap/channel.h"

#include <ares.h>
#include <arpa/inet.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <js/Array.h>
#include <js/PropertyAndElement.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "bindings/cares_wrap/dns_answer.h"
#include "engine/class_wrap.h"
#include "engine/convert.h"
#include "engine/runtime.h"
#include "loop/callback_scope.h"
#include "loop/handle_wrap.h"
#include "util/check.h"

namespace eddy::bindings::cares_wrap {

namespace {

class Channel;

// --- the channel's loop handles -------------------------------------------------

// Reserved slot of the AresTimer's JS object that holds the ChannelWrap.
constexpr uint32_t kTimerChannelSlot = 1;

class AresTimer final : public loop::HandleWrap {
 public:
  AresTimer(Runtime* rt, JSObject* obj, Channel* channel)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&timer_)), channel_(channel) {
    uv_timer_init(rt->loop(), &timer_);
  }
  ~AresTimer() override;

  uv_timer_t* timer() { return &timer_; }
  bool open() const { return state() == kInitialized; }
  static void OnTimer(uv_timer_t* handle);

 private:
  uv_timer_t timer_;
  Channel* channel_;
};

const JSClassOps kAresTimerOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                                  nullptr, loop::HandleWrap::Finalize, nullptr,
                                  nullptr, nullptr};
const JSClass kAresTimerClass = {
    "AresTimer", JSCLASS_HAS_RESERVED_SLOTS(2) | JSCLASS_FOREGROUND_FINALIZE,
    &kAresTimerOps};

struct PollWatcher {
  uv_poll_t poll;
  Channel* channel;
  ares_socket_t fd;
};

// --- queries ---------------------------------------------------------------------

// What c-ares carries for one query (its callback `arg`).
struct QueryArg {
  Channel* channel;
  uint32_t id;
  QueryType type;
};

// A finished query waiting to be delivered to JS.
struct Completion {
  uint32_t id;
  QueryType type;
  int status;
  std::vector<uint8_t> answer;     // the raw answer (success only)
  std::vector<std::string> names;  // a hosts-file hit of getHostByAddr
  bool from_hosts = false;
};

class Channel {
 public:
  static Channel* Create(Runtime* rt, int timeout_ms, int tries, int* status);
  ~Channel();
  Channel(const Channel&) = delete;
  Channel& operator=(const Channel&) = delete;

  // Sends a query for `req`; false when a JS exception is pending.
  [[nodiscard]] bool Query(JSContext* cx, JS::HandleObject self, JS::HandleObject req,
                           QueryType type, const std::string& name);
  // Reverse lookup of a parsed address: the hosts file, then a PTR query.
  [[nodiscard]] bool GetHostByAddr(JSContext* cx, JS::HandleObject self,
                                   JS::HandleObject req, int family, const uint8_t* addr);
  void Cancel() {
    ares_cancel(channel_);
    UpdateTimer();
  }
  bool busy() const { return !requests_.empty(); }
  ares_channel ares() { return channel_; }

  void Trace(JSTracer* trc) {
    for (auto& entry : requests_) JS::TraceEdge(trc, &entry.second, "dns request");
  }

  // Loop callbacks.
  static void OnPoll(uv_poll_t* handle, int status, int events);
  void AfterProcess();
  void OnTimerGone(AresTimer* timer);

 private:
  explicit Channel(Runtime* rt) : rt_(rt) {}

  static void SockState(void* data, ares_socket_t fd, int readable, int writable);
  static void OnAnswer(void* arg, int status, int timeouts, unsigned char* abuf, int alen);

  [[nodiscard]] bool EnsureTimer(JSContext* cx, JS::HandleObject self);
  [[nodiscard]] bool Track(JSContext* cx, JS::HandleObject self, JS::HandleObject req,
                           uint32_t* id);
  void UpdateTimer();
  void CloseWatcher(PollWatcher* w);
  void Deliver();
  void DeliverOne(JSContext* cx, Completion& done);

  Runtime* rt_;
  ares_channel channel_ = nullptr;
  AresTimer* timer_ = nullptr;  // open while queries are in flight
  std::unordered_map<ares_socket_t, PollWatcher*> watchers_;
  std::unordered_map<uint32_t, JS::Heap<JSObject*>> requests_;
  std::deque<Completion> done_;
  uint32_t next_id_ = 1;
  bool destroying_ = false;
};

AresTimer::~AresTimer() { channel_->OnTimerGone(this); }

void AresTimer::OnTimer(uv_timer_t* handle) {
  auto* timer = static_cast<AresTimer*>(static_cast<loop::HandleWrap*>(handle->data));
  Channel* channel = timer->channel_;
  ares_process_fd(channel->ares(), ARES_SOCKET_BAD, ARES_SOCKET_BAD);
  channel->AfterProcess();
}

// c-ares's socket calls, with one change to sending. On loopback the ICMP
// "port unreachable" for one UDP query arrives before the next is sent, and
// the kernel reports it from that next send(). c-ares 1.18 then fails only the
// query being sent and leaves the earlier ones waiting for a reply that cannot
// come (ETIMEOUT). Sending once more puts the new query on the wire; its own
// refusal then reaches recv(), where c-ares fails every query of the server
// with ECONNREFUSED, as node's c-ares does.
ares_socket_t SockOpen(int domain, int type, int protocol, void*) {
  return socket(domain, type, protocol);
}
int SockClose(ares_socket_t fd, void*) { return close(fd); }
int SockConnect(ares_socket_t fd, const struct sockaddr* addr, ares_socklen_t len, void*) {
  return connect(fd, addr, len);
}
ares_ssize_t SockRecvFrom(ares_socket_t fd, void* buf, size_t len, int flags,
                          struct sockaddr* from, ares_socklen_t* from_len, void*) {
  return recvfrom(fd, buf, len, flags, from, from_len);
}
ares_ssize_t SockSendv(ares_socket_t fd, const struct iovec* iov, int iovcnt, void*) {
  struct msghdr msg = {};
  msg.msg_iov = const_cast<struct iovec*>(iov);
  msg.msg_iovlen = static_cast<size_t>(iovcnt);
  ares_ssize_t n = sendmsg(fd, &msg, MSG_NOSIGNAL);
  if (n < 0 && errno == ECONNREFUSED) n = sendmsg(fd, &msg, MSG_NOSIGNAL);
  return n;
}
const struct ares_socket_functions kSocketFunctions = {SockOpen, SockClose, SockConnect,
                                                       SockRecvFrom, SockSendv};

Channel* Channel::Create(Runtime* rt, int timeout_ms, int tries, int* status) {
  static bool library_ready = false;
  if (!library_ready) {
    *status = ares_library_init(ARES_LIB_INIT_ALL);
    if (*status != ARES_SUCCESS) return nullptr;
    library_ready = true;
  }
  auto* ch = new Channel(rt);
  struct ares_options options;
  memset(&options, 0, sizeof(options));
  // Like node: REFUSED/SERVFAIL answers reach the caller instead of being
  // retried on the next server.
  options.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_EDNS;
  // EDNS with the payload size node's c-ares advertises, so answers over 512
  // bytes come back over UDP as they do for node.
  options.ednspsz = 1232;
  options.sock_state_cb = SockState;
  options.sock_state_cb_data = ch;
  options.tries = tries;
  int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TRIES | ARES_OPT_EDNSPSZ;
  if (timeout_ms >= 0) {
    options.timeout = timeout_ms;
    mask |= ARES_OPT_TIMEOUTMS;
  }
  *status = ares_init_options(&ch->channel_, &options, mask);
  if (*status != ARES_SUCCESS) {
    ch->channel_ = nullptr;
    delete ch;
    return nullptr;
  }
  ares_set_socket_functions(ch->channel_, &kSocketFunctions, nullptr);
  return ch;
}

Channel::~Channel() {
  // Only an idle channel is collected while the loop runs (an active one is
  // held by its timer); at teardown the loop handles are already closed and
  // c-ares fails what is left with ARES_EDESTRUCTION, which calls no JS.
  destroying_ = true;
  if (channel_) ares_destroy(channel_);
  EDDY_CHECK(timer_ == nullptr);
}

bool Channel::EnsureTimer(JSContext* cx, JS::HandleObject self) {
  if (timer_) return true;
  JS::RootedObject obj(cx, JS_NewObject(cx, &kAresTimerClass));
  if (!obj) return false;
  JS::SetReservedSlot(obj, kTimerChannelSlot, JS::ObjectValue(*self));
  timer_ = new AresTimer(rt_, obj, this);
  return true;
}

bool Channel::Track(JSContext* cx, JS::HandleObject self, JS::HandleObject req,
                    uint32_t* id) {
  if (!EnsureTimer(cx, self)) return false;
  do {
    *id = next_id_++;
  } while (*id == 0 || requests_.count(*id));
  requests_.emplace(*id, req.get());
  return true;
}

bool Channel::Query(JSContext* cx, JS::HandleObject self, JS::HandleObject req,
                    QueryType type, const std::string& name) {
  uint32_t id;
  if (!Track(cx, self, req, &id)) return false;
  // The callback may run before ares_query returns (a malformed name); the
  // completion then waits for the timer like any other.
  ares_query(channel_, name.c_str(), 1 /* class IN */, RecordTypeFor(type), OnAnswer,
             new QueryArg{this, id, type});
  UpdateTimer();
  return true;
}

// --- reverse lookups -------------------------------------------------------------

// The names /etc/hosts gives `addr` (c-ares merges every line of an address,
// dropping repeated names).
bool LookupHostsFile(int family, const uint8_t* addr, std::vector<std::string>* names) {
  FILE* f = fopen("/etc/hosts", "re");
  if (!f) return false;
  size_t addr_len = family == AF_INET ? 4 : 16;
  char line[1024];
  while (fgets(line, sizeof(line), f)) {
    if (char* hash = strchr(line, '#')) *hash = '\0';
    char* save = nullptr;
    char* tok = strtok_r(line, " \t\r\n", &save);
    if (!tok) continue;
    uint8_t parsed[16];
    if (inet_pton(family, tok, parsed) != 1 || memcmp(parsed, addr, addr_len) != 0) continue;
    while ((tok = strtok_r(nullptr, " \t\r\n", &save))) {
      bool seen = false;
      for (const std::string& n : *names) {
        if (strcasecmp(n.c_str(), tok) == 0) seen = true;
      }
      if (!seen) names->emplace_back(tok);
    }
  }
  fclose(f);
  return !names->empty();
}

std::string ReverseName(int family, const uint8_t* addr) {
  char buf[80];
  if (family == AF_INET) {
    snprintf(buf, sizeof(buf), "%u.%u.%u.%u.in-addr.arpa", addr[3], addr[2], addr[1],
             addr[0]);
    return buf;
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (int i = 15; i >= 0; i--) {
    out += kHex[addr[i] & 0xf];
    out += '.';
    out += kHex[addr[i] >> 4];
    out += '.';
  }
  return out + "ip6.arpa";
}

bool Channel::GetHostByAddr(JSContext* cx, JS::HandleObject self, JS::HandleObject req,
                            int family, const uint8_t* addr) {
  uint32_t id;
  if (!Track(cx, self, req, &id)) return false;
  std::vector<std::string> names;
  if (LookupHostsFile(family, addr, &names)) {
    // The canonical name is the first; node reports the aliases.
    names.erase(names.begin());
    Completion done{id, QueryType::kReverse, ARES_SUCCESS, {}, std::move(names), true};
    done_.push_back(std::move(done));
  } else {
    ares_query(channel_, ReverseName(family, addr).c_str(), 1, RecordTypeFor(QueryType::kReverse),
               OnAnswer, new QueryArg{this, id, QueryType::kReverse});
  }
  UpdateTimer();
  return true;
}

// --- c-ares callbacks (no JS here) --------------------------------------------------

void Channel::OnAnswer(void* arg, int status, int timeouts, unsigned char* abuf, int alen) {
  auto* query = static_cast<QueryArg*>(arg);
  Channel* ch = query->channel;
  if (!ch->destroying_) {
    Completion done{query->id, query->type, status, {}, {}, false};
    if (status == ARES_SUCCESS && abuf && alen > 0) done.answer.assign(abuf, abuf + alen);
    ch->done_.push_back(std::move(done));
  }
  delete query;
}

void Channel::SockState(void* data, ares_socket_t fd, int readable, int writable) {
  auto* ch = static_cast<Channel*>(data);
  if (ch->destroying_) return;
  auto it = ch->watchers_.find(fd);
  if (!readable && !writable) {
    if (it != ch->watchers_.end()) {
      PollWatcher* w = it->second;
      ch->watchers_.erase(it);
      ch->CloseWatcher(w);
    }
    return;
  }
  PollWatcher* w;
  if (it != ch->watchers_.end()) {
    w = it->second;
  } else {
    w = new PollWatcher{};
    w->channel = ch;
    w->fd = fd;
    if (uv_poll_init_socket(ch->rt_->loop(), &w->poll, fd) != 0) {
      // Unwatchable: c-ares still times the query out.
      delete w;
      return;
    }
    w->poll.data = w;
    ch->watchers_.emplace(fd, w);
  }
  int events = (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0);
  uv_poll_start(&w->poll, events, OnPoll);
  if (!ch->busy()) uv_unref(reinterpret_cast<uv_handle_t*>(&w->poll));
}

void Channel::CloseWatcher(PollWatcher* w) {
  uv_poll_stop(&w->poll);
  uv_close(reinterpret_cast<uv_handle_t*>(&w->poll), [](uv_handle_t* h) {
    delete static_cast<PollWatcher*>(h->data);
  });
}

// --- the loop side ----------------------------------------------------------------

void Channel::OnPoll(uv_poll_t* handle, int status, int events) {
  auto* w = static_cast<PollWatcher*>(handle->data);
  Channel* ch = w->channel;
  ares_socket_t fd = w->fd;
  if (status < 0) {
    // An error on the socket: let c-ares read and write to find out.
    ares_process_fd(ch->channel_, fd, fd);
  } else {
    ares_process_fd(ch->channel_, (events & UV_READABLE) ? fd : ARES_SOCKET_BAD,
                    (events & UV_WRITABLE) ? fd : ARES_SOCKET_BAD);
  }
  ch->AfterProcess();
}

void Channel::AfterProcess() {
  if (!done_.empty() && rt_->can_call_into_js()) Deliver();
  UpdateTimer();
}

void Channel::Deliver() {
  Runtime* rt = rt_;
  JSContext* cx = rt->cx();
  loop::CallbackScope scope(rt);
  // The timer (open while anything is undelivered) keeps this channel alive
  // through the callbacks below.
  while (!done_.empty() && rt->can_call_into_js()) {
    Completion done = std::move(done_.front());
    done_.pop_front();
    DeliverOne(cx, done);
  }
}

void Channel::DeliverOne(JSContext* cx, Completion& done) {
  auto it = requests_.find(done.id);
  if (it == requests_.end()) return;
  JS::RootedObject req(cx, it->second);
  requests_.erase(it);

  int status = done.status;
  if (done.type == QueryType::kReverse && status != ARES_SUCCESS &&
      status != ARES_ECANCELLED && status != ARES_EDESTRUCTION) {
    // c-ares reports a failed reverse lookup as "not found", whatever the
    // server said.
    status = ARES_ENOTFOUND;
  }
  JS::RootedValueArray<3> args(cx);
  unsigned argc = 1;
  bool ok = true;
  if (status == ARES_SUCCESS) {
    if (done.from_hosts) {
      ok = NamesToArray(cx, done.names, args[1]);
    } else {
      DnsMessage msg;
      if (!msg.Parse(done.answer.data(), done.answer.size())) {
        status = ARES_EBADRESP;
      } else {
        ok = BuildAnswer(cx, done.type, msg, &status, args[1], args[2]);
      }
      if (ok && done.type == QueryType::kReverse && status != ARES_SUCCESS &&
          status != ARES_ECANCELLED) {
        status = ARES_ENOTFOUND;
      }
    }
    argc = args[2].isUndefined() ? 2 : 3;
  }
  if (!ok) {
    rt_->HandleUncaughtException();
    return;
  }
  if (status != ARES_SUCCESS) {
    JSString* code = JS_NewStringCopyZ(cx, AresErrorName(status));
    if (!code) {
      rt_->HandleUncaughtException();
      return;
    }
    args[0].setString(code);
    argc = 1;
  } else {
    args[0].setInt32(0);
  }
  JS::RootedValue fn(cx);
  if (!JS_GetProperty(cx, req, "oncomplete", &fn)) {
    rt_->HandleUncaughtException();
    return;
  }
  // A request made through the binding without a callback: nobody to tell.
  if (!fn.isObject() || !JS::IsCallable(&fn.toObject())) return;
  JS::RootedValue recv(cx, JS::ObjectValue(*req)), rv(cx);
  (void)rt_->CallAndReport(recv, fn, JS::HandleValueArray::subarray(args, 0, argc), &rv);
}

void Channel::UpdateTimer() {
  if (destroying_ || rt_->is_stopping()) return;
  bool busy = !requests_.empty();
  for (auto& entry : watchers_) {
    auto* h = reinterpret_cast<uv_handle_t*>(&entry.second->poll);
    if (busy) uv_ref(h); else uv_unref(h);
  }
  if (!timer_) return;
  if (!busy && watchers_.empty() && done_.empty()) {
    // Idle: drop the timer, and with it the hold on this channel.
    AresTimer* timer = timer_;
    timer_ = nullptr;
    timer->Close(JS::UndefinedHandleValue);
    return;
  }
  if (!timer_->open()) return;
  auto* h = reinterpret_cast<uv_handle_t*>(timer_->timer());
  if (busy) uv_ref(h); else uv_unref(h);
  if (!done_.empty()) {
    uv_timer_start(timer_->timer(), AresTimer::OnTimer, 0, 0);
    return;
  }
  struct timeval storage;
  struct timeval* tv = ares_timeout(channel_, nullptr, &storage);
  if (!tv) {
    uv_timer_stop(timer_->timer());
    return;
  }
  uint64_t ms = static_cast<uint64_t>(tv->tv_sec) * 1000 + (tv->tv_usec + 999) / 1000;
  uv_timer_start(timer_->timer(), AresTimer::OnTimer, ms, 0);
}

void Channel::OnTimerGone(AresTimer* timer) {
  if (timer != timer_) return;
  // Teardown closed the timer under us: close the socket watchers too, so
  // the loop can finish. The queries die with the channel.
  timer_ = nullptr;
  for (auto& entry : watchers_) CloseWatcher(entry.second);
  watchers_.clear();
}

// --- the JS class -------------------------------------------------------------------

void FinalizeChannel(JS::GCContext* gcx, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<Channel>(obj, kNativeSlot);
}

void TraceChannel(JSTracer* trc, JSObject* obj) {
  if (auto* ch = JS::GetMaybePtrFromReservedSlot<Channel>(obj, kNativeSlot)) ch->Trace(trc);
}

const JSClassOps kChannelOps = {nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                                FinalizeChannel, nullptr, nullptr, TraceChannel};
const JSClass kChannelClass = {
    "ChannelWrap", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE,
    &kChannelOps};

Channel* Unwrap(JSContext* cx, const JS::CallArgs& args) {
  Channel* ch = UnwrapThis<Channel>(cx, args, &kChannelClass);
  if (!ch) ThrowTypeError(cx, "Illegal invocation");
  return ch;
}

int32_t IntArg(const JS::Value& v, int32_t def) {
  if (v.isInt32()) return v.toInt32();
  if (v.isDouble()) return static_cast<int32_t>(JS::ToInt32(v.toDouble()));
  return def;
}

// new ChannelWrap(timeout, tries)
// c-ares is bound lazily (tools/gen/lazy_lib.py): the first ares_* call
// dlopens it and aborts the process when that fails, which it does when no
// file descriptor is left (EMFILE). Loading it here first turns that into a
// JS error. 0 or a negative libuv errno.
int EnsureAresLoadable() {
  static bool loaded = false;
  if (loaded) return 0;
  if (dlopen("libcares.so.2", RTLD_NOW | RTLD_GLOBAL) != nullptr) {
    loaded = true;  // kept open: the lazy binder's dlopen now cannot fail
    return 0;
  }
  // Another soname: the lazy binder knows it; just make sure it can open it.
  int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return uv_translate_sys_error(errno);
  close(fd);
  return 0;
}

bool New(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.isConstructing()) {
    return ThrowTypeError(cx, "Class constructor ChannelWrap cannot be invoked without 'new'");
  }
  if (int err = EnsureAresLoadable()) {
    std::string msg = std::string("c-ares initialization failed: cannot load c-ares: ") +
                      uv_err_name(err) + ": " + uv_strerror(err);
    return ThrowError(cx, msg.c_str());
  }
  int timeout = IntArg(args.get(0), -1);
  int tries = IntArg(args.get(1), 4);
  if (tries < 1) tries = 1;
  JS::RootedObject obj(cx, JS_NewObjectForConstructor(cx, &kChannelClass, args));
  if (!obj) return false;
  int status;
  Channel* ch = Channel::Create(Runtime::From(cx), timeout, tries, &status);
  if (!ch) {
    std::string msg = std::string("c-ares initialization failed: ") + ares_strerror(status);
    return ThrowError(cx, msg.c_str());
  }
  SetNative(obj, ch);
  args.rval().setObject(*obj);
  return true;
}

// query*(req, name) -> 0
template <QueryType kType>
bool QueryMethod(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Channel* ch = Unwrap(cx, args);
  if (!ch) return false;
  if (!args.get(0).isObject()) return ThrowTypeError(cx, "The request must be an object");
  JS::RootedObject self(cx, &args.thisv().toObject());
  JS::RootedObject req(cx, &args[0].toObject());
  std::string name;
  if (!ToUtf8(cx, args.get(1), &name)) return false;
  if (!ch->Query(cx, self, req, kType, name)) return false;
  args.rval().setInt32(0);
  return true;
}

// getHostByAddr(req, address) -> 0, or UV_EINVAL for something not an IP
bool GetHostByAddr(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Channel* ch = Unwrap(cx, args);
  if (!ch) return false;
  if (!args.get(0).isObject()) return ThrowTypeError(cx, "The request must be an object");
  JS::RootedObject self(cx, &args.thisv().toObject());
  JS::RootedObject req(cx, &args[0].toObject());
  std::string name;
  if (!ToUtf8(cx, args.get(1), &name)) return false;
  uint8_t addr[16];
  int family;
  if (inet_pton(AF_INET, name.c_str(), addr) == 1) {
    family = AF_INET;
  } else if (inet_pton(AF_INET6, name.c_str(), addr) == 1) {
    family = AF_INET6;
  } else {
    args.rval().setInt32(UV_EINVAL);
    return true;
  }
  if (!ch->GetHostByAddr(cx, self, req, family, addr)) return false;
  args.rval().setInt32(0);
  return true;
}

// getServers() -> [[ip, port], ...]
bool GetServers(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Channel* ch = Unwrap(cx, args);
  if (!ch) return false;
  struct ares_addr_port_node* servers = nullptr;
  int status = ares_get_servers_ports(ch->ares(), &servers);
  if (status != ARES_SUCCESS) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedObject list(cx, JS::NewArrayObject(cx, 0));
  bool ok = list != nullptr;
  JS::RootedValueArray<2> pair(cx);
  JS::RootedValue item(cx);
  uint32_t i = 0;
  for (auto* cur = servers; ok && cur; cur = cur->next) {
    char ip[INET6_ADDRSTRLEN];
    if (!inet_ntop(cur->family, &cur->addr, ip, sizeof(ip))) continue;
    JSString* s = JS_NewStringCopyZ(cx, ip);
    ok = s != nullptr;
    if (!ok) break;
    pair[0].setString(s);
    pair[1].setInt32(cur->udp_port);
    JSObject* arr = JS::NewArrayObject(cx, pair);
    ok = arr != nullptr;
    if (!ok) break;
    item.setObject(*arr);
    ok = JS_DefineElement(cx, list, i++, item, JSPROP_ENUMERATE);
  }
  ares_free_data(servers);
  if (!ok) return false;
  args.rval().setObject(*list);
  return true;
}

// setServers([[family, ip, port], ...]) -> 0, an ares error, or
// kSetServersPending
bool SetServers(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Channel* ch = Unwrap(cx, args);
  if (!ch) return false;
  if (ch->busy()) {
    args.rval().setInt32(kSetServersPending);
    return true;
  }
  if (!args.get(0).isObject()) return ThrowTypeError(cx, "The servers must be an array");
  JS::RootedObject list(cx, &args[0].toObject());
  uint32_t n = 0;
  if (!JS::GetArrayLength(cx, list, &n)) return false;
  std::vector<ares_addr_port_node> nodes(n);
  JS::RootedValue item(cx), part(cx);
  std::string ip;
  for (uint32_t i = 0; i < n; i++) {
    if (!JS_GetElement(cx, list, i, &item)) return false;
    if (!item.isObject()) return ThrowTypeError(cx, "Each server must be an array");
    JS::RootedObject entry(cx, &item.toObject());
    if (!JS_GetElement(cx, entry, 0, &part)) return false;
    int family = IntArg(part, 0);
    if (!JS_GetElement(cx, entry, 1, &part) || !ToUtf8(cx, part, &ip)) return false;
    if (!JS_GetElement(cx, entry, 2, &part)) return false;
    int port = IntArg(part, 53);
    ares_addr_port_node& node = nodes[i];
    memset(&node, 0, sizeof(node));
    node.family = family == 6 ? AF_INET6 : AF_INET;
    if (inet_pton(node.family, ip.c_str(), &node.addr) != 1) {
      args.rval().setInt32(ARES_EBADSTR);
      return true;
    }
    node.udp_port = port;
    node.tcp_port = port;
    node.next = i + 1 < n ? &nodes[i + 1] : nullptr;
  }
  args.rval().setInt32(ares_set_servers_ports(ch->ares(), n ? nodes.data() : nullptr));
  return true;
}

// setLocalAddress(first, second?) -> 0 set; 1 not an IP; 2 two IPv4; 3 two IPv6
bool SetLocalAddress(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Channel* ch = Unwrap(cx, args);
  if (!ch) return false;
  std::string first, second;
  if (!ToUtf8(cx, args.get(0), &first)) return false;
  bool has_second = args.get(1).isString();
  if (has_second && !ToUtf8(cx, args[1], &second)) return false;
  uint8_t a4[4], a6[16];
  bool set4 = false, set6 = false;
  auto take = [&](const std::string& ip) {
    uint8_t tmp[16];
    if (inet_pton(AF_INET, ip.c_str(), tmp) == 1) {
      if (set4) return 2;
      memcpy(a4, tmp, 4);
      set4 = true;
      return 0;
    }
    if (inet_pton(AF_INET6, ip.c_str(), tmp) == 1) {
      if (set6) return 3;
      memcpy(a6, tmp, 16);
      set6 = true;
      return 0;
    }
    return 1;
  };
  int result = take(first);
  if (result == 0 && has_second) result = take(second);
  if (result != 0) {
    args.rval().setInt32(result);
    return true;
  }
  // An address not given resets that family to "any".
  uint32_t v4 = 0;
  if (set4) memcpy(&v4, a4, 4);
  ares_set_local_ip4(ch->ares(), ntohl(v4));
  if (!set6) memset(a6, 0, sizeof(a6));
  ares_set_local_ip6(ch->ares(), a6);
  args.rval().setInt32(0);
  return true;
}

bool CancelMethod(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Channel* ch = Unwrap(cx, args);
  if (!ch) return false;
  ch->Cancel();
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kChannelMethods[] = {
    JS_FN("queryAny", QueryMethod<QueryType::kAny>, 2, 0),
    JS_FN("queryA", QueryMethod<QueryType::kA>, 2, 0),
    JS_FN("queryAaaa", QueryMethod<QueryType::kAaaa>, 2, 0),
    JS_FN("queryCaa", QueryMethod<QueryType::kCaa>, 2, 0),
    JS_FN("queryCname", QueryMethod<QueryType::kCname>, 2, 0),
    JS_FN("queryMx", QueryMethod<QueryType::kMx>, 2, 0),
    JS_FN("queryNs", QueryMethod<QueryType::kNs>, 2, 0),
    JS_FN("queryTxt", QueryMethod<QueryType::kTxt>, 2, 0),
    JS_FN("querySrv", QueryMethod<QueryType::kSrv>, 2, 0),
    JS_FN("queryPtr", QueryMethod<QueryType::kPtr>, 2, 0),
    JS_FN("queryNaptr", QueryMethod<QueryType::kNaptr>, 2, 0),
    JS_FN("querySoa", QueryMethod<QueryType::kSoa>, 2, 0),
    JS_FN("getHostByAddr", GetHostByAddr, 2, 0),
    JS_FN("getServers", GetServers, 0, 0),
    JS_FN("setServers", SetServers, 1, 0),
    JS_FN("setLocalAddress", SetLocalAddress, 2, 0),
    JS_FN("cancel", CancelMethod, 0, 0),
    JS_FS_END};

}  // namespace

bool InitChannelWrap(JSContext* cx, JS::HandleObject target) {
  return JS_InitClass(cx, target, nullptr, &kChannelClass, New, 2, nullptr, kChannelMethods,
                      nullptr, nullptr) != nullptr;
}

}  // namespace eddy::bindings::cares_wrap
