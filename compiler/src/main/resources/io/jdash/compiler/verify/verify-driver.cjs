// Runs calls against a jdash bundle loaded as dash-renderer loads it (runtime-js's dash-env.cjs), each call under a
// time limit, and prints one outcome per line as soon as it is known.
//
//   node verify-driver.cjs <dash-env.cjs> <bundle.js> <calls.json> <timeoutMillis>
//
// The bundle runs in a vm context of its own so that a call that does not return can be stopped; arguments arrive
// as JSON text and are parsed inside that context, so they are its own arrays and objects, as in a page (and -0
// stays -0, which JSON.stringify would write as 0).
'use strict';
const fs = require('fs');
const vm = require('vm');

const [envFile, bundle, callsFile, timeoutArg] = process.argv.slice(2);
const env = require(envFile);
const timeout = Number(timeoutArg);
// atob as browsers have it: the runtime decodes the base64 of plotly typed arrays with it
const context = vm.createContext({
  console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, atob,
});
const global = vm.runInContext('globalThis', context);
const dc = env.installRendererGlobals(global);
vm.runInContext(fs.readFileSync(bundle, 'utf8'), context, { filename: bundle });
const parse = vm.runInContext('(text) => JSON.parse(text)', context);
const invoke = new vm.Script('__jdashVerifyCall()');
const calls = JSON.parse(fs.readFileSync(callsFile, 'utf8'));
// after a call ran out of time the function's other calls are skipped, as the JVM side does
const stuck = new Set();
for (const c of calls) {
  if (stuck.has(c.function)) {
    fs.writeSync(1, JSON.stringify({ skipped: true }) + '\n');
    continue;
  }
  dc.__setPropsCalls = [];
  const args = parse(c.argsJson);
  const ctx = c.contextJson ? parse(c.contextJson) : undefined;
  global.__jdashVerifyCall = () => env.call(dc, c.namespace, c.function, args, ctx);
  let outcome;
  try {
    outcome = invoke.runInContext(context, { timeout });
  } catch (e) {
    outcome = e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' ? { timeout: true } : { crash: String(e) };
    if (outcome.timeout) stuck.add(c.function);
  }
  if (dc.__setPropsCalls.length) outcome.setProps = env.encode(dc, dc.__setPropsCalls);
  fs.writeSync(1, JSON.stringify(outcome) + '\n');
}
