// fetch() of data: URLs: percent-decoded and base64 bodies, the MIME type
// normalized into Content-Type (text/plain;charset=US-ASCII by default), the
// fragment dropped from the url, and malformed URLs failing.
'use strict';
const common = require('../../common');
const assert = require('assert');

(async () => {
  const cases = [
    ['data:,Hello%2C%20World!', 'text/plain;charset=US-ASCII', 'Hello, World!'],
    ['data:text/plain;base64,SGVsbG8=', 'text/plain', 'Hello'],
    ['data:text/plain;base64 ,SGk=', 'text/plain', 'Hi'],
    ['data:TEXT/Plain;Charset="utf-8";a=b,x', 'text/plain;charset=utf-8;a=b', 'x'],
    ['data:;base64,YWJj', 'text/plain;charset=US-ASCII', 'abc'],
    ['data:;charset=utf-8,x', 'text/plain;charset=utf-8', 'x'],
    ['data:bad,x', 'text/plain;charset=US-ASCII', 'x'],
    ['data:application/json,{"a":1}#frag', 'application/json', '{"a":1}'],
    ['data:,%E2%82%AC', 'text/plain;charset=US-ASCII', '€'],
  ];
  for (const [url, type, text] of cases) {
    const res = await fetch(url);
    assert.strictEqual(res.status, 200);
    assert.strictEqual(res.statusText, 'OK');
    assert.strictEqual(res.type, 'basic');
    assert.strictEqual(res.url, url.replace(/#.*/, ''));
    assert.deepStrictEqual([...res.headers], [['content-type', type]]);
    assert.strictEqual(await res.text(), text);
  }
  // Any method works.
  assert.strictEqual(await (await fetch('data:,y', { method: 'POST', body: 'z' })).text(), 'y');
  for (const url of ['data:;base64,!!!', 'data:xxx', 'data:;base64,a']) {
    await assert.rejects(fetch(url), (err) => {
      assert.strictEqual(err.message, 'fetch failed');
      assert.strictEqual(err.cause.message, 'failed to fetch the data URL');
      return true;
    });
  }
})().then(common.mustCall());
