'use strict';
// util.parseEnv() and process.loadEnvFile() on node 20's .env rules (quotes,
// comments, export, spaces, multi-line values, a line without `=`, later
// keys winning, sorted keys), existing variables kept, and the errors.
const fs = require('fs');
const path = require('path');
const util = require('util');

const file = path.join(__dirname, '..', 'fixtures', 'dotenv', 'sample.env');
console.log(JSON.stringify(util.parseEnv(fs.readFileSync(file, 'utf8')), null, 1));
console.log(JSON.stringify(util.parseEnv('A=1\r\nB = 2 \t\nC="x" # c\nD=\t tab\t\nE="open')));
console.log(JSON.stringify(util.parseEnv('')), JSON.stringify(util.parseEnv('# only\n\n')));
try {
  util.parseEnv(5);
} catch (e) {
  console.log(e.code, e.message);
}
process.env.BASIC = 'already set';
process.loadEnvFile(file);
console.log(process.env.BASIC, process.env.DUP, process.env.SINGLE, process.env.MULTI);
try {
  process.loadEnvFile(path.join(__dirname, 'no-such.env'));
} catch (e) {
  console.log(e.code, e.syscall);
}
