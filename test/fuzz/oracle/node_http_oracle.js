'use strict';
// eddy: runs node's own HTTP parser binding (process.binding('http_parser'),
// llhttp inside) over test cases and prints one event line per case, in the
// format test/fuzz/http_parser_events.h prints for eddy's parser. Used by
// tools/http_parser_diff.py to compare the two parsers; not a test itself.
//
// Input lines: <R|S> <lenient> <maxHeaderSize> <hcReturn> <finish 0|1> <splits> <hex>
//   splits: '-' one buffer, 'b' byte by byte, or comma-separated chunk sizes.
process.noDeprecation = true;
const { HTTPParser, allMethods } = process.binding('http_parser');
const readline = require('readline');

function esc(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f && c !== 0x5c && c !== 0x3a && c !== 0x3b &&
        c !== 0x3d) {
      out += s[i];
    } else {
      out += '\\x' + c.toString(16).padStart(2, '0');
    }
  }
  return out;
}

function headerList(h) {
  let out = '';
  for (let i = 0; i < h.length; i += 2) out += esc(h[i]) + '=' + esc(h[i + 1]) + ';';
  return out;
}

function runCase(line) {
  const [kind, lenient, maxHeader, hcRet, finish, splits, hex] = line.split(' ');
  const data = Buffer.from(hex || '', 'hex');
  const parser = new HTTPParser();
  const isReq = kind === 'R';
  parser.initialize(isReq ? HTTPParser.REQUEST : HTTPParser.RESPONSE, {},
                    Number(maxHeader), Number(lenient));
  const events = [];
  let body = null;
  let pendingHeaders = [];
  let pendingUrl = '';
  let upgradeMsg = false;
  let completedUpgrade = false;
  let status = 0;
  const flushBody = () => {
    if (body !== null) { events.push('D:' + esc(body)); body = null; }
  };
  parser[HTTPParser.kOnMessageBegin] = () => {
    flushBody();
    events.push('B');
    pendingHeaders = [];
    pendingUrl = '';
  };
  parser[HTTPParser.kOnHeaders] = (headers, url) => {
    pendingHeaders.push(...headers);
    pendingUrl += url;
  };
  parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url,
                                           statusCode, statusMessage, upgrade,
                                           keepAlive) => {
    flushBody();
    if (!headers) headers = pendingHeaders;
    else headers = pendingHeaders.concat(headers);
    if (url === undefined) url = pendingUrl; else url = pendingUrl + url;
    pendingHeaders = [];
    pendingUrl = '';
    status = isReq ? 0 : statusCode;
    const r = Number(hcRet);
    upgradeMsg = upgrade || r === 2 || (!isReq && statusCode === 101);
    events.push(['H', `${major}.${minor}`, isReq ? allMethods[method] : '-',
                 isReq ? esc(url) : '-', isReq ? '-' : statusCode,
                 isReq ? '-' : esc(statusMessage), upgrade ? 1 : 0,
                 keepAlive ? 1 : 0, headerList(headers)].join(':'));
    return r;
  };
  parser[HTTPParser.kOnBody] = (b) => {
    body = (body || '') + b.latin1Slice(0, b.length);
  };
  parser[HTTPParser.kOnMessageComplete] = () => {
    flushBody();
    if (pendingHeaders.length) events.push('T:' + headerList(pendingHeaders));
    pendingHeaders = [];
    events.push('C');
    if (upgradeMsg) completedUpgrade = true;
  };

  let sizes;
  if (splits === '-') sizes = [data.length];
  else if (splits === 'b') sizes = Array(data.length).fill(1);
  else sizes = splits.split(',').map(Number);
  let off = 0;
  let done = false;
  for (let i = 0; off < data.length && !done; i++) {
    const n = i < sizes.length ? Math.min(sizes[i], data.length - off)
                               : data.length - off;
    const chunk = data.subarray(off, off + n);
    const ret = parser.execute(chunk);
    if (ret instanceof Error) {
      flushBody();
      events.push(`E:${ret.code}:${esc(ret.reason)}@${off + ret.bytesParsed}`);
      done = true;
      break;
    }
    if (completedUpgrade) {
      flushBody();
      events.push(`U@${off + ret}`);
      done = true;
      break;
    }
    if (ret !== n) {
      flushBody();
      events.push(`SHORT@${off + ret}`);
      done = true;
      break;
    }
    off += n;
  }
  if (!done) {
    flushBody();
    events.push(`END@${off}`);
    if (finish === '1') {
      const r = parser.finish();
      flushBody();
      if (r instanceof Error) events.push(`F:E:${r.code}:${esc(r.reason)}`);
      else events.push('F:ok');
    }
  }
  return events.join(' ');
}

const rl = readline.createInterface({ input: process.stdin });
const out = [];
rl.on('line', (line) => {
  if (!line.trim()) return;
  try {
    out.push(runCase(line.trim()));
  } catch (e) {
    out.push('THROW:' + esc(String(e && e.message)));
  }
  if (out.length >= 256) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
});
rl.on('close', () => { if (out.length) process.stdout.write(out.join('\n') + '\n'); });
