def log = new File(basedir, 'build.log').text
// failOnWarnings is set and the build passes: the acknowledged method gives no warning
assert !log.contains('JDASH-W004')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/jdash/size-report.json'))
assert report.verification[0].unverified == ['Character.isSurrogate(char) (acknowledged)']
return true
