// eddy: compiling wrapped functions: lib/ modules (by id, from the embedded
// sources) and CommonJS module wrappers, with node's line and column numbers.
#ifndef EDDY_ENGINE_COMPILE_H_
#define EDDY_ENGINE_COMPILE_H_

#include <jsapi.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace eddy {

// Name of CommonJS wrapper functions; the stack formatter prints frames of
// such functions as `Object.<anonymous>`.
inline constexpr const char kCjsWrapperName[] = "__eddy_cjs_module__";

// lib/<id>.js as function(exports, require, module, process, internalBinding),
// shown in stacks as node:<id>.
[[nodiscard]] bool CompileBuiltin(JSContext* cx, const char* id,
                                  JS::MutableHandleObject fn);

// Build-time training (tools/gen/gen_snapshot.cc): from now on CompileBuiltin
// compiles lib/ modules lazily from source and records every function the
// program then runs. FinishStencilTraining encodes each module compiled so
// far as one stencil (lazy, plus the functions that ran, already compiled)
// and appends (id, XDR bytes) pairs to `out`.
void EnableStencilTraining();
[[nodiscard]] bool FinishStencilTraining(
    JSContext* cx, std::vector<std::pair<std::string, std::vector<uint8_t>>>* out);

// Compile options shared by the build-time stencil generator and the source
// fallback: lib/<id>.js wrapped as a function expression on line 0, so line N
// of the file is line N in stacks.
std::string BuiltinWrapperSource(const char* data, size_t length);

// A function with the given parameter names around `source` (line 1, column 1
// of the body are line 1, column 1 of the file). A leading hashbang becomes a
// comment. `cjs_wrapper` names the function so stacks print
// `Object.<anonymous>` for module top-level code, as node does. The source is
// compiled as UTF-16: mozjs-102's UTF-8 CompileFunction reads Latin-1.
[[nodiscard]] bool CompileFunctionBody(JSContext* cx, const std::string& filename,
                                       JS::HandleString source,
                                       const char* const* params,
                                       unsigned nparams, bool cjs_wrapper,
                                       JS::MutableHandleObject fn);

}  // namespace eddy

#endif  // EDDY_ENGINE_COMPILE_H_
