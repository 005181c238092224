'use strict';
// emitKeypressEvents: escape sequences, control and meta keys decoded into
// node's (str, key) keypress events, including sequences split over chunks.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input); // second call is a no-op
const events = [];
input.on('keypress', (s, key) => events.push([s, key]));

function feed(label, ...chunks) {
  events.length = 0;
  for (const c of chunks) input.write(c);
  console.log(label, JSON.stringify(events));
}

feed('letters', 'aZ9');
feed('punct', '.,/ ');
feed('ctrl', '\x01\x03\x1a\x00');
feed('cr lf tab bs del', '\r\n\t\b\x7f');
feed('arrows', '\x1b[A\x1b[B\x1b[C\x1b[D');
feed('ss3 arrows', '\x1bOA\x1bOB\x1bOC\x1bOD\x1bOH\x1bOF');
feed('home end', '\x1b[H\x1b[F\x1b[1~\x1b[4~\x1b[7~\x1b[8~');
feed('ins del pg', '\x1b[2~\x1b[3~\x1b[5~\x1b[6~\x1b[[5~\x1b[[6~');
feed('f1-f4', '\x1bOP\x1bOQ\x1bOR\x1bOS\x1b[11~\x1b[12~\x1b[13~\x1b[14~');
feed('cygwin f', '\x1b[[A\x1b[[B\x1b[[C\x1b[[D\x1b[[E');
feed('f5-f12', '\x1b[15~\x1b[17~\x1b[18~\x1b[19~\x1b[20~\x1b[21~\x1b[23~\x1b[24~');
feed('modifiers', '\x1b[1;2A\x1b[1;3B\x1b[1;5C\x1b[1;6D\x1b[1;9H\x1b[3;5~\x1b[24;2~');
feed('ss3 modifier', '\x1bO5P\x1bO2A');
feed('rxvt', '\x1b[a\x1b[b\x1b[c\x1b[d\x1b[e\x1b[2$\x1b[8$\x1bOa\x1bOe\x1b[2^\x1b[8^');
feed('shift-tab', '\x1b[Z');
feed('paste', '\x1b[200~hi\x1b[201~');
feed('meta', '\x1ba\x1bB\x1b1\x1b\r\x1b\n\x1b\t\x1b\x7f\x1b \x1b.');
feed('double esc', '\x1b\x1b[A\x1b\x1bOB');
feed('unknown', '\x1b[99X\x1b[123~\x1b[5;5Q\x1b[1;5z');
feed('split', '\x1b', '[', '1', ';', '5', 'C');
feed('split2', 'x\x1b[', 'A');
feed('utf8', 'é€😀');
feed('utf8 split', Buffer.from('😀').subarray(0, 2), Buffer.from('😀').subarray(2));
feed('ctrl-backslash etc', '\x1c\x1d\x1e\x1f');
feed('esc then letter', '\x1b', 'x');

// A lone ESC is reported after the escape timeout.
events.length = 0;
input.write('\x1b');
console.log('pending', JSON.stringify(events));
setTimeout(() => {
  console.log('after timeout', JSON.stringify(events));
  // Listener errors propagate and reset the decoder (a plain emitter as the
  // stream, so that the throw leaves no stream state behind).
  const EventEmitter = require('events');
  const fake = new EventEmitter();
  readline.emitKeypressEvents(fake);
  const seen = [];
  fake.on('keypress', (s, key) => {
    if (s === 'q') throw new Error('boom');
    seen.push(key.sequence);
  });
  try {
    fake.emit('data', 'xq\x1b[');
  } catch (e) {
    console.log('thrown', e.message);
  }
  fake.emit('data', 'A\x1b[B');
  console.log('after error', JSON.stringify(seen));
}, 600);
