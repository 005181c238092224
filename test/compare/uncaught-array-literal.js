// Throwing an array literal: the arrow's caret points at the `throw`
// keyword (column of the statement), then the inspected array.
'use strict';
function fail() {
  throw [1, 'two', { three: 3 }];
}
fail();
