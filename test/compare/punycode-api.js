const punycode = require('punycode');
console.log(punycode.version, punycode.encode('mañana'), punycode.decode('maana-pta'), punycode.encode('☃-⌘'), punycode.decode('--dqo34k'));
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('джумла@джpумлатест.bрфa'), punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq'));
console.log(punycode.toASCII('MAÑANA。COM'), punycode.toUnicode('XN--MAANA-PTA.com'));
console.log(punycode.ucs2.decode('\uD834\uDF06a\uD834'), punycode.ucs2.encode([0x1D306, 97, 0xD834]));
for (const bad of ['\x81-', 'aaa-!', 'zzzzzzzzzzzzzzzzz']) { try { console.log(punycode.decode(bad)); } catch (e) { console.log(e.name, e.message); } }
console.log(punycode.encode(''), punycode.decode(''), punycode.encode('abc'), punycode.decode('abc-'));
