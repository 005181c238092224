const { PerformanceObserver, performance } = require('perf_hooks');
const obs = new PerformanceObserver((list, o) => {
  console.log('cb', o === obs, list.getEntries().map((e) => [e.name, e.entryType]), list.getEntriesByName('a').length, list.getEntriesByType('measure').length);
  console.log(list.getEntries()[0].constructor.name);
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('a'); performance.mark('b'); performance.measure('m', 'a', 'b');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
setImmediate(() => console.log('immediate'));
setTimeout(() => { console.log('timeout'); obs.disconnect(); performance.mark('c'); }, 0);
const o2 = new PerformanceObserver((list) => console.log('o2', list.getEntries().map((e) => e.name)));
o2.observe({ type: 'mark', buffered: true });
try { o2.observe({ entryTypes: ['mark'], type: 'mark' }); } catch (e) { console.log(e.code, e.message); }
try { o2.observe({}); } catch (e) { console.log(e.code, e.message); }
try { new PerformanceObserver(1); } catch (e) { console.log(e.code, e.message); }
try { o2.observe({ type: 'bogus' }); console.log('bogus ok'); } catch (e) { console.log(e.code, e.message); }
console.log(o2.takeRecords().length, obs.takeRecords().length);
const f = performance.timerify(function sum(a, b) { return a + b; });
const o3 = new PerformanceObserver((list) => { const e = list.getEntries()[0]; console.log('fn', e.name, e.entryType, e.detail, typeof e.duration); o3.disconnect(); });
o3.observe({ entryTypes: ['function'] });
console.log(f(1, 2), f.name, f.length);
