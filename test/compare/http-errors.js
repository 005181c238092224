// Messages and codes of http's argument and state errors.
'use strict';
const http = require('http');
function t(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
t('name', () => http.validateHeaderName('a b'));
t('value', () => http.validateHeaderValue('x', 'a\nb'));
t('undefined value', () => http.validateHeaderValue('x', undefined));
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
t('status 99', () => res.writeHead(99));
t('status 1000', () => res.writeHead(1000));
t('status abc', () => res.writeHead('abc'));
t('array value', () => res.setHeader('a', ['x', 'a\rb']));
t('getHeader', () => res.getHeader(5));
t('hasHeader', () => res.hasHeader({}));
t('removeHeader', () => res.removeHeader(null));
t('setHeaders', () => res.setHeaders({}));
t('write type', () => res.write({}));
t('implicit', () => new http.OutgoingMessage()._implicitHeader());
t('protocol', () => http.request({ protocol: 'https:' }));
t('path', () => http.request({ path: '/a b' }));
t('method', () => http.request({ method: 'B D' }));
t('host', () => http.request({ host: 1 }));
t('hostname', () => http.request({ hostname: {} }));
t('agent', () => http.request({ agent: 1 }));
t('headers', () => http.request({ headers: { 'a b': 1 } }));
t('insecure', () => http.request({ insecureHTTPParser: 1 }));
t('timeout', () => http.request({ timeout: 'x' }));
t('timeout neg', () => http.request({ timeout: -1 }));
t('maxHeaderSize', () => http.request({ maxHeaderSize: -1 }));
t('join', () => http.request({ joinDuplicateHeaders: 1 }));
t('server requestTimeout', () => http.createServer({ requestTimeout: -1 }));
t('server maxHeaderSize', () => http.createServer({ maxHeaderSize: 'a' }));
t('server options', () => http.createServer(3));
t('server headersTimeout', () => http.createServer({ headersTimeout: 10, requestTimeout: 5 }));
t('server requireHostHeader', () => http.createServer({ requireHostHeader: 'yes' }));
t('parsers', () => http.setMaxIdleHTTPParsers(0));
t('agent scheduling', () => new http.Agent({ scheduling: 'x' }));
t('agent total', () => new http.Agent({ maxTotalSockets: 'x' }));
t('early hints', () => res.writeEarlyHints({ link: 'bad' }));
t('early hints type', () => res.writeEarlyHints(null));
t('trailer name', () => res.addTrailers({ 'a b': 1 }));
t('trailer value', () => res.addTrailers({ a: '\n' }));
