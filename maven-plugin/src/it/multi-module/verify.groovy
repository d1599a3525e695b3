
def manifest = new groovy.json.JsonSlurper().parse(new File(basedir, 'app/target/classes/META-INF/jdash/manifest.json'))
def methods = manifest.callbacks*.method.sort()
assert methods == ['it.app.AppCallbacks#own(java.lang.String)', 'it.shared.SharedCallbacks#shout(java.lang.String)']
assert manifest.callbacks.every { it.runs == 'browser' }
assert !new File(basedir, 'callbacks/target/classes/META-INF/jdash').exists()
return true
