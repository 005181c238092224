'use strict';
// A port with a 'message' listener (on, onmessage, addEventListener) keeps the
// process alive until closed or unref'd; a BroadcastChannel keeps it alive
// from construction. Each case runs in a child: 'late' is printed only if the
// process was still alive when an unref'd timer fired.
const assert = require('assert');
const { spawnSync } = require('child_process');

const late = "setTimeout(() => { console.log('late'); cleanup(); }, 30).unref();";
const cases = [
  ["const p = new MessageChannel().port1; p.on('message', () => {});" +
   'const cleanup = () => p.close();' + late, 'late'],
  ["const p = new MessageChannel().port1; p.onmessage = () => {};" +
   'const cleanup = () => p.close();' + late, 'late'],
  ["const p = new MessageChannel().port1; p.addEventListener('message', () => {});" +
   'const cleanup = () => p.close();' + late, 'late'],
  ["const p = new MessageChannel().port1; p.on('message', () => {}); p.unref();" +
   'const cleanup = () => p.close();' + late, ''],
  ["const p = new MessageChannel().port1; const f = () => {}; p.on('message', f);" +
   "p.off('message', f); const cleanup = () => {};" + late, ''],
  ['const p = new MessageChannel().port1; p.onmessage = () => {}; p.onmessage = null;' +
   'const cleanup = () => {};' + late, ''],
  ["const p = new MessageChannel().port1; p.start(); const cleanup = () => {};" + late, ''],
  ['const p = new MessageChannel().port1; p.ref(); const cleanup = () => p.close();' + late,
   'late'],
  ["const p = new MessageChannel().port1; p.on('message', () => {}); p.close();" +
   'const cleanup = () => {};' + late, ''],
  ["const b = new BroadcastChannel('k'); const cleanup = () => b.close();" + late, 'late'],
  ["const b = new BroadcastChannel('k'); b.unref(); const cleanup = () => b.close();" + late,
   ''],
  ["const b = new BroadcastChannel('k'); b.close(); const cleanup = () => {};" + late, ''],
];
for (const [code, expected] of cases) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 10000 });
  assert.strictEqual(r.status, 0, `${code}\n${r.stderr}`);
  assert.strictEqual(r.stdout.trim(), expected, code);
}
