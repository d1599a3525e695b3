
def log = new File(basedir, 'build.log').text
assert !log.contains('no classes to scan') : 'the classes directory must be scanned, not the output directory'
def out = new File(basedir, 'target/jdash-out')
def manifest = new groovy.json.JsonSlurper().parse(new File(out, 'META-INF/jdash/manifest.json'))
assert manifest.callbacks.size() == 1
def cb = manifest.callbacks[0]
assert cb.method == 'it.simple.CounterCallbacks#label(java.lang.Integer,java.lang.String)' && cb.runs == 'browser'
assert new File(out, manifest.bundles[0].path).isFile()
assert new File(out, manifest.bundles[0].sourceMap).isFile()
assert !new File(basedir, 'target/classes/META-INF/jdash').exists() : 'nothing is written into the scanned classes'
assert new File(basedir, 'target/classes/it/simple/CounterCallbacks.class').isFile()
return true
