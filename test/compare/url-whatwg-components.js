'use strict';
// The components new URL() gives for inputs around the special cases of the
// URL Standard (hosts, ports, paths, opaque paths, file URLs).
const inputs = [
  ['http://EXAMPLE.com:80/a/./b/../c?q=1 2#f g'],
  ['HTTPS://a.b:443'],
  ['http://1.2.3/'],
  ['http://0x7f.0.0.1/'],
  ['http://[0:0::1]:8080/'],
  ['http://user:p@ss@host/'],
  ['http://h/%2e%2E/x/%2e/y'],
  ['http:\\\\h\\a\\b'],
  ['file:///C|/x/../y'],
  ['file://localhost/etc/hosts'],
  ['file:c:\\x'],
  ['mailto:someone@example.com?subject=hi'],
  ['javascript:alert(1)'],
  ['data:text/plain,hello world'],
  ['sc://h/p?q#f'],
  ['sc:/p/./q'],
  ['blob:https://h/uuid'],
  ['../x?y', 'http://h/a/b/c'],
  ['//other/path', 'https://h/'],
  ['?only-query', 'http://h/p?old#f'],
  ['#only-fragment', 'sc:opaque?q'],
  ['http://\u00e9.com/\u00e9?\u00e9#\u00e9'],
  ['  \t http://trim.me/ \n '],
  ['ws://h:80/'],
  ['http://h:65535/'],
];
for (const [input, base] of inputs) {
  const url = new URL(input, base);
  console.log(JSON.stringify(input), base === undefined ? '' : `(base ${base})`);
  for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host',
    'hostname', 'port', 'pathname', 'search', 'hash']) {
    console.log(`  ${key}: ${JSON.stringify(url[key])}`);
  }
}
for (const bad of ['http://', 'http://[::1', 'http://h:65536/', 'http://a b/', '//x', 'http://xn--/']) {
  console.log(JSON.stringify(bad), URL.canParse(bad));
}
