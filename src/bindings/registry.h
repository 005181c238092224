// eddy: the one list of internal bindings (node's src/node_binding.cc):
// internalBinding(name) creates the binding object once per Runtime by
// calling the registered init function.
#ifndef EDDY_BINDINGS_REGISTRY_H_
#define EDDY_BINDINGS_REGISTRY_H_

#include <jsapi.h>

namespace eddy::bindings {

using InitFn = bool (*)(JSContext* cx, JS::HandleObject target);

// The JSNative behind lib/'s internalBinding(name).
bool InternalBinding(JSContext* cx, unsigned argc, JS::Value* vp);

// Each binding's init function (defined in src/bindings/<name>/).
bool InitAsyncContextFrame(JSContext* cx, JS::HandleObject target);
bool InitBuffer(JSContext* cx, JS::HandleObject target);
bool InitBuiltins(JSContext* cx, JS::HandleObject target);
bool InitCaresWrap(JSContext* cx, JS::HandleObject target);
bool InitConstants(JSContext* cx, JS::HandleObject target);
bool InitContextify(JSContext* cx, JS::HandleObject target);
bool InitCredentials(JSContext* cx, JS::HandleObject target);
bool InitCrypto(JSContext* cx, JS::HandleObject target);
namespace crypto {
// Waits for the libcrypto warm-up thread InitCrypto may have started (before
// a full teardown runs libcrypto's exit handlers).
void JoinWarmUp();
}  // namespace crypto
bool InitCryptoKeys(JSContext* cx, JS::HandleObject target);
bool InitEncodingBinding(JSContext* cx, JS::HandleObject target);
bool InitErrors(JSContext* cx, JS::HandleObject target);
bool InitFs(JSContext* cx, JS::HandleObject target);
bool InitHttpParser(JSContext* cx, JS::HandleObject target);
bool InitIcu(JSContext* cx, JS::HandleObject target);
bool InitMessaging(JSContext* cx, JS::HandleObject target);
bool InitMessagePort(JSContext* cx, JS::HandleObject target);
bool InitOs(JSContext* cx, JS::HandleObject target);
bool InitModuleWrap(JSContext* cx, JS::HandleObject target);
bool InitPipeWrap(JSContext* cx, JS::HandleObject target);
bool InitProcessMethods(JSContext* cx, JS::HandleObject target);
bool InitProcessWrap(JSContext* cx, JS::HandleObject target);
bool InitSignalWrap(JSContext* cx, JS::HandleObject target);
bool InitSpawnSync(JSContext* cx, JS::HandleObject target);
bool InitStreamWrap(JSContext* cx, JS::HandleObject target);
bool InitTaskQueue(JSContext* cx, JS::HandleObject target);
bool InitTcpWrap(JSContext* cx, JS::HandleObject target);
bool InitTimers(JSContext* cx, JS::HandleObject target);
bool InitTlsWrap(JSContext* cx, JS::HandleObject target);
// Checks NODE_EXTRA_CA_CERTS at start-up and warns on stderr, as node does,
// when the file cannot be opened (the TLS trust store reads it on first use).
void CheckExtraCACertsAtStartup();
bool InitTtyWrap(JSContext* cx, JS::HandleObject target);
bool InitTypes(JSContext* cx, JS::HandleObject target);
bool InitUdpWrap(JSContext* cx, JS::HandleObject target);
bool InitUrl(JSContext* cx, JS::HandleObject target);
bool InitUtil(JSContext* cx, JS::HandleObject target);
bool InitUv(JSContext* cx, JS::HandleObject target);
bool InitZlibBinding(JSContext* cx, JS::HandleObject target);
bool InitV8(JSContext* cx, JS::HandleObject target);
bool InitVmScript(JSContext* cx, JS::HandleObject target);

}  // namespace eddy::bindings

#endif  // EDDY_BINDINGS_REGISTRY_H_
