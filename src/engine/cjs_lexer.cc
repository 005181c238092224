// eddy: CommonJS named-export detection (see cjs_lexer.h).
//
// Design: one forward pass over UTF-16 code units. The main loop knows just
// enough JS to skip what cannot hold code (comments, strings, templates,
// regular expressions) and keeps a stack of open `(`, `{` and template `${`.
// Interesting words (`exports`, `module`, `Object`, `require`, ...) start
// look-ahead matchers that record names; the main loop then carries on right
// after the word, so matchers do not change how the rest is lexed. The
// exceptions copy node's lexer, which resumes elsewhere after a few words:
// see OnHelperCall, the `import` case of OnWord and TryExportsLiteral.
//
// The target is the observable behaviour of node 20's JS build of
// cjs-module-lexer (the one `import` of CommonJS uses), established by
// differential testing against it, including for malformed input.
//
// Regex or division: a `/` starts a regular expression unless the previous
// token ends an expression. Node's lexer answers this from the previous
// token alone, with a few look-backs (what preceded a `(` or `{` that was just
// closed). The rules below reproduce its answers, including where they differ
// from the grammar, since the result must match node's, not the spec:
//   - nothing before, or a punctuator: regex; except `]`, `a++`/`a--`, and a
//     `.` right after a digit (`1./`);
//   - `)`: regex when the `(` came right after a word ending in if/while/for;
//   - `}`: regex when the `{` opened a block: it came after `)`, `;`, `=>`,
//     a word ending in else/catch/finally, or was the first `{` after `class`;
//   - a word: regex only for keywords that can precede an expression, when the
//     keyword is not a property (`a.in`) or the tail of a longer word;
//   - strings, templates, regexes, other characters: division;
//   - a character skipped unread (OnHelperCall) counts as the previous token.
//
// Identifier characters are ID_Start / ID_Continue of Unicode 13.0, which is
// what node 20's lexer accepts (later additions are not identifiers to it).
#include "engine/cjs_lexer.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace eddy {

namespace {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

// Unicode 13.0 ID_Start and ID_Continue above U+007F, generated from the
// Unicode character database (DerivedCoreProperties.txt).
constexpr CodePointRange kIdStart[] = {
    {0xaa, 0xaa},       {0xb5, 0xb5},       {0xba, 0xba},       {0xc0, 0xd6},
    {0xd8, 0xf6},       {0xf8, 0x2c1},      {0x2c6, 0x2d1},     {0x2e0, 0x2e4},
    {0x2ec, 0x2ec},     {0x2ee, 0x2ee},     {0x370, 0x374},     {0x376, 0x377},
    {0x37a, 0x37d},     {0x37f, 0x37f},     {0x386, 0x386},     {0x388, 0x38a},
    {0x38c, 0x38c},     {0x38e, 0x3a1},     {0x3a3, 0x3f5},     {0x3f7, 0x481},
    {0x48a, 0x52f},     {0x531, 0x556},     {0x559, 0x559},     {0x560, 0x588},
    {0x5d0, 0x5ea},     {0x5ef, 0x5f2},     {0x620, 0x64a},     {0x66e, 0x66f},
    {0x671, 0x6d3},     {0x6d5, 0x6d5},     {0x6e5, 0x6e6},     {0x6ee, 0x6ef},
    {0x6fa, 0x6fc},     {0x6ff, 0x6ff},     {0x710, 0x710},     {0x712, 0x72f},
    {0x74d, 0x7a5},     {0x7b1, 0x7b1},     {0x7ca, 0x7ea},     {0x7f4, 0x7f5},
    {0x7fa, 0x7fa},     {0x800, 0x815},     {0x81a, 0x81a},     {0x824, 0x824},
    {0x828, 0x828},     {0x840, 0x858},     {0x860, 0x86a},     {0x8a0, 0x8b4},
    {0x8b6, 0x8c7},     {0x904, 0x939},     {0x93d, 0x93d},     {0x950, 0x950},
    {0x958, 0x961},     {0x971, 0x980},     {0x985, 0x98c},     {0x98f, 0x990},
    {0x993, 0x9a8},     {0x9aa, 0x9b0},     {0x9b2, 0x9b2},     {0x9b6, 0x9b9},
    {0x9bd, 0x9bd},     {0x9ce, 0x9ce},     {0x9dc, 0x9dd},     {0x9df, 0x9e1},
    {0x9f0, 0x9f1},     {0x9fc, 0x9fc},     {0xa05, 0xa0a},     {0xa0f, 0xa10},
    {0xa13, 0xa28},     {0xa2a, 0xa30},     {0xa32, 0xa33},     {0xa35, 0xa36},
    {0xa38, 0xa39},     {0xa59, 0xa5c},     {0xa5e, 0xa5e},     {0xa72, 0xa74},
    {0xa85, 0xa8d},     {0xa8f, 0xa91},     {0xa93, 0xaa8},     {0xaaa, 0xab0},
    {0xab2, 0xab3},     {0xab5, 0xab9},     {0xabd, 0xabd},     {0xad0, 0xad0},
    {0xae0, 0xae1},     {0xaf9, 0xaf9},     {0xb05, 0xb0c},     {0xb0f, 0xb10},
    {0xb13, 0xb28},     {0xb2a, 0xb30},     {0xb32, 0xb33},     {0xb35, 0xb39},
    {0xb3d, 0xb3d},     {0xb5c, 0xb5d},     {0xb5f, 0xb61},     {0xb71, 0xb71},
    {0xb83, 0xb83},     {0xb85, 0xb8a},     {0xb8e, 0xb90},     {0xb92, 0xb95},
    {0xb99, 0xb9a},     {0xb9c, 0xb9c},     {0xb9e, 0xb9f},     {0xba3, 0xba4},
    {0xba8, 0xbaa},     {0xbae, 0xbb9},     {0xbd0, 0xbd0},     {0xc05, 0xc0c},
    {0xc0e, 0xc10},     {0xc12, 0xc28},     {0xc2a, 0xc39},     {0xc3d, 0xc3d},
    {0xc58, 0xc5a},     {0xc60, 0xc61},     {0xc80, 0xc80},     {0xc85, 0xc8c},
    {0xc8e, 0xc90},     {0xc92, 0xca8},     {0xcaa, 0xcb3},     {0xcb5, 0xcb9},
    {0xcbd, 0xcbd},     {0xcde, 0xcde},     {0xce0, 0xce1},     {0xcf1, 0xcf2},
    {0xd04, 0xd0c},     {0xd0e, 0xd10},     {0xd12, 0xd3a},     {0xd3d, 0xd3d},
    {0xd4e, 0xd4e},     {0xd54, 0xd56},     {0xd5f, 0xd61},     {0xd7a, 0xd7f},
    {0xd85, 0xd96},     {0xd9a, 0xdb1},     {0xdb3, 0xdbb},     {0xdbd, 0xdbd},
    {0xdc0, 0xdc6},     {0xe01, 0xe30},     {0xe32, 0xe33},     {0xe40, 0xe46},
    {0xe81, 0xe82},     {0xe84, 0xe84},     {0xe86, 0xe8a},     {0xe8c, 0xea3},
    {0xea5, 0xea5},     {0xea7, 0xeb0},     {0xeb2, 0xeb3},     {0xebd, 0xebd},
    {0xec0, 0xec4},     {0xec6, 0xec6},     {0xedc, 0xedf},     {0xf00, 0xf00},
    {0xf40, 0xf47},     {0xf49, 0xf6c},     {0xf88, 0xf8c},     {0x1000, 0x102a},
    {0x103f, 0x103f},   {0x1050, 0x1055},   {0x105a, 0x105d},   {0x1061, 0x1061},
    {0x1065, 0x1066},   {0x106e, 0x1070},   {0x1075, 0x1081},   {0x108e, 0x108e},
    {0x10a0, 0x10c5},   {0x10c7, 0x10c7},   {0x10cd, 0x10cd},   {0x10d0, 0x10fa},
    {0x10fc, 0x1248},   {0x124a, 0x124d},   {0x1250, 0x1256},   {0x1258, 0x1258},
    {0x125a, 0x125d},   {0x1260, 0x1288},   {0x128a, 0x128d},   {0x1290, 0x12b0},
    {0x12b2, 0x12b5},   {0x12b8, 0x12be},   {0x12c0, 0x12c0},   {0x12c2, 0x12c5},
    {0x12c8, 0x12d6},   {0x12d8, 0x1310},   {0x1312, 0x1315},   {0x1318, 0x135a},
    {0x1380, 0x138f},   {0x13a0, 0x13f5},   {0x13f8, 0x13fd},   {0x1401, 0x166c},
    {0x166f, 0x167f},   {0x1681, 0x169a},   {0x16a0, 0x16ea},   {0x16ee, 0x16f8},
    {0x1700, 0x170c},   {0x170e, 0x1711},   {0x1720, 0x1731},   {0x1740, 0x1751},
    {0x1760, 0x176c},   {0x176e, 0x1770},   {0x1780, 0x17b3},   {0x17d7, 0x17d7},
    {0x17dc, 0x17dc},   {0x1820, 0x1878},   {0x1880, 0x18a8},   {0x18aa, 0x18aa},
    {0x18b0, 0x18f5},   {0x1900, 0x191e},   {0x1950, 0x196d},   {0x1970, 0x1974},
    {0x1980, 0x19ab},   {0x19b0, 0x19c9},   {0x1a00, 0x1a16},   {0x1a20, 0x1a54},
    {0x1aa7, 0x1aa7},   {0x1b05, 0x1b33},   {0x1b45, 0x1b4b},   {0x1b83, 0x1ba0},
    {0x1bae, 0x1baf},   {0x1bba, 0x1be5},   {0x1c00, 0x1c23},   {0x1c4d, 0x1c4f},
    {0x1c5a, 0x1c7d},   {0x1c80, 0x1c88},   {0x1c90, 0x1cba},   {0x1cbd, 0x1cbf},
    {0x1ce9, 0x1cec},   {0x1cee, 0x1cf3},   {0x1cf5, 0x1cf6},   {0x1cfa, 0x1cfa},
    {0x1d00, 0x1dbf},   {0x1e00, 0x1f15},   {0x1f18, 0x1f1d},   {0x1f20, 0x1f45},
    {0x1f48, 0x1f4d},   {0x1f50, 0x1f57},   {0x1f59, 0x1f59},   {0x1f5b, 0x1f5b},
    {0x1f5d, 0x1f5d},   {0x1f5f, 0x1f7d},   {0x1f80, 0x1fb4},   {0x1fb6, 0x1fbc},
    {0x1fbe, 0x1fbe},   {0x1fc2, 0x1fc4},   {0x1fc6, 0x1fcc},   {0x1fd0, 0x1fd3},
    {0x1fd6, 0x1fdb},   {0x1fe0, 0x1fec},   {0x1ff2, 0x1ff4},   {0x1ff6, 0x1ffc},
    {0x2071, 0x2071},   {0x207f, 0x207f},   {0x2090, 0x209c},   {0x2102, 0x2102},
    {0x2107, 0x2107},   {0x210a, 0x2113},   {0x2115, 0x2115},   {0x2118, 0x211d},
    {0x2124, 0x2124},   {0x2126, 0x2126},   {0x2128, 0x2128},   {0x212a, 0x2139},
    {0x213c, 0x213f},   {0x2145, 0x2149},   {0x214e, 0x214e},   {0x2160, 0x2188},
    {0x2c00, 0x2c2e},   {0x2c30, 0x2c5e},   {0x2c60, 0x2ce4},   {0x2ceb, 0x2cee},
    {0x2cf2, 0x2cf3},   {0x2d00, 0x2d25},   {0x2d27, 0x2d27},   {0x2d2d, 0x2d2d},
    {0x2d30, 0x2d67},   {0x2d6f, 0x2d6f},   {0x2d80, 0x2d96},   {0x2da0, 0x2da6},
    {0x2da8, 0x2dae},   {0x2db0, 0x2db6},   {0x2db8, 0x2dbe},   {0x2dc0, 0x2dc6},
    {0x2dc8, 0x2dce},   {0x2dd0, 0x2dd6},   {0x2dd8, 0x2dde},   {0x3005, 0x3007},
    {0x3021, 0x3029},   {0x3031, 0x3035},   {0x3038, 0x303c},   {0x3041, 0x3096},
    {0x309b, 0x309f},   {0x30a1, 0x30fa},   {0x30fc, 0x30ff},   {0x3105, 0x312f},
    {0x3131, 0x318e},   {0x31a0, 0x31bf},   {0x31f0, 0x31ff},   {0x3400, 0x4dbf},
    {0x4e00, 0x9ffc},   {0xa000, 0xa48c},   {0xa4d0, 0xa4fd},   {0xa500, 0xa60c},
    {0xa610, 0xa61f},   {0xa62a, 0xa62b},   {0xa640, 0xa66e},   {0xa67f, 0xa69d},
    {0xa6a0, 0xa6ef},   {0xa717, 0xa71f},   {0xa722, 0xa788},   {0xa78b, 0xa7bf},
    {0xa7c2, 0xa7ca},   {0xa7f5, 0xa801},   {0xa803, 0xa805},   {0xa807, 0xa80a},
    {0xa80c, 0xa822},   {0xa840, 0xa873},   {0xa882, 0xa8b3},   {0xa8f2, 0xa8f7},
    {0xa8fb, 0xa8fb},   {0xa8fd, 0xa8fe},   {0xa90a, 0xa925},   {0xa930, 0xa946},
    {0xa960, 0xa97c},   {0xa984, 0xa9b2},   {0xa9cf, 0xa9cf},   {0xa9e0, 0xa9e4},
    {0xa9e6, 0xa9ef},   {0xa9fa, 0xa9fe},   {0xaa00, 0xaa28},   {0xaa40, 0xaa42},
    {0xaa44, 0xaa4b},   {0xaa60, 0xaa76},   {0xaa7a, 0xaa7a},   {0xaa7e, 0xaaaf},
    {0xaab1, 0xaab1},   {0xaab5, 0xaab6},   {0xaab9, 0xaabd},   {0xaac0, 0xaac0},
    {0xaac2, 0xaac2},   {0xaadb, 0xaadd},   {0xaae0, 0xaaea},   {0xaaf2, 0xaaf4},
    {0xab01, 0xab06},   {0xab09, 0xab0e},   {0xab11, 0xab16},   {0xab20, 0xab26},
    {0xab28, 0xab2e},   {0xab30, 0xab5a},   {0xab5c, 0xab69},   {0xab70, 0xabe2},
    {0xac00, 0xd7a3},   {0xd7b0, 0xd7c6},   {0xd7cb, 0xd7fb},   {0xf900, 0xfa6d},
    {0xfa70, 0xfad9},   {0xfb00, 0xfb06},   {0xfb13, 0xfb17},   {0xfb1d, 0xfb1d},
    {0xfb1f, 0xfb28},   {0xfb2a, 0xfb36},   {0xfb38, 0xfb3c},   {0xfb3e, 0xfb3e},
    {0xfb40, 0xfb41},   {0xfb43, 0xfb44},   {0xfb46, 0xfbb1},   {0xfbd3, 0xfd3d},
    {0xfd50, 0xfd8f},   {0xfd92, 0xfdc7},   {0xfdf0, 0xfdfb},   {0xfe70, 0xfe74},
    {0xfe76, 0xfefc},   {0xff21, 0xff3a},   {0xff41, 0xff5a},   {0xff66, 0xffbe},
    {0xffc2, 0xffc7},   {0xffca, 0xffcf},   {0xffd2, 0xffd7},   {0xffda, 0xffdc},
    {0x10000, 0x1000b}, {0x1000d, 0x10026}, {0x10028, 0x1003a}, {0x1003c, 0x1003d},
    {0x1003f, 0x1004d}, {0x10050, 0x1005d}, {0x10080, 0x100fa}, {0x10140, 0x10174},
    {0x10280, 0x1029c}, {0x102a0, 0x102d0}, {0x10300, 0x1031f}, {0x1032d, 0x1034a},
    {0x10350, 0x10375}, {0x10380, 0x1039d}, {0x103a0, 0x103c3}, {0x103c8, 0x103cf},
    {0x103d1, 0x103d5}, {0x10400, 0x1049d}, {0x104b0, 0x104d3}, {0x104d8, 0x104fb},
    {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10600, 0x10736}, {0x10740, 0x10755},
    {0x10760, 0x10767}, {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080a, 0x10835},
    {0x10837, 0x10838}, {0x1083c, 0x1083c}, {0x1083f, 0x10855}, {0x10860, 0x10876},
    {0x10880, 0x1089e}, {0x108e0, 0x108f2}, {0x108f4, 0x108f5}, {0x10900, 0x10915},
    {0x10920, 0x10939}, {0x10980, 0x109b7}, {0x109be, 0x109bf}, {0x10a00, 0x10a00},
    {0x10a10, 0x10a13}, {0x10a15, 0x10a17}, {0x10a19, 0x10a35}, {0x10a60, 0x10a7c},
    {0x10a80, 0x10a9c}, {0x10ac0, 0x10ac7}, {0x10ac9, 0x10ae4}, {0x10b00, 0x10b35},
    {0x10b40, 0x10b55}, {0x10b60, 0x10b72}, {0x10b80, 0x10b91}, {0x10c00, 0x10c48},
    {0x10c80, 0x10cb2}, {0x10cc0, 0x10cf2}, {0x10d00, 0x10d23}, {0x10e80, 0x10ea9},
    {0x10eb0, 0x10eb1}, {0x10f00, 0x10f1c}, {0x10f27, 0x10f27}, {0x10f30, 0x10f45},
    {0x10fb0, 0x10fc4}, {0x10fe0, 0x10ff6}, {0x11003, 0x11037}, {0x11083, 0x110af},
    {0x110d0, 0x110e8}, {0x11103, 0x11126}, {0x11144, 0x11144}, {0x11147, 0x11147},
    {0x11150, 0x11172}, {0x11176, 0x11176}, {0x11183, 0x111b2}, {0x111c1, 0x111c4},
    {0x111da, 0x111da}, {0x111dc, 0x111dc}, {0x11200, 0x11211}, {0x11213, 0x1122b},
    {0x11280, 0x11286}, {0x11288, 0x11288}, {0x1128a, 0x1128d}, {0x1128f, 0x1129d},
    {0x1129f, 0x112a8}, {0x112b0, 0x112de}, {0x11305, 0x1130c}, {0x1130f, 0x11310},
    {0x11313, 0x11328}, {0x1132a, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339},
    {0x1133d, 0x1133d}, {0x11350, 0x11350}, {0x1135d, 0x11361}, {0x11400, 0x11434},
    {0x11447, 0x1144a}, {0x1145f, 0x11461}, {0x11480, 0x114af}, {0x114c4, 0x114c5},
    {0x114c7, 0x114c7}, {0x11580, 0x115ae}, {0x115d8, 0x115db}, {0x11600, 0x1162f},
    {0x11644, 0x11644}, {0x11680, 0x116aa}, {0x116b8, 0x116b8}, {0x11700, 0x1171a},
    {0x11800, 0x1182b}, {0x118a0, 0x118df}, {0x118ff, 0x11906}, {0x11909, 0x11909},
    {0x1190c, 0x11913}, {0x11915, 0x11916}, {0x11918, 0x1192f}, {0x1193f, 0x1193f},
    {0x11941, 0x11941}, {0x119a0, 0x119a7}, {0x119aa, 0x119d0}, {0x119e1, 0x119e1},
    {0x119e3, 0x119e3}, {0x11a00, 0x11a00}, {0x11a0b, 0x11a32}, {0x11a3a, 0x11a3a},
    {0x11a50, 0x11a50}, {0x11a5c, 0x11a89}, {0x11a9d, 0x11a9d}, {0x11ac0, 0x11af8},
    {0x11c00, 0x11c08}, {0x11c0a, 0x11c2e}, {0x11c40, 0x11c40}, {0x11c72, 0x11c8f},
    {0x11d00, 0x11d06}, {0x11d08, 0x11d09}, {0x11d0b, 0x11d30}, {0x11d46, 0x11d46},
    {0x11d60, 0x11d65}, {0x11d67, 0x11d68}, {0x11d6a, 0x11d89}, {0x11d98, 0x11d98},
    {0x11ee0, 0x11ef2}, {0x11fb0, 0x11fb0}, {0x12000, 0x12399}, {0x12400, 0x1246e},
    {0x12480, 0x12543}, {0x13000, 0x1342e}, {0x14400, 0x14646}, {0x16800, 0x16a38},
    {0x16a40, 0x16a5e}, {0x16ad0, 0x16aed}, {0x16b00, 0x16b2f}, {0x16b40, 0x16b43},
    {0x16b63, 0x16b77}, {0x16b7d, 0x16b8f}, {0x16e40, 0x16e7f}, {0x16f00, 0x16f4a},
    {0x16f50, 0x16f50}, {0x16f93, 0x16f9f}, {0x16fe0, 0x16fe1}, {0x16fe3, 0x16fe3},
    {0x17000, 0x187f7}, {0x18800, 0x18cd5}, {0x18d00, 0x18d08}, {0x1b000, 0x1b11e},
    {0x1b150, 0x1b152}, {0x1b164, 0x1b167}, {0x1b170, 0x1b2fb}, {0x1bc00, 0x1bc6a},
    {0x1bc70, 0x1bc7c}, {0x1bc80, 0x1bc88}, {0x1bc90, 0x1bc99}, {0x1d400, 0x1d454},
    {0x1d456, 0x1d49c}, {0x1d49e, 0x1d49f}, {0x1d4a2, 0x1d4a2}, {0x1d4a5, 0x1d4a6},
    {0x1d4a9, 0x1d4ac}, {0x1d4ae, 0x1d4b9}, {0x1d4bb, 0x1d4bb}, {0x1d4bd, 0x1d4c3},
    {0x1d4c5, 0x1d505}, {0x1d507, 0x1d50a}, {0x1d50d, 0x1d514}, {0x1d516, 0x1d51c},
    {0x1d51e, 0x1d539}, {0x1d53b, 0x1d53e}, {0x1d540, 0x1d544}, {0x1d546, 0x1d546},
    {0x1d54a, 0x1d550}, {0x1d552, 0x1d6a5}, {0x1d6a8, 0x1d6c0}, {0x1d6c2, 0x1d6da},
    {0x1d6dc, 0x1d6fa}, {0x1d6fc, 0x1d714}, {0x1d716, 0x1d734}, {0x1d736, 0x1d74e},
    {0x1d750, 0x1d76e}, {0x1d770, 0x1d788}, {0x1d78a, 0x1d7a8}, {0x1d7aa, 0x1d7c2},
    {0x1d7c4, 0x1d7cb}, {0x1e100, 0x1e12c}, {0x1e137, 0x1e13d}, {0x1e14e, 0x1e14e},
    {0x1e2c0, 0x1e2eb}, {0x1e800, 0x1e8c4}, {0x1e900, 0x1e943}, {0x1e94b, 0x1e94b},
    {0x1ee00, 0x1ee03}, {0x1ee05, 0x1ee1f}, {0x1ee21, 0x1ee22}, {0x1ee24, 0x1ee24},
    {0x1ee27, 0x1ee27}, {0x1ee29, 0x1ee32}, {0x1ee34, 0x1ee37}, {0x1ee39, 0x1ee39},
    {0x1ee3b, 0x1ee3b}, {0x1ee42, 0x1ee42}, {0x1ee47, 0x1ee47}, {0x1ee49, 0x1ee49},
    {0x1ee4b, 0x1ee4b}, {0x1ee4d, 0x1ee4f}, {0x1ee51, 0x1ee52}, {0x1ee54, 0x1ee54},
    {0x1ee57, 0x1ee57}, {0x1ee59, 0x1ee59}, {0x1ee5b, 0x1ee5b}, {0x1ee5d, 0x1ee5d},
    {0x1ee5f, 0x1ee5f}, {0x1ee61, 0x1ee62}, {0x1ee64, 0x1ee64}, {0x1ee67, 0x1ee6a},
    {0x1ee6c, 0x1ee72}, {0x1ee74, 0x1ee77}, {0x1ee79, 0x1ee7c}, {0x1ee7e, 0x1ee7e},
    {0x1ee80, 0x1ee89}, {0x1ee8b, 0x1ee9b}, {0x1eea1, 0x1eea3}, {0x1eea5, 0x1eea9},
    {0x1eeab, 0x1eebb}, {0x20000, 0x2a6dd}, {0x2a700, 0x2b734}, {0x2b740, 0x2b81d},
    {0x2b820, 0x2cea1}, {0x2ceb0, 0x2ebe0}, {0x2f800, 0x2fa1d}, {0x30000, 0x3134a},
};

constexpr CodePointRange kIdContinue[] = {
    {0xaa, 0xaa},       {0xb5, 0xb5},       {0xb7, 0xb7},       {0xba, 0xba},
    {0xc0, 0xd6},       {0xd8, 0xf6},       {0xf8, 0x2c1},      {0x2c6, 0x2d1},
    {0x2e0, 0x2e4},     {0x2ec, 0x2ec},     {0x2ee, 0x2ee},     {0x300, 0x374},
    {0x376, 0x377},     {0x37a, 0x37d},     {0x37f, 0x37f},     {0x386, 0x38a},
    {0x38c, 0x38c},     {0x38e, 0x3a1},     {0x3a3, 0x3f5},     {0x3f7, 0x481},
    {0x483, 0x487},     {0x48a, 0x52f},     {0x531, 0x556},     {0x559, 0x559},
    {0x560, 0x588},     {0x591, 0x5bd},     {0x5bf, 0x5bf},     {0x5c1, 0x5c2},
    {0x5c4, 0x5c5},     {0x5c7, 0x5c7},     {0x5d0, 0x5ea},     {0x5ef, 0x5f2},
    {0x610, 0x61a},     {0x620, 0x669},     {0x66e, 0x6d3},     {0x6d5, 0x6dc},
    {0x6df, 0x6e8},     {0x6ea, 0x6fc},     {0x6ff, 0x6ff},     {0x710, 0x74a},
    {0x74d, 0x7b1},     {0x7c0, 0x7f5},     {0x7fa, 0x7fa},     {0x7fd, 0x7fd},
    {0x800, 0x82d},     {0x840, 0x85b},     {0x860, 0x86a},     {0x8a0, 0x8b4},
    {0x8b6, 0x8c7},     {0x8d3, 0x8e1},     {0x8e3, 0x963},     {0x966, 0x96f},
    {0x971, 0x983},     {0x985, 0x98c},     {0x98f, 0x990},     {0x993, 0x9a8},
    {0x9aa, 0x9b0},     {0x9b2, 0x9b2},     {0x9b6, 0x9b9},     {0x9bc, 0x9c4},
    {0x9c7, 0x9c8},     {0x9cb, 0x9ce},     {0x9d7, 0x9d7},     {0x9dc, 0x9dd},
    {0x9df, 0x9e3},     {0x9e6, 0x9f1},     {0x9fc, 0x9fc},     {0x9fe, 0x9fe},
    {0xa01, 0xa03},     {0xa05, 0xa0a},     {0xa0f, 0xa10},     {0xa13, 0xa28},
    {0xa2a, 0xa30},     {0xa32, 0xa33},     {0xa35, 0xa36},     {0xa38, 0xa39},
    {0xa3c, 0xa3c},     {0xa3e, 0xa42},     {0xa47, 0xa48},     {0xa4b, 0xa4d},
    {0xa51, 0xa51},     {0xa59, 0xa5c},     {0xa5e, 0xa5e},     {0xa66, 0xa75},
    {0xa81, 0xa83},     {0xa85, 0xa8d},     {0xa8f, 0xa91},     {0xa93, 0xaa8},
    {0xaaa, 0xab0},     {0xab2, 0xab3},     {0xab5, 0xab9},     {0xabc, 0xac5},
    {0xac7, 0xac9},     {0xacb, 0xacd},     {0xad0, 0xad0},     {0xae0, 0xae3},
    {0xae6, 0xaef},     {0xaf9, 0xaff},     {0xb01, 0xb03},     {0xb05, 0xb0c},
    {0xb0f, 0xb10},     {0xb13, 0xb28},     {0xb2a, 0xb30},     {0xb32, 0xb33},
    {0xb35, 0xb39},     {0xb3c, 0xb44},     {0xb47, 0xb48},     {0xb4b, 0xb4d},
    {0xb55, 0xb57},     {0xb5c, 0xb5d},     {0xb5f, 0xb63},     {0xb66, 0xb6f},
    {0xb71, 0xb71},     {0xb82, 0xb83},     {0xb85, 0xb8a},     {0xb8e, 0xb90},
    {0xb92, 0xb95},     {0xb99, 0xb9a},     {0xb9c, 0xb9c},     {0xb9e, 0xb9f},
    {0xba3, 0xba4},     {0xba8, 0xbaa},     {0xbae, 0xbb9},     {0xbbe, 0xbc2},
    {0xbc6, 0xbc8},     {0xbca, 0xbcd},     {0xbd0, 0xbd0},     {0xbd7, 0xbd7},
    {0xbe6, 0xbef},     {0xc00, 0xc0c},     {0xc0e, 0xc10},     {0xc12, 0xc28},
    {0xc2a, 0xc39},     {0xc3d, 0xc44},     {0xc46, 0xc48},     {0xc4a, 0xc4d},
    {0xc55, 0xc56},     {0xc58, 0xc5a},     {0xc60, 0xc63},     {0xc66, 0xc6f},
    {0xc80, 0xc83},     {0xc85, 0xc8c},     {0xc8e, 0xc90},     {0xc92, 0xca8},
    {0xcaa, 0xcb3},     {0xcb5, 0xcb9},     {0xcbc, 0xcc4},     {0xcc6, 0xcc8},
    {0xcca, 0xccd},     {0xcd5, 0xcd6},     {0xcde, 0xcde},     {0xce0, 0xce3},
    {0xce6, 0xcef},     {0xcf1, 0xcf2},     {0xd00, 0xd0c},     {0xd0e, 0xd10},
    {0xd12, 0xd44},     {0xd46, 0xd48},     {0xd4a, 0xd4e},     {0xd54, 0xd57},
    {0xd5f, 0xd63},     {0xd66, 0xd6f},     {0xd7a, 0xd7f},     {0xd81, 0xd83},
    {0xd85, 0xd96},     {0xd9a, 0xdb1},     {0xdb3, 0xdbb},     {0xdbd, 0xdbd},
    {0xdc0, 0xdc6},     {0xdca, 0xdca},     {0xdcf, 0xdd4},     {0xdd6, 0xdd6},
    {0xdd8, 0xddf},     {0xde6, 0xdef},     {0xdf2, 0xdf3},     {0xe01, 0xe3a},
    {0xe40, 0xe4e},     {0xe50, 0xe59},     {0xe81, 0xe82},     {0xe84, 0xe84},
    {0xe86, 0xe8a},     {0xe8c, 0xea3},     {0xea5, 0xea5},     {0xea7, 0xebd},
    {0xec0, 0xec4},     {0xec6, 0xec6},     {0xec8, 0xecd},     {0xed0, 0xed9},
    {0xedc, 0xedf},     {0xf00, 0xf00},     {0xf18, 0xf19},     {0xf20, 0xf29},
    {0xf35, 0xf35},     {0xf37, 0xf37},     {0xf39, 0xf39},     {0xf3e, 0xf47},
    {0xf49, 0xf6c},     {0xf71, 0xf84},     {0xf86, 0xf97},     {0xf99, 0xfbc},
    {0xfc6, 0xfc6},     {0x1000, 0x1049},   {0x1050, 0x109d},   {0x10a0, 0x10c5},
    {0x10c7, 0x10c7},   {0x10cd, 0x10cd},   {0x10d0, 0x10fa},   {0x10fc, 0x1248},
    {0x124a, 0x124d},   {0x1250, 0x1256},   {0x1258, 0x1258},   {0x125a, 0x125d},
    {0x1260, 0x1288},   {0x128a, 0x128d},   {0x1290, 0x12b0},   {0x12b2, 0x12b5},
    {0x12b8, 0x12be},   {0x12c0, 0x12c0},   {0x12c2, 0x12c5},   {0x12c8, 0x12d6},
    {0x12d8, 0x1310},   {0x1312, 0x1315},   {0x1318, 0x135a},   {0x135d, 0x135f},
    {0x1369, 0x1371},   {0x1380, 0x138f},   {0x13a0, 0x13f5},   {0x13f8, 0x13fd},
    {0x1401, 0x166c},   {0x166f, 0x167f},   {0x1681, 0x169a},   {0x16a0, 0x16ea},
    {0x16ee, 0x16f8},   {0x1700, 0x170c},   {0x170e, 0x1714},   {0x1720, 0x1734},
    {0x1740, 0x1753},   {0x1760, 0x176c},   {0x176e, 0x1770},   {0x1772, 0x1773},
    {0x1780, 0x17d3},   {0x17d7, 0x17d7},   {0x17dc, 0x17dd},   {0x17e0, 0x17e9},
    {0x180b, 0x180d},   {0x1810, 0x1819},   {0x1820, 0x1878},   {0x1880, 0x18aa},
    {0x18b0, 0x18f5},   {0x1900, 0x191e},   {0x1920, 0x192b},   {0x1930, 0x193b},
    {0x1946, 0x196d},   {0x1970, 0x1974},   {0x1980, 0x19ab},   {0x19b0, 0x19c9},
    {0x19d0, 0x19da},   {0x1a00, 0x1a1b},   {0x1a20, 0x1a5e},   {0x1a60, 0x1a7c},
    {0x1a7f, 0x1a89},   {0x1a90, 0x1a99},   {0x1aa7, 0x1aa7},   {0x1ab0, 0x1abd},
    {0x1abf, 0x1ac0},   {0x1b00, 0x1b4b},   {0x1b50, 0x1b59},   {0x1b6b, 0x1b73},
    {0x1b80, 0x1bf3},   {0x1c00, 0x1c37},   {0x1c40, 0x1c49},   {0x1c4d, 0x1c7d},
    {0x1c80, 0x1c88},   {0x1c90, 0x1cba},   {0x1cbd, 0x1cbf},   {0x1cd0, 0x1cd2},
    {0x1cd4, 0x1cfa},   {0x1d00, 0x1df9},   {0x1dfb, 0x1f15},   {0x1f18, 0x1f1d},
    {0x1f20, 0x1f45},   {0x1f48, 0x1f4d},   {0x1f50, 0x1f57},   {0x1f59, 0x1f59},
    {0x1f5b, 0x1f5b},   {0x1f5d, 0x1f5d},   {0x1f5f, 0x1f7d},   {0x1f80, 0x1fb4},
    {0x1fb6, 0x1fbc},   {0x1fbe, 0x1fbe},   {0x1fc2, 0x1fc4},   {0x1fc6, 0x1fcc},
    {0x1fd0, 0x1fd3},   {0x1fd6, 0x1fdb},   {0x1fe0, 0x1fec},   {0x1ff2, 0x1ff4},
    {0x1ff6, 0x1ffc},   {0x203f, 0x2040},   {0x2054, 0x2054},   {0x2071, 0x2071},
    {0x207f, 0x207f},   {0x2090, 0x209c},   {0x20d0, 0x20dc},   {0x20e1, 0x20e1},
    {0x20e5, 0x20f0},   {0x2102, 0x2102},   {0x2107, 0x2107},   {0x210a, 0x2113},
    {0x2115, 0x2115},   {0x2118, 0x211d},   {0x2124, 0x2124},   {0x2126, 0x2126},
    {0x2128, 0x2128},   {0x212a, 0x2139},   {0x213c, 0x213f},   {0x2145, 0x2149},
    {0x214e, 0x214e},   {0x2160, 0x2188},   {0x2c00, 0x2c2e},   {0x2c30, 0x2c5e},
    {0x2c60, 0x2ce4},   {0x2ceb, 0x2cf3},   {0x2d00, 0x2d25},   {0x2d27, 0x2d27},
    {0x2d2d, 0x2d2d},   {0x2d30, 0x2d67},   {0x2d6f, 0x2d6f},   {0x2d7f, 0x2d96},
    {0x2da0, 0x2da6},   {0x2da8, 0x2dae},   {0x2db0, 0x2db6},   {0x2db8, 0x2dbe},
    {0x2dc0, 0x2dc6},   {0x2dc8, 0x2dce},   {0x2dd0, 0x2dd6},   {0x2dd8, 0x2dde},
    {0x2de0, 0x2dff},   {0x3005, 0x3007},   {0x3021, 0x302f},   {0x3031, 0x3035},
    {0x3038, 0x303c},   {0x3041, 0x3096},   {0x3099, 0x309f},   {0x30a1, 0x30fa},
    {0x30fc, 0x30ff},   {0x3105, 0x312f},   {0x3131, 0x318e},   {0x31a0, 0x31bf},
    {0x31f0, 0x31ff},   {0x3400, 0x4dbf},   {0x4e00, 0x9ffc},   {0xa000, 0xa48c},
    {0xa4d0, 0xa4fd},   {0xa500, 0xa60c},   {0xa610, 0xa62b},   {0xa640, 0xa66f},
    {0xa674, 0xa67d},   {0xa67f, 0xa6f1},   {0xa717, 0xa71f},   {0xa722, 0xa788},
    {0xa78b, 0xa7bf},   {0xa7c2, 0xa7ca},   {0xa7f5, 0xa827},   {0xa82c, 0xa82c},
    {0xa840, 0xa873},   {0xa880, 0xa8c5},   {0xa8d0, 0xa8d9},   {0xa8e0, 0xa8f7},
    {0xa8fb, 0xa8fb},   {0xa8fd, 0xa92d},   {0xa930, 0xa953},   {0xa960, 0xa97c},
    {0xa980, 0xa9c0},   {0xa9cf, 0xa9d9},   {0xa9e0, 0xa9fe},   {0xaa00, 0xaa36},
    {0xaa40, 0xaa4d},   {0xaa50, 0xaa59},   {0xaa60, 0xaa76},   {0xaa7a, 0xaac2},
    {0xaadb, 0xaadd},   {0xaae0, 0xaaef},   {0xaaf2, 0xaaf6},   {0xab01, 0xab06},
    {0xab09, 0xab0e},   {0xab11, 0xab16},   {0xab20, 0xab26},   {0xab28, 0xab2e},
    {0xab30, 0xab5a},   {0xab5c, 0xab69},   {0xab70, 0xabea},   {0xabec, 0xabed},
    {0xabf0, 0xabf9},   {0xac00, 0xd7a3},   {0xd7b0, 0xd7c6},   {0xd7cb, 0xd7fb},
    {0xf900, 0xfa6d},   {0xfa70, 0xfad9},   {0xfb00, 0xfb06},   {0xfb13, 0xfb17},
    {0xfb1d, 0xfb28},   {0xfb2a, 0xfb36},   {0xfb38, 0xfb3c},   {0xfb3e, 0xfb3e},
    {0xfb40, 0xfb41},   {0xfb43, 0xfb44},   {0xfb46, 0xfbb1},   {0xfbd3, 0xfd3d},
    {0xfd50, 0xfd8f},   {0xfd92, 0xfdc7},   {0xfdf0, 0xfdfb},   {0xfe00, 0xfe0f},
    {0xfe20, 0xfe2f},   {0xfe33, 0xfe34},   {0xfe4d, 0xfe4f},   {0xfe70, 0xfe74},
    {0xfe76, 0xfefc},   {0xff10, 0xff19},   {0xff21, 0xff3a},   {0xff3f, 0xff3f},
    {0xff41, 0xff5a},   {0xff66, 0xffbe},   {0xffc2, 0xffc7},   {0xffca, 0xffcf},
    {0xffd2, 0xffd7},   {0xffda, 0xffdc},   {0x10000, 0x1000b}, {0x1000d, 0x10026},
    {0x10028, 0x1003a}, {0x1003c, 0x1003d}, {0x1003f, 0x1004d}, {0x10050, 0x1005d},
    {0x10080, 0x100fa}, {0x10140, 0x10174}, {0x101fd, 0x101fd}, {0x10280, 0x1029c},
    {0x102a0, 0x102d0}, {0x102e0, 0x102e0}, {0x10300, 0x1031f}, {0x1032d, 0x1034a},
    {0x10350, 0x1037a}, {0x10380, 0x1039d}, {0x103a0, 0x103c3}, {0x103c8, 0x103cf},
    {0x103d1, 0x103d5}, {0x10400, 0x1049d}, {0x104a0, 0x104a9}, {0x104b0, 0x104d3},
    {0x104d8, 0x104fb}, {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10600, 0x10736},
    {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10800, 0x10805}, {0x10808, 0x10808},
    {0x1080a, 0x10835}, {0x10837, 0x10838}, {0x1083c, 0x1083c}, {0x1083f, 0x10855},
    {0x10860, 0x10876}, {0x10880, 0x1089e}, {0x108e0, 0x108f2}, {0x108f4, 0x108f5},
    {0x10900, 0x10915}, {0x10920, 0x10939}, {0x10980, 0x109b7}, {0x109be, 0x109bf},
    {0x10a00, 0x10a03}, {0x10a05, 0x10a06}, {0x10a0c, 0x10a13}, {0x10a15, 0x10a17},
    {0x10a19, 0x10a35}, {0x10a38, 0x10a3a}, {0x10a3f, 0x10a3f}, {0x10a60, 0x10a7c},
    {0x10a80, 0x10a9c}, {0x10ac0, 0x10ac7}, {0x10ac9, 0x10ae6}, {0x10b00, 0x10b35},
    {0x10b40, 0x10b55}, {0x10b60, 0x10b72}, {0x10b80, 0x10b91}, {0x10c00, 0x10c48},
    {0x10c80, 0x10cb2}, {0x10cc0, 0x10cf2}, {0x10d00, 0x10d27}, {0x10d30, 0x10d39},
    {0x10e80, 0x10ea9}, {0x10eab, 0x10eac}, {0x10eb0, 0x10eb1}, {0x10f00, 0x10f1c},
    {0x10f27, 0x10f27}, {0x10f30, 0x10f50}, {0x10fb0, 0x10fc4}, {0x10fe0, 0x10ff6},
    {0x11000, 0x11046}, {0x11066, 0x1106f}, {0x1107f, 0x110ba}, {0x110d0, 0x110e8},
    {0x110f0, 0x110f9}, {0x11100, 0x11134}, {0x11136, 0x1113f}, {0x11144, 0x11147},
    {0x11150, 0x11173}, {0x11176, 0x11176}, {0x11180, 0x111c4}, {0x111c9, 0x111cc},
    {0x111ce, 0x111da}, {0x111dc, 0x111dc}, {0x11200, 0x11211}, {0x11213, 0x11237},
    {0x1123e, 0x1123e}, {0x11280, 0x11286}, {0x11288, 0x11288}, {0x1128a, 0x1128d},
    {0x1128f, 0x1129d}, {0x1129f, 0x112a8}, {0x112b0, 0x112ea}, {0x112f0, 0x112f9},
    {0x11300, 0x11303}, {0x11305, 0x1130c}, {0x1130f, 0x11310}, {0x11313, 0x11328},
    {0x1132a, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133b, 0x11344},
    {0x11347, 0x11348}, {0x1134b, 0x1134d}, {0x11350, 0x11350}, {0x11357, 0x11357},
    {0x1135d, 0x11363}, {0x11366, 0x1136c}, {0x11370, 0x11374}, {0x11400, 0x1144a},
    {0x11450, 0x11459}, {0x1145e, 0x11461}, {0x11480, 0x114c5}, {0x114c7, 0x114c7},
    {0x114d0, 0x114d9}, {0x11580, 0x115b5}, {0x115b8, 0x115c0}, {0x115d8, 0x115dd},
    {0x11600, 0x11640}, {0x11644, 0x11644}, {0x11650, 0x11659}, {0x11680, 0x116b8},
    {0x116c0, 0x116c9}, {0x11700, 0x1171a}, {0x1171d, 0x1172b}, {0x11730, 0x11739},
    {0x11800, 0x1183a}, {0x118a0, 0x118e9}, {0x118ff, 0x11906}, {0x11909, 0x11909},
    {0x1190c, 0x11913}, {0x11915, 0x11916}, {0x11918, 0x11935}, {0x11937, 0x11938},
    {0x1193b, 0x11943}, {0x11950, 0x11959}, {0x119a0, 0x119a7}, {0x119aa, 0x119d7},
    {0x119da, 0x119e1}, {0x119e3, 0x119e4}, {0x11a00, 0x11a3e}, {0x11a47, 0x11a47},
    {0x11a50, 0x11a99}, {0x11a9d, 0x11a9d}, {0x11ac0, 0x11af8}, {0x11c00, 0x11c08},
    {0x11c0a, 0x11c36}, {0x11c38, 0x11c40}, {0x11c50, 0x11c59}, {0x11c72, 0x11c8f},
    {0x11c92, 0x11ca7}, {0x11ca9, 0x11cb6}, {0x11d00, 0x11d06}, {0x11d08, 0x11d09},
    {0x11d0b, 0x11d36}, {0x11d3a, 0x11d3a}, {0x11d3c, 0x11d3d}, {0x11d3f, 0x11d47},
    {0x11d50, 0x11d59}, {0x11d60, 0x11d65}, {0x11d67, 0x11d68}, {0x11d6a, 0x11d8e},
    {0x11d90, 0x11d91}, {0x11d93, 0x11d98}, {0x11da0, 0x11da9}, {0x11ee0, 0x11ef6},
    {0x11fb0, 0x11fb0}, {0x12000, 0x12399}, {0x12400, 0x1246e}, {0x12480, 0x12543},
    {0x13000, 0x1342e}, {0x14400, 0x14646}, {0x16800, 0x16a38}, {0x16a40, 0x16a5e},
    {0x16a60, 0x16a69}, {0x16ad0, 0x16aed}, {0x16af0, 0x16af4}, {0x16b00, 0x16b36},
    {0x16b40, 0x16b43}, {0x16b50, 0x16b59}, {0x16b63, 0x16b77}, {0x16b7d, 0x16b8f},
    {0x16e40, 0x16e7f}, {0x16f00, 0x16f4a}, {0x16f4f, 0x16f87}, {0x16f8f, 0x16f9f},
    {0x16fe0, 0x16fe1}, {0x16fe3, 0x16fe4}, {0x16ff0, 0x16ff1}, {0x17000, 0x187f7},
    {0x18800, 0x18cd5}, {0x18d00, 0x18d08}, {0x1b000, 0x1b11e}, {0x1b150, 0x1b152},
    {0x1b164, 0x1b167}, {0x1b170, 0x1b2fb}, {0x1bc00, 0x1bc6a}, {0x1bc70, 0x1bc7c},
    {0x1bc80, 0x1bc88}, {0x1bc90, 0x1bc99}, {0x1bc9d, 0x1bc9e}, {0x1d165, 0x1d169},
    {0x1d16d, 0x1d172}, {0x1d17b, 0x1d182}, {0x1d185, 0x1d18b}, {0x1d1aa, 0x1d1ad},
    {0x1d242, 0x1d244}, {0x1d400, 0x1d454}, {0x1d456, 0x1d49c}, {0x1d49e, 0x1d49f},
    {0x1d4a2, 0x1d4a2}, {0x1d4a5, 0x1d4a6}, {0x1d4a9, 0x1d4ac}, {0x1d4ae, 0x1d4b9},
    {0x1d4bb, 0x1d4bb}, {0x1d4bd, 0x1d4c3}, {0x1d4c5, 0x1d505}, {0x1d507, 0x1d50a},
    {0x1d50d, 0x1d514}, {0x1d516, 0x1d51c}, {0x1d51e, 0x1d539}, {0x1d53b, 0x1d53e},
    {0x1d540, 0x1d544}, {0x1d546, 0x1d546}, {0x1d54a, 0x1d550}, {0x1d552, 0x1d6a5},
    {0x1d6a8, 0x1d6c0}, {0x1d6c2, 0x1d6da}, {0x1d6dc, 0x1d6fa}, {0x1d6fc, 0x1d714},
    {0x1d716, 0x1d734}, {0x1d736, 0x1d74e}, {0x1d750, 0x1d76e}, {0x1d770, 0x1d788},
    {0x1d78a, 0x1d7a8}, {0x1d7aa, 0x1d7c2}, {0x1d7c4, 0x1d7cb}, {0x1d7ce, 0x1d7ff},
    {0x1da00, 0x1da36}, {0x1da3b, 0x1da6c}, {0x1da75, 0x1da75}, {0x1da84, 0x1da84},
    {0x1da9b, 0x1da9f}, {0x1daa1, 0x1daaf}, {0x1e000, 0x1e006}, {0x1e008, 0x1e018},
    {0x1e01b, 0x1e021}, {0x1e023, 0x1e024}, {0x1e026, 0x1e02a}, {0x1e100, 0x1e12c},
    {0x1e130, 0x1e13d}, {0x1e140, 0x1e149}, {0x1e14e, 0x1e14e}, {0x1e2c0, 0x1e2f9},
    {0x1e800, 0x1e8c4}, {0x1e8d0, 0x1e8d6}, {0x1e900, 0x1e94b}, {0x1e950, 0x1e959},
    {0x1ee00, 0x1ee03}, {0x1ee05, 0x1ee1f}, {0x1ee21, 0x1ee22}, {0x1ee24, 0x1ee24},
    {0x1ee27, 0x1ee27}, {0x1ee29, 0x1ee32}, {0x1ee34, 0x1ee37}, {0x1ee39, 0x1ee39},
    {0x1ee3b, 0x1ee3b}, {0x1ee42, 0x1ee42}, {0x1ee47, 0x1ee47}, {0x1ee49, 0x1ee49},
    {0x1ee4b, 0x1ee4b}, {0x1ee4d, 0x1ee4f}, {0x1ee51, 0x1ee52}, {0x1ee54, 0x1ee54},
    {0x1ee57, 0x1ee57}, {0x1ee59, 0x1ee59}, {0x1ee5b, 0x1ee5b}, {0x1ee5d, 0x1ee5d},
    {0x1ee5f, 0x1ee5f}, {0x1ee61, 0x1ee62}, {0x1ee64, 0x1ee64}, {0x1ee67, 0x1ee6a},
    {0x1ee6c, 0x1ee72}, {0x1ee74, 0x1ee77}, {0x1ee79, 0x1ee7c}, {0x1ee7e, 0x1ee7e},
    {0x1ee80, 0x1ee89}, {0x1ee8b, 0x1ee9b}, {0x1eea1, 0x1eea3}, {0x1eea5, 0x1eea9},
    {0x1eeab, 0x1eebb}, {0x1fbf0, 0x1fbf9}, {0x20000, 0x2a6dd}, {0x2a700, 0x2b734},
    {0x2b740, 0x2b81d}, {0x2b820, 0x2cea1}, {0x2ceb0, 0x2ebe0}, {0x2f800, 0x2fa1d},
    {0x30000, 0x3134a}, {0xe0100, 0xe01ef},
};

template <size_t N>
bool InTable(const CodePointRange (&table)[N], char32_t cp) {
  size_t lo = 0;
  size_t hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < table[mid].first) {
      hi = mid;
    } else if (cp > table[mid].last) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

constexpr bool IsAsciiAlpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

constexpr bool IsAsciiSpace(char16_t c) { return c == 0x20 || (c >= 0x09 && c <= 0x0D); }

constexpr bool IsPunctuatorSlow(char16_t c) {
  for (char p : "!%&()*+,-./:;<=>?[]^{|}~") {
    if (p != 0 && c == static_cast<char16_t>(p)) return true;
  }
  return false;
}

// Identifier classes of ASCII characters, and how the main loop dispatches
// on them; looked up in the hot loops.
enum : uint8_t { kAsciiIdStart = 1, kAsciiIdPart = 2, kAsciiPunct = 4, kAsciiBoundary = 8 };
enum CharClass : uint8_t {
  kOther,  // unknown to JS syntax here: `#`, `@`, `\`, controls
  kSpace,
  kWord,
  kPunct,
  kSlash,
  kQuote,
  kBacktick,
  kOpen,
  kClose,
};

struct AsciiTable {
  uint8_t bits[128];
  CharClass cls[128];
};

constexpr AsciiTable MakeAsciiTable() {
  AsciiTable t{};
  for (char32_t c = 0; c < 128; ++c) {
    bool start = IsAsciiAlpha(c) || c == '$' || c == '_';
    bool part = start || IsDigit(c);
    bool punct = IsPunctuatorSlow(static_cast<char16_t>(c));
    bool boundary = IsAsciiSpace(static_cast<char16_t>(c)) || (punct && c != '.');
    t.bits[c] = (start ? kAsciiIdStart : 0) | (part ? kAsciiIdPart : 0) |
                (punct ? kAsciiPunct : 0) | (boundary ? kAsciiBoundary : 0);
    CharClass cls = kOther;
    if (IsAsciiSpace(static_cast<char16_t>(c))) {
      cls = kSpace;
    } else if (part) {
      cls = kWord;
    } else if (c == '/') {
      cls = kSlash;
    } else if (c == '\'' || c == '"') {
      cls = kQuote;
    } else if (c == '`') {
      cls = kBacktick;
    } else if (c == '(' || c == '{') {
      cls = kOpen;
    } else if (c == ')' || c == '}') {
      cls = kClose;
    } else if (punct) {
      cls = kPunct;
    }
    t.cls[c] = cls;
  }
  return t;
}

constexpr AsciiTable kAscii = MakeAsciiTable();

bool IsPunctuator(char16_t c) { return c < 0x80 && (kAscii.bits[c] & kAsciiPunct); }

bool IsIdStart(char32_t c) {
  if (c < 0x80) return kAscii.bits[c] & kAsciiIdStart;
  return InTable(kIdStart, c);
}

bool IsIdPart(char32_t c) {
  if (c < 0x80) return kAscii.bits[c] & kAsciiIdPart;
  return c == 0x200C || c == 0x200D || InTable(kIdContinue, c);
}

// What the pattern matchers skip, and what may precede a keyword: U+00A0 too.
bool IsSpace(char16_t c) { return IsAsciiSpace(c) || c == 0xA0; }

bool IsLineBreak(char16_t c) { return c == '\n' || c == '\r'; }

// Whether a word that follows `c` is a word of its own for keyword purposes:
// not a property (`a.exports`) nor glued to a quote, `#`, `@`, `\` or any
// non-ASCII character (U+00A0 aside).
bool IsWordBoundary(char16_t c) {
  return c < 0x80 ? (kAscii.bits[c] & kAsciiBoundary) != 0 : c == 0xA0;
}

bool IsHighSurrogate(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool IsLowSurrogate(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

int HexValue(char16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendCodePoint(char32_t cp, std::u16string* out) {
  if (cp < 0x10000) {
    out->push_back(static_cast<char16_t>(cp));
  } else {
    cp -= 0x10000;
    out->push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
    out->push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
  }
}

// UTF-16 to UTF-8; false for lone surrogates (node drops such names).
bool ToUtf8(std::u16string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t cp = in[i];
    if (IsHighSurrogate(in[i])) {
      if (i + 1 >= in.size() || !IsLowSurrogate(in[i + 1])) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (in[i + 1] - 0xDC00);
      ++i;
    } else if (IsLowSurrogate(in[i])) {
      return false;
    }
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return true;
}

// Half-open range of code units in the source.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

// An insertion-ordered set of UTF-16 strings.
class OrderedSet {
 public:
  void Add(std::u16string s) {
    if (seen_.insert(s).second) items_.push_back(std::move(s));
  }
  void Clear() {
    items_.clear();
    seen_.clear();
  }
  const std::vector<std::u16string>& items() const { return items_; }

 private:
  std::vector<std::u16string> items_;
  std::unordered_set<std::u16string> seen_;
};

class Lexer {
 public:
  explicit Lexer(std::u16string_view src) : src_(src), n_(src.size()) {}

  bool Run(CjsExports* out);

 private:
  enum class Last : uint8_t {
    kNone,   // start of input
    kWord,   // identifier, keyword or number: [last_begin_, last_end_)
    kPunct,  // punctuator at last_begin_
    kClose,  // `)` or `}` at last_begin_; close_regex_ tells what may follow
    kValue,  // string, template, regular expression, other character
  };

  // --- character access ---
  char16_t At(size_t p) const { return p < n_ ? src_[p] : 0; }
  char32_t CodePointAt(size_t p, size_t* len) const;
  char32_t CodePointBefore(size_t p, size_t* len) const;
  bool WordIs(Span w, const char* text) const;
  bool EndsWith(size_t end, size_t begin_limit, const char* text) const;
  bool SpanEquals(Span a, Span b) const;
  bool BoundaryBefore(size_t p) const { return p == 0 || IsWordBoundary(src_[p - 1]); }

  // --- main loop pieces ---
  size_t ReadWord(size_t p) const;
  bool SkipString(size_t* p) const;
  bool SkipRegex(size_t* p) const;
  bool ScanTemplate();  // from inside a template, up to its end or a `${`
  bool RegexAllowed() const;
  bool FollowsControlKeyword() const;
  bool OpensBlock(bool is_brace) const;
  bool OnWord(Span w);

  // --- look-ahead matchers: read-only on the lexing state ---
  size_t SkipSpace(size_t p) const;
  bool Ident(size_t p, Span* id) const;             // identifier starting exactly at p
  bool Keyword(size_t* p, const char* text) const;  // skips space first
  bool Punct(size_t* p, const char* text) const;    // skips space first
  bool AnyIdent(size_t* p, Span* id) const;         // skips space first
  bool SameIdent(size_t* p, Span want) const;       // skips space first
  bool StringLit(size_t* p, Span* body) const;      // skips space first
  bool StringIs(size_t* p, const char* text) const;
  bool ExportsObject(size_t* p) const;            // `exports` or `module.exports`
  bool RequireCall(size_t* p, Span* spec) const;  // `( 'spec' )` after require
  bool Decode(Span body, std::u16string* out) const;

  void TryExportsMember(size_t p);
  void TryModuleExports(size_t p);
  bool TryExportsLiteral(size_t p);
  void TryDefineProperty(size_t p);
  void TryObjectKeysLoop(size_t p);
  bool IsHelperCall(Span w) const;
  void OnHelperCall(Span w);
  void SkipUnread();
  void TryRequireAlias(size_t p, size_t require_end);
  bool HasOwnPropertyCall(size_t* p, Span key) const;

  void AddName(Span s) { names_.Add(std::u16string(src_.substr(s.begin, s.end - s.begin))); }
  void AddStringName(Span body);
  void AddUnsafe(Span body);
  void AddReexport(Span body);

  std::u16string_view src_;
  size_t n_;
  size_t pos_ = 0;

  Last last_ = Last::kNone;
  size_t last_begin_ = 0;
  size_t last_end_ = 0;
  bool close_regex_ = false;
  bool class_pending_ = false;
  bool skip_next_ = false;
  bool stop_ = false;  // node's lexer would have run off the end here
  bool last_slash_was_division_ = false;
  // One entry per open `(`, `{` or `${`: whether a `/` after its closer
  // starts a regular expression, for each kind of closer. Node's lexer only
  // counts the depth, so any closer closes any opener (`(a}` passes), and
  // then judges the `/` by the closer's rule applied to the opener.
  enum : uint8_t { kRegexAfterParen = 1, kRegexAfterBrace = 2 };
  std::vector<uint8_t> open_;
  // open_.size() before each pending `${`; the `}` that brings the depth
  // back there resumes the template. A `)` can close a `${` too.
  std::vector<size_t> template_depths_;

  OrderedSet names_;
  std::unordered_set<std::u16string> unsafe_;
  OrderedSet reexports_;
  std::unordered_map<std::u16string, std::u16string> require_aliases_;
};

char32_t Lexer::CodePointAt(size_t p, size_t* len) const {
  char16_t c = src_[p];
  if (IsHighSurrogate(c) && p + 1 < n_ && IsLowSurrogate(src_[p + 1])) {
    *len = 2;
    return 0x10000 + ((c - 0xD800) << 10) + (src_[p + 1] - 0xDC00);
  }
  *len = 1;
  return c;
}

char32_t Lexer::CodePointBefore(size_t p, size_t* len) const {
  char16_t c = src_[p - 1];
  if (IsLowSurrogate(c) && p >= 2 && IsHighSurrogate(src_[p - 2])) {
    *len = 2;
    return 0x10000 + ((src_[p - 2] - 0xD800) << 10) + (c - 0xDC00);
  }
  *len = 1;
  return c;
}

bool Lexer::WordIs(Span w, const char* text) const {
  size_t i = w.begin;
  for (; *text; ++text, ++i) {
    if (i >= w.end || src_[i] != static_cast<char16_t>(*text)) return false;
  }
  return i == w.end;
}

// Whether the code units just before `end` (and not before `begin_limit`)
// spell `text`.
bool Lexer::EndsWith(size_t end, size_t begin_limit, const char* text) const {
  size_t len = std::char_traits<char>::length(text);
  if (end < begin_limit + len) return false;
  for (size_t i = 0; i < len; ++i) {
    if (src_[end - len + i] != static_cast<char16_t>(text[i])) return false;
  }
  return true;
}

bool Lexer::SpanEquals(Span a, Span b) const {
  return src_.substr(a.begin, a.end - a.begin) == src_.substr(b.begin, b.end - b.begin);
}

size_t Lexer::ReadWord(size_t p) const {
  while (p < n_) {
    char16_t c = src_[p];
    if (c < 0x80) {
      if (!(kAscii.bits[c] & kAsciiIdPart)) break;
      ++p;
      continue;
    }
    size_t len;
    char32_t cp = CodePointAt(p, &len);
    if (!IsIdPart(cp)) break;
    p += len;
  }
  return p;
}

// *p is on the opening quote; on success it is moved past the closing one.
bool Lexer::SkipString(size_t* p) const {
  char16_t quote = src_[*p];
  size_t i = *p + 1;
  while (i < n_) {
    char16_t c = src_[i];
    if (c == quote) {
      *p = i + 1;
      return true;
    }
    if (c == '\\') {
      if (i + 2 < n_ && src_[i + 1] == '\r' && src_[i + 2] == '\n') {
        i += 3;
      } else {
        i += 2;
      }
      continue;
    }
    if (IsLineBreak(c)) return false;
    ++i;
  }
  return false;
}

// *p is on the opening `/`; on success it is moved past the closing one (the
// flags are read by the main loop as a word).
bool Lexer::SkipRegex(size_t* p) const {
  size_t i = *p + 1;
  bool in_class = false;
  while (i < n_) {
    char16_t c = src_[i];
    if (IsLineBreak(c)) return false;
    if (c == '\\') {
      i += 2;  // even a line break: node's lexer lets `\` escape it
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
    } else if (c == '/') {
      *p = i + 1;
      return true;
    }
    ++i;
  }
  return false;
}

bool Lexer::ScanTemplate() {
  while (pos_ < n_) {
    char16_t c = src_[pos_];
    if (c == '\\') {
      pos_ += 2;
      continue;
    }
    if (c == '`') {
      ++pos_;
      last_ = Last::kValue;
      return true;
    }
    if (c == '$' && At(pos_ + 1) == '{') {
      template_depths_.push_back(open_.size());
      open_.push_back(false);
      last_ = Last::kPunct;
      last_begin_ = pos_ + 1;
      pos_ += 2;
      return true;
    }
    ++pos_;
  }
  return false;
}

bool Lexer::RegexAllowed() const {
  switch (last_) {
    case Last::kNone:
      return true;
    case Last::kValue:
      return false;
    case Last::kClose:
      return close_regex_;
    case Last::kPunct: {
      char16_t c = src_[last_begin_];
      if (c == ']') return false;
      if (c == '/') return last_slash_was_division_;  // see SkipUnread
      char16_t before = last_begin_ > 0 ? src_[last_begin_ - 1] : 0;
      if ((c == '+' || c == '-') && before == c) return false;  // a++ / b
      if (c == '.' && IsDigit(before)) return false;            // 1. / b
      return true;
    }
    case Last::kWord:
      break;
  }
  Span w{last_begin_, last_end_};
  // At the very start of the input node's lexer only recognises some of the
  // keywords.
  if (w.begin == 0) {
    return WordIs(w, "case") || WordIs(w, "do") || WordIs(w, "else") || WordIs(w, "in") ||
           WordIs(w, "new");
  }
  if (!IsWordBoundary(src_[w.begin - 1])) return false;
  static const char* const kExpressionKeywords[] = {
      "await",      "case", "debugger", "delete", "do",     "else", "in",
      "instanceof", "new",  "return",   "throw",  "typeof", "void", "yield"};
  for (const char* k : kExpressionKeywords) {
    if (WordIs(w, k)) return true;
  }
  return false;
}

// Whether the last token is a word ending in if, while or for, so that a
// `(` here holds a condition and a `/` after its `)` starts a regex.
bool Lexer::FollowsControlKeyword() const {
  return last_ == Last::kWord &&
         (EndsWith(last_end_, last_begin_, "if") || EndsWith(last_end_, last_begin_, "while") ||
          EndsWith(last_end_, last_begin_, "for"));
}

// Whether a `{` here opens a block (so that a `/` after its `}` starts a
// regular expression) rather than an object literal or function expression.
bool Lexer::OpensBlock(bool is_brace) const {
  if (is_brace && class_pending_) return true;
  switch (last_) {
    case Last::kClose:
      return src_[last_begin_] == ')';
    case Last::kPunct: {
      char16_t c = src_[last_begin_];
      return c == ';' || (c == '>' && last_begin_ > 0 && src_[last_begin_ - 1] == '=');
    }
    case Last::kWord:
      return EndsWith(last_end_, last_begin_, "else") ||
             EndsWith(last_end_, last_begin_, "catch") ||
             EndsWith(last_end_, last_begin_, "finally");
    default:
      return false;
  }
}

bool Lexer::Run(CjsExports* out) {
  if (n_ >= 2 && src_[0] == '#' && src_[1] == '!') {
    while (pos_ < n_ && !IsLineBreak(src_[pos_])) ++pos_;
  }
  // Only ASCII space is skipped here: node's lexer treats U+00A0, U+2028/9,
  // U+FEFF and other Zs characters as unknown characters (division follows).
  while (pos_ < n_) {
    char16_t c = src_[pos_];
    CharClass cls = c < 0x80 ? kAscii.cls[c] : kOther;
    switch (cls) {
      case kSpace:
        ++pos_;
        continue;
      case kPunct:
        last_ = Last::kPunct;
        last_begin_ = pos_++;
        continue;
      case kWord:
        break;
      case kSlash: {
        char16_t next = At(pos_ + 1);
        if (next == '/') {
          pos_ += 2;
          while (pos_ < n_ && !IsLineBreak(src_[pos_])) ++pos_;
        } else if (next == '*') {
          size_t i = pos_ + 2;
          while (i < n_ && !(src_[i] == '*' && At(i + 1) == '/')) ++i;
          pos_ = i < n_ ? i + 2 : n_;  // an unclosed comment is not an error
        } else if (RegexAllowed()) {
          if (!SkipRegex(&pos_)) return false;
          last_ = Last::kValue;
          last_slash_was_division_ = false;
        } else {
          last_ = Last::kPunct;
          last_begin_ = pos_++;
          last_slash_was_division_ = true;
        }
        continue;
      }
      case kQuote:
        if (!SkipString(&pos_)) return false;
        last_ = Last::kValue;
        continue;
      case kBacktick:
        ++pos_;
        if (!ScanTemplate()) return false;
        continue;
      case kOpen: {
        uint8_t flags = 0;
        if (FollowsControlKeyword()) flags |= kRegexAfterParen;
        if (OpensBlock(c == '{')) flags |= kRegexAfterBrace;
        if (c == '{') class_pending_ = false;
        open_.push_back(flags);
        last_ = Last::kPunct;
        last_begin_ = pos_++;
        continue;
      }
      case kClose: {
        if (open_.empty()) return false;
        if (c == '}' && !template_depths_.empty()) {
          // A `)` may have closed the `${`; node's lexer then rejects any `}`
          // until the depth is back at the template's.
          size_t template_depth = template_depths_.back() + 1;
          if (open_.size() < template_depth) return false;
          if (open_.size() == template_depth) {
            open_.pop_back();
            template_depths_.pop_back();
            ++pos_;
            if (!ScanTemplate()) return false;
            continue;
          }
        }
        bool regex_after = open_.back() & (c == ')' ? kRegexAfterParen : kRegexAfterBrace);
        open_.pop_back();
        last_ = Last::kClose;
        close_regex_ = regex_after;
        last_begin_ = pos_++;
        continue;
      }
      case kOther: {
        size_t len = 1;
        if (c >= 0x80 && IsIdPart(CodePointAt(pos_, &len))) break;
        last_ = Last::kValue;
        pos_ += len;
        continue;
      }
    }
    Span w{pos_, ReadWord(pos_)};
    if (IsHelperCall(w)) {
      OnHelperCall(w);
      continue;
    }
    if (!OnWord(w)) return false;
    if (stop_) break;
    last_ = Last::kWord;
    last_begin_ = w.begin;
    last_end_ = w.end;
    pos_ = w.end;
    if (skip_next_) {
      skip_next_ = false;
      SkipUnread();
    }
  }
  if (!open_.empty() || !template_depths_.empty()) return false;

  out->exports.clear();
  out->reexports.clear();
  std::string utf8;
  for (const std::u16string& name : names_.items()) {
    if (unsafe_.count(name) != 0) continue;
    if (ToUtf8(name, &utf8)) out->exports.push_back(utf8);
  }
  for (const std::u16string& spec : reexports_.items()) {
    if (ToUtf8(spec, &utf8)) out->reexports.push_back(utf8);
  }
  return true;
}

// Returns false for a top-level `import` or `export` statement, which node's
// lexer rejects.
bool Lexer::OnWord(Span w) {
  if (!BoundaryBefore(w.begin)) return true;
  switch (src_[w.begin]) {
    case 'c':
      if (WordIs(w, "class") && IsSpace(At(w.end))) class_pending_ = true;
      break;
    case 'e':
      if (WordIs(w, "exports")) {
        TryExportsMember(w.end);
      } else if (WordIs(w, "export") && open_.empty()) {
        return w.end == n_;
      }
      break;
    case 'i':
      if (WordIs(w, "import") && open_.empty()) {
        // `import(` is a dynamic import and `import.meta` an error. Otherwise
        // node's lexer calls it a statement when space, a comment, `{`, `*` or
        // a quote follows.
        size_t p = SkipSpace(w.end);
        char16_t c = At(p);
        if (p < n_ && c == '(') return true;
        if (p < n_ && c == '.') return false;
        if (p != w.end) return false;
        if (c == '{' || c == '*' || c == '\'' || c == '"') return false;
        // Anything else right after it is skipped unread, like after helpers.
        skip_next_ = p < n_;
      }
      break;
    case 'm':
      if (WordIs(w, "module")) TryModuleExports(w.end);
      break;
    case 'O':
      if (WordIs(w, "Object")) {
        TryDefineProperty(w.end);
        if (open_.empty()) TryObjectKeysLoop(w.end);
      }
      break;
    case 'r':
      if (WordIs(w, "require") && open_.empty()) TryRequireAlias(w.begin, w.end);
      break;
    default:
      break;
  }
  return true;
}

// Top-level `__export`, `__exportStar` and `_interopRequireWildcard`, after
// space or any punctuator, `.` included (`tslib.__exportStar`).
bool Lexer::IsHelperCall(Span w) const {
  if (!open_.empty() || src_[w.begin] != '_') return false;
  if (!WordIs(w, "__export") && !WordIs(w, "__exportStar") &&
      !WordIs(w, "_interopRequireWildcard")) {
    return false;
  }
  return w.begin == 0 || IsSpace(src_[w.begin - 1]) || IsPunctuator(src_[w.begin - 1]);
}

// At a helper word (see IsHelperCall):
//   __exportStar(require('x'))   __export(require('x'))
//   var|let|const _x = _interopRequireWildcard(require('x'))
// Node's lexer then resumes one character late, which the main loop
// reproduces since a `/` or quote there changes how the rest is read: the
// character after the word is skipped unread, unless it is a `(`; after the
// interop helper's `(` (which is counted) the next one is skipped.
void Lexer::OnHelperCall(Span w) {
  size_t p = w.end;
  Span req;
  if (At(p) == '(' && Ident(p + 1, &req) && WordIs(req, "require")) {
    if (src_[w.begin + 1] == '_') {
      size_t q = req.end;
      Span spec;
      if (RequireCall(&q, &spec)) AddReexport(spec);
    } else {
      TryRequireAlias(w.begin, req.end);
    }
  }
  pos_ = w.end;
  last_ = Last::kWord;
  last_begin_ = w.begin;
  last_end_ = w.end;
  if (At(pos_) == '(') {
    if (src_[w.begin + 1] == '_') return;  // __export( / __exportStar(
    open_.push_back(0);
    ++pos_;
  }
  SkipUnread();
}

// Steps over one code unit without lexing it. Node's lexer then takes it as
// the previous token: a skipped `;` makes a following `/` a regex, and a
// skipped `/` counts as a division only if the last real `/` was one.
void Lexer::SkipUnread() {
  if (pos_ >= n_) return;
  last_ = IsPunctuator(src_[pos_]) ? Last::kPunct : Last::kValue;
  last_begin_ = pos_++;
}

// --- look-ahead matchers ---

size_t Lexer::SkipSpace(size_t p) const {
  while (p < n_) {
    char16_t c = src_[p];
    if (IsSpace(c)) {
      ++p;
    } else if (c == '/' && At(p + 1) == '/') {
      p += 2;
      while (p < n_ && !IsLineBreak(src_[p])) ++p;
    } else if (c == '/' && At(p + 1) == '*') {
      p += 2;
      while (p < n_ && !(src_[p] == '*' && At(p + 1) == '/')) ++p;
      p = p < n_ ? p + 2 : n_;
    } else {
      break;
    }
  }
  return p;
}

bool Lexer::Ident(size_t p, Span* id) const {
  if (p >= n_) return false;
  size_t len;
  if (!IsIdStart(CodePointAt(p, &len))) return false;
  *id = {p, ReadWord(p + len)};
  return true;
}

bool Lexer::Keyword(size_t* p, const char* text) const {
  size_t q = SkipSpace(*p);
  Span id;
  if (!Ident(q, &id) || !WordIs(id, text)) return false;
  *p = id.end;
  return true;
}

bool Lexer::Punct(size_t* p, const char* text) const {
  size_t q = SkipSpace(*p);
  for (; *text; ++text, ++q) {
    if (At(q) != static_cast<char16_t>(*text)) return false;
  }
  *p = q;
  return true;
}

bool Lexer::AnyIdent(size_t* p, Span* id) const {
  size_t q = SkipSpace(*p);
  if (!Ident(q, id)) return false;
  *p = id->end;
  return true;
}

bool Lexer::SameIdent(size_t* p, Span want) const {
  Span id;
  size_t q = *p;
  if (!AnyIdent(&q, &id) || !SpanEquals(id, want)) return false;
  *p = q;
  return true;
}

// A '...' or "..." literal; `body` is what lies between the quotes.
bool Lexer::StringLit(size_t* p, Span* body) const {
  size_t q = SkipSpace(*p);
  char16_t c = At(q);
  if (c != '\'' && c != '"') return false;
  size_t end = q;
  if (!SkipString(&end)) return false;
  *body = {q + 1, end - 1};
  *p = end;
  return true;
}

bool Lexer::StringIs(size_t* p, const char* text) const {
  Span body;
  size_t q = *p;
  if (!StringLit(&q, &body) || !WordIs(body, text)) return false;
  *p = q;
  return true;
}

bool Lexer::ExportsObject(size_t* p) const {
  size_t q = *p;
  if (Keyword(&q, "exports") ||
      (Keyword(&q, "module") && Punct(&q, ".") && Keyword(&q, "exports"))) {
    *p = q;
    return true;
  }
  return false;
}

bool Lexer::RequireCall(size_t* p, Span* spec) const {
  size_t q = *p;
  if (!Punct(&q, "(") || !StringLit(&q, spec) || !Punct(&q, ")")) return false;
  *p = q;
  return true;
}

// The value of a string literal body, with sloppy-mode escapes (legacy octal,
// `\8`, identity escapes). False for malformed \x and \u escapes.
bool Lexer::Decode(Span body, std::u16string* out) const {
  out->clear();
  size_t i = body.begin;
  while (i < body.end) {
    char16_t c = src_[i++];
    if (c != '\\') {
      out->push_back(c);
      continue;
    }
    c = src_[i++];
    switch (c) {
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'v':
        out->push_back('\v');
        break;
      case '\r':
        if (i < body.end && src_[i] == '\n') ++i;
        break;
      case '\n':
      case 0x2028:
      case 0x2029:
        break;
      case 'x': {
        if (i + 2 > body.end) return false;
        int hi = HexValue(src_[i]);
        int lo = HexValue(src_[i + 1]);
        if (hi < 0 || lo < 0) return false;
        out->push_back(static_cast<char16_t>(hi * 16 + lo));
        i += 2;
        break;
      }
      case 'u': {
        char32_t cp = 0;
        if (i < body.end && src_[i] == '{') {
          ++i;
          size_t digits = 0;
          while (i < body.end && src_[i] != '}') {
            int h = HexValue(src_[i++]);
            if (h < 0) return false;
            cp = cp * 16 + h;
            if (cp > 0x10FFFF) return false;
            ++digits;
          }
          if (i >= body.end || digits == 0) return false;
          ++i;
        } else {
          if (i + 4 > body.end) return false;
          for (int k = 0; k < 4; ++k) {
            int h = HexValue(src_[i++]);
            if (h < 0) return false;
            cp = cp * 16 + h;
          }
        }
        AppendCodePoint(cp, out);
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          // Legacy octal: up to three digits while the value stays below 256.
          unsigned value = c - '0';
          size_t max_digits = c <= '3' ? 3 : 2;
          for (size_t k = 1; k < max_digits && i < body.end && src_[i] >= '0' && src_[i] <= '7';
               ++k) {
            value = value * 8 + (src_[i++] - '0');
          }
          out->push_back(static_cast<char16_t>(value));
        } else {
          out->push_back(c);  // identity escape, also \8 and \9
        }
        break;
    }
  }
  return true;
}

void Lexer::AddStringName(Span body) {
  std::u16string name;
  if (Decode(body, &name)) names_.Add(std::move(name));
}

void Lexer::AddUnsafe(Span body) {
  std::u16string name;
  if (Decode(body, &name)) unsafe_.insert(std::move(name));
}

void Lexer::AddReexport(Span body) {
  std::u16string spec;
  if (Decode(body, &spec)) reexports_.Add(std::move(spec));
}

// After `exports` (or `module.exports`): `.name =` or `['name'] =`. Only the
// first `=` is looked at, so `exports.a == b` counts too, as in node.
void Lexer::TryExportsMember(size_t p) {
  size_t q = p;
  Span id;
  if (Punct(&q, ".") && AnyIdent(&q, &id) && Punct(&q, "=")) {
    AddName(id);
    return;
  }
  q = p;
  Span body;
  if (Punct(&q, "[") && StringLit(&q, &body) && Punct(&q, "]") && Punct(&q, "=")) {
    AddStringName(body);
  }
}

// After `module`: `.exports` then a member assignment, or `= ...`, which
// replaces every re-export found so far.
void Lexer::TryModuleExports(size_t p) {
  if (!Punct(&p, ".") || !Keyword(&p, "exports")) return;
  TryExportsMember(p);
  if (!Punct(&p, "=")) return;
  reexports_.Clear();
  size_t q = p;
  Span spec;
  if (Keyword(&q, "require")) {
    if (RequireCall(&q, &spec)) AddReexport(spec);
  } else if (Punct(&p, "{")) {
    if (TryExportsLiteral(p)) stop_ = true;
  }
}

// Inside `module.exports = {`: shorthand, `key: ident`, `'key': ident`,
// `...ident` and `...require('x')` entries. Anything else ends the scan but
// keeps what was found before it. Returns true when the input ends right
// after the `{` or a `,`: node's lexer then stops without counting the `{`.
bool Lexer::TryExportsLiteral(size_t p) {
  for (;;) {
    if (p >= n_) return true;
    p = SkipSpace(p);
    if (At(p) == '}') return false;
    Span key;
    if (At(p) == '.' && At(p + 1) == '.' && At(p + 2) == '.') {
      Span id;
      if (!Ident(p + 3, &id)) return false;
      p = id.end;
      if (WordIs(id, "require")) {
        Span spec;
        if (!RequireCall(&p, &spec)) return false;
        AddReexport(spec);
      }
    } else if (Ident(p, &key)) {
      p = key.end;
      size_t q = p;
      bool has_value = Punct(&q, ":");
      Span value;
      if (has_value && !AnyIdent(&q, &value)) return false;
      AddName(key);
      if (has_value) {
        // node's lexer wants the `,` right after the value, not even a space.
        if (At(value.end) != ',') return false;
        p = value.end + 1;
        continue;
      }
    } else if (StringLit(&p, &key)) {
      Span value;
      if (!Punct(&p, ":") || !AnyIdent(&p, &value)) return false;
      AddStringName(key);
      if (At(value.end) != ',') return false;
      p = value.end + 1;
      continue;
    } else {
      return false;
    }
    if (!Punct(&p, ",")) return false;
  }
}

// After `Object`: `.defineProperty(exports, 'name', descriptor)`. A value
// descriptor, or a getter returning `id`, `id.prop` or `id['prop']`, defines
// the name; any other descriptor marks it unsafe.
void Lexer::TryDefineProperty(size_t p) {
  Span name;
  if (!Punct(&p, ".") || !Keyword(&p, "defineProperty") || !Punct(&p, "(") || !ExportsObject(&p) ||
      !Punct(&p, ",") || !StringLit(&p, &name)) {
    return;
  }
  if (!Punct(&p, ",") || !Punct(&p, "{")) return AddUnsafe(name);
  if (Keyword(&p, "enumerable")) {
    if (!Punct(&p, ":") || !Keyword(&p, "true") || !Punct(&p, ",")) return AddUnsafe(name);
  }
  if (Keyword(&p, "value")) {
    if (Punct(&p, ":")) return AddStringName(name);
    return AddUnsafe(name);
  }
  if (!Keyword(&p, "get")) return AddUnsafe(name);
  if (Punct(&p, ":")) {
    if (!Keyword(&p, "function")) return AddUnsafe(name);
    Span fn_name;
    AnyIdent(&p, &fn_name);
  }
  Span id;
  if (!Punct(&p, "(") || !Punct(&p, ")") || !Punct(&p, "{") || !Keyword(&p, "return") ||
      !AnyIdent(&p, &id)) {
    return AddUnsafe(name);
  }
  if (Punct(&p, ".")) {
    if (!AnyIdent(&p, &id)) return AddUnsafe(name);
  } else if (Punct(&p, "[")) {
    Span prop;
    if (!StringLit(&p, &prop) || !Punct(&p, "]")) return AddUnsafe(name);
  }
  Punct(&p, ";");
  if (!Punct(&p, "}")) return AddUnsafe(name);
  Punct(&p, ",");
  if (!Punct(&p, "}") || !Punct(&p, ")")) return AddUnsafe(name);
  AddStringName(name);
}

// `Object[.prototype].hasOwnProperty.call(<id>, key)` or
// `<id>.hasOwnProperty(key)`.
bool Lexer::HasOwnPropertyCall(size_t* p, Span key) const {
  size_t q = *p;
  Span obj;
  if (Keyword(&q, "Object")) {
    size_t r = q;
    if (Punct(&r, ".") && Keyword(&r, "prototype")) q = r;
    if (!Punct(&q, ".") || !Keyword(&q, "hasOwnProperty") || !Punct(&q, ".") ||
        !Keyword(&q, "call") || !Punct(&q, "(") || !AnyIdent(&q, &obj) || !Punct(&q, ",") ||
        !SameIdent(&q, key) || !Punct(&q, ")")) {
      return false;
    }
    *p = q;
    return true;
  }
  q = *p;
  if (!AnyIdent(&q, &obj) || !Punct(&q, ".") || !Keyword(&q, "hasOwnProperty") || !Punct(&q, "(") ||
      !SameIdent(&q, key) || !Punct(&q, ")")) {
    return false;
  }
  *p = q;
  return true;
}

// The Babel / TypeScript star re-export loop, at top level, after `Object`:
//   .keys(_x).forEach(function (k) {
//     <guard>
//     exports[k] = _x[k];  |  Object.defineProperty(exports, k, { getter })
//   })
// where _x was bound by a top-level `var _x = require('x')`.
void Lexer::TryObjectKeysLoop(size_t p) {
  Span source;
  Span key;
  if (!Punct(&p, ".") || !Keyword(&p, "keys") || !Punct(&p, "(") || !AnyIdent(&p, &source) ||
      !Punct(&p, ")") || !Punct(&p, ".") || !Keyword(&p, "forEach") || !Punct(&p, "(") ||
      !Keyword(&p, "function") || !Punct(&p, "(") || !AnyIdent(&p, &key) || !Punct(&p, ")") ||
      !Punct(&p, "{") || !Keyword(&p, "if") || !Punct(&p, "(") || !SameIdent(&p, key)) {
    return;
  }
  if (Punct(&p, "===")) {
    // if (k === 'default' || k === '__esModule') return;
    if (!(StringIs(&p, "default") && Punct(&p, "||") && SameIdent(&p, key) && Punct(&p, "===") &&
          StringIs(&p, "__esModule") && Punct(&p, ")") && Keyword(&p, "return"))) {
      return;
    }
    Punct(&p, ";");
    // Optional: if (Object.prototype.hasOwnProperty.call(_exportNames, k)) return;
    size_t q = p;
    if (Keyword(&q, "if") && Punct(&q, "(") && HasOwnPropertyCall(&q, key) && Punct(&q, ")") &&
        Keyword(&q, "return")) {
      Punct(&q, ";");
      p = q;
    }
    // Optional: if (k in exports && exports[k] === _x[k]) return;
    q = p;
    if (Keyword(&q, "if") && Punct(&q, "(") && SameIdent(&q, key) && Keyword(&q, "in") &&
        ExportsObject(&q) && Punct(&q, "&&") && ExportsObject(&q) && Punct(&q, "[") &&
        SameIdent(&q, key) && Punct(&q, "]") && Punct(&q, "===") && SameIdent(&q, source) &&
        Punct(&q, "[") && SameIdent(&q, key) && Punct(&q, "]") && Punct(&q, ")") &&
        Keyword(&q, "return") && Punct(&q, ";")) {
      p = q;
    }
  } else if (Punct(&p, "!==")) {
    // if (k !== 'default' [&& !<hasOwnProperty call>])
    if (!StringIs(&p, "default")) return;
    if (Punct(&p, "&&")) {
      if (!Punct(&p, "!") || !HasOwnPropertyCall(&p, key)) return;
    }
    if (!Punct(&p, ")")) return;
  } else {
    return;
  }
  size_t q = p;
  if (ExportsObject(&q)) {
    // exports[k] = _x[k];
    if (!Punct(&q, "[") || !SameIdent(&q, key) || !Punct(&q, "]") || !Punct(&q, "=") ||
        !SameIdent(&q, source) || !Punct(&q, "[") || !SameIdent(&q, key) || !Punct(&q, "]")) {
      return;
    }
    Punct(&q, ";");
  } else {
    // Object.defineProperty(exports, k, { enumerable: true, get: function () {
    //   return _x[k]; } });
    q = p;
    if (!Keyword(&q, "Object") || !Punct(&q, ".") || !Keyword(&q, "defineProperty") ||
        !Punct(&q, "(") || !ExportsObject(&q) || !Punct(&q, ",") || !SameIdent(&q, key) ||
        !Punct(&q, ",") || !Punct(&q, "{") || !Keyword(&q, "enumerable") || !Punct(&q, ":") ||
        !Keyword(&q, "true") || !Punct(&q, ",") || !Keyword(&q, "get")) {
      return;
    }
    if (Punct(&q, ":")) {
      Span fn_name;
      if (!Keyword(&q, "function")) return;
      AnyIdent(&q, &fn_name);
    }
    if (!Punct(&q, "(") || !Punct(&q, ")") || !Punct(&q, "{") || !Keyword(&q, "return") ||
        !SameIdent(&q, source) || !Punct(&q, "[") || !SameIdent(&q, key) || !Punct(&q, "]")) {
      return;
    }
    Punct(&q, ";");
    if (!Punct(&q, "}")) return;
    Punct(&q, ",");
    if (!Punct(&q, "}") || !Punct(&q, ")")) return;
    Punct(&q, ";");
  }
  if (!Punct(&q, "}") || !Punct(&q, ")")) return;
  auto it =
      require_aliases_.find(std::u16string(src_.substr(source.begin, source.end - source.begin)));
  if (it != require_aliases_.end()) reexports_.Add(it->second);
}

// `var|let|const _x = <expr>require('x')`, found by looking back from the
// start of <expr> (`require` itself or the interop helper) with node's
// lexer's strictness: plain spaces only, no comments. `require_end` is the
// end of the `require` word.
void Lexer::TryRequireAlias(size_t p, size_t require_end) {
  while (p > 0 && src_[p - 1] == ' ') --p;
  if (p == 0 || src_[p - 1] != '=') return;
  --p;
  while (p > 0 && src_[p - 1] == ' ') --p;
  Span id{p, p};
  while (id.begin > 0) {
    size_t len;
    if (!IsIdPart(CodePointBefore(id.begin, &len))) break;
    id.begin -= len;
  }
  size_t len;
  if (id.begin == id.end || !IsIdStart(CodePointAt(id.begin, &len))) return;
  p = id.begin;
  while (p > 0 && src_[p - 1] == ' ') --p;
  if (!EndsWith(p, 0, "var") && !EndsWith(p, 0, "let") && !EndsWith(p, 0, "const")) return;
  Span spec_body;
  std::u16string spec;
  if (!RequireCall(&require_end, &spec_body) || !Decode(spec_body, &spec)) return;
  require_aliases_[std::u16string(src_.substr(id.begin, id.end - id.begin))] = std::move(spec);
}

}  // namespace

bool LexCjsExports(std::u16string_view source, CjsExports* out) {
  Lexer lexer(source);
  return lexer.Run(out);
}

}  // namespace eddy
