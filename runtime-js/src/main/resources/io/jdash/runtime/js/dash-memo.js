// @Memoize on @Clientside callbacks (only in bundles that have such callbacks): each memoized function keeps the
// results of its last 64 distinct argument lists, least recently used out first, each for the callback's ttl.
// Arguments are keyed by a canonical JSON (object keys sorted, undefined apart from null). Only returned values
// are kept: PreventUpdate and errors are thrown again on the next call. A kept value is returned as is (the
// renderer does not change the values a callback returns).
(function (ttls) {
  var LIMIT = 64;
  function key(v) {
    if (v === undefined) return 'u';
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return '[' + v.map(key).join(',') + ']';
    return '{' + Object.keys(v).sort().map(function (k) { return JSON.stringify(k) + ':' + key(v[k]); }).join(',') + '}';
  }
  function memoize(fn, ttl) {
    var entries = new Map();
    return function () {
      var k = key(Array.prototype.slice.call(arguments));
      var hit = entries.get(k);
      if (hit) {
        entries['delete'](k);
        if (Date.now() < hit.until) {
          entries.set(k, hit);
          return hit.value;
        }
      }
      var value = fn.apply(this, arguments);
      entries.set(k, { value: value, until: Date.now() + ttl });
      if (entries.size > LIMIT) entries['delete'](entries.keys().next().value);
      return value;
    };
  }
  for (var name in ttls) {
    ns[name] = memoize(ns[name], ttls[name]);
  }
})(/*@ttls@*/);
