// jdash's debug script: served at _jdash/debug.js and put on the page only when the app runs with debug(true).
// A @Clientside callback's Java exception reaches dash-renderer as an Error thrown by the bundle (runtime-js's
// Js.fail), whose cause is TeaVM's error from the throw site. Before it is thrown, Js.fail calls
// window.jdash_error, defined here, which rewrites it for Dash's error popup: the title Dash gives callback errors
// ("Callback error updating <outputs>"), and as stack and text the Java exception with the Java frames of the
// throw site, found through the bundle's source map and the method table the compiler adds to it (x_jdash, see
// StackTable in jdash-compiler). dash-renderer's handleAsyncError passes an Error on as is, and its
// FrontEndError component shows message, stack and a plain-text html (dash-renderer lib/actions/index.js,
// lib/components/error/FrontEnd/FrontEndError.react.js).
(function () {
  'use strict';
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var maps = {};

  // The V3 mappings as, for each generated line, [column, source, line] triples sorted by column (source column
  // and names are not needed).
  function decode(mappings) {
    var lines = [], line = [], col = 0, src = 0, srcLine = 0, srcCol = 0, name = 0;
    var i = 0, n = mappings.length, fields = [];
    while (i <= n) {
      var c = i < n ? mappings.charAt(i) : ';';
      if (c === ';' || c === ',') {
        if (fields.length) {
          col += fields[0];
          if (fields.length >= 4) {
            src += fields[1];
            srcLine += fields[2];
            srcCol += fields[3];
            if (fields.length >= 5) name += fields[4];
            line.push([col, src, srcLine]);
          } else {
            line.push([col, -1, 0]);
          }
          fields = [];
        }
        if (c === ';') {
          lines.push(line);
          line = [];
          col = 0;
        }
        i++;
        continue;
      }
      var value = 0, shift = 0, digit;
      do {
        digit = B64.indexOf(mappings.charAt(i++));
        value += (digit & 31) << shift;
        shift += 5;
      } while (digit & 32);
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    }
    return lines;
  }

  /** Reads a map (its JSON text) for the bundle at url; exposed so that a page can hand one over itself. */
  function add(url, text) {
    var map = JSON.parse(text);
    maps[url] = {sources: map.sources || [], lines: decode(map.mappings || ''), table: map.x_jdash || {}};
    return maps[url];
  }

  function load(url) {
    if (maps[url] || typeof fetch !== 'function') return Promise.resolve();
    maps[url] = 'loading';
    // the map the bundle names (a build without maps names none: nothing is fetched then, so no 404)
    return fetch(url).then(function (r) {
      return r.ok ? r.text() : Promise.reject(new Error('HTTP ' + r.status));
    }).then(function (code) {
      var named = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code);
      if (!named) return Promise.reject(new Error('no source map'));
      return fetch(url.replace(/[^/]*$/, '') + named[1].replace(/^.*\//, ''));
    }).then(function (r) {
      return r.ok ? r.text() : Promise.reject(new Error('HTTP ' + r.status));
    }).then(function (text) {
      add(url, text);
    }, function (err) {
      maps[url] = {sources: [], lines: [], table: {}, error: String(err)};
    });
  }

  // The index of the mapping at a 1-based line and column: the last segment at or before the column on that line.
  function at(map, line, column) {
    var segments = map.lines[line - 1] || [];
    var lo = 0, hi = segments.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (segments[mid][0] <= column - 1) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  // A frame at a segment: its source, Java line and method (the narrowest line range that holds the line), or
  // null where the code maps to no Java source (TeaVM's runtime, jdash's wrapper).
  function frame(map, segment) {
    if (!segment || segment[1] < 0) return null;
    var source = map.sources[segment[1]], line = segment[2] + 1;
    if (!/\.java$/.test(source)) return null;
    var entry = (map.table.sources || {})[source];
    var best = null, width = Infinity;
    if (entry) {
      for (var c = 0; c < entry.classes.length; c++) {
        var row = entry.classes[c];
        for (var m = 1; m + 2 < row.length; m += 3) {
          if (row[m + 1] <= line && line <= row[m + 2] && row[m + 2] - row[m + 1] < width) {
            width = row[m + 2] - row[m + 1];
            best = {cls: row[0], method: row[m]};
          }
        }
      }
    }
    best = best || {cls: source.replace(/\.java$/, '').replace(/\//g, '.'), method: '?'};
    best.source = source;
    best.line = line;
    best.file = entry ? entry.file : source.substring(source.lastIndexOf('/') + 1);
    return best;
  }

  function isThrowable(f) {
    return f.cls === 'java.lang.Throwable' || f.method === '<init>' && /(Exception|Error|Throwable)$/.test(f.cls);
  }

  // Where an exception constructor TeaVM inlined was called: walking back from its code (and the Throwable
  // code inlined with it), the first Java position of another file. TeaVM's maps give one location per position
  // and nothing about inlining, so this is the one inlined frame recovered (the throw site); callers whose code
  // was inlined into the adapter do not appear.
  function throwSite(map, line, index, from) {
    for (var l = line - 1, n = 0; l >= 0 && n < 8; l--, n++) {
      var segments = map.lines[l] || [];
      for (var i = l === line - 1 ? index - 1 : segments.length - 1; i >= 0; i--) {
        var f = frame(map, segments[i]);
        if (f && f.source !== from.source && !isThrowable(f)) return f;
      }
    }
    return null;
  }

  var BUNDLE = /\/_jdash\/[^/]+\.js$/;
  var FRAME = /\(?((?:https?|file):\/\/[^\s()]+?):(\d+):(\d+)\)?\s*$/;

  // The Java frames of a JS stack, innermost first, up to the generated adapter (the frames below it are jdash's
  // and dash-renderer's). Frames of the exception's construction are left out, as the JVM leaves them out.
  function javaFrames(stack, result) {
    var lines = String(stack || '').split('\n'), frames = [];
    for (var i = 0; i < lines.length; i++) {
      var jsFrame = FRAME.exec(lines[i]);
      if (!jsFrame || !BUNDLE.test(jsFrame[1])) continue;
      var map = maps[jsFrame[1]];
      if (!map) {
        load(jsFrame[1]);
        continue;
      }
      if (map === 'loading' || !map.lines) {
        continue;
      }
      result.map = map;
      var line = +jsFrame[2], index = at(map, line, +jsFrame[3]);
      var f = frame(map, (map.lines[line - 1] || [])[index]);
      if (!f) continue;
      if (/^io\/jdash\/generated\//.test(f.source)) break;
      if (!frames.length && f.cls === 'java.lang.Throwable') continue;
      if (!frames.length && isThrowable(f)) {
        var site = throwSite(map, line, index, f);
        if (!site || /^io\/jdash\/generated\//.test(site.source)) continue;
        f = site;
      }
      frames.push('    at ' + f.cls + '.' + f.method + '(' + f.file + ':' + f.line + ')');
    }
    return frames;
  }

  function bundles() {
    if (typeof document === 'undefined') return [];
    var urls = [], scripts = document.getElementsByTagName('script');
    for (var i = 0; i < scripts.length; i++) {
      var src = scripts[i].src || '';
      if (BUNDLE.test(src) && !/\/_jdash\/(debug|bootstrap)\.js$/.test(src)) urls.push(src);
    }
    return urls;
  }

  window.jdash_error = function (e, callback, type, message) {
    var result = {};
    var frames = e.cause ? javaFrames(e.cause.stack, result) : [];
    var label = result.map && (result.map.table.callbacks || {})[callback];
    for (var url in maps) {
      if (!label && maps[url].table) label = (maps[url].table.callbacks || {})[callback];
    }
    if (!frames.length && e.cause) {
      // no map (a build without source maps, or not loaded yet): the JavaScript frames, better than none
      frames = String(e.cause.stack).split('\n').filter(function (l) { return /^\s+at /.test(l); });
      if (frames.length) frames.unshift('    (no source map read for this bundle: JavaScript frames)');
    }
    var trace = type + (message == null ? '' : ': ' + message) + (frames.length ? '\n' + frames.join('\n') : '');
    e.message = 'Callback error updating ' + (label || callback);
    e.stack = trace;
    e.html = trace;
  };
  window.jdash_error.add = add;

  if (Error.stackTraceLimit < 64) Error.stackTraceLimit = 64;
  // settles when the maps of the page's bundles are read (or failed to load)
  window.jdash_error.ready = Promise.all(bundles().map(load));
})();
