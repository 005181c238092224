// eddy: util.parseArgs(). Behaviour follows node 20's documentation and its
// observed results: arguments become tokens (options, positionals, the '--'
// terminator), which are then checked (strict mode) and stored.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateObject, validateString,
} = require('internal/validators');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

// An option's setting, ignoring inherited properties.
function setting(options, name, key) {
  if (!hasOwn(options, name)) return undefined;
  const config = options[name];
  return hasOwn(config, key) ? config[key] : undefined;
}

// The long name for a one-letter alias, or the letter itself when unknown.
function longNameFor(letter, options) {
  for (const name of Object.keys(options)) {
    if (setting(options, name, 'short') === letter) return name;
  }
  return letter;
}

// The user's arguments when none are given: argv after the script, or after
// the executable under -e/-p.
function defaultArgs() {
  const execArgv = process.execArgv || [];
  const evaluating = execArgv.some((a) => a === '-e' || a === '--eval' || a === '-p' ||
    a === '--print' || a.startsWith('--eval=') || a.startsWith('--print='));
  return process.argv.slice(evaluating ? 1 : 2);
}

function validateOptions(options) {
  for (const name of Object.keys(options)) {
    const config = options[name];
    const where = `options.${name}`;
    validateObject(config, where);
    const type = setting(options, name, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`${where}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `${where}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${where}.short`, short, 'must be a single character');
      }
    }
    const multiple = setting(options, name, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `${where}.multiple`);
    const defaultValue = setting(options, name, 'default');
    if (defaultValue !== undefined) {
      const check = type === 'string' ? validateString : validateBoolean;
      if (multiple) {
        validateArray(defaultValue, `${where}.default`);
        defaultValue.forEach((v, i) => check(v, `${where}.default[${i}]`));
      } else {
        check(defaultValue, `${where}.default`);
      }
    }
  }
}

// Splits the argument list into tokens. Short groups ('-abc') are unpacked
// in place so each letter is read as its own option; the pieces keep the
// index of the argument they came from.
function tokenize(args, options) {
  const tokens = [];
  const queue = args.map((arg, index) => ({ arg, index }));
  const isString = (name) => setting(options, name, 'type') === 'string';
  const option = (name, rawName, index, value, inlineValue) =>
    ({ kind: 'option', name, rawName, index, value, inlineValue });
  while (queue.length > 0) {
    const { arg, index } = queue.shift();
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: rest.index, value: rest.arg });
      break;
    }
    const isStr = typeof arg === 'string';
    if (isStr && arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {
      // -f, with the next argument as its value for a string option
      const name = longNameFor(arg[1], options);
      if (isString(name) && queue.length > 0) {
        tokens.push(option(name, arg, index, queue.shift().arg, false));
      } else {
        tokens.push(option(name, arg, index, undefined, undefined));
      }
    } else if (isStr && arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
      const first = longNameFor(arg[1], options);
      if (isString(first)) {
        // -fVALUE
        tokens.push(option(first, `-${arg[1]}`, index, arg.slice(2), true));
        continue;
      }
      // -abc; a string option inside the group takes the rest as its value
      const pieces = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = arg[i];
        if (!isString(longNameFor(letter, options)) || i === arg.length - 1) {
          pieces.push({ arg: `-${letter}`, index });
        } else {
          pieces.push({ arg: `-${letter}${arg.slice(i + 1)}`, index });
          break;
        }
      }
      queue.unshift(...pieces);
    } else if (isStr && arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);  // '--=x' is a name, not a value
      if (eq !== -1) {
        tokens.push(option(arg.slice(2, eq), arg.slice(0, eq), index, arg.slice(eq + 1), true));
        continue;
      }
      const name = arg.slice(2);
      if (isString(name) && queue.length > 0) {
        tokens.push(option(name, arg, index, queue.shift().arg, false));
      } else {
        tokens.push(option(name, arg, index, undefined, undefined));
      }
    } else {
      tokens.push({ kind: 'positional', index, value: arg });
    }
  }
  return tokens;
}

function describe(options, name) {
  const short = setting(options, name, 'short');
  return `${short ? `-${short}, ` : ''}--${name}`;
}

function checkStrict(token, config) {
  const { options } = config;
  let name = token.name;
  if (!hasOwn(options, name)) {
    if (config.allowNegative && name.startsWith('no-') &&
        setting(options, name.slice(3), 'type') === 'boolean') {
      name = name.slice(3);
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const type = setting(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${describe(options, name)} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${describe(options, name)}' does not take an argument`);
  }
  if (token.inlineValue === false && typeof token.value === 'string' &&
      token.value[0] === '-' && token.value !== '-') {
    const example = token.rawName.startsWith('--') ?
      `'--${token.name}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function store(values, options, name, value) {
  if (name === '__proto__') return;
  if (setting(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [];
    values[name].push(value);
  } else {
    values[name] = value;
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = config.args ?? defaultArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptions(options);

  const parseConfig = { options, allowPositionals, allowNegative };
  const result = { values: { __proto__: null }, positionals: [] };
  const tokens = tokenize(args, options);
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkStrict(token, parseConfig);
      if (allowNegative && token.name.startsWith('no-') && token.value === undefined) {
        token.name = token.name.slice(3);
        store(result.values, options, token.name, false);
      } else {
        store(result.values, options, token.name, token.value ?? true);
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const name of Object.keys(options)) {
    const defaultValue = setting(options, name, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined) {
      result.values[name] = defaultValue;
    }
  }
  if (returnTokens) {
    result.tokens = tokens;
  }
  return result;
}

module.exports = { parseArgs };
