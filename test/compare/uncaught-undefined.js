// Throwing undefined from a promise job (reported as an unhandled rejection).
'use strict';
Promise.resolve().then(() => { throw undefined; });
