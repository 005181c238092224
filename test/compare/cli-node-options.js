// NODE_OPTIONS: quoting, options the command line overrides, options refused
// there, and that its options stay out of process.execArgv.
'use strict';
const { spawnSync } = require('child_process');

const probe = 'console.log(JSON.stringify([process.execArgv.length, ' +
  'require("http").maxHeaderSize, Error.stackTraceLimit, process.noDeprecation === true]))';

function run(value, args = []) {
  const env = { ...process.env, NODE_OPTIONS: value };
  const r = spawnSync(process.execPath, [...args, '-e', probe], { env, encoding: 'utf8' });
  console.log(`[${value}] ${args.join(' ')} -> status ${r.status}`);
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stdout.write(r.stderr.split('\n')[0] + '\n');
}

run('');
run('--max-http-header-size=100');
run('--max-http-header-size 2000 --no-deprecation');
run('  --stack-trace-limit=4   ');
run('--stack-trace-limit=4', ['--stack-trace-limit=6']);
run('"--stack-trace-limit=3"');
run('not-an-option --stack-trace-limit=2');
run('--unhandled-rejections=bogus');
run('-e 1');
run('-p');
run('--check');
run('--version');
run('--');
run('--bogus-flag');
run('-r');
run('"--title=x');
run('"--title=x\\');
