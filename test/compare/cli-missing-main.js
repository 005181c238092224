// A main script that does not exist (named in .flags; this file is only an
// argument): MODULE_NOT_FOUND with the absolute path, exit 1.
console.log('never');
