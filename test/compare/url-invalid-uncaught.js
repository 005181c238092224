'use strict';
// An uncaught ERR_INVALID_URL prints the error with its code and input.
new URL('/relative', 'not a base');
