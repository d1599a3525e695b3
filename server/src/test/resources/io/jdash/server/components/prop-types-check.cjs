// Checks layout nodes against the propTypes of the real Dash component bundles, as dash-renderer's dev tools do.
//
//   node prop-types-check.cjs <component-suites dir> <nodes.json> <bundle>...
//
// Loads the bundles (paths in the component-suites dir, in order: the development builds of React and prop-types,
// then the dcc, html and dash-table bundles with dcc's proptypes.js for its TypeScript components), stubbing just enough of a browser for the bundles to define their
// components. nodes.json is [{"label": ..., "component": {"type", "namespace", "props"}}]; prints
// {"components": {namespace: {type: [prop names]}}, "problems": [{"label", "message"}]}.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [suites, nodesFile, ...BUNDLES] = process.argv.slice(2);
// what prop-types' checkPropTypes (and dash-renderer's copy of it) passes to each validator
const SECRET = 'SECRET_DO_NOT_PASS_THIS_OR_YOU_WILL_BE_FIRED';
const NAMESPACES = ['dash_core_components', 'dash_html_components', 'dash_table'];

// Any property of a stub is another stub, and calling or constructing one gives one: enough for the bundles'
// load-time DOM and dash-renderer API calls (style injection, feature tests), which the checks never use.
function stub() {
  return new Proxy(function () {}, {
    get: (target, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : key === 'length'
      ? 0 : stub()),
    apply: () => stub(),
    construct: () => stub(),
  });
}

globalThis.window = globalThis;
globalThis.self = globalThis;
const documentStub = {
  currentScript: null, head: stub(), body: stub(), documentElement: stub(), createElement: () => stub(),
  createTextNode: () => stub(), querySelector: () => stub(), querySelectorAll: () => [],
  getElementsByTagName: () => [], addEventListener() {}, removeEventListener() {},
};
globalThis.document = documentStub;
globalThis.location = { href: 'http://localhost/', protocol: 'http:', host: 'localhost', pathname: '/', search: '',
  hash: '' };
globalThis.navigator = { userAgent: 'node' };
globalThis.dash_component_api = stub();
for (const name of ['HTMLAnchorElement', 'HTMLElement', 'Element', 'Node', 'CustomEvent', 'MutationObserver',
  'ResizeObserver', 'IntersectionObserver', 'localStorage', 'sessionStorage', 'matchMedia', 'getComputedStyle',
  'requestAnimationFrame']) {
  globalThis[name] = stub();
}
for (const bundle of BUNDLES) {
  // webpack finds its chunks relative to the script that loads it
  documentStub.currentScript = { src: 'http://localhost/_dash-component-suites/dash/' + bundle, tagName: 'SCRIPT',
    getAttribute: () => null };
  vm.runInThisContext(fs.readFileSync(path.join(suites, bundle), 'utf8'), { filename: bundle });
}

const components = {};
for (const ns of NAMESPACES) {
  components[ns] = {};
  for (const [type, component] of Object.entries(window[ns])) {
    if (component && component.propTypes) components[ns][type] = Object.keys(component.propTypes);
  }
}

function isComponent(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.type === 'string'
    && typeof v.namespace === 'string' && typeof v.props === 'object';
}

// dash-renderer hands nested components to React as elements; so does the check.
function rendered(v) {
  if (isComponent(v)) return React.createElement('span', { key: 'child' });
  if (Array.isArray(v)) return v.map(rendered);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rendered(x)]));
  }
  return v;
}

const problems = [];
function check(label, node) {
  const where = label + ' ' + node.namespace + '.' + node.type;
  const component = (window[node.namespace] || {})[node.type];
  if (!component || !component.propTypes) {
    problems.push({ label, message: where + ': no such component' });
    return;
  }
  const propTypes = component.propTypes;
  const known = (name) => name in propTypes || Object.keys(propTypes).some(
    (p) => p.endsWith('-*') && name.startsWith(p.slice(0, -1)));
  const props = rendered(node.props);
  // dash-renderer turns an object (pattern-matching) id into its sorted-key JSON string before the check
  // (DashWrapper's setHydratedProps: "Turn object ids (for wildcards) into unique strings")
  if (props.id !== null && typeof props.id === 'object' && !Array.isArray(props.id)) {
    props.id = JSON.stringify(Object.fromEntries(Object.keys(props.id).sort().map((k) => [k, props.id[k]])));
  }
  for (const name of Object.keys(node.props)) {
    if (!known(name)) problems.push({ label, message: where + ': unknown prop ' + name });
  }
  for (const [name, validate] of Object.entries(propTypes)) {
    const error = validate(props, name, node.type, 'prop', name, SECRET);
    if (error) problems.push({ label, message: where + ': ' + error.message });
  }
  walk(label, node.props);
}
function walk(label, v) {
  if (isComponent(v)) check(label, v);
  else if (Array.isArray(v)) v.forEach((x) => walk(label, x));
  else if (v !== null && typeof v === 'object') Object.values(v).forEach((x) => walk(label, x));
}

for (const { label, component } of JSON.parse(fs.readFileSync(nodesFile, 'utf8'))) {
  check(label, component);
}
process.stdout.write(JSON.stringify({ components, problems }));
