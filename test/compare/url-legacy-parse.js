'use strict';
// url.parse() results (as JSON) for inputs that hit the legacy parser's
// quirks, with and without parseQueryString / slashesDenoteHost.
const url = require('url');
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  '  HTTP://X.COM\\a\\b?c\\d#e\\f  ',
  '//host/path',
  '//u@host/path',
  'mailto:user@example.com',
  'javascript:alert("hi there")',
  'http://a.com/x y"z<>\'`{|}^',
  'http://[::1]:3000/path',
  'http://a@b@c/d',
  'http://a@b?@c',
  'git+ssh://git@github.com:user/repo.git',
  'http://\u00e9x\u00e4mple.com/',
  'http://x.com\u3002y/',
  'file:///etc/passwd',
  'file://localhost/x',
  'x:y',
  '/just/a/path?x=1&x=2&y',
  '?q#h',
  'http:x',
  'HTTP:x',
];
for (const input of inputs) {
  console.log(JSON.stringify(input));
  console.log('  ', JSON.stringify(url.parse(input)));
  console.log('  ', JSON.stringify(url.parse(input, true, true)));
}
