// eddy: build-time generator of engine start-up data. Boots the engine once,
// captures the self-hosted code cache through the writer callback, compiles
// every lib/ module to an XDR-encoded, fully-parsed stencil, and writes them
// as one binary blob (OUT.bin) plus a C++ source (OUT.cc) that embeds the
// blob with `.incbin` and indexes it. Decoding a stencil costs a fraction of
// parsing the source, and eager (full-parse) stencils need no delazification
// when their functions first run.
//
// Layout: the self-hosted cache first, then the modules named in the start-up
// list (tools/gen/startup_modules.txt) in that order, then all others. The
// kernel maps file pages 64 KiB at a time ("fault-around"), so data used at
// start-up is kept together: an empty script touches ~0.6 MiB of the blob
// instead of pages scattered over all of it.
#include <js/CompilationAndEvaluation.h>
#include <js/CompileOptions.h>
#include <js/Initialization.h>
#include <js/SourceText.h>
#include <js/Transcoding.h>
#include <js/experimental/JSStencil.h>
#include <jsapi.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/options.h"
#include "engine/builtin_sources.h"
#include "engine/compile.h"
#include "engine/runtime.h"
#include "engine/self_hosted_cache.h"

namespace {

std::vector<uint8_t> g_cache;

bool Writer(JSContext*, JS::SelfHostedCache cache) {
  g_cache.assign(cache.begin(), cache.end());
  return true;
}

const JSClass kGlobalClass = {"global", JSCLASS_GLOBAL_FLAGS,
                              &JS::DefaultGlobalClassOps};

// Stencils are decoded in place (borrowed), so each starts 16-byte aligned.
constexpr size_t kAlign = 16;

void Pad(std::string* blob) {
  while (blob->size() % kAlign) blob->push_back('\0');
}

// Module ids from the start-up list, in order, without duplicates.
std::vector<std::string> ReadStartupList(const char* path) {
  std::vector<std::string> ids;
  if (!path) return ids;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    ids.push_back(line);
  }
  return ids;
}

using Trained = std::vector<std::pair<std::string, std::vector<uint8_t>>>;

// In a child process: runs `script` on a Runtime in training mode and writes
// (id length, id, XDR length, XDR) records to `out`. Returns the exit status.
int TrainChild(const char* script, const char* out) {
  eddy::InstallBuildIdOp();
  if (!JS_Init()) return 1;
  std::string arg0 = "eddy", arg1 = script;
  char* argv[] = {arg0.data(), arg1.data(), nullptr};
  eddy::cli::Options options;
  if (!eddy::cli::ParseOptions(2, argv, &options).ok) return 1;
  eddy::Runtime rt(std::move(options));
  if (!rt.Init()) return 1;
  eddy::EnableStencilTraining();
  if (rt.Run() != 0) return 1;
  Trained trained;
  {
    JSAutoRealm ar(rt.cx(), rt.global());
    if (!eddy::FinishStencilTraining(rt.cx(), &trained)) return 1;
  }
  FILE* f = std::fopen(out, "wb");
  if (!f) return 1;
  for (const auto& [id, xdr] : trained) {
    uint64_t n = id.size(), m = xdr.size();
    std::fwrite(&n, sizeof n, 1, f);
    std::fwrite(id.data(), 1, n, f);
    std::fwrite(&m, sizeof m, 1, f);
    std::fwrite(xdr.data(), 1, m, f);
  }
  return std::fclose(f) == 0 ? 0 : 1;
}

// Runs the training in a child (a crash or a fatal JS error there must not
// stop the build) and reads its records back. Empty on any failure.
Trained Train(const char* script, const std::string& tmp) {
  Trained trained;
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid < 0) return trained;
  if (pid == 0) {
    alarm(60);  // a hung run is killed, and the build falls back
    int null_fd = open("/dev/null", O_WRONLY);
    if (null_fd >= 0) dup2(null_fd, 1);
    _exit(TrainChild(script, tmp.c_str()));
  }
  int status = 0;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0) {
    std::fprintf(stderr,
                 "eddy_gen_snapshot: training run failed; lib/ stencils are "
                 "fully parsed instead\n");
    std::remove(tmp.c_str());
    return trained;
  }
  std::ifstream in(tmp, std::ios::binary);
  uint64_t n, m;
  while (in.read(reinterpret_cast<char*>(&n), sizeof n)) {
    std::string id(n, '\0');
    std::vector<uint8_t> xdr;
    if (!in.read(id.data(), n) || !in.read(reinterpret_cast<char*>(&m), sizeof m)) break;
    xdr.resize(m);
    if (!in.read(reinterpret_cast<char*>(xdr.data()), m)) break;
    trained.emplace_back(std::move(id), std::move(xdr));
  }
  std::remove(tmp.c_str());
  return trained;
}

std::string CString(const std::string& path) {
  std::string out = "\"";
  for (char c : path) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 5) {
    std::fprintf(stderr,
                 "usage: eddy_gen_snapshot OUT.cc OUT.bin [STARTUP_LIST "
                 "[TRAINING_SCRIPT]]\n");
    return 2;
  }
  const char* out_cc = argv[1];
  const char* out_bin = argv[2];
  std::vector<std::string> startup = ReadStartupList(argc >= 4 ? argv[3] : nullptr);
  std::unordered_map<std::string, std::vector<uint8_t>> trained;
  if (argc == 5 && !std::getenv("EDDY_NO_STENCIL_TRAINING")) {
    for (auto& [id, xdr] : Train(argv[4], std::string(out_bin) + ".train")) {
      trained[id] = std::move(xdr);
    }
  }

  eddy::InstallBuildIdOp();
  if (!JS_Init()) return 1;
  JSContext* cx = JS_NewContext(JS::DefaultHeapMaxBytes);
  if (!cx || !JS::InitSelfHostedCode(cx, nullptr, Writer)) return 1;

  std::string blob(g_cache.begin(), g_cache.end());
  size_t cache_size = g_cache.size();
  Pad(&blob);

  // Emission order: start-up modules first, then the rest in id order.
  std::vector<size_t> order;
  std::vector<bool> placed(eddy::kBuiltinSourceCount, false);
  std::unordered_map<std::string, size_t> index_of;
  for (size_t i = 0; i < eddy::kBuiltinSourceCount; i++) {
    index_of[eddy::kBuiltinSources[i].id] = i;
  }
  for (const std::string& id : startup) {
    auto it = index_of.find(id);
    if (it == index_of.end() || placed[it->second]) continue;
    placed[it->second] = true;
    order.push_back(it->second);
  }
  for (size_t i = 0; i < eddy::kBuiltinSourceCount; i++) {
    if (!placed[i]) order.push_back(i);
  }

  std::vector<size_t> offsets(eddy::kBuiltinSourceCount, 0);
  std::vector<size_t> lengths(eddy::kBuiltinSourceCount, 0);
  {
    JS::RealmOptions options;
    JS::RootedObject global(cx, JS_NewGlobalObject(cx, &kGlobalClass, nullptr,
                                                   JS::FireOnNewGlobalHook,
                                                   options));
    if (!global) return 1;
    JSAutoRealm ar(cx, global);
    for (size_t i : order) {
      const eddy::BuiltinSource& src = eddy::kBuiltinSources[i];
      auto it = trained.find(src.id);
      if (it != trained.end()) {
        offsets[i] = blob.size();
        lengths[i] = it->second.size();
        blob.append(reinterpret_cast<const char*>(it->second.data()),
                    it->second.size());
        Pad(&blob);
        continue;
      }
      std::string filename = std::string("node:") + src.id;
      std::string wrapped = eddy::BuiltinWrapperSource(src.data, src.length);
      JS::CompileOptions opts(cx);
      opts.setFileAndLine(filename.c_str(), 0);
      opts.setForceFullParse();
      JS::SourceText<mozilla::Utf8Unit> text;
      if (!text.init(cx, wrapped.data(), wrapped.size(),
                     JS::SourceOwnership::Borrowed)) {
        return 1;
      }
      RefPtr<JS::Stencil> stencil = JS::CompileGlobalScriptToStencil(cx, opts, text);
      JS::TranscodeBuffer buffer;
      if (!stencil ||
          JS::EncodeStencil(cx, stencil, buffer) != JS::TranscodeResult::Ok) {
        // A syntax error in lib/ shows at run time with its location.
        JS_ClearPendingException(cx);
        std::fprintf(stderr, "eddy_gen_snapshot: %s not precompiled\n", src.id);
        continue;
      }
      offsets[i] = blob.size();
      lengths[i] = buffer.length();
      blob.append(reinterpret_cast<const char*>(buffer.begin()), buffer.length());
      Pad(&blob);
    }
  }
  JS_DestroyContext(cx);
  JS_ShutDown();

  FILE* fb = std::fopen(out_bin, "wb");
  if (!fb) return 1;
  std::fwrite(blob.data(), 1, blob.size(), fb);
  if (std::fclose(fb) != 0) return 1;

  // The blob goes in its own read-only section, page aligned, shared only
  // with the embedded lib/ sources (tools/js2c.py), which come after it: data
  // touched at start-up does not sit next to pages that are never used.
  std::string out =
      "// Generated by eddy_gen_snapshot. Do not edit.\n"
      "#include \"engine/self_hosted_cache.h\"\n"
      "__asm__(\".section eddy_embedded,\\\"a\\\",@progbits\\n\"\n"
      "        \".balign 4096\\n\"\n"
      "        \"eddy_snapshot_blob:\\n\"\n"
      "        \".incbin \\\"\" " + CString(out_bin) + " \"\\\"\\n\"\n"
      "        \".balign 16\\n\"\n"
      "        \".previous\\n\");\n"
      "extern \"C\" const uint8_t eddy_snapshot_blob[];\n"
      "namespace eddy {\n"
      "const uint8_t* const kSelfHostedCache = eddy_snapshot_blob;\n"
      "const size_t kSelfHostedCacheSize = " + std::to_string(cache_size) + ";\n"
      "const BuiltinStencil kBuiltinStencils[] = {\n";
  for (size_t i = 0; i < eddy::kBuiltinSourceCount; i++) {
    if (lengths[i] == 0) {
      out += "  {nullptr, 0},\n";
    } else {
      out += "  {eddy_snapshot_blob + " + std::to_string(offsets[i]) + ", " +
             std::to_string(lengths[i]) + "},\n";
    }
  }
  out += "  {nullptr, 0}};\nconst size_t kBuiltinStencilCount = " +
         std::to_string(eddy::kBuiltinSourceCount) + ";\n";
  out += "}  // namespace eddy\n";
  FILE* f = std::fopen(out_cc, "wb");
  if (!f) return 1;
  std::fwrite(out.data(), 1, out.size(), f);
  return std::fclose(f) == 0 ? 0 : 1;
}
