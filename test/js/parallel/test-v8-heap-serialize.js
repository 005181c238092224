'use strict';
// v8.getHeapStatistics, serialize/deserialize round trips, setFlagsFromString
// validation.
const assert = require('assert');
const v8 = require('v8');
const common = require('../../common');

const s = v8.getHeapStatistics();
for (const key of ['total_heap_size', 'total_heap_size_executable', 'total_physical_size',
                   'total_available_size', 'used_heap_size', 'heap_size_limit',
                   'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
                   'number_of_native_contexts', 'number_of_detached_contexts',
                   'total_global_handles_size', 'used_global_handles_size',
                   'external_memory']) {
  assert.strictEqual(typeof s[key], 'number', key);
}
assert(s.used_heap_size > 0);
assert(s.heap_size_limit >= s.used_heap_size);
assert(s.total_heap_size >= s.used_heap_size);
assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');
assert.strictEqual(v8.cachedDataVersionTag(), v8.cachedDataVersionTag());

const value = {
  n: 1.5, s: 'text', b: true, nil: null, big: 2n ** 70n,
  arr: [1, [2, 3]], date: new Date(0), re: /x/g,
  map: new Map([[1, 'one']]), set: new Set(['a']),
  buf: Buffer.from('hello'), u16: new Uint16Array([1, 2]),
};
const bytes = v8.serialize(value);
assert(Buffer.isBuffer(bytes));
const back = v8.deserialize(bytes);
assert.deepStrictEqual(back, value);
assert(Buffer.isBuffer(back.buf));
assert.strictEqual(v8.deserialize(v8.serialize('plain')), 'plain');
assert.throws(() => v8.serialize(() => {}), Error);
assert.throws(() => v8.deserialize(5), { code: 'ERR_INVALID_ARG_TYPE' });

assert.throws(() => v8.setFlagsFromString(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(v8.startupSnapshot.isBuildingSnapshot(), common.isEddy ? false : 0);
assert.throws(() => v8.startupSnapshot.addSerializeCallback(() => {}),
              { code: 'ERR_NOT_BUILDING_SNAPSHOT' });
