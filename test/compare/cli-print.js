// -p prints the completion value of the code with util.inspect; here an
// object (this file is only an argument).
console.log('never: this file is not run with -p');
