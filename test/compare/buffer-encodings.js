// Every encoding, both directions, on text with ASCII, Latin-1, BMP and
// astral characters and on malformed input; printed as hex and JSON.
'use strict';
const text = 'Aé€😀\u0000\u007f';
const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
for (const enc of encodings) {
  const b = Buffer.from(text, enc);
  console.log(enc, b.toString('hex'), JSON.stringify(b.toString(enc)), Buffer.byteLength(text, enc));
}
const bytes = Buffer.from([0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xed,
  0xa0, 0x80, 0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80, 0xe2, 0x82]);
for (const enc of encodings) console.log(enc, JSON.stringify(bytes.toString(enc)));
for (const input of ['SGVsbG8=', 'SGVs bG8', 'S*GVsbG8', 'SGVsbG8=junk', '-_-_', '+/+/', 'S', '']) {
  console.log(JSON.stringify(input), Buffer.from(input, 'base64').toString('hex'),
              Buffer.from(input, 'base64url').toString('hex'), Buffer.byteLength(input, 'base64'));
}
for (const input of ['00ff', '0G', 'abc', 'ABCDEF', '1', '']) {
  console.log(JSON.stringify(input), Buffer.from(input, 'hex').toString('hex'));
}
const target = Buffer.alloc(7);
for (const s of ['😀😀', 'aé€', '\ud800\udc00\ud800', 'abcdefghij']) {
  target.fill(0);
  console.log(JSON.stringify(s), target.write(s), target.toString('hex'));
}
