// An fs system error thrown by a synchronous call and not caught: the
// arrow, the stack and the errno/code/syscall/path properties.
'use strict';
const fs = require('fs');

fs.readFileSync('/nonexistent-eddy-compare/file.txt', 'utf8');
