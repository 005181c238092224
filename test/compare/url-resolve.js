'use strict';
// url.resolve() over a grid of bases and references.
const url = require('url');
const bases = ['http://a/b/c/d;p?q', 'http://u:p@h:1/x/', 'mailto:a@b.com', 'file:///a/b',
  'x:y/z', '/a/b', 'a/b', '', 'javascript:void(0)', '//h/p'];
const refs = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', 'g;x', '', '.', './',
  '..', '../', '../g', '../..', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
  '..g', './../g', 'g;x=1/../y', 'http:g', 'https://other/x', 'ftp:y', 'mailto:c@d', 'c@d'];
for (const base of bases) {
  for (const ref of refs) console.log(JSON.stringify(base), JSON.stringify(ref), url.resolve(base, ref));
}
