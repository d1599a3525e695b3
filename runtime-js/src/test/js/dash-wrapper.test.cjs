// Tests of the JS glue every bundle carries: the wrapper that registers the callbacks, and the harness that
// loads a bundle the way dash-renderer 3.4 meets it.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const resources = path.join(__dirname, '..', '..', 'main', 'resources', 'io', 'jdash', 'runtime', 'js');
const template = fs.readFileSync(path.join(resources, 'dash-wrapper.js'), 'utf8');
const env = require(path.join(resources, 'dash-env.cjs'));

/** A bundle made of the wrapper around a stand-in for TeaVM's COMMON_JS module. */
function bundle(namespace, names, moduleBody) {
  return template
    .replace('/*@teavm@*/', moduleBody)
    .replace('/*@names@*/', JSON.stringify(names))
    .split('/*@namespace@*/').join(JSON.stringify(namespace));
}

/** A fresh global object like a page's window, with what dash-renderer defines before loading assets. */
function page() {
  const window = {};
  window.window = window;
  window.dash_clientside = {
    set_props: () => 'renderer set_props',
    clean_url: (u) => u,
    Patch: function Patch() {},
    existing: { other: () => 'kept' },
  };
  return vm.createContext(window);
}

test('the wrapper merges into window.dash_clientside without replacing what the renderer owns', () => {
  const context = page();
  const before = context.dash_clientside;
  vm.runInContext(bundle('jdash', ['A_b'], 'exports.A_b = function (x) { return x + 1; };'), context);
  assert.strictEqual(context.dash_clientside, before);
  assert.strictEqual(context.dash_clientside.set_props(), 'renderer set_props');
  assert.strictEqual(typeof context.dash_clientside.clean_url, 'function');
  assert.strictEqual(context.dash_clientside.existing.other(), 'kept');
  assert.strictEqual(context.dash_clientside.jdash.A_b(1), 2);
});

test('the wrapper merges into an existing namespace and creates a missing one', () => {
  const context = page();
  context.dash_clientside.jdash = { handWritten: () => 'mine' };
  vm.runInContext(bundle('jdash', ['A_b'], 'exports.A_b = () => 1;'), context);
  assert.strictEqual(context.dash_clientside.jdash.handWritten(), 'mine');
  assert.strictEqual(context.dash_clientside.jdash.A_b(), 1);
  const fresh = vm.createContext({});
  fresh.window = fresh;
  vm.runInContext(bundle('ns2', ['F'], 'exports.F = () => 2;'), fresh);
  assert.strictEqual(fresh.dash_clientside.ns2.F(), 2);
});

test('the wrapper leaks nothing into the global scope and keeps the module strict', () => {
  const context = page();
  const globals = Object.keys(context).sort();
  vm.runInContext(bundle('jdash', ['A_b'],
    '"use strict"; var internal = 1; exports.A_b = function () { return this === undefined; };'), context);
  assert.deepStrictEqual(Object.keys(context).sort(), globals);
  assert.strictEqual(context.dash_clientside.jdash.A_b.call(undefined), true);
});

test('the wrapper puts TeaVM code on its own line, so source maps shift by whole lines', () => {
  const lines = template.split('\n');
  const index = lines.indexOf('/*@teavm@*/');
  assert.ok(index > 0, 'the placeholder is a line of its own');
});

test('the harness creates the markers lazily, read-only, and only once', () => {
  const global = { dash_clientside: {} };
  const dc = env.installRendererGlobals(global);
  assert.strictEqual(dc.no_update, undefined, 'no markers before the first clientside call');
  env.createMarkers(dc);
  const marker = dc.no_update;
  env.createMarkers(dc);
  assert.strictEqual(dc.no_update, marker);
  assert.throws(() => { dc.no_update = 'changed'; }, TypeError, 'dash-renderer defines them non-writable');
  assert.strictEqual(dc.no_update, marker);
});

test('callback_context exists during the synchronous call only', async () => {
  const global = {};
  const dc = env.installRendererGlobals(global);
  let seenDuring;
  let seenLater;
  let later;
  dc.ns = {
    f: () => {
      seenDuring = dc.callback_context;
      later = Promise.resolve().then(() => { seenLater = dc.callback_context; });
      return 'ok';
    },
  };
  const context = { triggered: [{ prop_id: 'btn.n_clicks', value: 1 }], inputs: { 'btn.n_clicks': 1 }, states: {} };
  const outcome = env.call(dc, 'ns', 'f', [1], context);
  await later;
  assert.deepStrictEqual(outcome, { value: 'ok' });
  assert.strictEqual(seenDuring, context);
  assert.strictEqual(seenLater, undefined);
});

test('the harness reports PreventUpdate by identity and encodes no_update and undefined', () => {
  const dc = env.installRendererGlobals({});
  dc.ns = {
    prevent: () => { throw dc.PreventUpdate; },
    other: () => { throw new Error('boom'); },
    values: () => [dc.no_update, undefined, { a: [dc.no_update] }],
  };
  assert.deepStrictEqual(env.call(dc, 'ns', 'prevent', []), { preventUpdate: true });
  assert.deepStrictEqual(env.call(dc, 'ns', 'other', []), { error: 'boom', name: 'Error' });
  assert.deepStrictEqual(env.call(dc, 'ns', 'values', []).value,
    [{ $jdash: 'no_update' }, { $jdash: 'undefined' }, { a: [{ $jdash: 'no_update' }] }]);
});
