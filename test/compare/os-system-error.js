// How a failed system call surfaces from node:os: an ERR_SYSTEM_ERROR
// SystemError, printed by console.log and uncaught.
'use strict';
const os = require('os');

const noSuchPid = 2 ** 30;
try {
  os.getPriority(noSuchPid);
} catch (err) {
  console.log(err);
  console.log(String(err));
  console.log(err.info);
}
os.setPriority(noSuchPid, 0);
