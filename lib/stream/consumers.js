// eddy: node:stream/consumers — read a whole stream (any async iterable of
// strings/bytes) into one value: an ArrayBuffer, a Blob, a Buffer, text, or
// parsed JSON.
'use strict';

const { Buffer, Blob } = require('buffer');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const whole = await blob(stream);
  return whole.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

// Bytes are decoded as UTF-8 across chunk boundaries; strings are taken as
// they are.
async function text(stream) {
  const decoder = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += decoder.decode(chunk, { stream: true });
  }
  str += decoder.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
