
def log = new File(basedir, 'build.log').text
def manifestFile = new File(basedir, 'target/classes/META-INF/jdash/manifest.json')
def manifest = new groovy.json.JsonSlurper().parse(manifestFile)

assert log.contains('jdash: building because there is no previous build')
assert log.contains('jdash: building because of changed classes (it/simple/CounterCallbacks.class)')
assert !log.contains('output is up to date')
assert new File(basedir, 'target/classes/' + manifest.bundles[0].path).text.contains('clicks!')
return true
