def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] it/unverified/LetterCallbacks.java:15: warning: [JDASH-W004] Character.isSurrogate(char) (java.lang.Character#isSurrogate) is not verified to give the JVM's result in the browser (called from the browser callback LetterCallbacks.letters)")
assert log.contains('fix: test it with jdash:verify')
assert log.contains('acknowledgedMethods')
// the size report's verification section names it too
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/jdash/size-report.json'))
assert report.verification.size() == 1
assert report.verification[0].unverified == ['Character.isSurrogate(char)']
assert new File(basedir, 'target/jdash/size-report.txt').text.contains('LetterCallbacks.letters: ')
assert new File(basedir, 'target/jdash/size-report.html').text.contains('Verification: JDK methods called from browser code')
// and jdash:verify checked the callback itself: clean
assert log =~ /jdash: verified 1 browser callback on \d+ inputs .*: all agree/
return true
