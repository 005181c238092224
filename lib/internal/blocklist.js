// eddy: net.BlockList (node's internal/blocklist; node keeps the rules in
// C++, eddy in JS). Rules are single addresses, inclusive ranges and
// subnets, newest first. An IPv4 rule matches the IPv4-mapped IPv6 form of
// its addresses (::ffff:a.b.c.d) and an IPv6 rule over mapped addresses
// matches the plain IPv4 ones, as node's SocketAddress comparison does.
'use strict';

const { SocketAddress, parsedOf, formatIPv4, formatIPv6 } = require('internal/socketaddress');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');

const kRules = Symbol('kRules');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kMappedPrefix = 0xffffn << 32n;

// `p` ({ family, value }) as the family `family`, or null when it has no
// such form (IPv6 that is not IPv4-mapped, as IPv4).
function as(p, family) {
  if (p.family === family) return p.value;
  if (family === 6) return kMappedPrefix | p.value;
  return (p.value >> 32n) === 0xffffn ? p.value & 0xffffffffn : null;
}

function bits(family) { return family === 4 ? 32n : 128n; }

function format(p) {
  return p.family === 4 ? formatIPv4(p.value) : formatIPv6(p.value);
}

function familyName(p) { return p.family === 4 ? 'IPv4' : 'IPv6'; }

function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    const a = parsedOf(toSocketAddress(address, 'address', family));
    this[kRules].unshift({ type: 'address', a });
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    const a = parsedOf(start);
    const b = parsedOf(end);
    const bInA = as(b, a.family);
    if (bInA !== null && a.value > bInA) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
    this[kRules].unshift({ type: 'range', a, b });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    switch (network.family) {
      case 'ipv4': validateInt32(prefix, 'prefix', 0, 32); break;
      case 'ipv6': validateInt32(prefix, 'prefix', 0, 128); break;
    }
    this[kRules].unshift({ type: 'subnet', a: parsedOf(network), prefix });
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;  // not an address: nothing blocks it
      }
    }
    const p = parsedOf(address);
    for (const rule of this[kRules]) {
      if (matches(rule, p)) return true;
    }
    return false;
  }

  get rules() {
    return this[kRules].map((rule) => {
      switch (rule.type) {
        case 'address':
          return `Address: ${familyName(rule.a)} ${format(rule.a)}`;
        case 'range':
          return `Range: ${familyName(rule.a)} ${format(rule.a)}-${format(rule.b)}`;
        default:
          return `Subnet: ${familyName(rule.a)} ${format(rule.a)}/${rule.prefix}`;
      }
    });
  }
}

function matches(rule, p) {
  const v = as(p, rule.a.family);
  if (v === null) return false;
  switch (rule.type) {
    case 'address':
      return v === rule.a.value;
    case 'range': {
      const end = as(rule.b, rule.a.family);
      return end !== null && v >= rule.a.value && v <= end;
    }
    default: {
      const shift = bits(rule.a.family) - BigInt(rule.prefix);
      return (v >> shift) === (rule.a.value >> shift);
    }
  }
}

module.exports = { BlockList };
