// structuredClone of a URL gives a plain object of its own enumerable
// properties (none), as node's JS-class URL does, also when nested and as
// an error's cause; a non-URL host object is still a DataCloneError.
'use strict';
const assert = require('assert');

const url = new URL('http://example.com/a?b#c');
const top = structuredClone(url);
assert.deepStrictEqual(top, {});
assert.strictEqual(Object.getPrototypeOf(top), Object.prototype);

url.extra = 1;
assert.deepStrictEqual(structuredClone(url), { extra: 1 });

const nested = structuredClone({ list: [url, url], err: new Error('x', { cause: url }) });
assert.deepStrictEqual(nested.list, [{ extra: 1 }, { extra: 1 }]);
assert.deepStrictEqual(nested.err.cause, { extra: 1 });

assert.throws(() => structuredClone(() => {}), { name: 'DataCloneError' });
