'use strict';
// Transfer of ArrayBuffers (the source is detached) and of MessagePorts (the
// sending side's object is neutered and emits 'close'; a new object arrives).
const assert = require('assert');

const { port1, port2 } = new MessageChannel();
const inner = new MessageChannel();
const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 42;

let oldClosed = false;
inner.port1.on('close', () => { oldClosed = true; });
// Queued on inner.port1 before the transfer: it moves with the port.
inner.port2.postMessage('queued');

port1.postMessage({ ab, port: inner.port1, list: [inner.port1] },
                  [ab, inner.port1]);
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(inner.port1.hasRef(), false);
inner.port1.postMessage('ignored');  // a neutered port drops messages

const got = [];
port2.onmessage = (event) => {
  assert.ok(event instanceof MessageEvent);
  assert.strictEqual(event.target, port2);
  const { data, ports } = event;
  assert.strictEqual(new Uint8Array(data.ab)[0], 42);
  assert.strictEqual(data.ab.byteLength, 8);
  assert.ok(data.port instanceof MessagePort);
  assert.notStrictEqual(data.port, inner.port1);
  assert.strictEqual(data.list[0], data.port);
  assert.deepStrictEqual(ports, [data.port]);
  port2.close();
  data.port.on('message', (m) => {
    got.push(m);
    if (m === 'after') data.port.close();
  });
  inner.port2.postMessage('after');
};

// structuredClone with a port in the transfer list (node 20 supports it).
const c = new MessageChannel();
const cloned = structuredClone({ p: c.port1 }, { transfer: [c.port1] });
assert.ok(cloned.p instanceof MessagePort);
assert.notStrictEqual(cloned.p, c.port1);
cloned.p.once('message', (m) => {
  got.push(`clone:${m}`);
  cloned.p.close();
});
c.port2.postMessage('hello');

process.on('exit', () => {
  assert.ok(oldClosed);
  assert.deepStrictEqual(got.sort(), ['after', 'clone:hello', 'queued']);
});
