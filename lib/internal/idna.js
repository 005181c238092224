// eddy: IDNA for URL hosts. Punycode (RFC 3492) and UTS #46 processing with
// the options the URL Standard's "domain to ASCII" uses: non-transitional,
// CheckHyphens off, CheckBidi and CheckJoiners on, UseSTD3ASCIIRules and
// VerifyDnsLength off.
//
// What is approximate (eddy embeds no IdnaMappingTable):
// - The mapping step is NFKC, then lower case per code point (so no final
//   sigma context), NFKC again, plus the few spots where UTS #46 follows case
//   folding rather than lower casing (Cherokee, U+0345) and the ideographic
//   full stops. Assigned Default_Ignorable_Code_Point characters are dropped,
//   except bidi controls and tags (disallowed) and ZWJ/ZWNJ (deviations,
//   kept).
// - "Disallowed" is decided by general category: unassigned, private use,
//   surrogates, non-ASCII controls, line/paragraph separators, non-ASCII
//   spaces left after NFKC, format characters and U+FFF9..U+FFFD. Symbols
//   are valid, as in UTS #46 since Unicode 15.1. The engine's Unicode version
//   decides what is unassigned.
// - CONTEXTJ (RFC 5892) uses a virama list and approximate joining types
//   (letters of the cursive scripts are dual-joining unless listed as
//   right-joining; marks and format characters are transparent).
// - The Bidi rule (RFC 5893) uses Bidi classes R/AL/AN/EN from Unicode 14
//   data; NSM is taken as Mn/Me, L as the remaining letters, spacing marks
//   and numbers, everything else as a neutral.
'use strict';

// --- Punycode -------------------------------------------------------------------

const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kSkew = 38;
const kDamp = 700;
const kInitialBias = 72;
const kInitialN = 128;
const kMaxInt = 0x7fffffff;

function adaptBias(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / kDamp) : Math.floor(delta / 2);
  delta += Math.floor(delta / numPoints);
  let k = 0;
  const limit = Math.floor(((kBase - kTMin) * kTMax) / 2);
  while (delta > limit) {
    delta = Math.floor(delta / (kBase - kTMin));
    k += kBase;
  }
  return k + Math.floor(((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

function threshold(k, bias) {
  if (k <= bias) return kTMin;
  if (k >= bias + kTMax) return kTMax;
  return k - bias;
}

function digitChar(d) {
  // 0..25 -> a..z, 26..35 -> 0..9
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

function digitValue(code) {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return kBase;
}

// Encodes a string of code points; returns null on overflow.
//
// RFC 3492 walks the whole input once per distinct code point; here the
// count of already-encoded code points before a position comes from a
// Fenwick tree instead, so long labels with many distinct characters stay
// O(n log n).
function punycodeEncode(input) {
  const cps = Array.from(input, (c) => c.codePointAt(0));
  const len = cps.length;
  const tree = new Int32Array(len + 1);
  const mark = (pos) => {
    for (let i = pos + 1; i <= len; i += i & -i) tree[i]++;
  };
  const countBefore = (pos) => {  // marked positions in [0, pos)
    let sum = 0;
    for (let i = pos; i > 0; i -= i & -i) sum += tree[i];
    return sum;
  };

  let out = '';
  const positions = new Map();
  for (let p = 0; p < len; p++) {
    const cp = cps[p];
    if (cp < 0x80) {
      out += String.fromCharCode(cp);
      mark(p);
    } else {
      let list = positions.get(cp);
      if (list === undefined) positions.set(cp, list = []);
      list.push(p);
    }
  }
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = kInitialN;
  let delta = 0;
  let bias = kInitialBias;
  const values = [...positions.keys()].sort((x, y) => x - y);
  for (const m of values) {
    if ((m - n) > Math.floor((kMaxInt - delta) / (handled + 1))) return null;
    delta += (m - n) * (handled + 1);
    n = m;
    const list = positions.get(m);
    let from = 0;
    for (const p of list) {
      delta += countBefore(p) - countBefore(from);
      if (delta > kMaxInt) return null;
      let q = delta;
      for (let k = kBase; ; k += kBase) {
        const t = threshold(k, bias);
        if (q < t) break;
        out += digitChar(t + ((q - t) % (kBase - t)));
        q = Math.floor((q - t) / (kBase - t));
      }
      out += digitChar(q);
      bias = adaptBias(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
      from = p + 1;
    }
    delta += countBefore(len) - countBefore(from);
    for (const p of list) mark(p);
    delta++;
    n++;
  }
  return out;
}

// Decodes a Punycode string; returns null when it is malformed.
function punycodeDecode(input) {
  const out = [];
  let b = input.lastIndexOf('-');
  if (b < 0) b = 0;
  for (let j = 0; j < b; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    out.push(code);
  }
  let n = kInitialN;
  let bias = kInitialBias;
  let i = 0;
  for (let pos = b > 0 ? b + 1 : 0; pos < input.length;) {
    const oldI = i;
    let w = 1;
    for (let k = kBase; ; k += kBase) {
      if (pos >= input.length) return null;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit >= kBase) return null;
      if (digit > Math.floor((kMaxInt - i) / w)) return null;
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(kMaxInt / (kBase - t))) return null;
      w *= kBase - t;
    }
    const count = out.length + 1;
    bias = adaptBias(i - oldI, count, oldI === 0);
    if (Math.floor(i / count) > kMaxInt - n) return null;
    n += Math.floor(i / count);
    i %= count;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    out.splice(i, 0, n);
    i++;
  }
  let s = '';
  for (const cp of out) s += String.fromCodePoint(cp);
  return s;
}

// --- UTS #46 mapping --------------------------------------------------------------

// Assigned default ignorables are mapped to nothing, except the bidi
// controls and tag characters (disallowed) and ZWJ/ZWNJ (kept).
const kIgnored = /(?![\u{61C}\u{200C}-\u{200F}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{E0000}-\u{E00FF}\p{Cn}])\p{Default_Ignorable_Code_Point}/u;
const kDisallowed = /[\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Cf}\u{80}-\u{9F}\u{A0}\u{1680}\u{2000}-\u{200A}\u{202F}\u{205F}\u{3000}\u{2FF0}-\u{2FFF}\u{FFF9}-\u{FFFD}]/u;
const kFullStops = /[.\u3002\uFF0E\uFF61]/;
const kCombiningMark = /^\p{M}/u;

function mapCodePoint(cp, ch) {
  if (cp < 0x80) return (cp >= 65 && cp <= 90) ? String.fromCharCode(cp + 32) : ch;
  if (cp === 0x200c || cp === 0x200d) return ch;
  if (cp === 0x3002 || cp === 0xff0e || cp === 0xff61) return '.';
  if (cp === 0x0345) return '\u03b9';
  // Cherokee: case folding maps to the capital letters.
  if (cp >= 0x13a0 && cp <= 0x13f5) return ch;
  if (cp >= 0xab70 && cp <= 0xabbf) return String.fromCodePoint(cp - 0xab70 + 0x13a0);
  if (cp >= 0x13f8 && cp <= 0x13fd) return String.fromCodePoint(cp - 8);
  if (kIgnored.test(ch)) return '';
  return ch.toLowerCase();
}

// Returns { mapped, error }.
function mapDomain(domain) {
  let error = false;
  // A non-ASCII character whose compatibility form holds a full stop (U+2488
  // DIGIT ONE FULL STOP, U+2025 TWO DOT LEADER, U+FE12) is disallowed; only
  // the ideographic and full-width full stops themselves map to '.'.
  for (const ch of domain) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x80 && cp !== 0x3002 && cp !== 0xff0e && cp !== 0xff61 &&
        kFullStops.test(ch.normalize('NFKC'))) {
      return { mapped: domain, error: true };
    }
  }
  let s = domain.normalize('NFKC');
  let out = '';
  for (const ch of s) out += mapCodePoint(ch.codePointAt(0), ch);
  s = out.normalize('NFKC');
  if (s !== out) {
    // Lower casing produced something NFKC changes; map once more.
    out = '';
    for (const ch of s) out += mapCodePoint(ch.codePointAt(0), ch);
    s = out.normalize('NFC');
  }
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp >= 0x80 && cp !== 0x200c && cp !== 0x200d && kDisallowed.test(ch)) {
      error = true;
      break;
    }
  }
  return { mapped: s, error };
}

// True when every code point of `label` is "valid" (maps to itself).
function isUnmappedValid(label) {
  const { mapped, error } = mapDomain(label);
  return !error && mapped === label;
}

// --- CONTEXTJ ------------------------------------------------------------------------

const kVirama = /[\u{94D}\u{9CD}\u{A4D}\u{ACD}\u{B4D}\u{BCD}\u{C4D}\u{CCD}\u{D3B}-\u{D3C}\u{D4D}\u{DCA}\u{E3A}\u{EBA}\u{F84}\u{1039}-\u{103A}\u{1714}-\u{1715}\u{1734}\u{17D2}\u{1A60}\u{1B44}\u{1BAA}-\u{1BAB}\u{1BF2}-\u{1BF3}\u{2D7F}\u{A806}\u{A82C}\u{A8C4}\u{A953}\u{A9C0}\u{AAF6}\u{ABED}\u{10A3F}\u{11046}\u{11070}\u{1107F}\u{110B9}\u{11133}-\u{11134}\u{111C0}\u{11235}\u{112EA}\u{1134D}\u{11442}\u{114C2}\u{115BF}\u{1163F}\u{116B6}\u{1172B}\u{11839}\u{1193D}-\u{1193E}\u{119E0}\u{11A34}\u{11A47}\u{11A99}\u{11C3F}\u{11D44}-\u{11D45}\u{11D97}]/u;
const kJoinTransparent = /[\p{Mn}\p{Me}\p{Cf}]/u;
const kJoiningLetter = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Mandaic}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Phags_Pa}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Sogdian}\p{Script=Chorasmian}\p{Script=Old_Uyghur}]/u;
// Right-joining (join only to the preceding letter) and non-joining letters
// of Arabic and Syriac.
const kRightJoining = /[\u{622}-\u{625}\u{627}\u{629}\u{62F}-\u{632}\u{648}\u{671}-\u{673}\u{675}-\u{677}\u{688}-\u{699}\u{6C0}\u{6C3}-\u{6CB}\u{6CD}\u{6CF}\u{6D2}-\u{6D3}\u{6D5}\u{6EE}-\u{6EF}\u{710}\u{715}-\u{719}\u{71E}\u{728}\u{72A}\u{72C}\u{72F}\u{74D}\u{759}-\u{75B}\u{76B}-\u{76C}\u{771}\u{773}-\u{774}\u{778}-\u{779}\u{8AA}-\u{8AC}\u{8AE}\u{8B1}-\u{8B2}\u{8B9}]/u;
const kNonJoining = /[\u{621}\u{674}\u{6D5}\u{60C}-\u{61F}\u{640}\p{N}\p{P}\p{S}\p{Z}]/u;

function joinsLeftwards(ch) {
  // Joining_Type L or D: can join the letter that follows it.
  return kJoiningLetter.test(ch) && !kNonJoining.test(ch) &&
    !kRightJoining.test(ch) && !kJoinTransparent.test(ch);
}

function joinsRightwards(ch) {
  // Joining_Type R or D: can join the letter that precedes it.
  return kJoiningLetter.test(ch) && !kNonJoining.test(ch) && !kJoinTransparent.test(ch);
}

function checkJoiners(cps) {
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    if (ch !== '\u200c' && ch !== '\u200d') continue;
    if (i > 0 && kVirama.test(cps[i - 1])) continue;
    if (ch === '\u200d') return false;
    let j = i - 1;
    while (j >= 0 && kJoinTransparent.test(cps[j]) && cps[j] !== '\u200c' && cps[j] !== '\u200d') j--;
    if (j < 0 || !joinsLeftwards(cps[j])) return false;
    let k = i + 1;
    while (k < cps.length && kJoinTransparent.test(cps[k]) && cps[k] !== '\u200c' && cps[k] !== '\u200d') k++;
    if (k >= cps.length || !joinsRightwards(cps[k])) return false;
  }
  return true;
}

// --- Bidi rule -------------------------------------------------------------------------

const kBidiRAL = /[\u{5BE}\u{5C0}\u{5C3}\u{5C6}\u{5D0}-\u{5EA}\u{5EF}-\u{5F4}\u{608}\u{60B}\u{60D}\u{61B}-\u{64A}\u{66D}-\u{66F}\u{671}-\u{6D5}\u{6E5}-\u{6E6}\u{6EE}-\u{6EF}\u{6FA}-\u{70D}\u{70F}-\u{710}\u{712}-\u{72F}\u{74D}-\u{7A5}\u{7B1}\u{7C0}-\u{7EA}\u{7F4}-\u{7F5}\u{7FA}\u{7FE}-\u{815}\u{81A}\u{824}\u{828}\u{830}-\u{83E}\u{840}-\u{858}\u{85E}\u{860}-\u{86A}\u{870}-\u{88E}\u{8A0}-\u{8C9}\u{200F}\u{FB1D}\u{FB1F}-\u{FB28}\u{FB2A}-\u{FB36}\u{FB38}-\u{FB3C}\u{FB3E}\u{FB40}-\u{FB41}\u{FB43}-\u{FB44}\u{FB46}-\u{FBC2}\u{FBD3}-\u{FD3D}\u{FD50}-\u{FD8F}\u{FD92}-\u{FDC7}\u{FDF0}-\u{FDFC}\u{FE70}-\u{FE74}\u{FE76}-\u{FEFC}\u{10800}-\u{10805}\u{10808}\u{1080A}-\u{10835}\u{10837}-\u{10838}\u{1083C}\u{1083F}-\u{10855}\u{10857}-\u{1089E}\u{108A7}-\u{108AF}\u{108E0}-\u{108F2}\u{108F4}-\u{108F5}\u{108FB}-\u{1091B}\u{10920}-\u{10939}\u{1093F}\u{10980}-\u{109B7}\u{109BC}-\u{109CF}\u{109D2}-\u{10A00}\u{10A10}-\u{10A13}\u{10A15}-\u{10A17}\u{10A19}-\u{10A35}\u{10A40}-\u{10A48}\u{10A50}-\u{10A58}\u{10A60}-\u{10A9F}\u{10AC0}-\u{10AE4}\u{10AEB}-\u{10AF6}\u{10B00}-\u{10B35}\u{10B40}-\u{10B55}\u{10B58}-\u{10B72}\u{10B78}-\u{10B91}\u{10B99}-\u{10B9C}\u{10BA9}-\u{10BAF}\u{10C00}-\u{10C48}\u{10C80}-\u{10CB2}\u{10CC0}-\u{10CF2}\u{10CFA}-\u{10D23}\u{10E80}-\u{10EA9}\u{10EAD}\u{10EB0}-\u{10EB1}\u{10F00}-\u{10F27}\u{10F30}-\u{10F45}\u{10F51}-\u{10F59}\u{10F70}-\u{10F81}\u{10F86}-\u{10F89}\u{10FB0}-\u{10FCB}\u{10FE0}-\u{10FF6}\u{1E800}-\u{1E8C4}\u{1E8C7}-\u{1E8CF}\u{1E900}-\u{1E943}\u{1E94B}\u{1E950}-\u{1E959}\u{1E95E}-\u{1E95F}\u{1EC71}-\u{1ECB4}\u{1ED01}-\u{1ED3D}\u{1EE00}-\u{1EEBB}]/u;
const kBidiAN = /[\u{600}-\u{605}\u{660}-\u{669}\u{66B}-\u{66C}\u{6DD}\u{890}-\u{891}\u{8E2}\u{10D30}-\u{10D39}\u{10E60}-\u{10E7E}]/u;
const kBidiEN = /[\u{30}-\u{39}\u{B2}-\u{B3}\u{B9}\u{6F0}-\u{6F9}\u{2070}\u{2074}-\u{2079}\u{2080}-\u{2089}\u{2488}-\u{249B}\u{FF10}-\u{FF19}\u{102E1}-\u{102FB}\u{1D7CE}-\u{1D7FF}\u{1F100}-\u{1F10A}\u{1FBF0}-\u{1FBF9}]/u;
const kBidiNSM = /[\p{Mn}\p{Me}]/u;
// Characters taken as class L (not allowed in a right-to-left label).
const kBidiL = /[\p{L}\p{Mc}\p{Nd}\p{Nl}\p{No}]/u;

function bidiClass(ch) {
  if (kBidiRAL.test(ch)) return 'R';
  if (kBidiAN.test(ch)) return 'AN';
  if (kBidiEN.test(ch)) return 'EN';
  if (kBidiNSM.test(ch)) return 'NSM';
  if (kBidiL.test(ch)) return 'L';
  return 'ON';
}

function isBidiDomainChar(ch) {
  return kBidiRAL.test(ch) || kBidiAN.test(ch);
}

// RFC 5893 rules 1-6 for one label of a Bidi domain name.
function checkBidiLabel(cps) {
  if (cps.length === 0) return true;
  const first = bidiClass(cps[0]);
  if (first !== 'R' && first !== 'L') return false;
  const rtl = first === 'R';
  let hasEN = false;
  let hasAN = false;
  let last = first;
  for (const ch of cps) {
    const c = bidiClass(ch);
    if (rtl ? c === 'L' : (c === 'R' || c === 'AN')) return false;
    if (c === 'EN') hasEN = true;
    if (c === 'AN') hasAN = true;
    if (c !== 'NSM') last = c;
  }
  if (rtl) {
    if (hasEN && hasAN) return false;
    return last === 'R' || last === 'EN' || last === 'AN';
  }
  return last === 'L' || last === 'EN';
}

// --- processing -------------------------------------------------------------------------

function startsWithAce(label) {
  return label.length >= 4 && label[2] === '-' && label[3] === '-' &&
    (label[0] === 'x' || label[0] === 'X') && (label[1] === 'n' || label[1] === 'N');
}

function isAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

// UTS #46 processing. Returns the list of Unicode labels, or null on error.
function processDomain(domain) {
  const { mapped, error } = mapDomain(domain);
  if (error) return null;
  const labels = mapped.split('.');
  let bidiDomain = false;
  for (let i = 0; i < labels.length; i++) {
    let label = labels[i];
    if (startsWithAce(label)) {
      if (!isAscii(label)) return null;
      const decoded = punycodeDecode(label.slice(4));
      if (decoded === null || decoded === '' || isAscii(decoded)) return null;
      if (!isUnmappedValid(decoded)) return null;
      label = decoded;
      labels[i] = label;
    }
    if (label === '') continue;
    if (label.normalize('NFC') !== label) return null;
    if (startsWithAce(label)) return null;
    if (label.includes('.')) return null;
    if (kCombiningMark.test(label)) return null;
    const cps = Array.from(label);
    if (!checkJoiners(cps)) return null;
    if (!bidiDomain) {
      for (const ch of cps) {
        if (isBidiDomainChar(ch)) { bidiDomain = true; break; }
      }
    }
  }
  if (bidiDomain) {
    for (const label of labels) {
      if (!checkBidiLabel(Array.from(label))) return null;
    }
  }
  return labels;
}

// Fast path: ASCII with no "xn--" label only needs lower casing.
function asciiFastPath(domain) {
  if (!isAscii(domain)) return null;
  const lower = domain.toLowerCase();
  if (lower.startsWith('xn--') || lower.includes('.xn--')) return null;
  return lower;
}

// UTS #46 ToASCII; returns null on failure.
function toASCII(domain) {
  const fast = asciiFastPath(domain);
  if (fast !== null) return fast;
  const labels = processDomain(domain);
  if (labels === null) return null;
  for (let i = 0; i < labels.length; i++) {
    if (!isAscii(labels[i])) {
      const encoded = punycodeEncode(labels[i]);
      if (encoded === null) return null;
      labels[i] = `xn--${encoded}`;
    }
  }
  return labels.join('.');
}

// UTS #46 ToUnicode; returns null on failure.
function toUnicode(domain) {
  const fast = asciiFastPath(domain);
  if (fast !== null) return fast;
  const labels = processDomain(domain);
  if (labels === null) return null;
  return labels.join('.');
}

module.exports = {
  punycodeDecode,
  punycodeEncode,
  toASCII,
  toUnicode,
};
