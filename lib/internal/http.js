// eddy: small pieces shared by the http modules (node's internal/http): the
// symbols OutgoingMessage keeps its state under and the value of the Date
// header, formatted once per second rather than once per response.
'use strict';

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
// IncomingMessage: how many entries of rawHeaders count (maxHeadersCount).
const kHeadersCount = Symbol('kHeadersCount');

let utcCache;
let setUnrefTimeout;

function resetCache() {
  utcCache = undefined;
}

// 'Thu, 01 Jan 1970 00:00:00 GMT', valid until the second changes.
function utcDate() {
  if (utcCache === undefined) {
    const d = new Date();
    utcCache = d.toUTCString();
    setUnrefTimeout ??= require('internal/timers').setUnrefTimeout;
    setUnrefTimeout(resetCache, 1000 - d.getMilliseconds());
  }
  return utcCache;
}

// node traces http with --trace-event-categories node.http; eddy has no
// trace events.
function isTraceHTTPEnabled() {
  return false;
}

module.exports = {
  kOutHeaders,
  kNeedDrain,
  kHeadersCount,
  utcDate,
  isTraceHTTPEnabled,
};
