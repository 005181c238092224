'use strict';
// url.parse() with a port that is not a number moves it into the path and
// warns once (DEP0170); a host IDNA rejects throws ERR_INVALID_URL.
const url = require('url');
console.log(url.parse('http://a:b/c').href);
console.log(url.parse('http://a:80x/').href);
try {
  url.parse('http://xn--a/');
} catch (err) {
  console.log(err.name, err.code, err.message, err.input);
}
