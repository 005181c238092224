'use strict';
process.emitWarning('something odd');
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.emitWarning('custom type', { type: 'CustomWarning', code: 'C1', detail: 'more detail' });
process.on('warning', (w) => console.log('listener saw', w.name, w.message));
