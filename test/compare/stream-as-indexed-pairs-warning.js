'use strict';
// readable.asIndexedPairs() still works and warns once that it is deprecated.
const { Readable } = require('stream');
Readable.from([1, 2]).asIndexedPairs().toArray().then((a) => console.log(a));
Readable.from([3]).asIndexedPairs().toArray().then((a) => console.log(a));
