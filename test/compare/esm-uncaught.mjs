// An error thrown by an ES module body, after a top-level await.
await null;
console.log('running');
throw new RangeError('from module body');
