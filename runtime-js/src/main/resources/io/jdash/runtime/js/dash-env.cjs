// Loads a jdash bundle the way dash-renderer 3.4 meets it, then runs calls against it.
// Used by jdash's differential tests (JVM vs browser) and usable from a user's own tests.
//
//   node dash-env.cjs <bundle.js> <calls.json>
//
// calls.json: [{"namespace": "jdash", "function": "A_b", "args": [...], "context": {...}?}, ...]
// Prints one JSON array of outcomes: {"value": v} | {"preventUpdate": true} | {"error": msg, "name": n}.
// Inside values, dash_clientside.no_update is written {"$jdash": "no_update"} and undefined {"$jdash": "undefined"}.
'use strict';
const fs = require('fs');
const vm = require('vm');

/** Creates the globals dash-renderer has created before any clientside callback runs. */
function installRendererGlobals(global) {
  global.window = global;
  const dc = (global.dash_clientside = global.dash_clientside || {});
  dc.set_props = dc.set_props || function (id, props) {
    (dc.__setPropsCalls = dc.__setPropsCalls || []).push({ id, props });
  };
  return dc;
}

/** What dash-renderer's handleClientside does before the first call: create the markers, once, read-only. */
function createMarkers(dc) {
  if (!dc.no_update) {
    Object.defineProperty(dc, 'no_update', { value: { description: 'Return to prevent updating an Output.' }, writable: false });
    Object.defineProperty(dc, 'PreventUpdate', { value: { description: 'Throw to prevent updating all Outputs.' }, writable: false });
  }
}

/** Calls one function as the renderer does: context set just before, deleted right after the synchronous return. */
function call(dc, namespace, fn, args, context) {
  createMarkers(dc);
  dc.callback_context = context || { triggered: [], inputs: {}, states: {} };
  try {
    return { value: encode(dc, dc[namespace][fn](...args)) };
  } catch (e) {
    if (e === dc.PreventUpdate) {
      return { preventUpdate: true };
    }
    return { error: String(e && e.message), name: e && e.name };
  } finally {
    delete dc.callback_context;
  }
}

function encode(dc, v) {
  if (v === undefined) return { $jdash: 'undefined' };
  if (v === dc.no_update) return { $jdash: 'no_update' };
  if (Array.isArray(v)) return v.map((e) => encode(dc, e));
  if (v !== null && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v)) o[k] = encode(dc, v[k]);
    return o;
  }
  return v;
}

function loadBundle(global, file) {
  vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
  return global.dash_clientside;
}

module.exports = { installRendererGlobals, createMarkers, call, encode, loadBundle };

if (require.main === module) {
  const [bundle, callsFile] = process.argv.slice(2);
  const dc = installRendererGlobals(globalThis);
  loadBundle(globalThis, bundle);
  const calls = JSON.parse(fs.readFileSync(callsFile, 'utf8'));
  const out = calls.map((c) => {
    dc.__setPropsCalls = [];
    const r = call(dc, c.namespace, c.function, c.args, c.context);
    if (dc.__setPropsCalls.length) r.setProps = encode(dc, dc.__setPropsCalls);
    return r;
  });
  process.stdout.write(JSON.stringify(out));
}
