'use strict';
// url.fileURLToPath(): decodes the path of a file: URL; rejects other
// schemes, hosts (on POSIX) and encoded slashes.
const assert = require('node:assert');
const { fileURLToPath } = require('node:url');

assert.strictEqual(fileURLToPath('file:///a%20b/%E2%82%AC'), '/a b/\u20ac');
assert.strictEqual(fileURLToPath(new URL('file://localhost/x')), '/x');
assert.strictEqual(fileURLToPath('file:///C:/x', { windows: true }), 'C:\\x');
assert.strictEqual(fileURLToPath('file://server/share/f', { windows: true }), '\\\\server\\share\\f');
// URL-like objects are accepted (Node's duck test).
assert.strictEqual(fileURLToPath({ href: 'file:///a', protocol: 'file:', pathname: '/a', hostname: '' }),
                   '/a');

assert.throws(() => fileURLToPath('file:///a%2fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH', name: 'TypeError',
  message: 'File URL path must not include encoded / characters',
});
assert.throws(() => fileURLToPath('file:///a%5Cb', { windows: true }), {
  code: 'ERR_INVALID_FILE_URL_PATH',
  message: 'File URL path must not include encoded \\ or / characters',
});
assert.throws(() => fileURLToPath('file:///x', { windows: true }), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
});
if (process.platform !== 'win32') {
  assert.throws(() => fileURLToPath('file://host/a'), {
    code: 'ERR_INVALID_FILE_URL_HOST',
    message: `File URL host must be "localhost" or empty on ${process.platform}`,
  });
}
assert.throws(() => fileURLToPath('http://x/'), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => fileURLToPath(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });
