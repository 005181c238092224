// An uncaught instance of an Error subclass with its own name on the
// prototype, a code and a message containing newlines.
'use strict';
Error.stackTraceLimit = 1;
class DatabaseError extends Error {
  constructor(msg, code) { super(msg); this.code = code; }
}
DatabaseError.prototype.name = 'DatabaseError';
function query() { throw new DatabaseError('query failed:\n  bad row\n  bad column', 'E_DB'); }
query();
