// eddy: the training run for the embedded stencils (tools/gen/gen_snapshot.cc
// runs it at build time, stdout discarded). Every lib/ function it executes
// is stored already compiled; the rest stays lazy until a program calls it.
// So it does what typical programs do at start-up: load the common built-ins,
// log, touch the file system, use timers and promises, and start and stop an
// HTTP server. It must end by itself; a failure here only makes the build fall
// back to fully-parsed stencils.
'use strict';

const names = ['events', 'path', 'util', 'assert', 'assert/strict', 'timers',
  'timers/promises', 'console', 'module', 'buffer', 'url', 'querystring', 'os',
  'string_decoder', 'fs', 'fs/promises', 'stream', 'stream/promises', 'net',
  'http', 'child_process', 'crypto', 'zlib', 'readline', 'dns', 'tty',
  'perf_hooks', 'async_hooks', 'worker_threads', 'v8', 'vm'];
const mods = {};
for (const name of names) {
  try {
    mods[name] = require(name);
  } catch {
    // not built (yet): nothing to train
  }
}

function tryRun(fn) {
  try {
    fn();
  } catch {
    // a half-built module: train what works
  }
}

tryRun(() => {
  const path = mods.path;
  path.join(__dirname, 'a', '..', 'b.js');
  path.resolve('x/y');
  path.dirname(__filename);
  path.extname(__filename);
  path.basename(__filename, '.js');
});
tryRun(() => {
  const util = mods.util;
  util.format('%s %d %j', 'a', 1, { b: 2 });
  util.inspect({ a: [1, 2, { c: new Map([[1, 2]]) }], s: 'x', f() {} });
  util.inherits(function A() {}, mods.events);
  util.promisify((cb) => cb(null, 1));
});
tryRun(() => {
  const e = new mods.events();
  e.on('x', () => {});
  e.once('x', () => {});
  e.emit('x', 1);
  e.removeAllListeners('x');
});
tryRun(() => {
  const b = Buffer.from('hello world');
  b.toString('hex');
  b.toString('base64');
  Buffer.concat([b, Buffer.alloc(4)]).toString();
  Buffer.byteLength('héllo');
});
tryRun(() => {
  const fs = mods.fs;
  fs.existsSync(__filename);
  fs.readFileSync(__filename, 'utf8');
  fs.statSync(__dirname);
  fs.readdirSync(__dirname);
});
tryRun(() => {
  new URL('https://user@example.com:8080/p/a/t/h?query=string#hash').searchParams.get('query');
  mods.url.parse('http://example.com/a?b=c');
  mods.querystring.stringify({ a: 1, b: 'x y' });
});
tryRun(() => {
  console.log('training %s', 'run', { ok: true });
  console.error === undefined;
  JSON.stringify(process.env.PATH);
  process.cwd();
  process.hrtime.bigint();
  process.memoryUsage();
});

process.nextTick(() => {});
queueMicrotask(() => {});
Promise.resolve(1).then((v) => v);
setImmediate(() => {});
setTimeout(() => {}, 1);

tryRun(() => {
  const server = mods.http.createServer((req, res) => res.end('hi'));
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    const done = () => {
      server.close();
      if (server.closeAllConnections) server.closeAllConnections();
    };
    const req = mods.http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      res.resume();
      res.on('end', done);
    });
    req.on('error', done);
  });
  server.on('error', () => {});
});
