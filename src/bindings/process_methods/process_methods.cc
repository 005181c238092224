// eddy: the `process_methods` binding (node's src/node_process_methods.cc and
// node_env_var.cc): process facts and system calls behind lib/'s process
// object. Failures return a negative libuv errno; lib/ builds the exception.
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <js/BigInt.h>
#include <js/MemoryMetrics.h>
#include <js/PropertyAndElement.h>
#include <js/experimental/TypedData.h>
#include <jsfriendapi.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "bindings/registry.h"
#include "engine/convert.h"
#include "engine/runtime.h"

extern char** environ;

namespace eddy::bindings {

namespace {

uint64_t g_start_hrtime = uv_hrtime();

bool Cwd(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[4096];
  size_t size = sizeof buf;
  int err = uv_cwd(buf, &size);
  if (err) {
    args.rval().setInt32(err);
    return true;
  }
  JSString* s = NewStringUtf8(cx, std::string_view(buf, size));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

bool Chdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string dir;
  if (!ToUtf8(cx, args.get(0), &dir)) return false;
  args.rval().setInt32(uv_chdir(dir.c_str()));
  return true;
}

bool Umask(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  mode_t old;
  if (args.get(0).isUndefined()) {
    old = umask(0);
    umask(old);
  } else {
    old = umask(static_cast<mode_t>(args[0].toNumber()));
  }
  args.rval().setInt32(static_cast<int32_t>(old));
  return true;
}

// hrtime(): [seconds, nanoseconds] as numbers.
bool Hrtime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uint64_t t = uv_hrtime();
  JS::RootedValueArray<2> parts(cx);
  parts[0].setNumber(static_cast<double>(t / 1000000000));
  parts[1].setNumber(static_cast<double>(t % 1000000000));
  JSObject* arr = JS::NewArrayObject(cx, parts);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool HrtimeBigInt(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::BigInt* b = JS::NumberToBigInt(cx, static_cast<uint64_t>(uv_hrtime()));
  if (!b) return false;
  args.rval().setBigInt(b);
  return true;
}

bool Uptime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(uv_hrtime() - g_start_hrtime) / 1e9);
  return true;
}

double SinceStartMs(uint64_t t) {
  return t == 0 ? -1 : static_cast<double>(t - g_start_hrtime) / 1e6;
}

// markBootstrapComplete(): the main entry is about to run user code.
bool MarkBootstrapComplete(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Runtime::From(cx)->milestones()->bootstrap_complete = uv_hrtime();
  args.rval().setUndefined();
  return true;
}

// loopTimes(out): out = [bootstrapComplete, loopStart, loopExit, idleTime], ms
// since process start (-1 = not reached) and ms of loop idle time.
bool LoopTimes(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !JS_IsFloat64Array(&args[0].toObject()) ||
      JS_GetTypedArrayLength(&args[0].toObject()) < 4) {
    return ThrowTypeError(cx, "loopTimes: Float64Array(4) expected");
  }
  Runtime* rt = Runtime::From(cx);
  const Runtime::Milestones* m = rt->milestones();
  double values[4] = {
      SinceStartMs(m->bootstrap_complete), SinceStartMs(m->loop_start),
      SinceStartMs(m->loop_exit),
      static_cast<double>(uv_metrics_idle_time(rt->loop())) / 1e6};
  JS::AutoCheckCannotGC nogc;
  bool shared;
  double* out = JS_GetFloat64ArrayData(&args[0].toObject(), &shared, nogc);
  for (int i = 0; i < 4; i++) out[i] = values[i];
  args.rval().setUndefined();
  return true;
}

bool Rss(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  size_t rss = 0;
  int err = uv_resident_set_memory(&rss);
  args.rval().setNumber(err ? 0.0 : static_cast<double>(rss));
  return true;
}

// memoryUsage() -> [rss, heapTotal, heapUsed, external, arrayBuffers]
bool MemoryUsage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  size_t rss = 0;
  (void)uv_resident_set_memory(&rss);
  double heap_total = JS_GetGCParameter(cx, JSGC_TOTAL_CHUNKS) * 1024.0 * 1024.0;
  double heap_used = JS_GetGCParameter(cx, JSGC_BYTES);
  double malloc_bytes = 0;  // not exposed by the engine
  JS::RootedValueArray<5> parts(cx);
  parts[0].setNumber(static_cast<double>(rss));
  parts[1].setNumber(heap_total > heap_used ? heap_total : heap_used);
  parts[2].setNumber(heap_used);
  parts[3].setNumber(malloc_bytes);
  parts[4].setNumber(malloc_bytes);
  JSObject* arr = JS::NewArrayObject(cx, parts);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// cpuUsage() -> [user µs, system µs]
bool CpuUsage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err) {
    args.rval().setInt32(err);
    return true;
  }
  JS::RootedValueArray<2> parts(cx);
  parts[0].setNumber(ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec);
  parts[1].setNumber(ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec);
  JSObject* arr = JS::NewArrayObject(cx, parts);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool ResourceUsage(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_rusage_t ru;
  int err = uv_getrusage(&ru);
  if (err) {
    args.rval().setInt32(err);
    return true;
  }
  double f[16] = {
      ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec,
      ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec,
      static_cast<double>(ru.ru_maxrss), static_cast<double>(ru.ru_ixrss),
      static_cast<double>(ru.ru_idrss), static_cast<double>(ru.ru_isrss),
      static_cast<double>(ru.ru_minflt), static_cast<double>(ru.ru_majflt),
      static_cast<double>(ru.ru_nswap), static_cast<double>(ru.ru_inblock),
      static_cast<double>(ru.ru_oublock), static_cast<double>(ru.ru_msgsnd),
      static_cast<double>(ru.ru_msgrcv), static_cast<double>(ru.ru_nsignals),
      static_cast<double>(ru.ru_nvcsw), static_cast<double>(ru.ru_nivcsw)};
  JS::RootedValueVector parts(cx);
  for (double d : f) {
    if (!parts.append(JS::NumberValue(d))) return false;
  }
  JSObject* arr = JS::NewArrayObject(cx, parts);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool Kill(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int pid = static_cast<int>(args.get(0).toNumber());
  int sig = static_cast<int>(args.get(1).toNumber());
  args.rval().setInt32(uv_kill(pid, sig));
  return true;
}

bool ReallyExit(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int code = args.get(0).isNumber() ? static_cast<int>(args[0].toNumber()) : 0;
  Runtime::From(cx)->Exit(code);
}

bool RawDebug(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string s;
  if (!ToUtf8(cx, args.get(0), &s)) return false;
  std::fprintf(stderr, "%s\n", s.c_str());
  std::fflush(stderr);
  args.rval().setUndefined();
  return true;
}

bool GetTitle(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[512];
  if (uv_get_process_title(buf, sizeof buf) != 0) buf[0] = 0;
  JSString* s = NewStringUtf8(cx, buf);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

bool SetTitle(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string s;
  if (!ToUtf8(cx, args.get(0), &s)) return false;
  uv_set_process_title(s.c_str());
  args.rval().setUndefined();
  return true;
}

bool GetPpid(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setInt32(uv_os_getppid());
  return true;
}

// --- environment ---------------------------------------------------------------

bool GetEnv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  const char* v = getenv(name.c_str());
  if (!v) {
    args.rval().setUndefined();
    return true;
  }
  JSString* s = NewStringUtf8(cx, v);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

bool SetEnv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name, value;
  if (!ToUtf8(cx, args.get(0), &name) || !ToUtf8(cx, args.get(1), &value)) {
    return false;
  }
  if (!name.empty() && name.find('=') == std::string::npos) {
    setenv(name.c_str(), value.c_str(), 1);
  }
  args.rval().setUndefined();
  return true;
}

bool UnsetEnv(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string name;
  if (!ToUtf8(cx, args.get(0), &name)) return false;
  if (name.find('=') == std::string::npos) unsetenv(name.c_str());
  args.rval().setUndefined();
  return true;
}

bool EnvKeys(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  uint32_t n = 0;
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (!eq || eq == *e) continue;
    JS::RootedString s(cx, NewStringUtf8(cx, std::string_view(*e, eq - *e)));
    if (!s || !JS_SetElement(cx, arr, n++, s)) return false;
  }
  args.rval().setObject(*arr);
  return true;
}

// --- hooks -------------------------------------------------------------------------

bool SetFatalException(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject() || !args.get(1).isObject()) return false;
  Runtime::From(cx)->set_fatal_exception(&args[0].toObject(), &args[1].toObject());
  args.rval().setUndefined();
  return true;
}

bool SetEmitProcessEvent(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) return false;
  Runtime::From(cx)->set_emit_process_event(&args[0].toObject());
  args.rval().setUndefined();
  return true;
}

bool Gc(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS_GC(cx);
  args.rval().setUndefined();
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("cwd", Cwd, 0, 0),
    JS_FN("chdir", Chdir, 1, 0),
    JS_FN("umask", Umask, 1, 0),
    JS_FN("hrtime", Hrtime, 0, 0),
    JS_FN("hrtimeBigInt", HrtimeBigInt, 0, 0),
    JS_FN("uptime", Uptime, 0, 0),
    JS_FN("loopTimes", LoopTimes, 1, 0),
    JS_FN("markBootstrapComplete", MarkBootstrapComplete, 0, 0),
    JS_FN("rss", Rss, 0, 0),
    JS_FN("memoryUsage", MemoryUsage, 0, 0),
    JS_FN("cpuUsage", CpuUsage, 0, 0),
    JS_FN("resourceUsage", ResourceUsage, 0, 0),
    JS_FN("kill", Kill, 2, 0),
    JS_FN("reallyExit", ReallyExit, 1, 0),
    JS_FN("_rawDebug", RawDebug, 1, 0),
    JS_FN("getTitle", GetTitle, 0, 0),
    JS_FN("setTitle", SetTitle, 1, 0),
    JS_FN("getPpid", GetPpid, 0, 0),
    JS_FN("getEnv", GetEnv, 1, 0),
    JS_FN("setEnv", SetEnv, 2, 0),
    JS_FN("unsetEnv", UnsetEnv, 1, 0),
    JS_FN("envKeys", EnvKeys, 0, 0),
    JS_FN("setFatalException", SetFatalException, 2, 0),
    JS_FN("setEmitProcessEvent", SetEmitProcessEvent, 1, 0),
    JS_FN("gc", Gc, 0, 0),
    JS_FS_END};

}  // namespace

bool InitProcessMethods(JSContext* cx, JS::HandleObject target) {
  if (!JS_DefineFunctions(cx, target, kMethods)) return false;
  Runtime* rt = Runtime::From(cx);
  const cli::Options& o = rt->options();
  JS::RootedValue v(cx);
  if (!StringArray(cx, o.argv, &v) ||
      !JS_DefineProperty(cx, target, "argv", v, JSPROP_ENUMERATE)) {
    return false;
  }
  if (!StringArray(cx, o.exec_argv, &v) ||
      !JS_DefineProperty(cx, target, "execArgv", v, JSPROP_ENUMERATE)) {
    return false;
  }
  if (!StringArray(cx, o.requires, &v) ||
      !JS_DefineProperty(cx, target, "preloadModules", v, JSPROP_ENUMERATE)) {
    return false;
  }
  JS::RootedValue reporters(cx);
  JS::RootedValue destinations(cx);
  JS::RootedValue patterns(cx);
  JS::RootedValue env_files(cx);
  if (!StringArray(cx, o.env_files, &env_files) ||
      !StringArray(cx, o.test_reporters, &reporters) ||
      !StringArray(cx, o.test_destinations, &destinations) ||
      !StringArray(cx, o.test_name_patterns, &patterns)) {
    return false;
  }
  char exe[4096];
  size_t exe_len = sizeof exe;
  std::string exec_path = uv_exepath(exe, &exe_len) == 0
                              ? std::string(exe, exe_len) : o.argv0;
  static const char* const kModes[] = {"file", "eval", "print", "stdin",
                                       "version", "help", "repl", "test"};
  JS::RootedObject opts(cx, JS_NewPlainObject(cx));
  if (!opts) return false;
  v.setObject(*opts);
  if (!JS_DefineProperty(cx, target, "options", v, JSPROP_ENUMERATE) ||
      !SetString(cx, opts, "mode", kModes[static_cast<int>(o.mode)]) ||
      !SetString(cx, opts, "script", o.script) ||
      !SetString(cx, opts, "unhandledRejections", o.unhandled_rejections) ||
      !SetString(cx, opts, "inputType", o.input_type) ||
      !SetString(cx, opts, "title", o.title) ||
      !SetNumber(cx, opts, "stackTraceLimit", o.stack_trace_limit) ||
      !SetNumber(cx, opts, "check", o.check) ||
      !SetNumber(cx, opts, "testOnly", o.test_only) ||
      !JS_DefineProperty(cx, opts, "testReporters", reporters, JSPROP_ENUMERATE) ||
      !JS_DefineProperty(cx, opts, "testReporterDestinations", destinations,
                         JSPROP_ENUMERATE) ||
      !JS_DefineProperty(cx, opts, "testNamePatterns", patterns, JSPROP_ENUMERATE) ||
      !JS_DefineProperty(cx, opts, "envFiles", env_files, JSPROP_ENUMERATE) ||
      !SetNumber(cx, opts, "interactive", o.interactive) ||
      !SetNumber(cx, opts, "exposeGc", o.expose_gc) ||
      !SetNumber(cx, opts, "noWarnings", o.no_warnings) ||
      !SetNumber(cx, opts, "noDeprecation", o.no_deprecation) ||
      !SetNumber(cx, opts, "throwDeprecation", o.throw_deprecation) ||
      !SetNumber(cx, opts, "traceDeprecation", o.trace_deprecation) ||
      !SetNumber(cx, opts, "traceWarnings", o.trace_warnings) ||
      !SetNumber(cx, opts, "pendingDeprecation", o.pending_deprecation) ||
      !SetNumber(cx, opts, "maxHttpHeaderSize",
                 static_cast<double>(o.max_http_header_size)) ||
      !SetNumber(cx, opts, "insecureHttpParser", o.insecure_http_parser)) {
    return false;
  }
  char uvv[32];
  std::snprintf(uvv, sizeof uvv, "%s", uv_version_string());
  return SetString(cx, target, "execPath", exec_path) &&
         SetString(cx, target, "argv0", o.argv0) &&
         SetNumber(cx, target, "pid", uv_os_getpid()) &&
         SetString(cx, target, "eddyVersion", EDDY_VERSION) &&
         SetString(cx, target, "platform", "linux") &&
#if defined(__x86_64__)
         SetString(cx, target, "arch", "x64") &&
#elif defined(__aarch64__)
         SetString(cx, target, "arch", "arm64") &&
#else
         SetString(cx, target, "arch", "unknown") &&
#endif
         SetString(cx, target, "uvVersion", uvv) &&
         SetString(cx, target, "engineVersion", JS_GetImplementationVersion());
}

}  // namespace eddy::bindings
