// eddy: util.MIMEType and util.MIMEParams, the WHATWG MIME Sniffing parser
// and serializer (https://mimesniff.spec.whatwg.org/#parsing-a-mime-type).
'use strict';

const {
  codes: { ERR_INVALID_MIME_SYNTAX },
} = require('internal/errors');

// HTTP token code points and HTTP quoted-string token code points.
const kTokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kNotToken = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const kNotQuotedToken = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const kWs = '\t\n\r ';

function isWs(c) { return kWs.includes(c); }

function trimTrailingWs(s) {
  let end = s.length;
  while (end > 0 && isWs(s[end - 1])) end--;
  return s.slice(0, end);
}

function invalidAt(s, re) {
  const m = re.exec(s);
  return m === null ? -1 : m.index;
}

// Throws node's ERR_INVALID_MIME_SYNTAX unless `value` is a non-empty token.
function checkToken(production, value, input) {
  if (value.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, input, -1);
  const at = invalidAt(value, kNotToken);
  if (at !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, input, at);
}

// Serializes one parameter value: quoted unless a non-empty token.
function serializeValue(value) {
  if (value.length > 0 && kTokenRe.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Collects an HTTP quoted string starting at s[pos] === '"' (value only).
// Returns [value, newPos].
function collectQuoted(s, pos) {
  let value = '';
  pos++;
  while (pos < s.length) {
    const c = s[pos];
    if (c === '"') return [value, pos + 1];
    if (c === '\\') {
      pos++;
      if (pos >= s.length) return [value + '\\', pos];
      value += s[pos++];
      continue;
    }
    value += c;
    pos++;
  }
  return [value, pos];
}

function parseParams(s, pos, map) {
  while (pos < s.length) {
    pos++;  // ';'
    while (pos < s.length && isWs(s[pos])) pos++;
    let end = pos;
    while (end < s.length && s[end] !== ';' && s[end] !== '=') end++;
    const name = s.slice(pos, end).toLowerCase();
    pos = end;
    if (pos < s.length) {
      if (s[pos] === ';') continue;
      pos++;  // '='
    }
    if (pos >= s.length) break;
    let value;
    if (s[pos] === '"') {
      [value, pos] = collectQuoted(s, pos);
      while (pos < s.length && s[pos] !== ';') pos++;
    } else {
      end = pos;
      while (end < s.length && s[end] !== ';') end++;
      value = trimTrailingWs(s.slice(pos, end));
      pos = end;
      if (value.length === 0) continue;
    }
    if (name.length > 0 && kTokenRe.test(name) &&
        !kNotQuotedToken.test(value) && !map.has(name)) {
      map.set(name, value);
    }
  }
}

class MIMEParams {
  #data = new Map();

  delete(name) { this.#data.delete(`${name}`); }

  get(name) {
    const v = this.#data.get(`${name}`);
    return v === undefined ? null : v;
  }

  has(name) { return this.#data.has(`${name}`); }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    checkToken('parameter name', name, name);
    const at = invalidAt(value, kNotQuotedToken);
    if (at !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, at);
    this.#data.set(name, value);
  }

  entries() { return this.#data.entries(); }
  keys() { return this.#data.keys(); }
  values() { return this.#data.values(); }

  toString() {
    let out = '';
    for (const [k, v] of this.#data) {
      if (out.length > 0) out += ';';
      out += `${k}=${serializeValue(v)}`;
    }
    return out;
  }

  toJSON() { return this.toString(); }

  static _map(params) { return params.#data; }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const paramsMap = MIMEParams._map;
delete MIMEParams._map;

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(input) {
    const raw = `${input}`;
    let start = 0;
    let end = raw.length;
    while (start < end && isWs(raw[start])) start++;
    while (end > start && isWs(raw[end - 1])) end--;
    const s = raw.slice(start, end);
    const slash = s.indexOf('/');
    const type = slash === -1 ? s : s.slice(0, slash);
    checkToken('type', type, raw);
    if (slash === -1) throw new ERR_INVALID_MIME_SYNTAX('type', raw, -1);
    let semi = s.indexOf(';', slash + 1);
    if (semi === -1) semi = s.length;
    const subtype = trimTrailingWs(s.slice(slash + 1, semi));
    checkToken('subtype', subtype, raw);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    parseParams(s, semi, paramsMap(this.#params));
  }

  get type() { return this.#type; }
  set type(value) {
    value = `${value}`;
    checkToken('type', value, value);
    this.#type = value.toLowerCase();
  }

  get subtype() { return this.#subtype; }
  set subtype(value) {
    value = `${value}`;
    checkToken('subtype', value, value);
    this.#subtype = value.toLowerCase();
  }

  get essence() { return `${this.#type}/${this.#subtype}`; }
  get params() { return this.#params; }

  toString() {
    const params = this.#params.toString();
    return params.length > 0 ? `${this.essence};${params}` : this.essence;
  }

  toJSON() { return this.toString(); }
}

module.exports = { MIMEType, MIMEParams };
