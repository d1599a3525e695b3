
def log = new File(basedir, 'build.log').text
def manifestFile = new File(basedir, 'target/classes/META-INF/jdash/manifest.json')
def manifest = new groovy.json.JsonSlurper().parse(manifestFile)

assert manifest.manifestVersion == 1
assert manifest.callbacks.size() == 1
def cb = manifest.callbacks[0]
assert cb.method == 'it.simple.CounterCallbacks#label(java.lang.Integer,java.lang.String)'
assert cb.runs == 'browser' && cb.function == 'CounterCallbacks_label' && cb.namespace == 'jdash'
def bundle = manifest.bundles[0]
assert bundle.path ==~ /META-INF\/jdash\/assets\/app\.[0-9a-f]{8}\.js/
def jar = new java.util.jar.JarFile(new File(basedir, 'target/simple-1.0.jar'))
assert jar.getEntry('META-INF/jdash/manifest.json') != null
assert jar.getEntry(bundle.path) != null
assert jar.getEntry(bundle.sourceMap) != null
assert log.contains('jdash: building because there is no previous build')
assert log =~ /CounterCallbacks_label\s+browser\s+[0-9,]+ B\s+[0-9,]+ B/
assert log.contains('shared runtime') && log.contains('total (as served)')
assert new File(basedir, 'target/jdash/size-report.json').isFile()
assert new File(basedir, 'target/jdash/size-report.html').text.contains('<svg')
return true
