'use strict';
// Where Node 20's URL parser (ada 2.9) differs from the URL Standard, eddy
// gives Node's results; each case below is what node 20 prints.
const assert = require('node:assert');

function href(input, base) {
  try {
    return new URL(input, base).href;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    return 'invalid';
  }
}

function after(input, attribute, value) {
  const url = new URL(input);
  url[attribute] = value;
  return url.href;
}

// '^' stays as it is in paths; an opaque path keeps its spaces.
assert.strictEqual(href('http://h/a^b'), 'http://h/a^b');
assert.strictEqual(href('sc:a b  ?q'), 'sc:a b  ?q');

// A relative reference resolves against a base with an opaque path when it
// has a fragment anywhere; the base's path is split at '/'.
assert.strictEqual(href('x#y', 'sc:opaque'), 'sc:opaque/x#y');
assert.strictEqual(href('..#x', 'sc:a/b'), 'sc:a#x');
assert.strictEqual(href('../..#x', 'sc:a/b/c'), 'sc:a#x');
assert.strictEqual(href('?q#f', 'sc:op?old'), 'sc:op?q#f');
assert.strictEqual(href('/a#f', 'mailto:x'), 'mailto:/a#f');
assert.strictEqual(href('#f', 'sc:op?q'), 'sc:op?q#f');
assert.strictEqual(href('x', 'sc:opaque'), 'invalid');
assert.strictEqual(href('?q', 'sc:opaque'), 'invalid');

// A final ".." of a non-special URL with nothing left to remove leaves no
// empty segment.
assert.strictEqual(href('sc://h/..'), 'sc://h');
assert.strictEqual(href('sc:/..'), 'sc:');
assert.strictEqual(href('sc://h/a/..'), 'sc://h/');
assert.strictEqual(href('..', 'sc://h/a/b'), 'sc://h/');
assert.strictEqual(href('../..?q', 'sc://h/a'), 'sc://h?q');
assert.strictEqual(href('http://h/..'), 'http://h/');
assert.strictEqual(after('foo://path/to', 'pathname', '/..'), 'foo://path');

// Host setters on non-special URLs.
assert.strictEqual(after('sc://h/p', 'host', ':7'), 'sc://:7/p');
assert.strictEqual(after('sc://h:9/p', 'host', ':'), 'sc://:9/p');
assert.strictEqual(after('sc://h/p', 'host', ':abc'), 'sc:///p');
assert.strictEqual(after('sc:/p', 'host', 'x:80'), 'sc://x/p');
assert.strictEqual(after('sc:/p', 'host', ''), 'sc:/p');
assert.strictEqual(after('sc:/p', 'hostname', ''), 'sc:/p');
assert.strictEqual(after('sc:/.//p', 'host', ''), 'sc:////p');
assert.strictEqual(after('sc://#f', 'host', 'x:80'), 'sc://x#f');
assert.strictEqual(after('sc://#', 'host', ':80'), 'sc://#');
assert.strictEqual(after('http://h/p', 'host', ':7'), 'http://h/p');

// A port that holds a digit but does not start with one clears the port, in
// the port and the host setters; so does a port of only tabs and newlines.
assert.strictEqual(after('http://h:1/', 'port', 'a2'), 'http://h/');
assert.strictEqual(after('http://h:1/', 'port', ':1'), 'http://h/');
assert.strictEqual(after('http://h:1/', 'port', '-1'), 'http://h:1/');
assert.strictEqual(after('http://h:1/', 'port', ' 1'), 'http://h:1/');
assert.strictEqual(after('http://h:1/', 'port', 'abc'), 'http://h:1/');
assert.strictEqual(after('http://h:1/', 'port', '\n\t'), 'http://h/');
assert.strictEqual(after('http://h:1/', 'host', 'x:a2'), 'http://x/');
assert.strictEqual(after('http://h:1/', 'host', 'x:abc'), 'http://x:1/');
assert.strictEqual(after('http://h:1/', 'host', 'x:2a'), 'http://x:2/');

// A pathname that needs the "/." prefix drops the query and fragment.
assert.strictEqual(after('sc:/a?q#f', 'pathname', '//x'), 'sc:/.//x');
assert.strictEqual(after('sc:/a?q#f', 'pathname', '/x'), 'sc:/x?q#f');

// Opaque paths lose trailing spaces once the query and fragment are gone.
assert.strictEqual(after('sc:a b  ?q', 'search', ''), 'sc:a b');
const url = new URL('data:x  #f');
url.hash = '';
assert.strictEqual(url.href, 'data:x');
