// eddy: node:os (node's lib/os.js) on the `os` binding. Values that cannot
// change while the process runs (uname) are read once; the rest are asked
// for on every call. Failures surface as ERR_SYSTEM_ERROR (a SystemError
// whose `info` holds errno, code, message and syscall), as in node.
'use strict';

const {
  codes: { ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const binding = internalBinding('os');

// Runs a binding call that takes a trailing ctx object and answers
// undefined on failure.
function checked(fn, ...args) {
  const ctx = {};
  const result = fn(...args, ctx);
  if (result === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return result;
}

let osInfo;  // [type, version, release, machine]
function uname() {
  if (osInfo === undefined) osInfo = checked(binding.getOSInformation);
  return osInfo;
}

function arch() { return process.arch; }
function availableParallelism() { return binding.getAvailableParallelism(); }
function endianness() { return binding.isBigEndian ? 'BE' : 'LE'; }
function freemem() { return binding.getFreeMem(); }
function homedir() { return checked(binding.getHomeDirectory); }
function hostname() { return checked(binding.getHostname); }
function machine() { return uname()[3]; }
function platform() { return process.platform; }
function release() { return uname()[2]; }
function totalmem() { return binding.getTotalMem(); }
function type() { return uname()[0]; }
function uptime() { return checked(binding.getUptime); }
function version() { return uname()[1]; }

function loadavg() {
  return binding.getLoadAvg();
}

function cpus() {
  const flat = binding.getCPUs();
  const list = [];
  for (let i = 0; i + 6 < flat.length; i += 7) {
    list.push({
      model: flat[i],
      speed: flat[i + 1],
      times: {
        user: flat[i + 2],
        nice: flat[i + 3],
        sys: flat[i + 4],
        idle: flat[i + 5],
        irq: flat[i + 6],
      },
    });
  }
  return list;
}

// The prefix length of a contiguous netmask ('255.255.0.0' -> 16), or null
// when the ones are not all leading.
function cidrPrefix(netmask, family) {
  const v6 = family === 'IPv6';
  let groups;
  if (v6) {
    // Expand '::' so each group is one 16-bit word.
    const [head, tail] = netmask.split('::');
    const left = head ? head.split(':') : [];
    const right = tail === undefined ? [] : (tail ? tail.split(':') : []);
    const fill = tail === undefined ? 0 : 8 - left.length - right.length;
    groups = [...left, ...new Array(fill).fill('0'), ...right];
  } else {
    groups = netmask.split('.');
  }
  const width = v6 ? 16 : 8;
  let ones = 0;
  let ended = false;
  for (const g of groups) {
    let word = v6 ? parseInt(g, 16) : Number(g);
    for (let bit = width - 1; bit >= 0; bit--) {
      if ((word >> bit) & 1) {
        if (ended) return null;
        ones++;
      } else {
        ended = true;
      }
    }
    word = 0;
  }
  return ones;
}

function networkInterfaces() {
  const flat = checked(binding.getInterfaceAddresses);
  const result = {};
  for (let i = 0; i + 6 < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] =
      flat.slice(i, i + 7);
    const prefix = cidrPrefix(netmask, family);
    const entry = {
      address,
      netmask,
      family,
      mac,
      internal,
      cidr: prefix === null ? null : `${address}/${prefix}`,
    };
    if (scopeid !== -1) entry.scopeid = scopeid;
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return checked(binding.getPriority, pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) throw new ERR_SYSTEM_ERROR(ctx);
}

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// Encoding names node's userInfo accepts (anything else means utf8).
const kEncodings = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
  ['latin1', 'latin1'], ['binary', 'latin1'],
  ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex'], ['ascii', 'ascii'],
  ['buffer', 'buffer'],
]);

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  let encoding = 'utf8';
  if (options !== null && typeof options.encoding === 'string') {
    encoding = kEncodings.get(options.encoding.toLowerCase()) || 'utf8';
  }
  const asBytes = encoding !== 'utf8';
  const user = checked(binding.getUserInfo, asBytes);
  if (asBytes) {
    const { Buffer } = require('buffer');
    for (const key of ['username', 'homedir', 'shell']) {
      const bytes = user[key];
      if (bytes === null) continue;
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      user[key] = encoding === 'buffer' ? buf : buf.toString(encoding);
    }
  }
  return user;
}

// `${os.hostname}` and friends once read as values; node keeps that
// working through Symbol.toPrimitive on these functions.
for (const fn of [arch, availableParallelism, endianness, freemem, homedir, hostname,
  machine, platform, release, tmpdir, totalmem, type, uptime, version]) {
  fn[Symbol.toPrimitive] = () => fn();
}

// os.constants: the `constants` binding's tables themselves (null-prototype
// objects), which is what node hands out; no copy at load time.
const constants = internalBinding('constants').os;

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
