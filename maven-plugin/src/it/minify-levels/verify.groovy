
def slurp = { f -> new groovy.json.JsonSlurper().parse(new File(basedir, f)) }
def none = slurp('target/jdash-none/size-report.json').bundles[0]
def simple = slurp('target/jdash/size-report.json').bundles[0]
assert none.bytes > simple.bytes : "NONE ${none.bytes} should be larger than SIMPLE ${simple.bytes}"
def manifest = slurp('target/classes/META-INF/jdash/manifest.json')
assert manifest.bundles[0].path == simple.path
assert !new File(basedir, 'target/classes/' + none.path).exists() : 'the NONE bundle is stale and removed'
return true
