// `-` reads the program from stdin ([stdin] as its name); this file is an
// argument. The stdin program throws to show the arrow's file name.
console.log('never');
