// Throwing a string at top level: arrow, the string as is, exit 1.
'use strict';
process.on('exit', (code) => console.log('exit', code));
throw 'a plain string\nwith two lines';
