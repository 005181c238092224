// The shape of the process object: types, not values.
'use strict';
const keys = ['argv', 'argv0', 'execArgv', 'execPath', 'env', 'exit', 'exitCode',
  'pid', 'ppid', 'platform', 'arch', 'version', 'versions', 'release', 'cwd',
  'chdir', 'umask', 'hrtime', 'uptime', 'memoryUsage', 'cpuUsage',
  'resourceUsage', 'nextTick', 'emitWarning', 'kill', 'title', 'features',
  'config', 'getuid', 'getgid', 'stdout', 'stderr', 'on', 'emit'];
for (const k of keys) console.log(k, typeof process[k]);
console.log(typeof process.hrtime.bigint(), Array.isArray(process.hrtime()));
console.log(Object.keys(process.memoryUsage()).join());
console.log(Object.keys(process.cpuUsage()).join());
console.log(Object.keys(process.resourceUsage()).length);
console.log(process.argv.length, process.argv[1].endsWith('process-surface.js'));
process.env.EDDY_TEST_VAR = 42;
console.log(typeof process.env.EDDY_TEST_VAR, process.env.EDDY_TEST_VAR, 'EDDY_TEST_VAR' in process.env);
delete process.env.EDDY_TEST_VAR;
console.log(process.env.EDDY_TEST_VAR, Object.keys(process.env).includes('EDDY_TEST_VAR'));
console.log(process.cwd() === __dirname);
const diff = process.hrtime(process.hrtime());
console.log(diff.length, diff[0] >= 0);
console.log(typeof process.version, process.version.startsWith('v'));
