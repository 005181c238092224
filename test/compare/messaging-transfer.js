'use strict';
// Transferring an ArrayBuffer and a MessagePort through a MessageChannel.
const { port1, port2 } = new MessageChannel();
const inner = new MessageChannel();
const ab = new Uint8Array([1, 2, 3]).buffer;
inner.port1.on('close', () => console.log('old inner.port1 close'));
inner.port2.postMessage('waiting in the queue');
port1.postMessage({ ab, port: inner.port1 }, { transfer: [ab, inner.port1] });
console.log('source buffer length', ab.byteLength);
port2.once('message', ({ ab, port }) => {
  console.log('received', new Uint8Array(ab), port instanceof MessagePort);
  port.on('message', (m) => {
    console.log('moved port got', m);
    if (m === 'second') port.close();
  });
  inner.port2.postMessage('second');
  inner.port2.on('close', () => console.log('inner.port2 close'));
  port2.close();
});
