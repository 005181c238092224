// Packages that load node features SpiderMonkey 102 or eddy lacked: yargs
// and string-width 8 (v-flag regexp literals, Intl.Segmenter), axios
// (requires node:http2 at load, picks its adapter by process's
// @@toStringTag), pino (requires node:worker_threads), ws over node:http.
'use strict';
const assert = require('assert');
const http = require('http');
const { spawnSync } = require('child_process');

// string-width and yargs are ES modules: run them in a child.
const esm = `
import stringWidth from 'string-width';
import yargs from 'yargs';
const widths = ['abc', '\\u53e4\\u6c60', '\\u{1F468}\\u200D\\u{1F469}\\u200D\\u{1F467}', 'e\\u0301',
  '\\u001b[31mred\\u001b[0m', '\\u{1F1EB}\\u{1F1F7}'].map((s) => stringWidth(s));
const argv = yargs(['--name', 'eddy', '-v', 'pos']).option('v', { type: 'boolean' }).parse();
console.log(JSON.stringify({ widths, name: argv.name, v: argv.v, rest: argv._ }));
`;
const r = spawnSync(process.execPath, ['--input-type=module', '-e', esm],
                    { cwd: __dirname, encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.deepStrictEqual(JSON.parse(r.stdout),
                       { widths: [3, 4, 2, 1, 3, 2], name: 'eddy', v: true, rest: ['pos'] });

const pino = require('pino');
const lines = [];
const logger = pino({ base: null, timestamp: false },
                    { write: (s) => lines.push(JSON.parse(s)) });
logger.info({ a: 1 }, 'hello');
assert.deepStrictEqual(lines, [{ level: 30, a: 1, msg: 'hello' }]);

const axios = require('axios');
const { WebSocketServer, WebSocket } = require('ws');
const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ method: req.method, url: req.url }));
});
const wss = new WebSocketServer({ server });
wss.on('connection', (s) => s.on('message', (m) => s.send(`echo ${m}`)));
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const got = await axios.get(`${base}/x?y=1`);
  assert.deepStrictEqual(got.data, { method: 'GET', url: '/x?y=1' });
  await assert.rejects(axios.get('http://127.0.0.1:1/'), { code: 'ECONNREFUSED' });
  const ws = new WebSocket(`ws${base.slice(4)}`);
  ws.on('open', () => ws.send('hi'));
  ws.on('message', (m) => {
    assert.strictEqual(String(m), 'echo hi');
    ws.close();
    wss.close();
    server.close();
  });
});
