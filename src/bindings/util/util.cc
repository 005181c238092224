// eddy: the `util` binding (node's src/node_util.cc): engine facts that
// util.inspect needs: promise state, proxy target/handler, entries of
// collections, own non-index keys and the internal constructor name.
#include <js/Array.h>
#include <js/Class.h>
#include <js/MapAndSet.h>
#include <js/Object.h>
#include <js/Promise.h>
#include <js/PropertyAndElement.h>
#include <js/Proxy.h>
#include <js/WeakMap.h>
#include <js/ForOfIterator.h>
#include <jsfriendapi.h>

#include <cstring>

#include "bindings/registry.h"
#include "engine/convert.h"

namespace eddy::bindings {

namespace {

// getPromiseDetails(p) -> [state, result]: 0 pending, 1 fulfilled, 2 rejected.
bool GetPromiseDetails(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedObject p(cx, js::CheckedUnwrapStatic(&args[0].toObject()));
  if (!p || !JS::IsPromiseObject(p)) {
    args.rval().setUndefined();
    return true;
  }
  JS::PromiseState state = JS::GetPromiseState(p);
  JS::RootedValueVector parts(cx);
  int s = state == JS::PromiseState::Pending ? 0
          : state == JS::PromiseState::Fulfilled ? 1 : 2;
  if (!parts.append(JS::Int32Value(s))) return false;
  if (s != 0 && !parts.append(JS::GetPromiseResult(p))) return false;
  JSObject* arr = JS::NewArrayObject(cx, parts);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// getProxyDetails(p, showProxy): undefined, target, or [target, handler].
bool GetProxyDetails(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  if (!args.get(0).isObject() || !js::IsScriptedProxy(&args[0].toObject())) {
    return true;
  }
  JSObject* obj = &args[0].toObject();
  JS::RootedValue target(cx, js::GetProxyPrivate(obj));
  JS::RootedValue handler(cx, js::GetProxyReservedSlot(obj, 0));
  if (!JS::ToBoolean(args.get(1)) && args.length() > 1) {
    args.rval().set(target);
    return true;
  }
  JS::RootedValueArray<2> parts(cx);
  parts[0].set(target);
  parts[1].set(handler);
  JSObject* arr = JS::NewArrayObject(cx, parts);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// SpiderMonkey 102 keeps a Map/Set iterator's position in a private
// OrderedHashTable::Range (reserved slot 1): { table*, uint32 i, uint32 count,
// ... } where `count` is the number of live entries already passed. There is
// no API for it, so it is read directly and checked for plausibility; on any
// doubt the iterator previews as empty rather than wrong.
struct IteratorRange {
  void* table;
  uint32_t index;
  uint32_t count;
};

enum IteratorSlots { kIterTarget = 0, kIterRange = 1, kIterKind = 2 };
enum IteratorKind { kKeys = 0, kValues = 1, kEntries = 2 };

// Appends the entries a Map/Set iterator has not produced yet, flat, without
// advancing it. Returns false only on a JS exception.
bool PreviewIterator(JSContext* cx, JS::HandleObject iter, bool is_map,
                     JS::HandleObject out, bool* key_value) {
  JS::Value target_v = JS::GetReservedSlot(iter, kIterTarget);
  JS::Value range_v = JS::GetReservedSlot(iter, kIterRange);
  JS::Value kind_v = JS::GetReservedSlot(iter, kIterKind);
  if (!target_v.isObject() || !kind_v.isInt32()) return true;  // done
  int kind = kind_v.toInt32();
  *key_value = kind == kEntries;
  if (range_v.isUndefined() || range_v.isNull()) return true;
  auto* range = static_cast<const IteratorRange*>(range_v.toPrivate());
  JS::RootedObject target(cx, &target_v.toObject());
  uint32_t size = is_map ? JS::MapSize(cx, target) : JS::SetSize(cx, target);
  if (!range || !range->table || range->count > size || range->index < range->count) {
    return true;
  }
  uint32_t skip = range->count;
  JS::RootedValue all(cx);
  if (is_map ? !JS::MapEntries(cx, target, &all) : !JS::SetValues(cx, target, &all)) {
    return false;
  }
  JS::ForOfIterator it(cx);
  if (!it.init(all)) return false;
  JS::RootedValue item(cx), k(cx), v(cx);
  uint32_t n = 0, seen = 0;
  for (;;) {
    bool done;
    if (!it.next(&item, &done)) return false;
    if (done) break;
    if (seen++ < skip) continue;
    if (is_map) {
      JS::RootedObject pair(cx, &item.toObject());
      if (!JS_GetElement(cx, pair, 0, &k) || !JS_GetElement(cx, pair, 1, &v)) return false;
      if (kind != kValues && !JS_SetElement(cx, out, n++, k)) return false;
      if (kind != kKeys && !JS_SetElement(cx, out, n++, v)) return false;
    } else {
      if (!JS_SetElement(cx, out, n++, item)) return false;
      if (kind == kEntries && !JS_SetElement(cx, out, n++, item)) return false;
    }
  }
  return true;
}

// previewEntries(obj, isIterator) -> [entries, isKeyValue] (flat entries for
// maps): WeakMap/WeakSet contents and what a Map/Set iterator has left.
bool PreviewEntries(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setUndefined();
  if (!args.get(0).isObject()) return true;
  JS::RootedObject obj(cx, &args[0].toObject());
  JS::RootedObject entries(cx, JS::NewArrayObject(cx, 0));
  if (!entries) return false;
  bool key_value = false;
  const char* name = JS::GetClass(obj)->name;
  if (std::strcmp(name, "WeakMap") == 0 || std::strcmp(name, "WeakSet") == 0) {
    bool is_map = name[4] == 'M';
    JS::RootedObject keys(cx);
    if (is_map ? !JS_NondeterministicGetWeakMapKeys(cx, obj, &keys)
               : !JS_NondeterministicGetWeakSetKeys(cx, obj, &keys)) {
      return false;
    }
    if (keys) {
      uint32_t len = 0;
      if (!JS::GetArrayLength(cx, keys, &len)) return false;
      JS::RootedValue k(cx), v(cx);
      uint32_t n = 0;
      for (uint32_t i = 0; i < len; i++) {
        if (!JS_GetElement(cx, keys, i, &k)) return false;
        if (!JS_SetElement(cx, entries, n++, k)) return false;
        if (is_map) {
          JS::RootedObject ko(cx, &k.toObject());
          if (!JS::GetWeakMapEntry(cx, obj, ko, &v)) return false;
          if (!JS_SetElement(cx, entries, n++, v)) return false;
        }
      }
    }
    key_value = is_map;
  } else if (std::strcmp(name, "Map Iterator") == 0 ||
             std::strcmp(name, "Set Iterator") == 0) {
    if (!PreviewIterator(cx, obj, name[0] == 'M', entries, &key_value)) return false;
  }
  if (!JS::ToBoolean(args.get(1))) {
    args.rval().setObject(*entries);
    return true;
  }
  JS::RootedValueArray<2> parts(cx);
  parts[0].setObject(*entries);
  parts[1].setBoolean(key_value);
  JSObject* arr = JS::NewArrayObject(cx, parts);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// getOwnNonIndexProperties(obj, filter): filter 2 = enumerable only, else all
// (strings and symbols).
bool GetOwnNonIndexProperties(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  if (!args.get(0).isObject()) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedObject obj(cx, &args[0].toObject());
  bool only_enumerable = args.get(1).isNumber() && (static_cast<int>(args[1].toNumber()) & 2);
  JS::RootedIdVector ids(cx);
  unsigned flags = JSITER_OWNONLY | JSITER_SYMBOLS;
  if (!only_enumerable) flags |= JSITER_HIDDEN;
  if (!js::GetPropertyKeys(cx, obj, flags, &ids)) return false;
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  if (!arr) return false;
  JS::RootedValue v(cx);
  uint32_t n = 0;
  for (size_t i = 0; i < ids.length(); i++) {
    JS::RootedId id(cx, ids[i]);
    if (id.isInt()) continue;
    if (id.isString()) {
      // Index-like strings beyond int range are still indices for V8 below 2^32-1.
      JSLinearString* ls = id.toLinearString();
      uint32_t index;
      if (js::StringIsArrayIndex(ls, &index)) continue;
      v.setString(id.toString());
    } else if (id.isSymbol()) {
      v.setSymbol(id.toSymbol());
    } else {
      continue;
    }
    if (!JS_SetElement(cx, arr, n++, v)) return false;
  }
  args.rval().setObject(*arr);
  return true;
}

bool GetConstructorName(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  const char* name = "Object";
  if (args.get(0).isObject()) name = JS::GetClass(&args[0].toObject())->name;
  JSString* s = JS_NewStringCopyZ(cx, name);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

const JSFunctionSpec kMethods[] = {
    JS_FN("getPromiseDetails", GetPromiseDetails, 1, 0),
    JS_FN("getProxyDetails", GetProxyDetails, 2, 0),
    JS_FN("previewEntries", PreviewEntries, 2, 0),
    JS_FN("getOwnNonIndexProperties", GetOwnNonIndexProperties, 2, 0),
    JS_FN("getConstructorName", GetConstructorName, 1, 0), JS_FS_END};

}  // namespace

bool InitUtil(JSContext* cx, JS::HandleObject target) {
  return JS_DefineFunctions(cx, target, kMethods) &&
         SetNumber(cx, target, "kPending", 0) &&
         SetNumber(cx, target, "kFulfilled", 1) &&
         SetNumber(cx, target, "kRejected", 2) &&
         SetNumber(cx, target, "ALL_PROPERTIES", 0) &&
         SetNumber(cx, target, "ONLY_ENUMERABLE", 2);
}

}  // namespace eddy::bindings
