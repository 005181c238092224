const { createHistogram, monitorEventLoopDelay, performance, PerformanceObserver } = require('perf_hooks');
const h = createHistogram();
console.log(h, h.count, h.min, h.max, h.mean, h.stddev, h.exceeds, h.percentiles, h.percentile(50));
for (const v of [1, 2, 3, 100, 1000, 12345, 123456, 1234567, 987654321]) h.record(v);
console.log(h.count, h.min, h.max, h.mean, h.stddev, h.percentile(50), h.percentile(99), h.percentile(100), h.percentiles);
console.log(h.minBigInt, h.countBigInt, h.percentileBigInt(90), h.toJSON());
try { h.record(0) } catch (e) { console.log(e.code, e.message) }
try { h.record(-1) } catch (e) { console.log(e.code, e.message) }
try { h.record('x') } catch (e) { console.log(e.code, e.message) }
try { h.percentile(0) } catch (e) { console.log(e.code, e.message) }
try { h.percentile(101) } catch (e) { console.log(e.code, e.message) }
const h2 = createHistogram({ lowest: 1, highest: 1000, figures: 1 }); h2.record(5000); console.log(h2.count, h2.max, h2.exceeds);
h.add(h2); console.log(h.count, h.max);
h.reset(); console.log(h.count, h.min);
const h3 = createHistogram(); h3.record(10n); h3.recordDelta(); console.log(h3.count);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(h)), Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(h))));
const m = monitorEventLoopDelay({ resolution: 20 }); console.log(m.enable(), m.enable(), m.disable(), m.disable(), Object.getOwnPropertyNames(Object.getPrototypeOf(m)));
console.log(performance.eventLoopUtilization());
console.log(Object.keys(performance.nodeTiming.toJSON()), performance.nodeTiming.name, performance.nodeTiming.entryType);
setTimeout(() => { const e = performance.eventLoopUtilization(); console.log(e.idle > 0, e.active > 0, e.utilization > 0 && e.utilization < 1, typeof performance.nodeTiming.idleTime); }, 50);
console.log(PerformanceObserver.supportedEntryTypes);
