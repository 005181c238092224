// eddy: process.exit, process.reallyExit and the raw stderr writer used on
// fatal paths (no stream machinery between a dying process and its message).
'use strict';

const binding = internalBinding('process_methods');
const { writeString } = internalBinding('fs');

function writeErr(s) { writeString(2, s); }

function reallyExit(code) { binding.reallyExit(code | 0); }

module.exports = { reallyExit, writeErr };
