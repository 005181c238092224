// fs.createReadStream -> createGzip -> file, and back through createGunzip
// (and brotli, and pipeline()), byte for byte.
'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');
const zlib = require('zlib');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-zlib-pipe-'));
const src = path.join(dir, 'in.txt');
let body = '';
for (let i = 0; i < 60000; i++) body += `${i} some line of text ${i % 97}\n`;
fs.writeFileSync(src, body);
const size = fs.statSync(src).size;

function roundTrip(name, createC, createD, done) {
  const packed = path.join(dir, `${name}.z`);
  const back = path.join(dir, `${name}.out`);
  fs.createReadStream(src).pipe(createC()).pipe(fs.createWriteStream(packed))
    .on('finish', common.mustCall(() => {
      assert.ok(fs.statSync(packed).size < size / 3);
      fs.createReadStream(packed, { highWaterMark: 1000 }).pipe(createD())
        .pipe(fs.createWriteStream(back))
        .on('finish', common.mustCall(() => {
          assert.ok(fs.readFileSync(back).equals(fs.readFileSync(src)), name);
          done();
        }));
    }));
}

roundTrip('gzip', zlib.createGzip, zlib.createGunzip, () => {
  roundTrip('brotli', () => zlib.createBrotliCompress({
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 },
  }), zlib.createBrotliDecompress, () => {
    const packed = path.join(dir, 'pipeline.gz');
    pipeline(fs.createReadStream(src), zlib.createGzip({ level: 1, chunkSize: 1024 }),
             fs.createWriteStream(packed), common.mustSucceed(() => {
               assert.strictEqual(zlib.gunzipSync(fs.readFileSync(packed)).toString(), body);
               // A pipeline that fails in the middle reports the zlib error.
               // The output's open may still be in flight when the pipeline
               // fails: the directory goes once that stream has closed.
               const out = fs.createWriteStream(path.join(dir, 'bad.out'));
               pipeline(fs.createReadStream(src), zlib.createGunzip(), out,
                        common.mustCall((err) => {
                          assert.strictEqual(err.code, 'Z_DATA_ERROR');
                          const cleanUp = () => fs.rmSync(dir, { recursive: true, force: true });
                          if (out.closed) cleanUp();
                          else out.on('close', cleanUp);
                        }));
             }));
  });
});
