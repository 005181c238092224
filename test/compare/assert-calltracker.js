const assert = require('assert');
const tracker = new assert.CallTracker();
function foo(a) { return a * 2; }
const f = tracker.calls(foo, 2);
const g = tracker.calls(3);
console.log(f.name, f.length, f(3), g(), typeof g);
console.log(tracker.getCalls(f));
const r = tracker.report();
console.log(r.map(({ stack, ...x }) => x), r[0].stack instanceof Error);
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message), e.operator); }
f(1);
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
tracker.reset(g); g(); g(); g();
tracker.verify(); console.log('ok');
tracker.reset(); console.log(tracker.getCalls(f), tracker.report().length);
try { tracker.getCalls(foo) } catch (e) { console.log(e.code, e.message); }
try { tracker.reset(foo) } catch (e) { console.log(e.code, e.message); }
try { tracker.calls(foo, -1) } catch (e) { console.log(e.code, e.message); }

const h = tracker.calls(foo, 1); console.log(tracker.report().length, tracker.report()[0].message);
class A { constructor(x) { this.x = x; } } const B = tracker.calls(A); const b = new B(5); console.log(b instanceof A, b.x, tracker.getCalls(B));
