'use strict';
process.on('exit', (code) => console.log('exit code', code));
async function failing() {
  await null;
  throw new Error('async failure');
}
failing();
