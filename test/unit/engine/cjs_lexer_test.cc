// eddy: unit tests for the CommonJS export lexer (src/engine/cjs_lexer.h).
// Every expectation was checked against node 20 first: its cjs-module-lexer
// output and, for samples that are valid modules, the names that
// `import * as m from './x.cjs'` shows.
#include "engine/cjs_lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace eddy {
namespace {

using Names = std::vector<std::string>;

CjsExports Lex(std::u16string_view source) {
  CjsExports out;
  EXPECT_TRUE(LexCjsExports(source, &out));
  return out;
}

TEST(CjsLexerTest, DotAssignments) {
  CjsExports r =
      Lex(u"exports.a = 1;\n"
          u"exports.b = function () {};\n"
          u"module.exports.c = 2;\n");
  EXPECT_EQ(r.exports, (Names{"a", "b", "c"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, ComputedStringAssignments) {
  CjsExports r =
      Lex(u"exports['a'] = 1;\n"
          u"exports[\"b-c\"] = 2;\n"
          u"module.exports['d'] = 3;\n");
  EXPECT_EQ(r.exports, (Names{"a", "b-c", "d"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, DuplicatesKeepFirstAppearance) {
  CjsExports r =
      Lex(u"exports.b = 1;\n"
          u"exports.a = 2;\n"
          u"exports.b = 3;\n");
  EXPECT_EQ(r.exports, (Names{"b", "a"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, OnlyTheFirstEqualsSignIsChecked) {
  CjsExports r =
      Lex(u"if (exports.a == 1) {}\n"
          u"exports.b += 1;\n"
          u"exports.c = 1;\n");
  EXPECT_EQ(r.exports, (Names{"a", "c"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, OtherObjectsAndDynamicKeysAreIgnored) {
  CjsExports r =
      Lex(u"x.exports.a = 1;\n"
          u"_exports.b = 1;\n"
          u"exports.\\u0061c = 1;\n"
          u"module['exports'].d = 1;\n"
          u"exports[`e`] = 1;\n"
          u"exports['f' + g] = 1;\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, NestedScopesCountWithoutScopeAnalysis) {
  CjsExports r =
      Lex(u"(function () {\n"
          u"  exports.a = 1;\n"
          u"  if (x) { exports.b = 2; }\n"
          u"})();\n"
          u"function f(exports) { exports.c = 3; }\n");
  EXPECT_EQ(r.exports, (Names{"a", "b", "c"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, CommentsAndStringsAreSkipped) {
  CjsExports r =
      Lex(u"// exports.a = 1\n"
          u"/* exports.b = 1 */\n"
          u"'exports.c = 1';\n"
          u"\"exports.d = 1\";\n"
          u"`exports.e = 1`;\n"
          u"exports.f = 1;\n");
  EXPECT_EQ(r.exports, (Names{"f"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, TemplateExpressionsAreCode) {
  CjsExports r =
      Lex(u"x = `a${`b${ {c: 1} }`}${exports.a = 1}`;\n"
          u"exports.b = `}`;\n");
  EXPECT_EQ(r.exports, (Names{"a", "b"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, SlashAfterValuesIsDivision) {
  CjsExports r =
      Lex(u"x = a / (exports.a = 1) / 2;\n"
          u"x = f(y) / (exports.b = 1) / 2;\n"
          u"x = a++ / (exports.c = 1) / 2;\n"
          u"x = y.return / (exports.d = 1) / 2;\n"
          u"x = {} / (exports.e = 1) / 2;\n"
          u"x = 1. / (exports.f = 1) / 2;\n"
          u"x = `t` / (exports.g = 1) / 2;\n");
  EXPECT_EQ(r.exports, (Names{"a", "b", "c", "d", "e", "f", "g"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, SlashAfterOperatorsAndKeywordsIsRegex) {
  CjsExports r =
      Lex(u"x = [/(exports.a = 1)/];\n"
          u"if (x) /(exports.b = 1)/.test(y);\n"
          u"function g() { return /(exports.c = 1)/; }\n"
          u"function h() {}\n"
          u"/(exports.d = 1)/.test(z);\n"
          u"x = typeof /(exports.e = 1)/;\n"
          u"x = y ? /(exports.f = 1)/ : 0;\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, RegexClassesAndEscapes) {
  CjsExports r =
      Lex(u"x = /[/]\\/(exports.a = 1)/g;\n"
          u"exports.b = x;\n");
  EXPECT_EQ(r.exports, (Names{"b"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, DefinePropertyValue) {
  CjsExports r =
      Lex(u"Object.defineProperty(exports, 'a', { value: 1 });\n"
          u"Object.defineProperty(module.exports, \"b\", { enumerable: true, value: 2 });\n");
  EXPECT_EQ(r.exports, (Names{"a", "b"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, DefinePropertyGetters) {
  CjsExports r =
      Lex(u"Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return m.a; "
          u"} });\n"
          u"Object.defineProperty(exports, 'b', { enumerable: true, get() { return m['b'] } });\n"
          u"Object.defineProperty(exports, 'c', { get: function get() { return c; } });\n");
  EXPECT_EQ(r.exports, (Names{"a", "b", "c"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, OtherDescriptorsMakeTheNameUnsafe) {
  CjsExports r =
      Lex(u"exports.a = 1;\n"
          u"Object.defineProperty(exports, 'a', { get() { return compute(); } });\n"
          u"exports.b = 1;\n"
          u"Object.defineProperty(exports, 'c', { enumerable: false, get() { return p; } });\n"
          u"Object.defineProperty(exports, 'd', { get: () => p });\n");
  EXPECT_EQ(r.exports, (Names{"b"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, EsModuleFlagByDefineProperty) {
  CjsExports r = Lex(u"Object.defineProperty(exports, '__esModule', { value: true });\n");
  EXPECT_EQ(r.exports, (Names{"__esModule"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, EsModuleFlagByAssignment) {
  CjsExports r =
      Lex(u"\"use strict\";\n"
          u"exports.__esModule = true;\n");
  EXPECT_EQ(r.exports, (Names{"__esModule"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, ModuleExportsRequireLastOneWins) {
  CjsExports r =
      Lex(u"module.exports = require('./a');\n"
          u"if (x) module.exports = require('./b');\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, (Names{"./b"}));
}

TEST(CjsLexerTest, ModuleExportsAssignmentResetsReexports) {
  CjsExports r =
      Lex(u"__exportStar(require('./s'), exports);\n"
          u"module.exports = factory();\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, StarReexportsAfterModuleExportsAssignmentAdd) {
  CjsExports r =
      Lex(u"module.exports = require('./a');\n"
          u"__exportStar(require('./s'), exports);\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, (Names{"./a", "./s"}));
}

TEST(CjsLexerTest, ObjectLiteral) {
  CjsExports r =
      Lex(u"module.exports = {\n"
          u"  a,\n"
          u"  b: c,\n"
          u"  'd': e,\n"
          u"  \"f-g\": h,\n"
          u"  ...i,\n"
          u"  ...require('./j'),\n"
          u"};\n");
  EXPECT_EQ(r.exports, (Names{"a", "b", "d", "f-g"}));
  EXPECT_EQ(r.reexports, (Names{"./j"}));
}

TEST(CjsLexerTest, ObjectLiteralStopsAtOtherValues) {
  CjsExports r = Lex(u"module.exports = { a, b: require('c'), d };\n");
  EXPECT_EQ(r.exports, (Names{"a", "b"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, ObjectLiteralValueMustTouchComma) {
  CjsExports r = Lex(u"module.exports = { a: x , b };\n");
  EXPECT_EQ(r.exports, (Names{"a"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, ObjectLiteralNonIdentifierValue) {
  CjsExports r = Lex(u"module.exports = { a: 1, b };\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, EsbuildAnnotation) {
  CjsExports r = Lex(u"0 && (module.exports = { a, b });\n");
  EXPECT_EQ(r.exports, (Names{"a", "b"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, TypeScriptStarReexports) {
  CjsExports r =
      Lex(u"__exportStar(require(\"./a\"), exports);\n"
          u"tslib_1.__exportStar(require(\"./b\"), exports);\n"
          u"__export(require(\"./c\"));\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, (Names{"./a", "./b", "./c"}));
}

TEST(CjsLexerTest, StarReexportsOnlyAtTopLevel) {
  CjsExports r =
      Lex(u"function f() { __exportStar(require('./a'), exports); }\n"
          u"if (x) { __export(require('./b')); }\n"
          u"__exportStar( require('./c'));\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, BabelStarReexport) {
  CjsExports r =
      Lex(u"\"use strict\";\n"
          u"\n"
          u"exports.__esModule = true;\n"
          u"\n"
          u"var _external = require(\"external\");\n"
          u"\n"
          u"Object.keys(_external).forEach(function (key) {\n"
          u"  if (key === \"default\" || key === \"__esModule\") return;\n"
          u"  exports[key] = _external[key];\n"
          u"});\n");
  EXPECT_EQ(r.exports, (Names{"__esModule"}));
  EXPECT_EQ(r.reexports, (Names{"external"}));
}

TEST(CjsLexerTest, BabelStarReexportWithGetter) {
  CjsExports r =
      Lex(u"var _x = _interopRequireWildcard(require(\"./x\"));\n"
          u"var _exportNames = {};\n"
          u"Object.keys(_x).forEach(function (key) {\n"
          u"  if (key === \"default\" || key === \"__esModule\") return;\n"
          u"  if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;\n"
          u"  if (key in exports && exports[key] === _x[key]) return;\n"
          u"  Object.defineProperty(exports, key, {\n"
          u"    enumerable: true,\n"
          u"    get: function () {\n"
          u"      return _x[key];\n"
          u"    }\n"
          u"  });\n"
          u"});\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, (Names{"./x"}));
}

TEST(CjsLexerTest, BabelStarReexportNeedsTopLevelBinding) {
  CjsExports r =
      Lex(u"function load() { var _x = require(\"./x\"); }\n"
          u"Object.keys(_x).forEach(function (key) {\n"
          u"  if (key === \"default\" || key === \"__esModule\") return;\n"
          u"  exports[key] = _x[key];\n"
          u"});\n");
  EXPECT_EQ(r.exports, Names{});
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, UnicodeNames) {
  CjsExports r =
      Lex(u"exports.caf\u00e9 = 1;\n"
          u"exports['\\u{1F600}'] = 2;\n"
          u"exports.\u2135 = 3;\n");
  EXPECT_EQ(r.exports, (Names{"caf\xc3"
                              "\xa9",
                              "\xf0"
                              "\x9f"
                              "\x98"
                              "\x80",
                              "\xe2"
                              "\x84"
                              "\xb5"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, StringNamesUseSloppyEscapes) {
  CjsExports r =
      Lex(u"exports['\\101\\8'] = 1;\n"
          u"exports['\\x41\\u0042'] = 2;\n"
          u"exports['a\\\n"
          u"b'] = 3;\n");
  EXPECT_EQ(r.exports, (Names{"A8", "AB", "ab"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, MalformedStringNamesAreDropped) {
  CjsExports r =
      Lex(u"exports['\\ud800'] = 1;\n"
          u"exports['\\x4'] = 2;\n"
          u"exports['ok'] = 3;\n");
  EXPECT_EQ(r.exports, (Names{"ok"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, ReservedWordsAreNames) {
  CjsExports r =
      Lex(u"exports.default = 1;\n"
          u"exports.class = 2;\n"
          u"exports['if'] = 3;\n");
  EXPECT_EQ(r.exports, (Names{"default", "class", "if"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, HashbangIsSkipped) {
  CjsExports r =
      Lex(u"#!/usr/bin/env node\n"
          u"exports.a = 1;\n");
  EXPECT_EQ(r.exports, (Names{"a"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, ByteOrderMarkIsNotSpace) {
  CjsExports r = Lex(u"\ufeffexports.a = 1; exports.b = 2;\n");
  EXPECT_EQ(r.exports, (Names{"b"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, UnclosedBlockCommentIsAccepted) {
  CjsExports r = Lex(u"exports.a = 1; /* exports.b = 2");
  EXPECT_EQ(r.exports, (Names{"a"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, DepthIsOneCounterForParensAndBraces) {
  CjsExports r = Lex(u"exports.a = (1 }; exports.b = 1;");
  EXPECT_EQ(r.exports, (Names{"a", "b"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, DynamicImportIsAccepted) {
  CjsExports r = Lex(u"exports.a = 1; import('./x'); function f() { import x from 'y' }");
  EXPECT_EQ(r.exports, (Names{"a"}));
  EXPECT_EQ(r.reexports, Names{});
}

TEST(CjsLexerTest, LexErrors) {
  CjsExports out;
  EXPECT_FALSE(LexCjsExports(u"exports.a = 'abc", &out));  // UnterminatedString
  EXPECT_FALSE(
      LexCjsExports(u"exports.a = 'abc\n"
                    u"def';",
                    &out));                                     // NewlineInString
  EXPECT_FALSE(LexCjsExports(u"exports.a = `abc ${ x", &out));  // UnterminatedTemplate
  EXPECT_FALSE(
      LexCjsExports(u"exports.a = /abc\n"
                    u"/;",
                    &out));                                // UnterminatedRegex
  EXPECT_FALSE(LexCjsExports(u"exports.a = /[/;", &out));  // UnterminatedRegexClass
  EXPECT_FALSE(LexCjsExports(u"exports.a = (1", &out));    // UnclosedParen
  EXPECT_FALSE(LexCjsExports(u"exports.a = 1 }", &out));   // UnexpectedClosingBrace
  EXPECT_FALSE(LexCjsExports(u"import x from 'y'; exports.a = 1;", &out));  // TopLevelImport
  EXPECT_FALSE(LexCjsExports(u"export const a = 1;", &out));                // TopLevelExport
  EXPECT_FALSE(LexCjsExports(u"x = import.meta;", &out));                   // ImportMeta
}

TEST(CjsLexerTest, RawLoneSurrogatesAreNotNames) {
  // Source text can hold unpaired surrogates; names containing one are
  // dropped, and one is not an identifier character.
  std::u16string source = u"exports['a";
  source += static_cast<char16_t>(0xD800);
  source += u"'] = 1;\nexports.b";
  source += static_cast<char16_t>(0xDC00);
  source += u" = 2;\nexports.c = 3;\n";
  CjsExports r = Lex(source);
  EXPECT_EQ(r.exports, Names{"c"});
}

TEST(CjsLexerTest, ResultReplacesPreviousContents) {
  CjsExports out;
  ASSERT_TRUE(LexCjsExports(u"exports.a = 1; module.exports = require('x');", &out));
  ASSERT_TRUE(LexCjsExports(u"exports.b = 1;", &out));
  EXPECT_EQ(out.exports, Names{"b"});
  EXPECT_EQ(out.reexports, Names{});
}

TEST(CjsLexerTest, DeepNestingDoesNotRecurse) {
  std::u16string source = u"exports.a = ";
  for (int i = 0; i < 100000; ++i) source += u"(`${";
  source += u"exports.b = 1";
  for (int i = 0; i < 100000; ++i) source += u"}`)";
  CjsExports r = Lex(source);
  EXPECT_EQ(r.exports, (Names{"a", "b"}));
}

TEST(CjsLexerTest, LargeMinifiedInput) {
  // About 1 MB, shaped like minified output: dense punctuation, regexes and
  // divisions, strings and templates on one line.
  std::u16string chunk =
      u"var e=function(t,n){return t/n/2},r=/[/]\\//g.test(\"a'b\")?`${e(1,2)}`:{a:[1,2]};"
      u"if(r)/x/.exec(e);";
  std::u16string source;
  while (source.size() < (1u << 20)) source += chunk;
  source += u"exports.last=e;";
  CjsExports r = Lex(source);
  EXPECT_EQ(r.exports, Names{"last"});
}

}  // namespace
}  // namespace eddy
