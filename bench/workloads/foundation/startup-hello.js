// bench: metric=wall+rss, runs=20
//
// Process start-up and shutdown cost: the smallest possible script. Wall time
// is the whole process lifetime (spawn to exit) as seen by the runner; max RSS
// is the resident memory the runtime needs just to boot.
console.log('hello');
