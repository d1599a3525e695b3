// Fetches the Dash front end from npm by name and pinned version, checks each tarball against its pinned
// integrity, and lays the files out as Dash serves them under _dash-component-suites, with an index that
// gives each file's package, version, size and Subresource Integrity hash. Each text file of 1 KiB or more also
// gets its gzip (level 9) and brotli (quality 11) copies, name.gz and name.br, when they are smaller, so that the
// server sends compressed bytes without compressing anything itself; the index records their sizes. Compressed
// copies are kept in the work dir by content hash, so a rebuild does not compress again. With a Java source directory, it also
// writes io.jdash.frontend.FrontendPackages there: one constant per package holding its version, so that Java code
// and Javadoc ({@value}) read the versions from packages.json instead of repeating them.
//
//   node fetch-frontend.cjs <packages.json> <work dir> <output dir> [<java source dir>]
'use strict';
const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [spec, work, out, javaSources] = process.argv.slice(2);
const { packages } = JSON.parse(fs.readFileSync(spec, 'utf8'));
fs.mkdirSync(work, { recursive: true });
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

function fail(message) {
  console.error('jdash frontend: ' + message);
  process.exit(1);
}

function tarball(pkg) {
  const file = path.join(work, pkg.name.replace('@', '').replace('/', '-') + '-' + pkg.version + '.tgz');
  if (!fs.existsSync(file) || integrity(fs.readFileSync(file)) !== pkg.integrity) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = JSON.parse(execFileSync(npm, ['pack', pkg.name + '@' + pkg.version, '--json', '--prefer-offline',
      '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
    fs.renameSync(path.join(work, result[0].filename), file);
  }
  const actual = integrity(fs.readFileSync(file));
  if (actual !== pkg.integrity) {
    fail(pkg.name + '@' + pkg.version + ' has integrity ' + actual + ', expected ' + pkg.integrity);
  }
  return file;
}

function integrity(bytes) {
  return 'sha512-' + crypto.createHash('sha512').update(bytes).digest('base64');
}

const MIN_COMPRESSED_BYTES = 1024;
const COMPRESSIBLE = /\.(js|css|json|map|svg|txt|html)$/;

/** The gzip and brotli copies of a file, from the work dir's cache or made now; absent where they do not pay. */
function compressed(bytes, name) {
  if (bytes.length < MIN_COMPRESSED_BYTES || !COMPRESSIBLE.test(name)) return {};
  const cache = path.join(work, 'compressed');
  fs.mkdirSync(cache, { recursive: true });
  const key = crypto.createHash('sha256').update(bytes).digest('hex');
  const make = {
    gz: () => zlib.gzipSync(bytes, { level: 9 }),
    br: () => zlib.brotliCompressSync(bytes, { params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  };
  const copies = {};
  for (const [suffix, compress] of Object.entries(make)) {
    const cached = path.join(cache, key + '.' + suffix);
    if (!fs.existsSync(cached)) fs.writeFileSync(cached, compress());
    const packed = fs.readFileSync(cached);
    if (packed.length < bytes.length) copies[suffix] = packed;
  }
  return copies;
}

/** "@babel/polyfill" → BABEL_POLYFILL, "plotly.js-dist-min" → PLOTLY_JS_DIST_MIN. */
function constantName(name) {
  return name.replace(/^@/, '').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

function writeVersions(root) {
  const dir = path.join(root, 'io', 'jdash', 'frontend');
  fs.mkdirSync(dir, { recursive: true });
  const constants = packages.map((pkg) => {
    if (!/^[0-9A-Za-z.+-]+$/.test(pkg.version)) fail(pkg.name + ' has an unusable version "' + pkg.version + '"');
    return '    /** The version of the npm package {@code ' + pkg.name + '}. */\n'
      + '    public static final String ' + constantName(pkg.name) + ' = "' + pkg.version + '";\n';
  });
  const source = '// Generated from frontend/src/build/packages.json by fetch-frontend.cjs: edit that file, not this one.\n'
    + 'package io.jdash.frontend;\n\n'
    + '/** The versions of the Dash front-end packages that jdash-frontend packages, as pinned in packages.json. */\n'
    + 'public final class FrontendPackages {\n' + constants.join('') + '\n'
    + '    private FrontendPackages() {\n    }\n}\n';
  const file = path.join(dir, 'FrontendPackages.java');
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== source) fs.writeFileSync(file, source);
}

const index = [];
for (const pkg of packages) {
  const file = tarball(pkg);
  const unpacked = path.join(work, 'unpacked', pkg.name + '@' + pkg.version);
  fs.rmSync(unpacked, { recursive: true, force: true });
  fs.mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['-xzf', file, '-C', unpacked]);
  const root = path.join(unpacked, 'package');
  const copies = Object.entries(pkg.files || {});
  for (const entry of copies) entry[1] = entry[1].split('{version}').join(pkg.version);
  for (const [dir, target] of Object.entries(pkg.directories || {})) {
    for (const name of fs.readdirSync(path.join(root, dir)).sort()) {
      if (name.endsWith('.js')) copies.push([dir + '/' + name, target + '/' + name]);
    }
  }
  if (copies.length === 0) fail(pkg.name + ' copies no file');
  for (const [from, to] of copies) {
    const source = path.join(root, from);
    if (!fs.existsSync(source)) fail(pkg.name + '@' + pkg.version + ' has no ' + from);
    const bytes = fs.readFileSync(source);
    fs.mkdirSync(path.dirname(path.join(out, to)), { recursive: true });
    fs.writeFileSync(path.join(out, to), bytes);
    const entry = { path: to, package: pkg.name, version: pkg.version, bytes: bytes.length,
      integrity: 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64') };
    const copiesOf = compressed(bytes, to);
    if (copiesOf.gz) {
      fs.writeFileSync(path.join(out, to + '.gz'), copiesOf.gz);
      entry.gzipBytes = copiesOf.gz.length;
    }
    if (copiesOf.br) {
      fs.writeFileSync(path.join(out, to + '.br'), copiesOf.br);
      entry.brotliBytes = copiesOf.br.length;
    }
    index.push(entry);
  }
}
index.sort((a, b) => a.path.localeCompare(b.path));
fs.writeFileSync(path.join(out, 'index.json'), JSON.stringify({ files: index }, null, 1) + '\n');
if (javaSources) writeVersions(javaSources);
console.log('jdash frontend: ' + index.length + ' files from ' + packages.length + ' packages');
