// An object inheriting from Error.prototype that is not a native error: node
// prints a blank line, the arrow, and the inspected value with no blank line
// between caret and value.
'use strict';
const fake = Object.create(Error.prototype);
fake.message = 'fake proto';
throw fake;
