// eddy: crypto.Certificate, the legacy SPKAC helpers (node's
// lib/internal/crypto/certificate.js): verifySpkac, exportPublicKey and
// exportChallenge, as static functions and as methods of `new Certificate()`.
'use strict';

const { binding, getArrayBufferOrView, bufferFrom } = require('internal/crypto/keys_object');

function spkac(op, value, encoding) {
  const r = binding.spkac(op, getArrayBufferOrView(value, 'spkac', encoding));
  return typeof r === 'object' ? bufferFrom(r) : r;
}

function verifySpkac(spkac_, encoding) {
  return spkac(0, spkac_, encoding);
}

function exportPublicKey(spkac_, encoding) {
  return spkac(1, spkac_, encoding);
}

function exportChallenge(spkac_, encoding) {
  return spkac(2, spkac_, encoding);
}

// Callable with or without `new`, as in node.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}

Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

module.exports = { Certificate };
