// three's Basis Universal transcoder (three/examples/jsm/libs/basis), made to run under the site's strict
// Content-Security-Policy. Emscripten's embind builds its JavaScript wrappers — one per bound C++ function, one per
// call from C++ into JavaScript — with `new Function`, which needs 'unsafe-eval'. Here each is a plain closure doing
// the same steps (check the argument count, convert each argument, call, free, convert the result back), so
// 'wasm-unsafe-eval' suffices.

/** Calls from JavaScript into C++: what embind's generated invoker does, for any argument list. */
const INVOKER = [
  'var invokerFn=newFunc(Function,args)(...closureArgs);',
  'var invokerFn=function(...a){' +
    'if(a.length!==argCount-2){throwBindingError("function "+humanName+" called with "+a.length+" arguments, expected "+(argCount-2))}' +
    'var destructors=needsDestructorStack?[]:null;var wired=[];var thisWired;' +
    'if(isClassMethodFunc){thisWired=argTypes[1]["toWireType"](destructors,this);wired.push(thisWired)}' +
    'for(var i=0;i<argCount-2;++i)wired.push(argTypes[i+2]["toWireType"](destructors,a[i]));' +
    'var rv=cppInvokerFunc(cppTargetFunc,...wired);' +
    'if(needsDestructorStack){runDestructors(destructors)}else{for(var i=isClassMethodFunc?1:2;i<argTypes.length;++i)' +
    'if(argTypes[i].destructorFunction!==null)argTypes[i].destructorFunction(wired[i-(isClassMethodFunc?1:2)])}' +
    'if(returns)return argTypes[0]["fromWireType"](rv)};',
]

/** Calls from C++ into JavaScript (emval): a method, a constructor (kind 1) or a function (kind 2). */
const METHOD_CALLER = [
  'var invokerFunction=newFunc(Function,params)(...args);',
  'var invokerFunction=function(obj,func,destructorsRef,argsPtr){var a=[];var offset=0;' +
    'for(var i=0;i<argCount;++i){a.push(types[i].readValueFromPointer(argsPtr+offset));offset+=types[i]["argPackAdvance"]}' +
    'var rv=kind===1?new func(...a):kind===0?func.call(obj,...a):func.call(...a);' +
    'if(!retType.isVoid)return emval_returnValue(retType,destructorsRef,rv)};',
]

/** The transcoder's JavaScript with no `new Function`; fails loudly where three's build has changed. */
export function cspSafeTranscoder(js: string): string {
  let out = js
  for (const [generated, closure] of [INVOKER, METHOD_CALLER]) {
    if (out.split(generated).length !== 2)
      throw new Error("three's basis_transcoder.js has changed: update build/basis-transcoder.ts")
    out = out.replace(generated, closure)
  }
  if (/newFunc\(Function/.test(out)) throw new Error('basis_transcoder.js still builds functions from strings')
  return out
}
