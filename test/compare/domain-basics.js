'use strict';
// node:domain: errors from timers, ticks, emitters, bound and intercepted
// callbacks and a synchronous throw in run() reach the domain (with
// err.domain/domainThrown/domainEmitter), process.domain and domain.active
// follow enter/exit and async work, add/remove members; the handler runs
// outside the domain, and the program goes on.
const domain = require('domain');
const EventEmitter = require('events');
console.log('process.domain', process.domain, typeof domain.active);
const d = domain.create();
d.on('error', (err) => console.log('d caught', err.message, err.domain === d, err.domainThrown, err.domainEmitter ? 'emitter' : '-', process.domain === d));
d.run(() => {
  console.log('in run', process.domain === d, domain.active === d);
  setTimeout(() => { console.log('timer domain', process.domain === d); throw new Error('from timer'); }, 1);
  process.nextTick(() => { console.log('tick domain', process.domain === d); });
  const ee = new EventEmitter();
  console.log('ee.domain', ee.domain === d);
  setImmediate(() => ee.emit('error', new Error('from emitter')));
});
console.log('after run', process.domain);
const d2 = domain.create();
d2.on('error', (e) => console.log('d2', e.message));
const bound = d2.bind((x) => { throw new Error('bound ' + x); });
setTimeout(() => bound(1), 5);
const icb = d2.intercept((v) => console.log('intercepted value', v));
icb(null, 42);
icb(new Error('intercepted error'));
const ee2 = new EventEmitter();
d2.add(ee2);
console.log(d2.members.length, ee2.domain === d2);
ee2.emit('error', new Error('added emitter'));
d2.remove(ee2);
console.log(d2.members.length, ee2.domain);
setTimeout(() => { d.run(() => { throw new Error('sync throw'); }); console.log('not reached'); }, 10);
setTimeout(() => console.log('still alive'), 20);
setTimeout(() => {
  // No domain active: 'uncaughtException' listeners still get errors.
  process.once('uncaughtException', (e) => console.log('listener', e.message, e.domain));
  setImmediate(() => { throw new Error('outside'); });
}, 30);
