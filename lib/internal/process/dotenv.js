// eddy: .env files, as node 20 reads them for --env-file, process.loadEnvFile()
// and util.parseEnv(). The parser follows node 20's rules, quirks included:
// `KEY=value` lines, `#` comments (also after an unquoted value), an
// `export ` prefix, '...', "..." (with \n expanded, and spanning lines) and
// `...` values, spaces (not tabs) trimmed around keys and values, and a line
// without `=` running on into the next line's key. Later keys win; the
// result's keys come out sorted, as from node's std::map.
'use strict';

function trimSpaces(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) === 32) start++;
  while (end > start && s.charCodeAt(end - 1) === 32) end--;
  return s.slice(start, end);
}

function parseEnv(input) {
  const store = new Map();
  let content = trimSpaces(String(input).replace(/\r/g, ''));
  while (content.length > 0) {
    if (content[0] === '\n' || content[0] === '#') {
      const newline = content.indexOf('\n');
      if (newline !== -1) {
        content = content.slice(newline + 1);
        continue;
      }
    }
    const equal = content.indexOf('=');
    if (equal === -1) break;
    let key = trimSpaces(content.slice(0, equal));
    content = trimSpaces(content.slice(equal + 1));
    if (key.length === 0) break;
    if (key.startsWith('export ')) key = trimSpaces(key.slice(7));
    if (content.length === 0) {
      store.set(key, '');
      break;
    }
    const quote = content[0];
    if (quote === '"') {
      const closing = content.indexOf('"', 1);
      if (closing !== -1) {
        store.set(key, content.slice(1, closing).replace(/\\n/g, '\n'));
        const newline = content.indexOf('\n', closing + 1);
        content = newline === -1 ? '' : content.slice(newline + 1);
        continue;
      }
    }
    if (quote === "'" || quote === '"' || quote === '`') {
      const closing = content.indexOf(quote, 1);
      if (closing === -1) {
        // No closing quote: the rest of the line, quote included.
        const newline = content.indexOf('\n');
        if (newline !== -1) {
          store.set(key, content.slice(0, newline));
          content = content.slice(newline);
        }
      } else {
        store.set(key, content.slice(1, closing));
        const newline = content.indexOf('\n', closing + 1);
        content = newline === -1 ? '' : content.slice(newline + 1);
      }
    } else {
      const newline = content.indexOf('\n');
      let value;
      if (newline !== -1) {
        value = content.slice(0, newline);
        const hash = value.indexOf('#');
        if (hash !== -1) value = value.slice(0, hash);
        content = content.slice(newline);
      } else {
        value = content;
        content = '';
      }
      store.set(key, trimSpaces(value));
    }
  }
  const out = {};
  for (const key of [...store.keys()].sort()) out[key] = store.get(key);
  return out;
}

// Sets the variables of a .env text that the environment does not already
// have (--env-file and process.loadEnvFile()).
function applyEnv(text) {
  const parsed = parseEnv(text);
  for (const key of Object.keys(parsed)) {
    if (process.env[key] === undefined) process.env[key] = parsed[key];
  }
}

function loadEnvFile(path) {
  applyEnv(require('fs').readFileSync(path, 'utf8'));
}

module.exports = { parseEnv, applyEnv, loadEnvFile };
