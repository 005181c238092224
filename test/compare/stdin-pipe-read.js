// process.stdin over a pipe: data, end, and then close.
'use strict';
let total = '';
process.stdin.setEncoding('utf8');
console.log(process.stdin.constructor.name, process.stdin.readableFlowing);
process.stdin.on('data', (d) => { total += d; });
process.stdin.on('end', () => console.log('end', JSON.stringify(total)));
process.stdin.on('close', () => console.log('close'));
