
def log = new File(basedir, 'build.log').text
def manifestFile = new File(basedir, 'target/classes/META-INF/jdash/manifest.json')
def manifest = new groovy.json.JsonSlurper().parse(manifestFile)

def first = log.indexOf('jdash: building because there is no previous build')
def second = log.indexOf('jdash: output is up to date, skipping (use -Djdash.force to rebuild)')
assert first >= 0 : 'first run did not build'
assert second > first : 'second run did not skip'
assert log.count('jdash: building because') == 1 : 'rebuilt on the second run'
return true
