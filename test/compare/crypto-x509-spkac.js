'use strict';
// crypto.Certificate (SPKAC): a fixed SPKAC made by `openssl spkac` with
// challenge "eddy-challenge" through the static and instance forms, and bad
// input.
const { Certificate } = require('crypto');

const spkac = 'MIICTjCCATYwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCxgekA2qBaAP9IjqfYI9F+NQ626W3mtVlq0r2hsu8S10PPpsZUIoR7///gy3mQjawU3mzrk2zx0euNUyJf1BsKDm3lq3FyssanbifvnL4ug0meJ7K8/ujrD3zR4gHWrTiItfb8vzjxoa5vHSajocNXfXxGS9KumnP3eyM5wNKst0RvMSpewFH08xyy+K4lKfymiaI0REe08aobdrFVCk1Kn9vKjgGN0FZQn+rQLcqBKisvs27sUadrbelqaIPoqyvq56v6bfXwRAZUzwTlBi0ZsB04a2RTuBIQD2vjEmDUfUQDF1OvWXh9YK9fk4a7sbwSs+1gZ9PNr0Kmi87noEhpAgMBAAEWDmVkZHktY2hhbGxlbmdlMA0GCSqGSIb3DQEBBAUAA4IBAQBpwaA6mZ7oI5L8rP5Q1m2RkhJ19JT7BFRd+ztiRSkD8rmBn/rQoP9BduLXPRRhLYGU9PnhRXKOY7ENTgIrKkaBrCxBcQHYQAPhz+4CQfBLeMOvd4qLsW7Gu9LeAU/kDokoefIKY/oG5SaiE9c4Nki7yORWtSZicy0qkYhaEXbuaX4s0n8hopKXbePP5kuLHhCbj6+E7oeCc/onC4lpB7wx7HL79PMsN1RDJLgRMQk2f5A91PrJsug3Gq1tNUTXL0Kq5lct83fycynzgi98f0MF4xuIOTJKrXfBhQIYxohCc7F7Go41NUMnM1AC3asOU+QPhWvVe7MMkldBKEzWYi86';
console.log(Certificate.verifySpkac(Buffer.from(spkac)));
console.log(Certificate.exportChallenge(spkac).toString());
console.log(Certificate.exportPublicKey(spkac + '\n').toString());
const cert = Certificate();
console.log(cert instanceof Certificate, new Certificate().verifySpkac(Buffer.from(spkac)));
const bad = Buffer.from(spkac);
bad[60] ^= 1;
console.log(Certificate.verifySpkac(bad), JSON.stringify(Certificate.exportChallenge('bogus')),
            JSON.stringify(Certificate.exportPublicKey('')));
try { Certificate.verifySpkac(5); } catch (e) { console.log(e.code, e.message); }
