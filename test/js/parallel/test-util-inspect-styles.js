'use strict';
// util.inspect.colors and util.inspect.styles tables, including aliases and edits.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  JSON.stringify(util.inspect.colors),
  '{"reset":[0,0],"bold":[1,22],"dim":[2,22],"italic":[3,23],"underline":[4,24],"blink":[5,25],"inverse":[7,27],"hidden":[8,28],"strikethrough":[9,29],"doubleunderline":[21,24],"black":[30,39],"red":[31,39],"green":[32,39],"yellow":[33,39],"blue":[34,39],"magenta":[35,39],"cyan":[36,39],"white":[37,39],"bgBlack":[40,49],"bgRed":[41,49],"bgGreen":[42,49],"bgYellow":[43,49],"bgBlue":[44,49],"bgMagenta":[45,49],"bgCyan":[46,49],"bgWhite":[47,49],"framed":[51,54],"overlined":[53,55],"gray":[90,39],"redBright":[91,39],"greenBright":[92,39],"yellowBright":[93,39],"blueBright":[94,39],"magentaBright":[95,39],"cyanBright":[96,39],"whiteBright":[97,39],"bgGray":[100,49],"bgRedBright":[101,49],"bgGreenBright":[102,49],"bgYellowBright":[103,49],"bgBlueBright":[104,49],"bgMagentaBright":[105,49],"bgCyanBright":[106,49],"bgWhiteBright":[107,49]}');
assert.strictEqual(
  JSON.stringify(Object.getOwnPropertyNames(util.inspect.colors)),
  '["reset","bold","dim","italic","underline","blink","inverse","hidden","strikethrough","doubleunderline","black","red","green","yellow","blue","magenta","cyan","white","bgBlack","bgRed","bgGreen","bgYellow","bgBlue","bgMagenta","bgCyan","bgWhite","framed","overlined","gray","redBright","greenBright","yellowBright","blueBright","magentaBright","cyanBright","whiteBright","bgGray","bgRedBright","bgGreenBright","bgYellowBright","bgBlueBright","bgMagentaBright","bgCyanBright","bgWhiteBright","grey","blackBright","bgGrey","bgBlackBright","faint","crossedout","strikeThrough","crossedOut","conceal","swapColors","swapcolors","doubleUnderline"]');
assert.strictEqual(
  JSON.stringify(util.inspect.styles),
  '{"special":"cyan","number":"yellow","bigint":"yellow","boolean":"yellow","undefined":"grey","null":"bold","string":"green","symbol":"green","date":"magenta","regexp":"red","module":"underline"}');
assert.strictEqual(
  String(Object.getPrototypeOf(util.inspect.styles)),
  'null');
assert.strictEqual(
  String(Object.getPrototypeOf(util.inspect.colors)),
  'null');
assert.strictEqual(
  JSON.stringify([util.inspect.colors.grey, util.inspect.colors.faint, util.inspect.colors.swapColors]),
  '[[90,39],[2,22],[7,27]]');
assert.strictEqual(
  (() => { const old = util.inspect.styles.number; util.inspect.styles.number = 'red'; try { return util.inspect([1, 'a'], { colors: true }); } finally { util.inspect.styles.number = old; } })(),
  "[ \u001b[31m1\u001b[39m, \u001b[32m'a'\u001b[39m ]");
assert.strictEqual(
  (() => { const old = util.inspect.styles.string; util.inspect.styles.string = 'nonexistent'; try { return util.inspect(['a'], { colors: true }); } finally { util.inspect.styles.string = old; } })(),
  "[ 'a' ]");
