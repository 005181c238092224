// eddy: the objects worker_threads.markAsUntransferable() marked. A transfer
// list skips them, so they are copied instead (internal/messaging and the
// structuredClone global consult this set).
'use strict';

module.exports = new WeakSet();
