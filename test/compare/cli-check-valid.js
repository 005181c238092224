// --check on a valid script: nothing runs, nothing is printed, exit 0.
console.log('never: --check does not run the script');
process.exitCode = 3;
