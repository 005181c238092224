// eddy: node:diagnostics_channel. Named channels that publish messages to
// subscribers, with stores (AsyncLocalStorage) bound to a channel for
// runStores, and tracing channels (start/end/asyncStart/asyncEnd/error) that
// wrap synchronous, promise and callback calls.
//
// A channel with neither subscribers nor stores is inactive: its prototype is
// Channel, whose publish does nothing and whose hasSubscribers is false, so a
// hot `if (ch.hasSubscribers)` costs one property read. Subscribing switches
// the object's prototype to ActiveChannel (as node does), and back again when
// the last subscriber or store leaves. Channels are held weakly by name while
// inactive and strongly while active, so a subscription keeps its channel.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

// name -> WeakRef(channel) for every channel; name -> channel while active.
const weakChannels = new Map();
const activeChannels = new Map();
const dropName = new FinalizationRegistry((name) => {
  const ref = weakChannels.get(name);
  if (ref !== undefined && ref.deref() === undefined) weakChannels.delete(name);
});

function lookup(name) {
  const ref = weakChannels.get(name);
  return ref === undefined ? undefined : ref.deref();
}

// Errors thrown by subscribers or store transforms do not stop the publisher:
// they surface as uncaught exceptions on the next tick.
function reportLater(err) {
  process.nextTick(() => { throw err; });
}

function markActive(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new SafeMap();
  activeChannels.set(channel.name, channel);
}

function maybeMarkInactive(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
    activeChannels.delete(channel.name);
  }
}

function defaultTransform(data) { return data; }

// Named as node's own store map, so inspected channels look the same.
class SafeMap extends Map {}

// Returns a function running `next` inside store.run(transform(data)).
function wrapStoreRun(store, data, next, transform) {
  return () => {
    let value;
    try {
      value = transform(data);
    } catch (err) {
      reportLater(err);
      return next();
    }
    return store.run(value, next);
  };
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    weakChannels.set(name, new WeakRef(this));
    dropName.register(this, name);
  }

  static [Symbol.hasInstance](instance) {
    const proto = Object.getPrototypeOf(instance);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    markActive(this);
    this.subscribe(subscription);
  }

  unsubscribe() { return false; }

  bindStore(store, transform) {
    markActive(this);
    this.bindStore(store, transform);
  }

  unbindStore() { return false; }

  get hasSubscribers() { return false; }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // Copy on write: a publish in progress keeps iterating its own array.
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = this._subscribers.slice();
    next.splice(index, 1);
    this._subscribers = next;
    maybeMarkInactive(this);
    return true;
  }

  bindStore(store, transform = defaultTransform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    maybeMarkInactive(this);
    return true;
  }

  get hasSubscribers() { return true; }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      run = wrapStoreRun(store, data, run, transform);
    }
    return run();
  }
}


function channel(name) {
  const existing = lookup(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  return channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = lookup(name);
  return existing === undefined ? false : existing.hasSubscribers;
}

// --- tracing channels ----------------------------------------------------------

const kTraceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function defineEvent(target, event, value) {
  Object.defineProperty(target, event, {
    __proto__: null, value, writable: false, enumerable: false, configurable: false,
  });
}

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of kTraceEvents) {
        defineEvent(this, event, channel(`tracing:${nameOrChannels}:${event}`));
      }
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const event of kTraceEvents) {
        const ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', ch);
        }
        defineEvent(this, event, ch);
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels',
                                     ['string', 'object', 'TracingChannel'],
                                     nameOrChannels);
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers ||
      this.asyncStart.hasSubscribers || this.asyncEnd.hasSubscribers ||
      this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const event of kTraceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of kTraceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return runTraced(this, context, () => {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const settled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const failed = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    return runTraced(this, context, () => {
      let promise = Reflect.apply(fn, thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then(settled, failed);
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const index = position < 0 ? args.length + position : position;
    const callback = args[index];
    validateFunction(callback, 'callback');
    args[index] = function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      const self = this;
      const callArgs = arguments;
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, self, callArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    };
    return runTraced(this, context, () => Reflect.apply(fn, thisArg, args));
  }
}

// The synchronous part every trace* shares: `call` runs in the start
// channel's stores; a throw publishes error, and end is always published.
function runTraced(channels, context, call) {
  return channels.start.runStores(context, () => {
    try {
      return call();
    } catch (err) {
      context.error = err;
      channels.error.publish(context);
      throw err;
    } finally {
      channels.end.publish(context);
    }
  });
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
