// `--` ends the options: a following `-x` is the main script's name; node
// keeps a name that starts with '-' unresolved in the not-found message.
console.log('never');
