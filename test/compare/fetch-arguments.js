// The errors node's fetch classes throw for bad arguments: class, message
// and code, printed one per line.
'use strict';

function show(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', value);
  } catch (err) {
    console.log(label, err.constructor.name, err.code, JSON.stringify(err.message),
                err.cause ? `cause: ${err.cause.code}` : '');
  }
}

show('headers 1', () => new Headers(1));
show('headers pair', () => new Headers([['a']]));
show('headers pair3', () => new Headers([['a', 'b', 'c']]));
show('headers not iterable', () => new Headers([1]));
show('headers name', () => new Headers({ 'a b': 'x' }));
show('headers value', () => new Headers({ a: 'x\ny' }));
show('headers nul', () => new Headers().append('a', 'x\0'));
show('headers bytestring', () => new Headers().append('a', 'Ā'));
show('headers count', () => new Headers().append('a'));
show('headers get count', () => new Headers().get());
show('headers sym', () => new Headers().get(Symbol('s')));
show('headers brand', () => Headers.prototype.has.call({}, 'a'));
show('headers forEach', () => new Headers().forEach({}));
show('headers iterator', () => new Headers().keys().next.call([]));
show('headers immutable', () => Response.error().headers.append('a', 'b'));

show('request none', () => new Request());
show('request relative', () => new Request('/x'));
show('request credentials', () => new Request('http://a:b@x/'));
show('request init', () => new Request('http://x/', 5));
show('request get body', () => new Request('http://x/', { body: 'x' }));
show('request connect', () => new Request('http://x/', { method: 'CONNECT' }));
show('request track', () => new Request('http://x/', { method: 'track' }));
show('request method', () => new Request('http://x/', { method: 'a b' }));
show('request method sym', () => new Request('http://x/', { method: Symbol('m') }));
show('request mode', () => new Request('http://x/', { mode: 'navigate' }));
show('request mode2', () => new Request('http://x/', { mode: 'x' }));
show('request policy', () => new Request('http://x/', { referrerPolicy: 'x' }));
show('request cache', () => new Request('http://x/', { cache: 'x' }));
show('request cache2', () => new Request('http://x/', { cache: 'only-if-cached' }));
show('request credentials2', () => new Request('http://x/', { credentials: 'x' }));
show('request redirect', () => new Request('http://x/', { redirect: 'x' }));
show('request duplex', () => new Request('http://x/', { duplex: 'x' }));
show('request signal', () => new Request('http://x/', { signal: {} }));
show('request window', () => new Request('http://x/', { window: {} }));
show('request referrer', () => new Request('http://x/', { referrer: 'x' }));
show('request stream', () => new Request('http://x/', { method: 'POST', body: new ReadableStream() }));
show('request keepalive', () => new Request('http://x/', {
  method: 'POST', body: new ReadableStream(), keepalive: true, duplex: 'half',
}));
show('request no-cors', () => new Request('http://x/', { mode: 'no-cors', method: 'DELETE' }));
show('request brand', () => Request.prototype.clone.call({}));

show('response status', () => new Response(null, { status: 600 }));
show('response null body', () => new Response('x', { status: 205 }));
show('response statusText', () => new Response(null, { statusText: '\n' }));
show('response statusText2', () => new Response(null, { statusText: 'Ā' }));
show('response init', () => new Response(null, 'x'));
show('response headers', () => new Response(null, { headers: 1 }));
show('redirect url', () => Response.redirect('nope'));
show('redirect status', () => Response.redirect('http://x/', 399));
show('json', () => Response.json());
show('json undefined', () => Response.json(undefined));
show('json function', () => Response.json(() => {}));
show('response brand', () => Object.getOwnPropertyDescriptor(Response.prototype, 'ok').get.call({}));

show('formdata form', () => new FormData({}));
show('formdata count', () => new FormData().append('a'));
show('formdata blob', () => new FormData().append('a', 'b', 'c'));
show('formdata set blob', () => new FormData().set('a', {}, 'c'));
show('formdata getAll', () => new FormData().getAll());
show('formdata brand', () => FormData.prototype.keys.call({}));
show('formdata forEach', () => new FormData().forEach());

(async () => {
  for (const [label, make] of [
    ['text brand', () => Response.prototype.text.call({})],
    ['used', async () => { const r = new Response('x'); await r.text(); return r.text(); }],
    ['json bad', () => new Response('[1,').json().catch((e) => { throw new TypeError(e.name); })],
    ['formData type', () => new Response('x').formData()],
    ['formData parse', () => new Response('x', {
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    }).formData()],
    ['stream chunk', () => new Response(new ReadableStream({
      start(c) { c.enqueue(1); c.close(); },
    })).arrayBuffer()],
    ['fetch none', () => fetch()],
    ['fetch init', () => fetch('http://x/', 'x')],
    ['fetch aborted', () => fetch('http://x/', { signal: AbortSignal.abort() })],
  ]) {
    try {
      console.log(label, 'ok', await make());
    } catch (err) {
      console.log(label, err.constructor.name, err.code, JSON.stringify(err.message));
    }
  }
})();
