'use strict';
for (const bad of [5, 'x', null, {}]) {
  try { setTimeout(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  try { setImmediate(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  try { process.nextTick(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  try { queueMicrotask(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { process.chdir(5); } catch (e) { console.log(e.code, e.message); }
try { process.chdir('/definitely/not/here'); } catch (e) { console.log(e.code, e.syscall, e.errno); }
try { process.kill('x'); } catch (e) { console.log(e.code, e.message); }
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning(5); } catch (e) { console.log(e.code, e.message); }
try { process.exitCode = 'abc'; } catch (e) { console.log(e.code, e.message); }
try { process.hrtime(5); } catch (e) { console.log(e.code, e.message); }
