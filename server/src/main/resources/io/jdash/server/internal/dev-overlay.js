// jdash development pages only: shows the build problems the development host reports over the app, until fixed.
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script.src.replace(/_jdash\/dev\/overlay\.js(\?.*)?$/, '');
  var interval = 500;
  try {
    var config = JSON.parse(document.getElementById('_dash-config').textContent);
    if (config.hot_reload && config.hot_reload.interval) {
      interval = Math.min(config.hot_reload.interval, 1000);
    }
  } catch (e) { /* keep the default */ }
  var version = null;
  var panel = null;

  function element(tag, text, style) {
    var e = document.createElement(tag);
    if (text !== undefined) {
      e.textContent = text;
    }
    Object.assign(e.style, style || {});
    return e;
  }

  function render(problems) {
    if (panel) {
      panel.remove();
      panel = null;
    }
    if (!problems.length) {
      return;
    }
    panel = element('div', undefined, {
      position: 'fixed', left: '0', right: '0', bottom: '0', maxHeight: '45vh', overflow: 'auto', zIndex: '2147483647',
      background: '#fff5f5', borderTop: '3px solid #c62828', color: '#222', font: '13px/1.45 monospace',
      padding: '10px 16px', boxShadow: '0 -2px 8px rgba(0,0,0,.2)'
    });
    panel.id = '_jdash-dev-problems';
    panel.setAttribute('role', 'alert');
    panel.appendChild(element('div', 'jdash: the build has ' + problems.length
        + (problems.length === 1 ? ' problem' : ' problems') + '; the page runs the last good build',
        {fontWeight: 'bold', color: '#c62828', marginBottom: '6px'}));
    problems.forEach(function (p) {
      var item = element('div', undefined, {margin: '6px 0'});
      item.className = '_jdash-dev-problem';
      var where = p.file + (p.line > 0 ? ':' + p.line : '');
      item.appendChild(element('span', where, {fontWeight: 'bold'}));
      item.appendChild(element('span', ' ' + p.code + ' ', {color: '#c62828'}));
      item.appendChild(element('span', p.message, {whiteSpace: 'pre-wrap'}));
      if (p.fix) {
        item.appendChild(element('div', 'fix: ' + p.fix, {color: '#555', whiteSpace: 'pre-wrap'}));
      }
      panel.appendChild(item);
    });
    document.body.appendChild(panel);
  }

  // Before dash-renderer's Reloader sees a _reload-hash answer, load the bundles it lists that the page lacks: the
  // renderer then reloads in place (same packages) and finds the new clientside functions, instead of loading the
  // whole page again. A bundle that fails to load turns the answer into a full reload.
  function loaded(url) {
    var path = new URL(url, window.location.href).pathname;
    return Array.prototype.some.call(document.scripts, function (s) {
      return s.src && new URL(s.src, window.location.href).pathname === path;
    });
  }

  function load(url) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = url;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  // The renderer reloads in place by emptying its store and asking for the layout and callbacks again; it keeps the
  // first answer that arrives. Two reloads close together (the interim server build while TeaVM runs, then the new
  // bundle) let an answer asked for before the second one arrive after it and win: the page then kept the previous
  // build's callbacks. Answers to the app's requests made before the latest in-place reload are never delivered.
  var reloads = 0;
  var previous = null;
  // for tests and tools: the hash last given to the renderer, how many in-place reloads it made, and the reload the
  // last delivered dependencies answer belongs to
  var state = window._jdashDev = {hash: null, reloads: 0, dependenciesOf: -1};

  // mirrors the Reloader's choice (dash-renderer 3.4): a changed hash reloads in place unless it is hard or the
  // packages changed; the first answer is only the baseline, and an answer that failed has no hash
  function delivered(status, answer) {
    var before = previous;
    previous = {hash: status === 200 && answer ? answer.reloadHash : undefined, packages: packagesOf(answer)};
    if (before && status === 200 && answer && answer.reloadHash !== before.hash && !answer.hard
        && samePackages(previous.packages, before.packages)) {
      reloads++;
    }
    state.hash = previous.hash === undefined ? null : previous.hash;
    state.reloads = reloads;
  }

  function packagesOf(answer) {
    return answer && Array.isArray(answer.packages) ? answer.packages.slice().sort() : [];
  }

  function samePackages(a, b) {
    return a.length === b.length && a.every(function (p, i) { return p === b[i]; });
  }

  function appRequest(url) {
    return /_dash-(layout|dependencies|update-component)/.test(url);
  }

  var originalFetch = window.fetch;
  window.fetch = function (input) {
    var pending = originalFetch.apply(this, arguments);
    var url = typeof input === 'string' ? input : (input && input.url) || '';
    if (appRequest(url)) {
      var asked = reloads;
      var superseded = function () { return asked !== reloads; };
      return pending.then(function (response) {
        if (superseded()) {
          return new Promise(function () { /* never: a newer reload asks again */ });
        }
        if (url.indexOf('_dash-dependencies') >= 0 && response.ok) {
          state.dependenciesOf = asked;
        }
        return response;
      }, function (error) {
        return superseded() ? new Promise(function () {}) : Promise.reject(error);
      });
    }
    if (url.indexOf('_reload-hash') < 0) {
      return pending;
    }
    return pending.then(function (response) {
      if (!response.ok) {
        delivered(response.status, null);
        return response;
      }
      return response.clone().json().then(function (answer) {
        var missing = ((answer.jdash && answer.jdash.bundles) || []).filter(function (u) { return !loaded(u); });
        if (!missing.length) {
          delivered(response.status, answer);
          return response;
        }
        return missing.reduce(function (chain, u) { return chain.then(function () { return load(u); }); },
            Promise.resolve()).then(function () {
          delivered(response.status, answer);
          return response;
        }, function () {
          answer.hard = true;
          answer.files = [];
          delivered(200, answer);
          return new Response(JSON.stringify(answer), {status: 200, headers: {'Content-Type': 'application/json'}});
        });
      }, function () {
        delivered(response.status, null);
        return response;
      });
    });
  };

  // the development host's placeholder page, shown until the first build is served: load the app when it is there
  function waitForApp() {
    if (!document.getElementById('_jdash-dev-waiting')) {
      return;
    }
    fetch(base + '_reload-hash', {cache: 'no-store', credentials: 'same-origin'})
      .then(function (r) { if (r.ok) { window.location.reload(); } })
      .catch(function () { /* not yet */ });
  }

  function poll() {
    waitForApp();
    fetch(base + '_jdash/dev/problems', {cache: 'no-store', credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (report) {
        if (report && report.version !== version) {
          version = report.version;
          render(report.problems);
        }
      })
      .catch(function () { /* the server is restarting: try again */ })
      .then(function () { setTimeout(poll, interval); });
  }
  poll();
})();
