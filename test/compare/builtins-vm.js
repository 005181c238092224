// node:vm: scripts in this context, new contexts, errors.
const vm=require('vm'); console.log(Object.keys(vm));
try{vm.runInContext('1',{})}catch(e){console.log(e.code,e.message)}
try{vm.createContext(5)}catch(e){console.log(e.code,e.message)}
try{vm.isContext(5)}catch(e){console.log(e.code,e.message)}
try{new vm.Script('1',{lineOffset:'x'})}catch(e){console.log(e.code,e.message)}
try{new vm.Script('(')}catch(e){console.log(e.name)}
console.log(vm.runInThisContext('this')===globalThis, vm.runInNewContext('this', {a:1}));
const sb={a:1}; vm.createContext(sb); console.log(vm.runInContext('a+1; b=2; typeof Array', sb), sb, vm.isContext(sb), vm.isContext({}));
console.log(Object.keys(new vm.Script('1')), Object.getOwnPropertyNames(vm.Script.prototype));
const f = vm.compileFunction('return a+b', ['a','b']); console.log(f(1,2), f.length);
try{vm.runInThisContext('1', {timeout: -1})}catch(e){console.log(e.code,e.message)}
console.log(vm.runInNewContext('Array') !== Array, vm.runInNewContext('[1,2].map(x => x * k)', { k: 3 }));
const s = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const c = vm.createContext({}); s.runInContext(c); s.runInContext(c); console.log(c);
try { vm.runInNewContext('throw new TypeError("inner")') } catch (e) { console.log(e instanceof TypeError, e.name, e.message) }
try { vm.runInNewContext('(') } catch (e) { console.log(e.name) }
globalThis.fromVm = 0; vm.runInThisContext('var fromVm = 42'); console.log(fromVm);
const ctx2 = vm.createContext({ log: (...a) => console.log('in ctx:', ...a) }); vm.runInContext('log(typeof globalThis, typeof require)', ctx2);
vm.runInNewContext('Promise.resolve(5).then(v => out(v))', { out: (v) => console.log('promise in ctx', v) });
