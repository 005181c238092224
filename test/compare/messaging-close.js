'use strict';
// 'close' on both sides, in order with the messages already posted.
const { port1, port2 } = new MessageChannel();
port1.on('message', (m) => console.log('port1 got', m));
port1.on('close', () => console.log('port1 close', port1.hasRef()));
port2.on('close', (ev) => console.log('port2 close', ev.type, ev.constructor.name));
port2.postMessage(1);
port2.postMessage({ two: 2 });
port2.close();
console.log('port2 hasRef while closing', port2.hasRef());
port2.postMessage('after close');
console.log('sync end');
