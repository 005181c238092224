// util.inspect / console.log of the fetch classes: Headers (names as first
// given, set-cookie joined), Request, Response (with and without a body),
// FormData (repeated names grouped), iterators, nesting and depth limits.
'use strict';
const util = require('util');

const h = new Headers({ B: '2', a: '1', 'Set-Cookie': 'x=1' });
h.append('set-cookie', 'y=2');
h.append('A', '3');
console.log(h);
console.log(new Headers());
console.log(util.inspect(h, { depth: 0 }));
console.log(util.inspect({ deep: { deeper: { headers: h } } }, { depth: 1 }));
console.log(h.entries(), h.keys(), new FormData().values());
console.log(String(h), Object.prototype.toString.call(h), `${new FormData()}`);

console.log(new Request('http://example.com/x?y#z', {
  method: 'post', body: 'hi', headers: { 'X-Req': 'y' }, redirect: 'manual', cache: 'no-store',
}));
console.log(new Response('hello', { status: 201, statusText: 'Created', headers: { a: 'b' } }));
console.log(new Response(null, { status: 404 }));
console.log(Response.error());
console.log(Response.redirect('http://example.com/', 301));
console.log(Response.json({ a: 1 }));
console.log(util.inspect(new Response('x'), { depth: 0 }));
console.log(util.inspect([new Response()], { depth: 5 }));

const fd = new FormData();
fd.append('a', 'b');
fd.append('a', 'c');
fd.append('file', new File(['xx'], 'n.txt', { type: 'text/plain', lastModified: 42 }));
fd.append('blob', new File(['yyy'], 'b', { lastModified: 7 }));
console.log(fd);
console.log(new FormData());
console.log(util.inspect({ form: fd }, { depth: 0 }));
console.log([...fd]);

(async () => {
  const used = new Response('used');
  await used.text();
  console.log(used);
  console.log(used.body, used.bodyUsed);
  const s = new Response(new ReadableStream());
  console.log(s.body, s.clone().body);
})();
