// zlib piped into nothing but a plain fs.WriteStream: eddy hands the file
// each thread-pool trip's output whole (far fewer file writes than
// chunkSize pieces); everywhere the pieces can be seen (another 'data'
// listener, a WriteStream with its own fs) they stay at most chunkSize.
'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-zlib-whole-'));
let text = '';
for (let i = 0; text.length < 3 << 20; i++) text += `${i} line of words ${i % 13} ${i % 101}\n`;
const body = Buffer.from(text);
const packed = path.join(dir, 'in.gz');
fs.writeFileSync(packed, zlib.gzipSync(body));

// Counts the fs.write/fs.writev calls made on the file while `fn` runs.
function countWrites() {
  const counts = { write: 0, writev: 0, biggest: 0 };
  const { write, writev } = fs;
  fs.write = function(fd, buf, ...rest) {
    counts.write++;
    counts.biggest = Math.max(counts.biggest, buf.length);
    return write.call(this, fd, buf, ...rest);
  };
  fs.writev = function(fd, bufs, ...rest) {
    counts.writev++;
    return writev.call(this, fd, bufs, ...rest);
  };
  counts.restore = () => {
    fs.write = write;
    fs.writev = writev;
  };
  return counts;
}

function plainSink(done) {
  const out = path.join(dir, 'plain.out');
  const counts = countWrites();
  fs.createReadStream(packed).pipe(zlib.createGunzip()).pipe(fs.createWriteStream(out))
    .on('finish', common.mustCall(() => {
      counts.restore();
      assert.ok(fs.readFileSync(out).equals(body));
      const pieces = Math.ceil(body.length / 16384);
      assert.ok(counts.write + counts.writev > 0);
      if (process.versions.eddy) {
        // One write per trip, not one per 16 KiB piece.
        assert.ok(counts.write + counts.writev < pieces / 4,
                  `${counts.write} + ${counts.writev} writes for ${pieces} pieces`);
        assert.ok(counts.biggest > 16384);
      }
      done();
    }));
}

// A listener besides pipe's sees node's pieces, and so does the file.
function withDataListener(done) {
  const out = path.join(dir, 'listened.out');
  const gunzip = zlib.createGunzip({ chunkSize: 8192 });
  let seen = 0;
  gunzip.on('data', (chunk) => {
    assert.ok(chunk.length <= 8192, `chunk of ${chunk.length}`);
    seen += chunk.length;
  });
  const counts = countWrites();
  fs.createReadStream(packed).pipe(gunzip).pipe(fs.createWriteStream(out))
    .on('finish', common.mustCall(() => {
      counts.restore();
      assert.strictEqual(seen, body.length);
      assert.ok(counts.biggest <= 8192, `file write of ${counts.biggest}`);
      assert.ok(fs.readFileSync(out).equals(body));
      done();
    }));
}

// A WriteStream given its own fs functions sees every piece.
function ownFs(done) {
  const out = path.join(dir, 'ownfs.out');
  let biggest = 0;
  let calls = 0;
  const myFs = {
    open: fs.open,
    close: fs.close,
    write(fd, buf, ...rest) {
      calls++;
      biggest = Math.max(biggest, buf.length);
      return fs.write(fd, buf, ...rest);
    },
    writev(fd, bufs, ...rest) {
      calls++;
      for (const b of bufs) biggest = Math.max(biggest, b.length);
      return fs.writev(fd, bufs, ...rest);
    },
  };
  fs.createReadStream(packed).pipe(zlib.createGunzip())
    .pipe(fs.createWriteStream(out, { fs: myFs }))
    .on('finish', common.mustCall(() => {
      assert.ok(calls > 0);
      assert.ok(biggest <= 16384, `piece of ${biggest}`);
      assert.ok(fs.readFileSync(out).equals(body));
      done();
    }));
}

// The same through gzip (output smaller than its input), checked by
// gunzipSync.
function gzipSink(done) {
  const out = path.join(dir, 'again.gz');
  const src = path.join(dir, 'body.txt');
  fs.writeFileSync(src, body);
  fs.createReadStream(src).pipe(zlib.createGzip({ chunkSize: 1024 }))
    .pipe(fs.createWriteStream(out))
    .on('finish', common.mustCall(() => {
      assert.ok(zlib.gunzipSync(fs.readFileSync(out)).equals(body));
      done();
    }));
}

plainSink(() => withDataListener(() => ownFs(() => gzipSink(() => {
  fs.rmSync(dir, { recursive: true, force: true });
}))));
