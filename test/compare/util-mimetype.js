const { MIMEType, MIMEParams, inspect } = require('util');
for (const s of ['text/html; charset=UTF-8', ' TEXT/JavaScript ;  Charset="utf\\"-8" ; a=b;a=c ; x; y=', 'text/', '/html', 'te xt/html', 'text/ht ml', 'text/html;a="unterminated', 'application/x-foo;  ;b=1;c=""']) {
  try { const m = new MIMEType(s); console.log(JSON.stringify(s), '->', String(m), m.type, m.subtype, m.essence, [...m.params], JSON.stringify(m)); } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message); }
}
const m = new MIMEType('text/plain');
try { m.type = 'bad type'; } catch (e) { console.log(e.code, e.message); }
try { m.subtype = ''; } catch (e) { console.log(e.code, e.message); }
m.type = 'APPLICATION'; m.subtype = 'JSON'; console.log(String(m));
m.params.set('Charset', 'utf-8'); m.params.set('q', 'a b'); console.log(String(m), m.params.has('charset'), m.params.get('q'), m.params.get('zz'));
try { m.params.set('bad key', 'x'); } catch (e) { console.log(e.code, e.message); }
try { m.params.set('k', 'val\u0100'); } catch (e) { console.log(e.code, e.message); }
m.params.set('e', ''); console.log(String(m));
m.params.delete('q'); console.log([...m.params.keys()], [...m.params.values()], [...m.params.entries()]);
console.log(inspect(m), inspect(m.params)); console.log(m.params.toString(), JSON.stringify(m.params));
console.log(new MIMEParams().toString(), typeof MIMEParams.prototype[Symbol.iterator]);
console.log(String(new MIMEType({ toString() { return 'a/b;c=d' } })));
try { new MIMEType(); } catch (e) { console.log(e.code, e.message); }
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
