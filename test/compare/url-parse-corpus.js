'use strict';
// new URL() over a generated corpus (a fixed seed): special and non-special
// schemes, credentials, ports, IPv4 in every notation, IPv6, percent-escapes,
// dot segments, backslashes, non-ASCII in every component, IDNA hosts
// (Latin, Greek, Cyrillic, kana, Han, Hangul, "xn--" labels, upper case,
// full-width dots), file URLs with drive letters, relative references and
// invalid inputs. Every component is printed, so any difference from node
// shows up line by line.

let seed = 0x1234567;
function rand(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
function pick(list) { return list[rand(list.length)]; }

const schemes = ['http', 'https', 'HTTP', 'ws', 'wss', 'ftp', 'file', 'sc', 'git+ssh',
  'urn', 'data', 'blob', 'javascript', 'mailto', 'x-y.z'];
const creds = ['', '', '', 'u@', 'u:p@', ':p@', 'a b:c d@', 'u:@', 'a@b@', 'ü:ß@', '%41:%zz@'];
const hosts = ['example.com', 'EXAMPLE.COM', 'a.b.c', 'localhost', 'xn--nxasmq6b.com',
  'XN--MNCHEN-3YA.de', 'münchen.de', 'MÜNCHEN.DE', 'пример.рф', '例え.テスト', '한국.kr',
  'βόλοσ.gr', 'faß.de', 'ｆｕｌｌ．ｗｉｄｔｈ', 'a%2Eb', '%C3%BC.com', 'exa%20mple', 'a..b',
  'trailing.', '127.0.0.1', '0x7f.1', '0177.0.0.1', '4294967295', '4294967296', '1.2.3.4.5',
  '1.2.3.09', 'foo.0x', 'foo.09', '[::1]', '[::]', '[1:2::3:4]', '[::ffff:1.2.3.4]',
  '[2001:DB8::1]', '[1:2:3:4:5:6:7:8]', '[::1', '[g::1]', '', 'h_st', 'a<b', 'xn--a.com',
  'xn--ls8h.la', 'x\u200d.com', 'اختبار.com'];
const ports = ['', '', '', ':', ':80', ':443', ':8080', ':0', ':65535', ':65536', ':00080',
  ':8a', ':21'];
const segs = ['a', 'b', '.', '..', '%2e', '%2E%2e', 'c d', 'é', '^', '`', '{}', '"', '<>',
  'C:', 'D|', '', '%', '%zz', '?', '#', '\\', 'ü', '☃', '😀'];
const queries = ['', '', '?', '?a=1', '?a=b c', "?q='x'", '?é', '?#', '?a%20b', '?`{}<>'];
const frags = ['', '', '#', '#f', '#a b', '#`', '#é', '#<>', '#%'];
const bases = [undefined, undefined, 'http://base.example/dir/file?q#f', 'file:///C:/dir/f',
  'sc://h/a/b', 'sc:opaque', 'https://u:p@h:8080/x/y/'];

function path() {
  let p = '';
  const n = rand(4);
  for (let i = 0; i < n; i++) p += pick(['/', '/', '\\']) + pick(segs);
  return p;
}

const inputs = [];
for (let i = 0; i < 700; i++) {
  const kind = rand(10);
  let input;
  if (kind < 6) {
    input = `${pick(schemes)}://${pick(creds)}${pick(hosts)}${pick(ports)}${path()}` +
      `${pick(queries)}${pick(frags)}`;
  } else if (kind < 8) {
    input = `${pick(['', '/', '//', './', '../', '?', '#', 'C|', 'x:', '\\\\'])}${path().slice(1)}` +
      `${pick(queries)}${pick(frags)}`;
  } else {
    input = `${pick(schemes)}:${pick(['', '/', '//', '///'])}${pick(hosts)}${path()}${pick(queries)}`;
  }
  if (rand(12) === 0) input = ` \t${input}\n `;
  inputs.push([input, pick(bases)]);
}

const parts = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'hash'];
for (const [input, base] of inputs) {
  let line;
  try {
    const url = new URL(input, base);
    line = parts.map((p) => url[p]);
    line.push(url.searchParams.toString());
  } catch (err) {
    line = [err.code];
  }
  console.log(JSON.stringify([input, base ?? null, ...line]));
}
