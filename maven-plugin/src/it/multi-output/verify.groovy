
def log = new File(basedir, 'build.log').text
def manifestFile = new File(basedir, 'target/classes/META-INF/jdash/manifest.json')
def manifest = new groovy.json.JsonSlurper().parse(manifestFile)

def cb = manifest.callbacks[0]
assert cb.outputs == ['summary.children', 'summary.style']
assert cb.inputs == ['threshold.value']
assert cb.method == 'it.multi.SummaryCallbacks#summary(io.jdash.api.CallbackContext,java.lang.Double)'
assert new File(basedir, 'target/classes/' + manifest.bundles[0].path).text.contains('SummaryCallbacks_summary')
return true
