// Argument errors from node:os, as node words them.
'use strict';
const os = require('os');

for (const fn of [
  () => os.setPriority(0, 20),
  () => os.setPriority(0, -21),
  () => os.setPriority('1', 0),
  () => os.setPriority(),
  () => os.setPriority(0, 1.5),
  () => os.getPriority('0'),
  () => os.getPriority(null),
  () => os.getPriority(2 ** 31),
]) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} ${err.code}: ${err.message}`);
  }
}
