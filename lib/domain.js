// eddy: node:domain (deprecated in node, still used by older packages).
// A domain is carried through asynchronous work by an AsyncLocalStorage
// (eddy's async context reaches timers, ticks, immediates, promises and I/O
// callbacks), so a callback scheduled inside d.run() runs with
// process.domain === d. An error thrown while a domain is active and has
// 'error' listeners goes to the domain instead of crashing the process (a
// hook in the uncaught-exception path, ahead of 'uncaughtException'
// listeners), with err.domain and err.domainThrown set. EventEmitters made
// inside a domain, or added to one, send their unhandled 'error' events
// there (err.domainEmitter) and run their listeners inside it. Also:
// create/createDomain, active, enter/exit, add/remove/members, bind,
// intercept. Not built: domain-aware promise rejections (node routes none
// either), dispose (removed from node).
'use strict';

const EventEmitter = require('events');
const { AsyncLocalStorage } = require('async_hooks');
const { codes: { ERR_UNHANDLED_ERROR } } = require('internal/errors');
const { setDomainHook } = require('internal/process/execution');

const store = new AsyncLocalStorage();
// Domains entered explicitly (enter/run), innermost last.
const stack = [];
let everEntered = false;

function activeDomain() {
  if (stack.length > 0) return stack[stack.length - 1];
  const d = store.getStore();
  if (d !== undefined) return d;
  // node's process.domain: null before any domain was entered, then
  // undefined once the stack emptied.
  return everEntered ? undefined : null;
}

Object.defineProperty(process, 'domain', {
  get: activeDomain,
  set(value) { void value; },
  configurable: true,
  enumerable: true,
});

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    everEntered = true;
    stack.push(this);
    store.enterWith(this);
  }

  exit() {
    const i = stack.lastIndexOf(this);
    if (i === -1) return;
    stack.length = i;
    store.enterWith(stack.length > 0 ? stack[stack.length - 1] : undefined);
  }

  run(fn, ...args) {
    this.enter();
    // No finally: a throw leaves the domain active for the uncaught-error
    // hook, which exits it.
    const result = store.run(this, () => Reflect.apply(fn, this, args));
    this.exit();
    return result;
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain instanceof Domain) ee.domain.remove(ee);
    // A domain added to a domain: mark its parent (as node does).
    if (ee instanceof Domain) {
      ee.domain = this;
    } else {
      Object.defineProperty(ee, 'domain', {
        value: this, writable: true, configurable: true, enumerable: false,
      });
    }
    this.members.push(ee);
  }

  remove(ee) {
    ee.domain = null;
    const i = this.members.indexOf(ee);
    if (i !== -1) this.members.splice(i, 1);
  }

  bind(cb) {
    const self = this;
    function bound(...args) {
      return self.run(() => Reflect.apply(cb, this, args));
    }
    Object.defineProperty(bound, 'domain', {
      value: this, writable: true, configurable: true, enumerable: false,
    });
    return bound;
  }

  intercept(cb) {
    const self = this;
    function intercepted(err, ...args) {
      if (err) {
        if (typeof err === 'object') {
          err.domainBound = cb;
          err.domainThrown = false;
          err.domain = self;
        }
        self.emit('error', err);
        return undefined;
      }
      return self.run(() => Reflect.apply(cb, this, args));
    }
    return intercepted;
  }

  // The uncaught-error hook's part: true when this domain took the error.
  _errorHandler(er) {
    if (this.listenerCount('error') === 0) return false;
    if (er !== null && typeof er === 'object') {
      er.domain = this;
      er.domainThrown = true;
    }
    // The handler runs outside the failed domain.
    stack.length = 0;
    store.enterWith(undefined);
    this.emit('error', er);
    return true;
  }
}

// Uncaught errors while a domain is active go to it first.
setDomainHook((er) => {
  const d = activeDomain();
  return d instanceof Domain ? d._errorHandler(er) : false;
});

// EventEmitters made inside a domain belong to it; their unhandled 'error'
// events go to the domain, and their listeners run inside it.
EventEmitter.usingDomains = true;
const init = EventEmitter.init;
EventEmitter.init = function(opts) {
  if (this.domain === undefined || this.domain === null) {
    Object.defineProperty(this, 'domain', {
      value: null, writable: true, configurable: true, enumerable: false,
    });
    const d = activeDomain();
    if (d instanceof Domain && !(this instanceof Domain)) this.domain = d;
  }
  return Reflect.apply(init, this, [opts]);
};
const emit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function(type, ...args) {
  const d = this.domain;
  if (!(d instanceof Domain) || this === process ||
      (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(emit, this, [type, ...args]);
  }
  if (type === 'error') {
    const er = args.length > 0 && args[0] ? args[0] : new ERR_UNHANDLED_ERROR();
    if (typeof er === 'object') {
      er.domainEmitter = this;
      er.domain = d;
      er.domainThrown = false;
    }
    // The domain's handler runs outside it (in its parent, if any).
    const saved = stack.slice();
    const outside = saved.filter((x) => x !== d);
    stack.length = 0;
    stack.push(...outside);
    try {
      store.run(outside[outside.length - 1], () => d.emit('error', er));
    } finally {
      stack.length = 0;
      stack.push(...saved);
    }
    return false;
  }
  // No finally, as in node: a listener's throw leaves the domain active for
  // the uncaught-error hook.
  d.enter();
  const result = Reflect.apply(emit, this, [type, ...args]);
  d.exit();
  return result;
};

function create() {
  return new Domain();
}

module.exports = {
  Domain,
  create,
  createDomain: create,
  get active() { return activeDomain(); },
  _stack: stack,
};
