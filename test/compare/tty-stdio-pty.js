// process.stdout/stdin on a terminal: runs a child of the same runtime under
// script(1), which gives it a pseudo-terminal, and prints what it wrote.
'use strict';
const { spawnSync } = require('child_process');
const child = `
const tty = require('tty');
console.log(process.stdout.isTTY, process.stdout.constructor.name,
  typeof process.stdout.columns, process.stdin.isTTY,
  process.stdin.constructor.name, tty.isatty(0), tty.isatty(1), tty.isatty(-1));
process.stdout.cursorTo(0);
process.stdout.clearLine(0, () => console.log('cleared'));
process.stdout.moveCursor(1, -1);
process.stdin.setRawMode(true);
console.log('raw', process.stdin.isRaw);
process.stdin.setRawMode(false);
console.log('raw', process.stdin.isRaw, process.stdout.getWindowSize().length);
`;
const r = spawnSync('script', ['-qc', `${process.execPath} -e "${child.replace(/"/g, '\\"')}"`, '/dev/null'],
  { encoding: 'latin1', env: { ...process.env, TERM: 'xterm', FORCE_COLOR: '0' } });
console.log(r.status, JSON.stringify(r.stdout));
