// eddy: binding registry and errno mapping.
#include "fixture.h"

namespace eddy::test {

TEST_F(RuntimeTest, InternalBindingIsCachedPerRuntime) {
  EXPECT_EQ(EvalInt("internalBinding('uv') === internalBinding('uv') ? 1 : 0"), 1);
}

TEST_F(RuntimeTest, UnknownBindingThrows) {
  EXPECT_EQ(EvalInt("try { internalBinding('nope'); 0 } catch (e) {"
                    "  /No such binding: nope/.test(e.message) ? 1 : 2 }"), 1);
}

TEST_F(RuntimeTest, ErrnoNamesAndMessagesComeFromLibuv) {
  EXPECT_EQ(EvalInt("const uv = internalBinding('uv');"
                    "uv.errname(uv.UV_ENOENT) === 'ENOENT' &&"
                    "uv.strerror(uv.UV_ENOENT) === 'no such file or directory' &&"
                    "uv.UV_EACCES === -13 && uv.errname(0) === undefined ? 1 : 0"), 1);
  EXPECT_EQ(EvalInt("const m = internalBinding('uv').getErrorMap();"
                    "m.some(([n, name]) => n === -2 && name === 'ENOENT') ? 1 : 0"), 1);
}

TEST_F(RuntimeTest, SystemCallFailuresReturnNegativeErrno) {
  EXPECT_EQ(EvalInt("internalBinding('process_methods').chdir('/no/such/dir')"),
            UV_ENOENT);
  EXPECT_EQ(EvalInt("internalBinding('fs').readFileUtf8('/no/such/file')"), UV_ENOENT);
  EXPECT_EQ(EvalInt("internalBinding('fs').internalModuleStat('/')"), 1);
}

TEST_F(RuntimeTest, SignalConstantsMatchTheSystem) {
  EXPECT_EQ(EvalInt("internalBinding('constants').os.signals.SIGINT"), SIGINT);
  EXPECT_EQ(EvalInt("internalBinding('constants').os.errno.ENOENT"), ENOENT);
}

TEST_F(RuntimeTest, TypesSeeThroughToEngineClasses) {
  EXPECT_EQ(EvalInt("const t = internalBinding('types');"
                    "[t.isPromise(Promise.resolve()), t.isMap(new Map()),"
                    " t.isWeakSet(new WeakSet()), t.isProxy(new Proxy({}, {})),"
                    " !t.isProxy({}), t.isNativeError(new TypeError()),"
                    " t.isDate(new Date()), t.isBoxedPrimitive(Object(1n)),"
                    " t.isDataView(new DataView(new ArrayBuffer(1))),"
                    " !t.isDataView(new Uint8Array(1))].every(Boolean) ? 1 : 0"), 1);
}

TEST_F(RuntimeTest, PromiseDetailsReportState) {
  EXPECT_EQ(EvalInt("const u = internalBinding('util');"
                    "const p = Promise.reject(3); p.catch(() => {});"
                    "u.getPromiseDetails(new Promise(() => {}))[0] === 0 &&"
                    "u.getPromiseDetails(Promise.resolve(7))[1] === 7 &&"
                    "u.getPromiseDetails(p)[0] === 2 ? 1 : 0"), 1);
  rt_->RunMicrotasks();
}

}  // namespace eddy::test
