'use strict';
// BroadcastChannel fan-out within one process.
const names = ['a', 'b', 'c'];
const chans = names.map(() => new BroadcastChannel('room'));
const lone = new BroadcastChannel('elsewhere');
lone.onmessage = () => console.log('lone got a message');
chans.forEach((ch, i) => {
  ch.onmessage = (e) => console.log(names[i], 'got', e.data, e.origin === '', e.target === ch);
});
chans[0].postMessage('hello');
chans[1].postMessage({ from: 'b' });
console.log(chans[0].name, typeof chans[0].ref);
setTimeout(() => {
  chans[2].close();
  try {
    chans[2].postMessage('x');
  } catch (e) {
    console.log(e.name, e.message);
  }
  chans[0].postMessage('after c closed');
  setTimeout(() => {
    for (const ch of [...chans, lone]) ch.close();
    console.log('all closed');
  }, 10);
}, 10);
