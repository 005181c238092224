// eddy: terminal colour support shared by tty.WriteStream, util and the
// REPL-less -p printer (node's lib/internal/tty.js, reduced to the
// environment rules that decide the common cases).
'use strict';

// Color depth of a terminal from the environment (node's
// lib/internal/tty.js getColorDepth, simplified to the common cases).
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return 4;
      case '2': return 8;
      case '3': return 24;
      default: return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return 1;
  }
  if (env.TMUX) return 24;
  if (env.CI) {
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITEA_ACTIONS',
      'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'].some((k) => k in env) ||
        env.CI_NAME === 'codeship') {
      return 8;
    }
    return 1;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM) || /-256(color)?$/i.test(env.TERM)) return 8;
    if (/^(xterm|screen|vt100|vt220|rxvt|color|ansi|cygwin|linux|konsole|tmux)/i.test(env.TERM)) {
      return 4;
    }
  }
  if (env.COLORTERM) return 4;
  return 1;
}

// hasColors([count][, env]): whether the terminal shows `count` colours.
function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
