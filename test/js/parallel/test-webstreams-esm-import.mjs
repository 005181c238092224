// node:stream/web as an ES module: named and default imports give the
// global classes.
import assert from 'node:assert';
import web, { ReadableStream as RS, TextDecoderStream as TDS } from 'node:stream/web';
import { CompressionStream } from 'stream/web';

assert.strictEqual(RS, globalThis.ReadableStream);
assert.strictEqual(TDS, globalThis.TextDecoderStream);
assert.strictEqual(web.CompressionStream, CompressionStream);
assert.strictEqual(web.WritableStream, globalThis.WritableStream);

const chunks = [];
for await (const c of RS.from(['top', 'level'])) chunks.push(c);
assert.deepStrictEqual(chunks, ['top', 'level']);
