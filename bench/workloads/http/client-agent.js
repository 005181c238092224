// bench: metric=ops+wall, runs=5, timeout=120
//
// http client throughput through a keep-alive Agent: 10,000 sequential
// http.get()s with `new http.Agent({ keepAlive: true, maxSockets: 1 })`
// against a hello-world server in the same process, each response read to
// its end. It measures the client side (ClientRequest, the response
// parser, IncomingMessage, the agent's free-socket pool) plus one server.
// ops/s is requests per second from the first request to the last body.
// Every response is checked (status, header, body) and the server counts
// its connections: more than one means the agent did not reuse its
// socket, which fails the run.
'use strict';
const http = require('http');

const N = Number(process.env.CLIENT_AGENT_REQUESTS) || 10000;
let connections = 0;
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(`hello ${req.url}`);
});
server.on('connection', () => connections++);

function fail(msg) {
  console.error(msg);
  process.exit(1);
}

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const options = { port: server.address().port, host: '127.0.0.1', agent, path: '' };
  let done = 0;
  const start = process.hrtime.bigint();

  function next() {
    options.path = `/${done}`;
    http.get(options, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => body += d);
      res.on('end', () => {
        if (res.statusCode !== 200 || res.headers['content-type'] !== 'text/plain' ||
            body !== `hello /${done}`) {
          fail(`bad response ${done}: ${res.statusCode} ${body}`);
        }
        if (++done < N) {
          next();
          return;
        }
        const secs = Number(process.hrtime.bigint() - start) / 1e9;
        if (connections !== 1) fail(`the agent opened ${connections} connections`);
        agent.destroy();
        server.close();
        console.log(`ops/s: ${Math.round(N / secs)}`);
      });
    }).on('error', (e) => fail(e.stack));
  }
  next();
});
