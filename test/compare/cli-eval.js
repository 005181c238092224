// -e: the code runs as [eval] (this file is only an argument), with
// require, __filename, module and process.argv as node sets them.
console.log('never: this file is not run with -e');
