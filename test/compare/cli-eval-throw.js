// -e code that throws: [eval] arrow, stack (two frames: node adds an
// internal [eval]-wrapper frame after them) and exit code 1.
console.log('never');
