// eddy: SyncWriteStream, the Writable over a file descriptor that writes
// synchronously (process.stdout/stderr when they are files). Every chunk is
// on disk when write() returns, so nothing is lost at exit.
'use strict';

const { Writable } = require('stream');
const { uvException } = require('internal/errors');

const fsBinding = internalBinding('fs');

function SyncWriteStream(fd, options) {
  if (!(this instanceof SyncWriteStream)) return new SyncWriteStream(fd, options);
  Writable.call(this, { autoDestroy: true, decodeStrings: false });
  options = options || {};
  this.fd = fd;
  this.readable = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function(chunk, encoding, cb) {
  let r;
  if (typeof chunk === 'string' && (encoding === 'utf8' || encoding === 'utf-8')) {
    r = fsBinding.writeString(this.fd, chunk);
  } else {
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    r = fsBinding.writeBuffer(this.fd, chunk);
  }
  if (typeof r === 'number' && r < 0) {
    cb(uvException({ errno: r, syscall: 'write' }));
    return;
  }
  cb();
};

SyncWriteStream.prototype._destroy = function(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) {
    require('fs').closeSync(this.fd);
    this.fd = null;
  }
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = SyncWriteStream;
