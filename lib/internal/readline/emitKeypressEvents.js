// eddy: readline.emitKeypressEvents(stream[, interface]) — makes a readable
// stream emit `keypress` events decoded from its `data`, while anyone
// listens for them.
'use strict';

const { StringDecoder } = require('string_decoder');
const { setTimeout, clearTimeout } = require('timers');
const {
  CSI: { kEscape },
  KeyDecoder,
  charLengthAt,
  kSawKeyPress,
} = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');

// How long a lone ESC waits for the rest of a sequence (GNU readline's
// keyseq-timeout default).
const kDefaultEscapeCodeTimeout = 500;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;

  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeDecoder] = new KeyDecoder(stream);

  const { escapeCodeTimeout = kDefaultEscapeCodeTimeout } = iface;
  let timer;
  const onEscapeTimeout = () => stream[kEscapeDecoder].push('');

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[kKeypressDecoder].write(chunk);
    if (!text) return;
    clearTimeout(timer);

    // A chunk holding a single character is a typed key; anything longer is
    // (most likely) pasted, and the interface skips completion and redraws
    // until its last character.
    iface[kSawKeyPress] = charLengthAt(text, 0) === text.length;
    iface.isCompletionEnabled = false;

    const decoder = stream[kEscapeDecoder];
    const total = text.length;
    let consumed = 0;
    for (const ch of text) {
      consumed += ch.length;
      const last = consumed === total;
      if (last) iface.isCompletionEnabled = true;
      try {
        decoder.push(ch);
      } catch (err) {
        // A keypress listener threw: drop the partial sequence.
        decoder.reset();
        throw err;
      }
      if (last && ch === kEscape) {
        timer = setTimeout(onEscapeTimeout, escapeCodeTimeout);
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = emitKeypressEvents;
