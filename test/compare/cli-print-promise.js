// -p with a promise value prints Promise { <pending> } style output
// immediately, and the code's side effects still happen.
console.log('never');
