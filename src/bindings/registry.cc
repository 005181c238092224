// eddy: internalBinding(name) and the binding table.
#include "bindings/registry.h"

#include <js/PropertyAndElement.h>

#include <cstring>
#include <string>

#include "engine/convert.h"
#include "engine/runtime.h"

namespace eddy::bindings {

namespace {

struct Entry {
  const char* name;
  InitFn init;
};

const Entry kBindings[] = {
    {"async_context_frame", InitAsyncContextFrame},
    {"buffer", InitBuffer},
    {"builtins", InitBuiltins},
    {"cares_wrap", InitCaresWrap},
    {"constants", InitConstants},
    {"contextify", InitContextify},
    {"credentials", InitCredentials},
    {"crypto", InitCrypto},
    {"crypto_keys", InitCryptoKeys},
    {"encoding_binding", InitEncodingBinding},
    {"errors", InitErrors},
    {"fs", InitFs},
    {"http_parser", InitHttpParser},
    {"icu", InitIcu},
    {"messaging", InitMessaging},
    {"message_port", InitMessagePort},
    {"os", InitOs},
    {"module_wrap", InitModuleWrap},
    {"pipe_wrap", InitPipeWrap},
    {"process_methods", InitProcessMethods},
    {"process_wrap", InitProcessWrap},
    {"signal_wrap", InitSignalWrap},
    {"spawn_sync", InitSpawnSync},
    {"stream_wrap", InitStreamWrap},
    {"task_queue", InitTaskQueue},
    {"tcp_wrap", InitTcpWrap},
    {"timers", InitTimers},
    {"tls_wrap", InitTlsWrap},
    {"tty_wrap", InitTtyWrap},
    {"types", InitTypes},
    {"udp_wrap", InitUdpWrap},
    {"url", InitUrl},
    {"util", InitUtil},
    {"uv", InitUv},
    {"zlib", InitZlibBinding},
    {"v8", InitV8},
    {"vm_script", InitVmScript},
};

}  // namespace

bool InternalBinding(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  Runtime* rt = Runtime::From(cx);
  JS::RootedObject cache(cx, rt->binding_cache());
  JS::RootedValue cached(cx);
  if (!JS_GetProperty(cx, cache, name.c_str(), &cached)) return false;
  if (cached.isObject()) {
    args.rval().set(cached);
    return true;
  }
  for (const Entry& e : kBindings) {
    if (name == e.name) {
      JS::RootedObject target(cx, JS_NewPlainObject(cx));
      if (!target || !e.init(cx, target)) return false;
      JS::RootedValue v(cx, JS::ObjectValue(*target));
      if (!JS_SetProperty(cx, cache, name.c_str(), v)) return false;
      args.rval().set(v);
      return true;
    }
  }
  JS_ReportErrorUTF8(cx, "No such binding: %s", name.c_str());
  return false;
}

}  // namespace eddy::bindings
