// A plain object given a stack by Error.captureStackTrace and thrown: it is
// not a native error, so node prints it like other non-errors.
'use strict';
const o = { message: 'plain', name: 'Plainish' };
Error.captureStackTrace(o);
throw o;
