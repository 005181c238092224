// An unsettled top-level await: exit code 13, 'exit' still emitted with 0.
process.on('exit', (code) => console.log('exit event', code));
console.log('before await');
await new Promise(() => {});
