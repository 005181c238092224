// bench: metric=idle-rss+rss+wall, runs=10
//
// Memory of an idle HTTP server: create a server, listen on an ephemeral
// port, answer one request from this process (so the request path has run
// once), then sit idle for 200 ms and read the resident set size
// (process.memoryUsage.rss(), current, not peak). Prints idle-rss in MiB
// (lower is better), then closes the server and exits.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => res.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      setTimeout(() => {
        const mib = process.memoryUsage.rss() / (1024 * 1024);
        console.log(JSON.stringify({
          metric: 'idle-rss', value: Math.round(mib * 10) / 10, unit: 'MiB', better: 'lower',
        }));
        server.close();
        if (server.closeAllConnections) server.closeAllConnections();
      }, 200);
    });
  });
});
