// eddy: static detection of the named exports of a CommonJS module, so that
// `import { a } from './x.cjs'` can see `a` before the module runs. Mirrors the
// results of Node 20's cjs-module-lexer (lib/internal/modules/esm/translators.js
// calls it for every CommonJS module imported from ESM); no source is shared.
#ifndef EDDY_ENGINE_CJS_LEXER_H_
#define EDDY_ENGINE_CJS_LEXER_H_

#include <string>
#include <string_view>
#include <vector>

namespace eddy {

struct CjsExports {
  // Names in order of first appearance, without duplicates, UTF-8. Names
  // that are not well-formed Unicode (lone surrogates, bad escapes) are left
  // out; names defined through an unrecognised Object.defineProperty form are
  // removed however else they were found, as node does.
  std::vector<std::string> exports;
  // Specifiers whose exports are re-exported (`module.exports = require(s)`,
  // `...require(s)` in a `module.exports = {}` literal, TypeScript and Babel
  // star re-exports at top level). The loader resolves and lexes them in turn.
  std::vector<std::string> reexports;
};

// Scans `source` (the module text as node reads it: a byte order mark is not
// skipped) and fills `out`. What is recognised:
//   exports.a = / exports['a'] = / module.exports.a = / module.exports['a'] =
//   Object.defineProperty(exports, 'a', { [enumerable: true,] value: ... })
//   Object.defineProperty(exports, 'a', { [enumerable: true,] get() { return x.y } })
//     (also `get: function [name]() {...}`; any other descriptor for 'a' makes
//     'a' unsafe and drops it from the result)
//   module.exports = require('x')             last such assignment wins
//   module.exports = { a, b: c, 'd': e, ...f, ...require('x') }
//   top level: __exportStar(require('x')), __export(require('x')),
//     var _x = [_interopRequireWildcard(]require('x') followed by the Babel /
//     TypeScript `Object.keys(_x).forEach(function (k) { ... })` loop.
// Comments, strings, template literals (nested `${}`), regular expressions and
// the regex/division ambiguity are handled with node's lexer's heuristics.
// Returns false, leaving `out` untouched, where node's lexer throws:
// unterminated string, template or regular expression, unbalanced `()`/`{}`,
// or a top-level `import` / `export` statement (node then offers no named
// exports). Runs in linear time without a JS engine.
bool LexCjsExports(std::u16string_view source, CjsExports* out);

}  // namespace eddy

#endif  // EDDY_ENGINE_CJS_LEXER_H_
