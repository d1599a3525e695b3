def log = new File(basedir, 'build.log').text
assert log.contains('jdash dev: smoke test passed') : 'the app was served in development mode'
assert log.contains('change=START') && log.contains('teavmMillis=') : 'the first build ran javac and TeaVM'
assert new File(basedir, 'target/classes/it/dev/DevApp.class').isFile() : 'javac wrote the classes'
assert new File(basedir, 'target/classes/assets/style.css').isFile() : 'resources were copied'
def manifest = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/classes/META-INF/jdash/manifest.json'))
assert manifest.callbacks.size() == 1 && manifest.callbacks[0].runs == 'browser'
return true
