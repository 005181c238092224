// fs classes as console.log shows them: Stats, BigIntStats-free Stats built
// by hand, a Dirent, the constants table.
'use strict';
const fs = require('fs');

const st = new fs.Stats(1, 33188, 1, 1000, 1000, 0, 4096, 42, 10, 8,
                        1000, 2000.5, 3000, 0);
console.log(st);
console.log(st.isFile(), st.isDirectory(), st.atime.toISOString());
const dirent = fs.readdirSync(__dirname, { withFileTypes: true })
  .find((d) => d.name === 'fs-classes-inspect.js');
console.log(dirent);
console.log(dirent.isFile(), dirent.isDirectory());
console.log(fs.constants.O_CREAT, fs.constants.S_IFDIR, fs.constants.COPYFILE_EXCL);
console.log(typeof fs.Dir, typeof fs.ReadStream, typeof fs.WriteStream);
