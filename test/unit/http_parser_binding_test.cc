// eddy: the `http_parser` binding (src/bindings/http_parser) driven from JS
// the way lib/_http_common.js drives node's. The shared snippets' expected
// results are what node 20 printed for the same code run against its own
// binding (process.binding('http_parser')); the rest covers eddy-specific
// behaviour (Buffer prototype, closing from callbacks, bad arguments, GC).
#include <js/GCAPI.h>

#include <string>

#include "engine/convert.h"
#include "fixture.h"

namespace eddy::test {
namespace {

const char kPrelude[] = R"js(const { HTTPParser, methods, allMethods, ConnectionsList } = internalBinding('http_parser');
const bytes = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const str = (b) => { let s = ''; for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]); return s; };
const show = (r) => (r instanceof Error ?
  { error: r.message, code: r.code, reason: r.reason, bytesParsed: r.bytesParsed } : r);
function make(type, opts = {}) {
  const p = new HTTPParser();
  p.initialize(type, {}, opts.max || 0, opts.lenient || 0);
  const log = [];
  p[HTTPParser.kOnMessageBegin] = () => log.push(['begin']);
  p[HTTPParser.kOnHeaders] = (h, url) => log.push(['headers', h.slice(), url]);
  p[HTTPParser.kOnHeadersComplete] = (...a) => {
    log.push(['hc', ...a.map((x) => (x === undefined ? '<undefined>' : x))]);
    return opts.hc || 0;
  };
  p[HTTPParser.kOnBody] = (b) => log.push(['body', str(b), b instanceof Uint8Array]);
  p[HTTPParser.kOnMessageComplete] = () => log.push(['complete']);
  return { p, log };
}
function feed(p, s, step) {
  const out = [];
  if (!step) return [show(p.execute(bytes(s)))];
  for (let i = 0; i < s.length; i += step) out.push(show(p.execute(bytes(s.slice(i, i + step)))));
  return out;
}
)js";

class HttpParserBindingTest : public RuntimeTest {
 protected:
  // Runs `body` (a function body) after the prelude; returns its result as
  // JSON, or "<exception>".
  std::string Run(const std::string& body) {
    JS::RootedValue v(cx_);
    const std::string code = std::string(kPrelude) +
                             "\nJSON.stringify((function () {" + body + "})());";
    if (!Eval(code, &v)) return "<exception>";
    std::string out;
    if (!v.isString() || !ToUtf8(cx_, v, &out)) return "<not a string>";
    return out;
  }
};

TEST_F(HttpParserBindingTest, Constants) {
  EXPECT_EQ(Run(R"js(
const k = {};
for (const n of Object.keys(HTTPParser)) k[n] = HTTPParser[n];
return { k, methods, allMethods,
         types: [typeof HTTPParser, typeof ConnectionsList],
         proto: ['close', 'free', 'remove', 'execute', 'finish', 'initialize', 'pause', 'resume',
                 'consume', 'unconsume', 'getCurrentBuffer', 'duration', 'headersCompleted']
                 .every((m) => typeof HTTPParser.prototype[m] === 'function') };
)js"),
            R"json({"k":{"REQUEST":1,"RESPONSE":2,"kOnMessageBegin":0,"kOnHeaders":1,"kOnHeadersComplete":2,"kOnBody":3,"kOnMessageComplete":4,"kOnExecute":5,"kOnTimeout":6,"kLenientNone":0,"kLenientHeaders":1,"kLenientChunkedLength":2,"kLenientKeepAlive":4,"kLenientTransferEncoding":8,"kLenientVersion":16,"kLenientDataAfterClose":32,"kLenientOptionalLFAfterCR":64,"kLenientOptionalCRLFAfterChunk":128,"kLenientOptionalCRBeforeLF":256,"kLenientSpacesAfterChunkSize":512,"kLenientAll":1023},"methods":["DELETE","GET","HEAD","POST","PUT","CONNECT","OPTIONS","TRACE","COPY","LOCK","MKCOL","MOVE","PROPFIND","PROPPATCH","SEARCH","UNLOCK","BIND","REBIND","UNBIND","ACL","REPORT","MKACTIVITY","CHECKOUT","MERGE","M-SEARCH","NOTIFY","SUBSCRIBE","UNSUBSCRIBE","PATCH","PURGE","MKCALENDAR","LINK","UNLINK","SOURCE","QUERY"],"allMethods":["DELETE","GET","HEAD","POST","PUT","CONNECT","OPTIONS","TRACE","COPY","LOCK","MKCOL","MOVE","PROPFIND","PROPPATCH","SEARCH","UNLOCK","BIND","REBIND","UNBIND","ACL","REPORT","MKACTIVITY","CHECKOUT","MERGE","M-SEARCH","NOTIFY","SUBSCRIBE","UNSUBSCRIBE","PATCH","PURGE","MKCALENDAR","LINK","UNLINK","SOURCE","PRI","DESCRIBE","ANNOUNCE","SETUP","PLAY","PAUSE","TEARDOWN","GET_PARAMETER","SET_PARAMETER","REDIRECT","RECORD","FLUSH","QUERY"],"types":["function","function"],"proto":true})json");
}

TEST_F(HttpParserBindingTest, SimpleRequest) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
const r = feed(p, 'GET /a?b=1 HTTP/1.1\r\nHost: example.com\r\nX-Pad:  v  \r\n\r\n');
return { r, log, completed: p.headersCompleted() };
)js"),
            R"json({"r":[55],"log":[["begin"],["hc",1,1,["Host","example.com","X-Pad","v"],1,"/a?b=1","<undefined>","<undefined>",false,true],["complete"]],"completed":true})json");
}

TEST_F(HttpParserBindingTest, RequestBodySplitEverywhere) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
const r = feed(p, 'POST /upload HTTP/1.1\r\nContent-Length: 5\r\nX-Long-Header-Name: some value here\r\n\r\nhelloGET / HTTP/1.0\r\n\r\n', 1);
return { r: r.filter((x) => x !== 1), log: log.filter((e) => e[0] !== 'body'),
         body: log.filter((e) => e[0] === 'body').map((e) => e[1]).join('') };
)js"),
            R"json({"r":[],"log":[["begin"],["hc",1,1,["Content-Length","5","X-Long-Header-Name","some value here"],3,"/upload","<undefined>","<undefined>",false,true],["complete"],["begin"],["hc",1,0,[],1,"/","<undefined>","<undefined>",false,false],["complete"]],"body":"hello"})json");
}

TEST_F(HttpParserBindingTest, ResponseChunkedWithTrailers) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.RESPONSE);
const r = feed(p, 'HTTP/1.1 200 Fine Thanks\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\nX-Trailer: t\r\nY: u\r\n\r\n');
return { r, log };
)js"),
            R"json({"r":[100],"log":[["begin"],["hc",1,1,["Transfer-Encoding","chunked"],"<undefined>","<undefined>",200,"Fine Thanks",false,true],["body","abc",true],["body","de",true],["headers",["X-Trailer","t","Y","u"],""],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, ManyHeadersAreFlushed) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
let s = 'GET /many HTTP/1.1\r\n';
for (let i = 0; i < 70; i++) s += 'H' + i + ': v' + i + '\r\n';
const r = feed(p, s + '\r\n');
return { r, log };
)js"),
            R"json({"r":[702],"log":[["begin"],["headers",["H0","v0","H1","v1","H2","v2","H3","v3","H4","v4","H5","v5","H6","v6","H7","v7","H8","v8","H9","v9","H10","v10","H11","v11","H12","v12","H13","v13","H14","v14","H15","v15","H16","v16","H17","v17","H18","v18","H19","v19","H20","v20","H21","v21","H22","v22","H23","v23","H24","v24","H25","v25","H26","v26","H27","v27","H28","v28","H29","v29","H30","v30"],"/many"],["headers",["H31","v31","H32","v32","H33","v33","H34","v34","H35","v35","H36","v36","H37","v37","H38","v38","H39","v39","H40","v40","H41","v41","H42","v42","H43","v43","H44","v44","H45","v45","H46","v46","H47","v47","H48","v48","H49","v49","H50","v50","H51","v51","H52","v52","H53","v53","H54","v54","H55","v55","H56","v56","H57","v57","H58","v58","H59","v59","H60","v60","H61","v61"],""],["headers",["H62","v62","H63","v63","H64","v64","H65","v65","H66","v66","H67","v67","H68","v68","H69","v69"],""],["hc",1,1,"<undefined>",1,"<undefined>","<undefined>","<undefined>",false,true],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, ManyHeadersSplit) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
let s = 'GET /many HTTP/1.1\r\n';
for (let i = 0; i < 40; i++) s += 'H' + i + ': v' + i + '\r\n';
const r = feed(p, s + '\r\n', 7);
return { log };
)js"),
            R"json({"log":[["begin"],["headers",["H0","v0","H1","v1","H2","v2","H3","v3","H4","v4","H5","v5","H6","v6","H7","v7","H8","v8","H9","v9","H10","v10","H11","v11","H12","v12","H13","v13","H14","v14","H15","v15","H16","v16","H17","v17","H18","v18","H19","v19","H20","v20","H21","v21","H22","v22","H23","v23","H24","v24","H25","v25","H26","v26","H27","v27","H28","v28","H29","v29","H30","v30"],"/many"],["headers",["H31","v31","H32","v32","H33","v33","H34","v34","H35","v35","H36","v36","H37","v37","H38","v38","H39","v39"],""],["hc",1,1,"<undefined>",1,"<undefined>","<undefined>","<undefined>",false,true],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, ParseErrorObject) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
const e = p.execute(bytes('GET / HTTP/1.1\r\nBad Header: x\r\n\r\n'));
const again = show(p.execute(bytes('GET / HTTP/1.1\r\n\r\n')));
return { e: show(e), isError: e instanceof Error, name: e.name, again: again.code, log };
)js"),
            R"json({"e":{"error":"Parse Error","code":"HPE_INVALID_HEADER_TOKEN","reason":"Invalid header token","bytesParsed":19},"isError":true,"name":"Error","again":"HPE_INVALID_HEADER_TOKEN","log":[["begin"]]})json");
}

TEST_F(HttpParserBindingTest, InvalidMethodError) {
  EXPECT_EQ(Run(R"js(
const { p } = make(HTTPParser.REQUEST);
return feed(p, 'FOO / HTTP/1.1\r\n\r\n');
)js"),
            R"json([{"error":"Parse Error","code":"HPE_INVALID_METHOD","reason":"Invalid method encountered","bytesParsed":1}])json");
}

TEST_F(HttpParserBindingTest, HeaderOverflow) {
  EXPECT_EQ(Run(R"js(
const { p } = make(HTTPParser.REQUEST, { max: 64 });
return feed(p, 'GET / HTTP/1.1\r\nX: ' + 'a'.repeat(40) + '\r\nY: ' + 'b'.repeat(40) + '\r\n\r\n').map((r) => r.code);
)js"),
            R"json(["HPE_HEADER_OVERFLOW"])json");
}

TEST_F(HttpParserBindingTest, UpgradeReturnsOffset) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
const r = feed(p, 'GET /chat HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x01x');
return { r, log };
)js"),
            R"json({"r":[63],"log":[["begin"],["hc",1,1,["Upgrade","websocket","Connection","Upgrade"],1,"/chat","<undefined>","<undefined>",true,true],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, ConnectReturnsOffset) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
return { r: feed(p, 'CONNECT h:443 HTTP/1.1\r\n\r\nTLS'), log };
)js"),
            R"json({"r":[26],"log":[["begin"],["hc",1,1,[],5,"h:443","<undefined>","<undefined>",true,true],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, UpgradeSwallowsLaterErrors) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
return { r: feed(p, 'GET / HTTP/1.1\r\nUpgrade: x\r\nConnection: upgrade\r\nTransfer-Encoding: chunked\r\n\r\nzz'), log };
)js"),
            R"json({"r":[79],"log":[["begin"],["hc",1,1,["Upgrade","x","Connection","upgrade","Transfer-Encoding","chunked"],1,"/","<undefined>","<undefined>",true,true]]})json");
}

TEST_F(HttpParserBindingTest, HeadResponseSkipsBody) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.RESPONSE, { hc: 1 });
return { r: feed(p, 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nHTTP/1.1 204 No\r\n\r\n'), log };
)js"),
            R"json({"r":[58],"log":[["begin"],["hc",1,1,["Content-Length","10"],"<undefined>","<undefined>",200,"OK",false,true],["complete"],["begin"],["hc",1,1,[],"<undefined>","<undefined>",204,"No",false,true],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, HeadersCompleteReturn2Upgrades) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.RESPONSE, { hc: 2 });
return { r: feed(p, 'HTTP/1.1 200 Connection established\r\n\r\ntunnel'), log };
)js"),
            R"json({"r":[39],"log":[["begin"],["hc",1,1,[],"<undefined>","<undefined>",200,"Connection established",false,false],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, HeadersCompleteReturnValues) {
  EXPECT_EQ(Run(R"js(
const out = [];
for (const v of [undefined, null, '1', 1.9, true, 3, -1, 21, NaN]) {
  const { p, log } = make(HTTPParser.RESPONSE);
  p[HTTPParser.kOnHeadersComplete] = () => v;
  out.push([String(v), show(p.execute(bytes('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n\r\n'))), log.length]);
}
return out;
)js"),
            R"json([["undefined",59,4],["null",59,4],["1",{"error":"Parse Error","code":"HPE_INVALID_CONSTANT","reason":"Expected HTTP/, RTSP/ or ICE/","bytesParsed":38},3],["1.9",{"error":"Parse Error","code":"HPE_INVALID_CONSTANT","reason":"Expected HTTP/, RTSP/ or ICE/","bytesParsed":38},3],["true",{"error":"Parse Error","code":"HPE_INVALID_CONSTANT","reason":"Expected HTTP/, RTSP/ or ICE/","bytesParsed":38},3],["3",{"error":"Parse Error","code":"HPE_CB_HEADERS_COMPLETE","reason":"User callback error","bytesParsed":38},1],["-1",{"error":"Parse Error","code":"HPE_CB_HEADERS_COMPLETE","reason":"User callback error","bytesParsed":38},1],["21",{"error":"Parse Error","code":"HPE_PAUSED","reason":"Paused by on_headers_complete","bytesParsed":38},1],["NaN",59,4]])json");
}

TEST_F(HttpParserBindingTest, ExceptionInHeadersComplete) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
p[HTTPParser.kOnHeadersComplete] = () => { throw new Error('boom'); };
let caught;
try { p.execute(bytes('GET / HTTP/1.1\r\n\r\n')); } catch (e) { caught = e.message; }
const after = show(p.execute(bytes('GET / HTTP/1.1\r\n\r\n')));
return { caught, code: after.code, reason: after.reason, log };
)js"),
            R"json({"caught":"boom","code":"HPE_CB_HEADERS_COMPLETE","reason":"User callback error","log":[["begin"]]})json");
}

TEST_F(HttpParserBindingTest, ExceptionInBody) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
p[HTTPParser.kOnBody] = () => { throw new TypeError('body boom'); };
let caught;
try { p.execute(bytes('POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc')); } catch (e) { caught = e.name + ': ' + e.message; }
const after = show(p.execute(bytes('x')));
return { caught, code: after.code, reason: after.reason, log };
)js"),
            R"json({"caught":"TypeError: body boom","code":"HPE_JS_EXCEPTION","reason":"JS Exception","log":[["begin"],["hc",1,1,["Content-Length","3"],3,"/","<undefined>","<undefined>",false,true]]})json");
}

TEST_F(HttpParserBindingTest, ExceptionInMessageComplete) {
  EXPECT_EQ(Run(R"js(
const { p } = make(HTTPParser.REQUEST);
p[HTTPParser.kOnMessageComplete] = () => { throw new RangeError('done boom'); };
let caught;
try { p.execute(bytes('GET / HTTP/1.1\r\n\r\n')); } catch (e) { caught = e.message; }
const after = show(p.execute(bytes('x')));
return { caught, code: after.code, reason: after.reason };
)js"),
            R"json({"caught":"done boom","code":"HPE_CB_MESSAGE_COMPLETE","reason":"`on_message_complete` callback error"})json");
}

TEST_F(HttpParserBindingTest, ExceptionInOnHeaders) {
  EXPECT_EQ(Run(R"js(
const { p } = make(HTTPParser.REQUEST);
p[HTTPParser.kOnHeaders] = () => { throw new Error('flush boom'); };
let s = 'GET / HTTP/1.1\r\n';
for (let i = 0; i < 40; i++) s += 'H' + i + ': v\r\n';
let caught;
try { p.execute(bytes(s + '\r\n')); } catch (e) { caught = e.message; }
return { caught };
)js"),
            R"json({"caught":"flush boom"})json");
}

TEST_F(HttpParserBindingTest, PauseInCallbackIsDeferred) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
p[HTTPParser.kOnMessageComplete] = () => { log.push(['complete']); p.pause(); };
const msg = 'GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n';
const r1 = show(p.execute(bytes(msg)));
const r2 = show(p.execute(bytes(msg)));
p.resume();
p[HTTPParser.kOnMessageComplete] = () => log.push(['complete']);
const r3 = show(p.execute(bytes(msg)));
return { r1, r2: [r2.code, r2.reason], r3, n: log.length };
)js"),
            R"json({"r1":38,"r2":["HPE_PAUSED","Paused"],"r3":38,"n":12})json");
}

TEST_F(HttpParserBindingTest, PauseOutsideExecute) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
p.pause();
const r1 = show(p.execute(bytes('GET / HTTP/1.1\r\n\r\n')));
p.resume();
const r2 = show(p.execute(bytes('GET / HTTP/1.1\r\n\r\n')));
return { r1: [r1.code, r1.reason], r2, log };
)js"),
            R"json({"r1":["HPE_PAUSED","Paused"],"r2":18,"log":[["begin"],["hc",1,1,[],1,"/","<undefined>","<undefined>",false,true],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, Finish) {
  EXPECT_EQ(Run(R"js(
const a = make(HTTPParser.RESPONSE);
const r1 = show(a.p.execute(bytes('HTTP/1.1 200 OK\r\n\r\nuntil close')));
const f1 = show(a.p.finish());
const b = make(HTTPParser.REQUEST);
b.p.execute(bytes('POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc'));
const f2 = show(b.p.finish());
const c = make(HTTPParser.REQUEST);
c.p.execute(bytes('GET / HTTP/1.1\r\n\r\n'));
const f3 = show(c.p.finish());
return { r1, f1, log: a.log, f2: [f2.code, f2.reason, f2.bytesParsed, f2.error], f3 };
)js"),
            R"json({"r1":30,"log":[["begin"],["hc",1,1,[],"<undefined>","<undefined>",200,"OK",false,false],["body","until close",true],["complete"]],"f2":["HPE_INVALID_EOF_STATE","Invalid EOF state",0,"Parse Error"]})json");
}

TEST_F(HttpParserBindingTest, LenientFlags) {
  EXPECT_EQ(Run(R"js(
const out = [];
for (const flags of [0, HTTPParser.kLenientHeaders, HTTPParser.kLenientAll]) {
  const { p, log } = make(HTTPParser.REQUEST, { lenient: flags });
  const r = show(p.execute(bytes('GET / HTTP/1.1\r\nX: a\r\n  folded\r\nY: b\x01c\r\n\r\n')));
  out.push([flags, r.code || r, log]);
}
return out;
)js"),
            R"json([[0,"HPE_INVALID_HEADER_TOKEN",[["begin"]]],[1,42,[["begin"],["hc",1,1,["X","a  folded","Y","b\u0001c"],1,"/","<undefined>","<undefined>",false,true],["complete"]]],[1023,42,[["begin"],["hc",1,1,["X","a  folded","Y","b\u0001c"],1,"/","<undefined>","<undefined>",false,true],["complete"]]]])json");
}

TEST_F(HttpParserBindingTest, StatusMessageAndVersions) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.RESPONSE);
feed(p, 'HTTP/1.0 404 Not  Found \r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\nHTTP/1.1 500 \r\nContent-Length: 0\r\n\r\n');
return log;
)js"),
            R"json([["begin"],["hc",1,0,["Content-Length","0","Connection","keep-alive"],"<undefined>","<undefined>",404,"Not  Found ",false,true],["complete"],["begin"],["hc",1,1,["Content-Length","0"],"<undefined>","<undefined>",500,"",false,true],["complete"]])json");
}

TEST_F(HttpParserBindingTest, MissingCallbacksAreSkipped) {
  EXPECT_EQ(Run(R"js(
const p = new HTTPParser();
p.initialize(HTTPParser.REQUEST, {});
return show(p.execute(bytes('POST / HTTP/1.1\r\nContent-Length: 2\r\nA: b\r\n\r\nhiGET / HTTP/1.1\r\n\r\n')));
)js"),
            R"json(64)json");
}

TEST_F(HttpParserBindingTest, ReinitializeResetsState) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
p.execute(bytes('GET / HT'));
p.initialize(HTTPParser.RESPONSE, {});
return { r: show(p.execute(bytes('HTTP/1.1 204 No Content\r\n\r\n'))), log };
)js"),
            R"json({"r":27,"log":[["begin"],["begin"],["hc",1,1,[],"<undefined>","<undefined>",204,"No Content",false,true],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, GetCurrentBufferInCallback) {
  EXPECT_EQ(Run(R"js(
const { p } = make(HTTPParser.REQUEST);
let seen;
p[HTTPParser.kOnHeadersComplete] = () => { seen = str(p.getCurrentBuffer()); return 0; };
p.execute(bytes('GET /x HTTP/1.1\r\n\r\n'));
return seen;
)js"),
            R"json("GET /x HTTP/1.1\r\n\r\n")json");
}

TEST_F(HttpParserBindingTest, NonBufferViews) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
const dv = new DataView(bytes('GET /dv HTTP/1.1\r\n\r\n').buffer);
return { r: show(p.execute(dv)), log };
)js"),
            R"json({"r":20,"log":[["begin"],["hc",1,1,[],1,"/dv","<undefined>","<undefined>",false,true],["complete"]]})json");
}

TEST_F(HttpParserBindingTest, LongValuesSurviveSplitsAndGc) {
  JS::RootedValue v(cx_);
  ASSERT_TRUE(Eval(std::string(kPrelude) + R"js(
let msg = 'GET /long HTTP/1.1\r\n';
for (let i = 0; i < 45; i++) {
  msg += 'X-Header-' + i + ':  ' + ('value-' + i + '-').repeat(4 + (i % 7)) + '  \r\n';
}
msg += '\r\n';
globalThis.results = [];
for (const step of [0, 1, 5, 23, 64, 200]) {
  const { p, log } = make(HTTPParser.REQUEST);
  feed(p, msg, step);
  const all = [];
  for (const e of log) if (e[0] === 'headers' || e[0] === 'hc') all.push(...(e[0] === 'hc' ? (e[3] === '<undefined>' ? [] : e[3]) : e[1]));
  results.push(all);
}
0;
)js", &v));
  JS_GC(cx_);
  EXPECT_EQ(EvalInt(R"js(
const want = results[0];
want.length === 90 && want[1] === ('value-0-').repeat(4) &&
results.every((r) => JSON.stringify(r) === JSON.stringify(want)) ? 1 : 0
)js"), 1);
}

TEST_F(HttpParserBindingTest, BodiesGetTheRegisteredBufferPrototype) {
  EXPECT_EQ(Run(R"js(
class FakeBuffer extends Uint8Array {}
internalBinding('http_parser').setBufferPrototype(FakeBuffer.prototype);
const { p } = make(HTTPParser.REQUEST);
const seen = [];
p[HTTPParser.kOnBody] = (b) => seen.push([b instanceof FakeBuffer, str(b), b.length]);
p.execute(bytes('POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc'));
return [seen, p.getCurrentBuffer() instanceof FakeBuffer];
)js"),
            R"json([[[true,"abc",3]],true])json");
}

TEST_F(HttpParserBindingTest, ConsumeTakesOnlyStreamHandles) {
  // consume() takes an open libuv stream handle (the server's net.Socket
  // handle, tested through node:http); anything else is refused with false.
  EXPECT_EQ(Run(R"js(
const p = new HTTPParser();
const r = [p.consume({}), p.consume(), p.consume(p)];
p.unconsume();
p.unconsume();
return r;
)js"),
            R"json([false,false,false])json");
}

TEST_F(HttpParserBindingTest, CloseFromACallbackIsDeferred) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
p[HTTPParser.kOnHeadersComplete] = () => { p.close(); p.close(); return 0; };
const r = p.execute(bytes('GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n'));
return [r, p.execute(bytes('GET / HTTP/1.1\r\n\r\n')), p.finish(), p.headersCompleted(),
        p.duration(), log.length];
)js"),
            R"json([36,null,null,false,0,4])json");
}

TEST_F(HttpParserBindingTest, ReentrantCallsThrow) {
  EXPECT_EQ(Run(R"js(
const { p } = make(HTTPParser.REQUEST);
const errors = [];
p[HTTPParser.kOnMessageBegin] = () => {
  for (const f of [() => p.execute(bytes('x')), () => p.finish(),
                   () => p.initialize(HTTPParser.REQUEST, {})]) {
    try { f(); } catch (e) { errors.push(e.message); }
  }
};
return [p.execute(bytes('GET / HTTP/1.1\r\n\r\n')), errors];
)js"),
            R"json([18,["HTTPParser.execute is not re-entrant","HTTPParser.finish is not re-entrant","HTTPParser.initialize cannot be called from a parser callback"]])json");
}

TEST_F(HttpParserBindingTest, BadArgumentsDoNotCrash) {
  EXPECT_EQ(Run(R"js(
const out = [];
const p = new HTTPParser();
for (const f of [() => p.execute(123), () => p.execute(), () => p.initialize('x', {}),
                 () => p.initialize(7, {}), () => HTTPParser.prototype.execute(bytes('x')),
                 () => HTTPParser.prototype.finish(), () => p.execute.call({}, bytes('x')),
                 () => HTTPParser(), () => new ConnectionsList().expired('a', 'b'),
                 () => internalBinding('http_parser').setBufferPrototype(1)]) {
  try { out.push(String(f())); } catch (e) { out.push(e.name); }
}
p.initialize(HTTPParser.REQUEST, {}, -5, 'bogus', 'not a list');
out.push(show(p.execute(bytes('GET / HTTP/1.1\r\n\r\n'))));
return out;
)js"),
            R"json(["TypeError","TypeError","TypeError","TypeError","undefined","undefined","undefined","TypeError","","TypeError",18])json");
}

TEST_F(HttpParserBindingTest, DetachingTheInputInACallbackIsHarmless) {
  EXPECT_EQ(Run(R"js(
const { p, log } = make(HTTPParser.REQUEST);
const input = bytes('POST / HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody');
p[HTTPParser.kOnHeadersComplete] = () => { input.fill(0); return 0; };
return [p.execute(input), log.map((e) => e[0] === 'body' ? e[1] : e[0])];
)js"),
            R"json([42,["begin","body","complete"]])json");
}

TEST_F(HttpParserBindingTest, ConnectionsListTracksMessages) {
  EXPECT_EQ(Run(R"js(
const list = new ConnectionsList();
const a = new HTTPParser();
const b = new HTTPParser();
a.initialize(HTTPParser.REQUEST, {}, 0, 0, list);
b.initialize(HTTPParser.REQUEST, {}, 0, 0, list);
const counts = () => [list.all().length, list.idle().length, list.active().length];
const out = [counts()];
a.execute(bytes('GET / HTTP/1.1\r\n\r\n'));  // a completes a message: idle
out.push(counts(), list.idle()[0] === a);
b.execute(bytes('GET / HTT'));  // b is mid-headers: active
out.push(counts(), b.headersCompleted(), typeof b.duration());
out.push(list.expired(0, 0).length);
b.remove();
out.push(counts());
a.close();
out.push(counts());
return out;
)js"),
            R"json([[2,0,2],[2,1,1],true,[2,1,1],false,"number",0,[1,1,0],[0,0,0]])json");
}

TEST_F(HttpParserBindingTest, ConnectionsListExpiresSlowHeaders) {
  EXPECT_EQ(Run(R"js(
const list = new ConnectionsList();
const p = new HTTPParser();
p.initialize(HTTPParser.REQUEST, {}, 0, 0, list);
p.execute(bytes('GET / HT'));
const start = Date.now();
while (Date.now() - start < 5) {}
const expired = list.expired(1, 0);
return [expired.length, expired[0] === p, list.active().length, list.all().length];
)js"),
            R"json([1,true,0,1])json");
}

TEST_F(HttpParserBindingTest, ListsAndParsersSurviveGc) {
  JS::RootedValue v(cx_);
  ASSERT_TRUE(Eval(std::string(kPrelude) + R"js(
globalThis.list = new ConnectionsList();
for (let i = 0; i < 50; i++) {
  const p = new HTTPParser();
  p.initialize(HTTPParser.REQUEST, {}, 0, 0, list);
  p.tag = i;
  if (i % 2) p.execute(bytes('GET / HTTP/1.1\r\n\r\n'));
}
for (let i = 0; i < 50; i++) new HTTPParser().initialize(HTTPParser.RESPONSE, {});
0;
)js", &v));
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("list.all().map((p) => p.tag).sort((a, b) => a - b)"
                    ".every((t, i) => t === i) && list.all().length === 50 ? 1 : 0"), 1);
  EXPECT_EQ(EvalInt("list.idle().length"), 25);
  // Drop the list: the parsers it held may now die with it, in any order.
  ASSERT_TRUE(Eval("globalThis.list = null; 0", &v));
  JS_GC(cx_);
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("1"), 1);
}

TEST_F(HttpParserBindingTest, ParserOutlivesItsList) {
  JS::RootedValue v(cx_);
  ASSERT_TRUE(Eval(std::string(kPrelude) + R"js(
globalThis.keep = new HTTPParser();
keep.initialize(HTTPParser.REQUEST, {}, 0, 0, new ConnectionsList());
0;
)js", &v));
  JS_GC(cx_);
  JS_GC(cx_);
  EXPECT_EQ(EvalInt("keep.execute(bytes('GET / HTTP/1.1\\r\\n\\r\\n'))"), 18);
  EXPECT_EQ(EvalInt("keep.remove(); keep.close(); 1"), 1);
}

}  // namespace
}  // namespace eddy::test
