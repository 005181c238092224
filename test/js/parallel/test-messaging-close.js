'use strict';
// close(): both sides get 'close'; messages posted before the peer closed are
// delivered first; a closing port drops what it had not read.
const assert = require('assert');

const log = [];
{
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (m) => log.push(`a:${m}`));
  port1.on('close', (ev) => {
    log.push('a:close1');
    assert.strictEqual(ev.type, 'close');
    assert.ok(ev instanceof Event);
  });
  port2.addEventListener('close', () => log.push('a:close2'));
  port2.ref();
  port2.postMessage(1);
  port2.postMessage(2);
  port2.close();
  port2.close();  // idempotent
  port2.postMessage(3);  // dropped
}
{
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (m) => log.push(`b:${m}`));
  port2.on('close', () => log.push('b:close2'));
  port1.on('close', () => log.push('b:close1'));
  port2.ref();
  port2.postMessage('never');
  port1.close();  // port1 had not read 'never'
  // Ref'd by its listener until the close callback has run.
  assert.strictEqual(port1.hasRef(), true);
  port1.on('close', () => assert.strictEqual(port1.hasRef(), false));
}
process.on('exit', () => {
  assert.deepStrictEqual(log.filter((x) => x[0] === 'a'),
                         ['a:1', 'a:2', 'a:close2', 'a:close1']);
  assert.deepStrictEqual(log.filter((x) => x[0] === 'b').sort(),
                         ['b:close1', 'b:close2']);
});
