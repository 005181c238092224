// bench: metric=ops+wall, runs=10, timeout=120
//
// WHATWG URL parsing: `new URL(input[, base])` on 100,000 varied inputs,
// reading `href` and two components of each (hostname, then pathname or
// search in turn). The mix is generated from a fixed seed: http/https URLs
// with paths, queries, fragments, credentials and ports; IPv4 (also in hex and
// shorthand) and IPv6 hosts; upper-case and dot-segment inputs that need
// normalising; relative references resolved against a base; file: URLs;
// non-special schemes (mailto:, data:, git+ssh:, urn:); a few non-ASCII hosts
// (IDNA); and some invalid inputs, for which the thrown error is counted.
//
// The checksum over every href and component read (and the error count) must
// equal the value node 20 gives for the same inputs, so a runtime that parses differently fails
// instead of printing a number.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const N = 100000;
const EXPECTED = '199042401/5042';

let seed = 0x2545f491;
function rand(n) {
  // xorshift32 in int32 arithmetic: the same sequence in every runtime.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed & 0x7fffffff) % n;
}
function pick(list) { return list[rand(list.length)]; }

const words = ['api', 'v1', 'v2', 'users', 'items', 'search', 'static', 'img',
  'index.html', 'docs', 'blog', '2024', 'post', 'a_b-c', 'x.y', 'data.json'];
const hosts = ['example.com', 'www.example.org', 'cdn.example.net', 'localhost',
  'sub.domain.co.uk', 'a.b.c.d.example', 'EXAMPLE.COM', 'Mixed.Case.Org',
  'node-js.dev', 'xn--nxasmq6b.com'];
const ipHosts = ['127.0.0.1', '10.0.0.255', '192.168.1.20', '0x7f.1', '3232235777',
  '[::1]', '[2001:db8::8a2e:370:7334]', '[fe80::1%25eth0]', '[0:0:0:0:0:ffff:1.2.3.4]',
  '[2001:DB8:0:0:1:0:0:1]'];
const unicodeHosts = ['münchen.de', 'bücher.example', 'пример.рф', '例え.テスト'];
const keys = ['q', 'page', 'sort', 'id', 'utm_source', 'lang', 'filter'];
const values = ['1', 'abc', 'hello world', 'a%20b', 'x+y', 'café', '', 'true', '42'];
const schemes = ['http', 'https', 'https', 'https', 'http'];

function path() {
  let p = '';
  const n = rand(5);
  for (let i = 0; i < n; i++) p += `/${pick(words)}`;
  if (rand(8) === 0) p += '/../x/./y';
  if (rand(4) === 0) p += '/';
  return p;
}
function query() {
  if (rand(3) !== 0) return '';
  let q = '?';
  const n = 1 + rand(3);
  for (let i = 0; i < n; i++) q += `${i ? '&' : ''}${pick(keys)}=${pick(values)}`;
  return q;
}
function hash() { return rand(6) === 0 ? `#${pick(words)}` : ''; }

function makeInput() {
  const kind = rand(100);
  if (kind < 50) {
    const cred = rand(12) === 0 ? `${pick(['user', 'me', 'a b'])}:${pick(['pw', 'p@ss', ''])}@` : '';
    const port = rand(7) === 0 ? `:${pick(['80', '443', '8080', '3000', '65535'])}` : '';
    return [`${pick(schemes)}://${cred}${pick(hosts)}${port}${path()}${query()}${hash()}`];
  }
  if (kind < 60) {
    return [`${pick(schemes)}://${pick(ipHosts)}${rand(3) === 0 ? ':8080' : ''}${path()}${query()}`];
  }
  if (kind < 75) {
    const rel = pick(['', '/', './', '../', '?', '#', '//other.example/']) + path().slice(1) + query() + hash();
    return [rel, pick(['https://example.com/a/b/c?x=1', 'http://host:8080/dir/', 'https://u:p@h.example/p#f'])];
  }
  if (kind < 82) {
    return [pick(['file:///home/user', 'file:///C:/Users', 'file://server/share', 'file:/tmp']) + path() + hash()];
  }
  if (kind < 92) {
    return [pick(['mailto:someone@example.com', 'data:text/plain,hello%20world', 'urn:isbn:0451450523',
      'git+ssh://git@github.com/owner/repo.git', 'foo://host:123/p/../q', 'about:blank',
      'javascript:void(0)', 'ws://socket.example/chat', 'wss://socket.example:9443/']) + query()];
  }
  if (kind < 96) {
    return [`https://${pick(unicodeHosts)}${path()}${query()}`];
  }
  return [pick(['http://', 'https://exa mple.com', 'http://[::1', 'http://1.2.3.256', '//nobase',
    'https://host:99999/', 'not a url', 'http://a:b@/'])];
}

const inputs = [];
for (let i = 0; i < N; i++) inputs.push(makeInput());

let sum = 0;
let errors = 0;
function str(s) {
  // A cheap content hash so the checksum sees characters, not just lengths.
  return s.length * 31 + (s.length ? s.charCodeAt(s.length >> 1) : 0);
}

const start = now();
for (let i = 0; i < N; i++) {
  const [input, base] = inputs[i];
  let url;
  try {
    url = base === undefined ? new URL(input) : new URL(input, base);
  } catch (err) {
    if (err.code !== 'ERR_INVALID_URL') throw err;
    errors++;
    continue;
  }
  sum = (sum + str(url.href) + str(url.hostname) +
         str((i & 1) ? url.pathname : url.search)) | 0;
}
const ms = now() - start;

const check = `${sum}/${errors}`;
if (check !== EXPECTED) {
  console.error(`url-parse: checksum ${check}, expected ${EXPECTED}`);
  process.exit(1);
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);
