'use strict';
// console.log of URL, URLSearchParams and their iterators.
const url = new URL('https://user:pw@example.com:8080/a/b?x=1&y=%20z#h');
console.log(url);
console.log([url]);
console.log({ nested: { deeper: { url } } });
console.log(url.searchParams);
console.log(new URLSearchParams());
console.log(url.searchParams.keys(), url.searchParams.values(), url.searchParams.entries());
console.log(new URLSearchParams(`a=${'x'.repeat(40)}&b=${'y'.repeat(40)}`));
console.log(new URLSearchParams(`a=${'x'.repeat(40)}&b=${'y'.repeat(40)}`).entries());
class MyURL extends URL {}
console.log(new MyURL('file:///tmp/x'));
console.log('%s | %j', new URL('http://q/'), new URL('http://q/'));
