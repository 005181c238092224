// The shape of node:os: exported names, kinds, arities and the shapes of
// the structured answers (keys and types, not values).
'use strict';
const os = require('os');

for (const key of Object.keys(os)) {
  const v = os[key];
  const extra = typeof v === 'function' ?
    `length=${v.length} toPrimitive=${typeof v[Symbol.toPrimitive]}` : '';
  console.log(key, typeof v, extra);
}
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir',
  'hostname', 'machine', 'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime',
  'version', 'getPriority']) {
  console.log(`${name}()`, typeof os[name]());
}
console.log('EOL', JSON.stringify(os.EOL), 'devNull', os.devNull, 'endianness', os.endianness());
console.log('constants', Object.keys(os.constants));
for (const k of ['dlopen', 'errno', 'signals', 'priority']) {
  console.log(k, Object.getPrototypeOf(os.constants[k]), Object.keys(os.constants[k]).length);
}
console.log('priority', os.constants.priority);

const cpu = os.cpus()[0];
console.log('cpus', Array.isArray(os.cpus()), Object.keys(cpu), typeof cpu.model,
            typeof cpu.speed, Object.keys(cpu.times));
console.log('loadavg', os.loadavg().length, os.loadavg().map((v) => typeof v));

const lo = os.networkInterfaces().lo;
console.log('lo', lo.map((e) => Object.keys(e).join()));
console.log('lo v4', lo.find((e) => e.family === 'IPv4'));

const user = os.userInfo();
console.log('userInfo', Object.getPrototypeOf(user), Object.keys(user),
            Object.values(user).map((v) => (v === null ? 'null' : typeof v)));
const raw = os.userInfo({ encoding: 'buffer' });
console.log('userInfo buffer', Object.values(raw).map((v) =>
  (Buffer.isBuffer(v) ? 'Buffer' : v === null ? 'null' : typeof v)));
