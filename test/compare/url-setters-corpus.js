'use strict';
// Every URL setter with a spread of values on a spread of URLs (special,
// non-special, file, opaque paths, with and without credentials, ports,
// queries and fragments), printing the href after each assignment and the
// searchParams a linked URLSearchParams sees. Any difference from node shows
// up line by line.

const urls = [
  'http://u:p@example.com:8080/a/b?q=1#f',
  'https://example.com/',
  'ws://h/p',
  'ftp://h:21/x',
  'file:///C:/dir/file',
  'file://host/share/x',
  'file:///tmp/x?y#z',
  'sc://h/p?q#f',
  'sc://u@h:9/p',
  'sc:/path/only',
  'sc:opaque?q#f',
  'sc:space   ?q',
  'mailto:a@b.example',
  'data:text/plain,hi',
  'blob:https://example.com/uuid',
  'http://[::1]:3000/x',
  'http://192.168.0.1/',
  'javascript:void(0)',
];

const values = {
  href: ['http://new.example/x', 'nope', '  https://Trim.me  ', 'sc:x', 'file:C:/x'],
  protocol: ['https', 'http:', 'ftp', 'file', 'sc', 'ws:extra', 'HTTP', 'a b', '', 'git+ssh'],
  username: ['', 'user', 'a b@c:d', 'ü', '%41'],
  password: ['', 'pw', 'p:@/w', 'ß'],
  host: ['', 'new.example', 'NEW.example:81', 'h:0', 'h:abc', 'h:', '[::2]:8', 'ü.de',
    'xn--nxasmq6b.com', 'a b', 'h/x', 'h?x', 'h#x', '127.1', ':80', '%41.com', 'h\\x'],
  hostname: ['', 'new.example', 'h:81', '[::ffff:1.2.3.4]', '0x7f.1', 'пример.рф', 'a%b',
    'localhost'],
  port: ['', '0', '80', '443', '8080', '65535', '65536', '8a', 'a8', ':1', '-1', ' 1', '1 2',
    '\t99'],
  pathname: ['', '/', 'x', '/a/../b', '\\x\\y', '%2e%2E', '..', '/ü?#', 'a b', '//x',
    '/./.', 'C|/x'],
  search: ['', '?', 'q=1', '??x', 'a b&c=d', '#x', 'é=ü', "'"],
  hash: ['', '#', 'f', '##x', 'a b', '`', 'é'],
};

for (const href of urls) {
  for (const [attr, list] of Object.entries(values)) {
    for (const value of list) {
      const url = new URL(href);
      const params = url.searchParams;
      let note = '';
      try {
        url[attr] = value;
      } catch (err) {
        note = ` threw ${err.code}`;
      }
      console.log(`${href} .${attr}=${JSON.stringify(value)} -> ${url.href}` +
        ` [${params}]${note}`);
    }
  }
}

// URLSearchParams changes write the query back.
const url = new URL('sc:opaque  ?a=1#f');
url.hash = '';
url.searchParams.delete('a');
console.log(url.href, JSON.stringify(url.pathname));
const u2 = new URL('http://h/?x=1');
u2.searchParams.append('y', 'a b&c');
u2.searchParams.sort();
console.log(u2.href, u2.search);
u2.search = '';
console.log(u2.href, [...u2.searchParams].length);
