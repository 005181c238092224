// bench: metric=wall+rss, runs=20
//
// Process start-up and shutdown with nothing to run: the floor every eddy
// program pays (engine, bootstrap, the CommonJS loader for the main file).
