// eddy: node:http. HTTP/1.1 server and client over node:net and eddy's own
// parser (internalBinding('http_parser')). The pieces live in _http_server
// (Server, ServerResponse), _http_client (ClientRequest), _http_agent,
// _http_incoming (IncomingMessage), _http_outgoing (OutgoingMessage) and
// _http_common (parsers and the checks they share).
'use strict';

const { Agent } = require('_http_agent');
const httpAgent = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { methods, parsers, getMaxHeaderSize } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const {
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
} = require('_http_outgoing');
const {
  _connectionListener,
  STATUS_CODES,
  Server,
  ServerResponse,
} = require('_http_server');
const { validateInteger } = require('internal/validators');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    parsers.max = max;
  },
};

// 16 KiB unless --max-http-header-size says otherwise.
Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true,
  enumerable: true,
  get() { return getMaxHeaderSize(); },
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return httpAgent.globalAgent; },
  set(value) { httpAgent.globalAgent = value; },
});
