
def log = new File(basedir, 'build.log').text
def manifestFile = new File(basedir, 'target/classes/META-INF/jdash/manifest.json')
def manifest = new groovy.json.JsonSlurper().parse(manifestFile)

def lines = manifest.callbacks.find { it.method.contains('#lines(') }
def fine = manifest.callbacks.find { it.method.contains('#fine(') }
assert lines.runs == 'server'
assert lines.reason.contains('java.util.Scanner') && lines.reason.contains('MixedCallbacks.lines')
assert lines.function == null
assert fine.runs == 'browser' && fine.function == 'MixedCallbacks_fine'
assert log.contains('MixedCallbacks.lines runs on the server')
return true
