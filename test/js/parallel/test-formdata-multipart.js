// FormData bodies: serialized as multipart/form-data the way undici does
// (boundary shape, escaping of names, CRLF normalization, file parts), read
// back by formData(), plus the parser's accept/reject rules and
// application/x-www-form-urlencoded.
'use strict';
const common = require('../../common');
const assert = require('assert');

async function parse(body, type = 'multipart/form-data; boundary=B') {
  const fd = await new Response(body, { headers: { 'content-type': type } }).formData();
  const out = [];
  for (const [k, v] of fd) {
    out.push(typeof v === 'string' ? [k, v] : [k, v.name, v.type, await v.text()]);
  }
  return out;
}

async function rejects(body, type = 'multipart/form-data; boundary=B') {
  await assert.rejects(parse(body, type), {
    name: 'TypeError', message: 'Failed to parse body as FormData.',
  });
}

const part = (headers, value = 'v') => `--B\r\n${headers}\r\n\r\n${value}\r\n--B--\r\n`;

(async () => {
  // Serializing.
  const fd = new FormData();
  fd.append('a', 'b\nc');
  fd.append('f"n\r', new Blob(['hi'], { type: 'x/y' }), 'q"\n.txt');
  fd.append('e', new File([], ''));
  const req = new Request('http://example.com/', { method: 'POST', body: fd });
  const type = req.headers.get('content-type');
  const m = /^multipart\/form-data; boundary=(----formdata-undici-0\d{11})$/.exec(type);
  assert.ok(m, type);
  const boundary = m[1];
  const text = await req.clone().text();
  assert.strictEqual(text,
                     `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n` +
                     'b\r\nc\r\n' +
                     `--${boundary}\r\nContent-Disposition: form-data; name="f%22n%0D%0A"; ` +
                     'filename="q%22%0A.txt"\r\nContent-Type: x/y\r\n\r\nhi\r\n' +
                     `--${boundary}\r\nContent-Disposition: form-data; name="e"\r\n` +
                     'Content-Type: application/octet-stream\r\n\r\n\r\n' +
                     `--${boundary}--\r\n`);
  // And back: escapes decoded, a nameless file part reads as a string.
  assert.deepStrictEqual(await parse(text, type), [
    ['a', 'b\r\nc'],
    ['f"n\r\n', 'q"\n.txt', 'x/y', 'hi'],
    ['e', ''],
  ]);

  // Accepted shapes.
  assert.deepStrictEqual(await parse(part('Content-Disposition: form-data; name="a"')),
                         [['a', 'v']]);
  assert.deepStrictEqual(await parse('\r\n--B\r\nContent-Disposition: form-data; name="a"' +
                                     '\r\n\r\nv\r\n--B--'), [['a', 'v']]);
  assert.deepStrictEqual(await parse(part('content-disposition:   form-data; name="a;b"')),
                         [['a;b', 'v']]);
  assert.deepStrictEqual(
    await parse(part('Content-Disposition: form-data; name="a"; filename="f.txt"')),
    [['a', 'f.txt', 'text/plain', 'v']]);
  assert.deepStrictEqual(
    await parse(part('Content-Disposition: form-data; name="a"; filename="x"\r\n' +
                     'Content-Type:  Text/X; charset=utf-8 ')),
    [['a', 'x', 'text/x; charset=utf-8', 'v']]);
  assert.deepStrictEqual(
    await parse(part('Content-Disposition: form-data; name="a"\r\nX-Other: 1')), [['a', 'v']]);
  assert.deepStrictEqual(
    await parse(part('Content-Disposition: form-data; name="a"\r\n' +
                     'Content-Transfer-Encoding: base64', 'd g = =')), [['a', 'v']]);
  assert.deepStrictEqual(await parse(part('Content-Disposition: form-data; name="é"', 'é')),
                         [['é', 'é']]);
  assert.deepStrictEqual(await parse('--B--\r\n'), []);
  assert.deepStrictEqual(await parse(part('Content-Disposition: form-data; name="a"'),
                                     'Multipart/Form-Data; BOUNDARY="B"'), [['a', 'v']]);

  // Rejected shapes.
  await rejects('--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--B--junk');
  await rejects('preamble\r\n' + part('Content-Disposition: form-data; name="a"'));
  await rejects(part('Content-Disposition: form-data; name=a'));
  await rejects(part('Content-Disposition:form-data;name="a"'));
  await rejects(part('Content-Disposition: form-data; name="a" '));
  await rejects(part('Content-Disposition: attachment; name="a"'));
  await rejects(part('Content-Disposition: form-data; filename="x"; name="a"'));
  await rejects(part('Content-Disposition: form-data; name="a"\r\nBad Header'));
  await rejects(part('X-Only: 1'));
  await rejects(part('Content-Disposition: form-data; name="a"', 'x\r\n--Bx\r\n'));
  await rejects('--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv');
  await rejects('--B\nContent-Disposition: form-data; name="a"\n\nv\n--B--\n');
  await rejects('');
  await rejects(part('Content-Disposition: form-data; name="a"'), 'multipart/form-data');
  await rejects(part('Content-Disposition: form-data; name="a"'),
                'multipart/form-data; boundary=');

  // url-encoded.
  assert.deepStrictEqual(
    await parse('a=1&b=%zz&c=%41&&d&=e+f', 'application/x-www-form-urlencoded'),
    [['a', '1'], ['b', '%zz'], ['c', 'A'], ['d', ''], ['', 'e f']]);
  const usp = await new Request('http://example.com/', {
    method: 'POST', body: new URLSearchParams({ x: 'a b', y: 'é' }),
  }).formData();
  assert.deepStrictEqual([...usp], [['x', 'a b'], ['y', 'é']]);

  // Anything else.
  await assert.rejects(new Response('a=b').formData(), {
    name: 'TypeError',
    message: 'Content-Type was not one of "multipart/form-data" or ' +
             '"application/x-www-form-urlencoded".',
  });
})().then(common.mustCall());
