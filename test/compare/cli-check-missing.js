// --check on a file that does not exist: the same MODULE_NOT_FOUND error as
// running it, with the path resolved to an absolute one.
console.log('never');
