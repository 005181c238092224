// eddy: net.SocketAddress (node's internal/socketaddress; node keeps the
// parsed address in C++, eddy in JS). Also the address arithmetic BlockList
// uses: an address is parsed once into a BigInt (IPv4: 32 bits, IPv6: 128
// bits) and printed back in inet_ntop's canonical form.
'use strict';

const { isIPv4, isIPv6, validatePort } = require('internal/net');
const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validateString, validateUint32 } = require('internal/validators');

const kParsed = Symbol('kParsed');
const kDetail = Symbol('kDetail');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// --- parsing and printing ---------------------------------------------------------

function parseIPv4(s) {
  const parts = s.split('.');
  let v = 0;
  for (let i = 0; i < 4; i++) v = v * 256 + Number(parts[i]);
  return BigInt(v);
}

// 128-bit value of an IPv6 address (any %zone suffix dropped), or null.
function parseIPv6(s) {
  const zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  // A dotted IPv4 tail stands for the last two groups.
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.', lastColon) !== -1) {
    const v4 = Number(parseIPv4(s.slice(lastColon + 1)));
    s = `${s.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const toGroups = (t) => (t === '' ? [] : t.split(':').map((g) => parseInt(g, 16)));
  let groups;
  const dbl = s.indexOf('::');
  if (dbl !== -1) {
    const head = toGroups(s.slice(0, dbl));
    const tail = toGroups(s.slice(dbl + 2));
    const fill = 8 - head.length - tail.length;
    if (fill < 0) return null;
    groups = head.concat(new Array(fill).fill(0), tail);
  } else {
    groups = toGroups(s);
  }
  if (groups.length !== 8 || groups.some((g) => !(g >= 0 && g <= 0xffff))) return null;
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(g);
  return v;
}

function formatIPv4(v) {
  const n = Number(v);
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

// inet_ntop's form: lowercase hex, the longest run (two or more) of zero
// groups as '::', a dotted IPv4 tail for IPv4-mapped and -compatible
// addresses.
function formatIPv6(v) {
  const words = [];
  for (let i = 7; i >= 0; i--) words.push(Number((v >> BigInt(16 * i)) & 0xffffn));
  let bestBase = -1;
  let bestLen = 0;
  let curBase = -1;
  let curLen = 0;
  for (let i = 0; i < 8; i++) {
    if (words[i] === 0) {
      if (curBase === -1) { curBase = i; curLen = 1; } else { curLen++; }
    } else if (curBase !== -1) {
      if (curLen > bestLen) { bestBase = curBase; bestLen = curLen; }
      curBase = -1;
    }
  }
  if (curBase !== -1 && curLen > bestLen) { bestBase = curBase; bestLen = curLen; }
  if (bestLen < 2) bestBase = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (bestBase !== -1 && i >= bestBase && i < bestBase + bestLen) {
      if (i === bestBase) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && bestBase === 0 &&
        (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
      out += formatIPv4(v & 0xffffffffn);
      break;
    }
    out += words[i].toString(16);
  }
  if (bestBase !== -1 && bestBase + bestLen === 8) out += ':';
  return out;
}

// { family: 4|6, value: BigInt } for an address string, or null.
function parseAddress(address, family) {
  if (family === 4) return isIPv4(address) ? { family: 4, value: parseIPv4(address) } : null;
  if (!isIPv6(address)) return null;
  const value = parseIPv6(address);
  return value === null ? null : { family: 6, value };
}

// --- SocketAddress ---------------------------------------------------------------------

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kParsed] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    let type;
    switch (family) {
      case 'ipv4': type = 4; break;
      case 'ipv6': type = 6; break;
      default: throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const parsed = parseAddress(address, type);
    if (parsed === null) throw new ERR_INVALID_ADDRESS();
    this[kParsed] = parsed;
    this[kDetail] = {
      address: type === 4 ? formatIPv4(parsed.value) : formatIPv6(parsed.value),
      port: port | 0,
      family,
      flowlabel: type === 6 ? flowlabel >>> 0 : 0,
    };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      address: this.address,
      port: this.port,
      family: this.family,
      flowlabel: this.flowlabel,
    };
  }
}

// The parsed form ({ family, value }) of a SocketAddress.
function parsedOf(socketAddress) {
  return socketAddress[kParsed];
}

module.exports = {
  SocketAddress,
  parsedOf,
  formatIPv4,
  formatIPv6,
};
