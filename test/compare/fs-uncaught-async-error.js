// An fs error delivered to a callback that rethrows it.
'use strict';
const fs = require('fs');

fs.stat('/nonexistent-eddy-compare/x', (err) => {
  console.log('callback got', err.code);
  throw err;
});
