// eddy: a Duplex standing in front of other streams — writes are forwarded
// to an inner writable ("input"), reads are pulled from an inner readable
// ("output"). compose() and Duplex.from({ readable, writable }) are built on
// it. Back-pressure crosses in both directions: a write is acknowledged once
// the input accepted it (or drained), and the outer stream pulls from the
// output only while its own buffer has room. The input and output may also
// be WHATWG streams (through a writer and a reader).
'use strict';

const { AbortError } = require('internal/errors');
const { nop } = require('internal/streams/utils');

const PromisePrototypeThen = Promise.prototype.then;

// One per outer stream: the outer callbacks parked until an inner stream
// lets them go, and how the whole thing ends.
function createLink(outer) {
  return {
    outer,
    drainWaiter: null,     // a write waiting for the input's 'drain'
    finishWaiter: null,    // _final waiting for the input side to finish
    readWaiter: null,      // a pull waiting for the output's 'readable'
    settled: false,        // the inner streams are done
    destroyWaiter: null,   // _destroy waiting for the inner streams
  };
}

function release(link, slot) {
  const cb = link[slot];
  if (cb) {
    link[slot] = null;
    cb();
  }
}

// Writes and end() go to `input`.
function feedInto(link, input) {
  const outer = link.outer;
  outer._write = function(chunk, encoding, callback) {
    if (input.write(chunk, encoding)) callback();
    else link.drainWaiter = callback;
  };
  outer._final = function(callback) {
    input.end();
    link.finishWaiter = callback;
  };
  input.on('drain', () => release(link, 'drainWaiter'));
}

// Writes go to a web WritableStream through a writer: each waits for the
// writer's ready promise and is acknowledged without waiting for the sink
// (a failing sink shows up as a rejected ready, or through the pipeline).
// end() closes the writer once it is ready.
function feedIntoWeb(link, input) {
  const outer = link.outer;
  const writer = input.getWriter();
  outer._write = async function(chunk, encoding, callback) {
    try {
      await writer.ready;
      PromisePrototypeThen.call(writer.write(chunk), undefined, nop);
      callback();
    } catch (err) {
      callback(err);
    }
  };
  outer._final = async function(callback) {
    try {
      await writer.ready;
      PromisePrototypeThen.call(writer.close(), undefined, nop);
      link.finishWaiter = callback;
    } catch (err) {
      callback(err);
    }
  };
}

// Lets the outer 'finish' happen (called when the input side is done).
function inputFinished(link) {
  release(link, 'finishWaiter');
}

// Reads come from `output`; its end is the outer end.
function drawFrom(link, output) {
  const outer = link.outer;
  function pull() {
    for (;;) {
      const chunk = output.read();
      if (chunk === null) {
        link.readWaiter = pull;
        return;
      }
      if (!outer.push(chunk)) return;
    }
  }
  outer._read = pull;
  output.on('readable', () => release(link, 'readWaiter'));
  output.on('end', () => { outer.push(null); });
}

// Reads come from a web ReadableStream through a reader; its end is the
// outer end. A failed read just stops (the failure reaches the outer stream
// through the pipeline around it).
function drawFromWeb(link, output) {
  const outer = link.outer;
  const reader = output.getReader();
  outer._read = async function() {
    for (;;) {
      try {
        const { value, done } = await reader.read();
        if (!outer.push(value)) return;
        if (done) {
          outer.push(null);
          return;
        }
      } catch {
        return;
      }
    }
  };
}

// Destroying the outer stream tears the inner ones down (`teardown`) and
// completes once they are done (settle()).
function closeWith(link, teardown) {
  link.outer._destroy = function(err, callback) {
    if (!err && !link.settled) err = new AbortError();
    link.readWaiter = null;
    link.drainWaiter = null;
    link.finishWaiter = null;
    if (link.settled) {
      callback(err);
    } else {
      link.destroyWaiter = callback;
      teardown(err);
    }
  };
}

// The inner streams are done (with `err` on failure). A pending outer
// destroy completes; otherwise an error destroys the outer stream, and
// `destroyWhenDone` destroys it even on success.
// May be called once per inner stream.
function settle(link, err, destroyWhenDone) {
  link.settled = true;
  const cb = link.destroyWaiter;
  link.destroyWaiter = null;
  if (cb) cb(err);
  else if (err) link.outer.destroy(err);
  else if (destroyWhenDone) link.outer.destroy();
}

module.exports = {
  closeWith,
  createLink,
  drawFrom,
  drawFromWeb,
  feedInto,
  feedIntoWeb,
  inputFinished,
  settle,
};
