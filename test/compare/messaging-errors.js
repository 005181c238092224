'use strict';
// Errors thrown by the messaging globals.
const { port1, port2 } = new MessageChannel();
const c = new MessageChannel();
const ab = new ArrayBuffer(2);
const tries = {
  'postMessage()': () => port1.postMessage(),
  'function': () => port1.postMessage(function f() {}),
  'symbol': () => port1.postMessage([Symbol('s')]),
  'port not in list': () => port1.postMessage({ port2 }),
  'source port': () => port1.postMessage(1, [port1]),
  'transfer number': () => port1.postMessage(1, 7),
  'options.transfer': () => port1.postMessage(1, { transfer: true }),
  'invalid object': () => port1.postMessage(1, [{}]),
  'duplicate buffer': () => port1.postMessage(1, [ab, ab]),
  'duplicate port': () => port1.postMessage(1, [c.port1, c.port1]),
  'new MessagePort': () => new MessagePort(),
  'MessageChannel()': () => MessageChannel(),
  'illegal this': () => MessagePort.prototype.start.call({}),
  'event ports': () => new MessageEvent('message', { ports: [1] }),
  'event source': () => new MessageEvent('message', { source: 'x' }),
  'event this': () => Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'ports').get.call({}),
  'BroadcastChannel()': () => new BroadcastChannel(),
  'broadcast this': () => BroadcastChannel.prototype.close.call(null),
};
for (const [name, fn] of Object.entries(tries)) {
  try {
    fn();
    console.log(name, 'did not throw');
  } catch (e) {
    console.log(`${name}: ${e.name} ${e.code} ${e.message}`);
  }
}
const e = new MessageEvent('message', { data: [1], origin: 'x', lastEventId: 3 });
console.log(e.type, e.data, e.origin, e.lastEventId, e.source, e.ports);
const b = new BroadcastChannel('x');
console.log(b);
b.close();
console.log(b);
port1.close();
