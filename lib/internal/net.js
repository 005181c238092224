// eddy: address helpers shared by net, dns and http (node's internal/net).
'use strict';

// Dotted quad with each part 0-255, no leading zeros except a lone 0.
const v4Part = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const v4Str = `(?:${v4Part}\\.){3}${v4Part}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);

const h16 = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${h16}:){7}(?:${h16}|:)|` +
  `(?:${h16}:){6}(?:${v4Str}|:${h16}|:)|` +
  `(?:${h16}:){5}(?::${v4Str}|(?::${h16}){1,2}|:)|` +
  `(?:${h16}:){4}(?:(?::${h16}){0,1}:${v4Str}|(?::${h16}){1,3}|:)|` +
  `(?:${h16}:){3}(?:(?::${h16}){0,2}:${v4Str}|(?::${h16}){1,4}|:)|` +
  `(?:${h16}:){2}(?:(?::${h16}){0,3}:${v4Str}|(?::${h16}){1,5}|:)|` +
  `(?:${h16}:){1}(?:(?::${h16}){0,4}:${v4Str}|(?::${h16}){1,6}|:)|` +
  `(?::(?:(?::${h16}){0,5}:${v4Str}|(?::${h16}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z.\\-_~]{1,})?$');

function isIPv4(s) {
  return IPv4Reg.test(`${s}`);
}

function isIPv6(s) {
  return IPv6Reg.test(`${s}`);
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// Ports: integers 0..65535 given as numbers or numeric strings.
function isLegalPort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0)) {
    return false;
  }
  return +port === (+port >>> 0) && port <= 0xFFFF;
}

// Node's validatePort: a port given as a number or numeric string, 0..65535
// (1..65535 without allowZero); returns it as a number.
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    const { codes: { ERR_SOCKET_BAD_PORT } } = require('internal/errors');
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

// Marks an argument array net's normalizeArgs already produced.
const normalizedArgsSymbol = Symbol('normalizedArgs');

module.exports = {
  isIP, isIPv4, isIPv6, isLegalPort, IPv4Reg, IPv6Reg, validatePort, normalizedArgsSymbol,
};
