
def log = new File(basedir, 'build.log').text
assert log.contains('jdash: 2 errors in callbacks')
assert log.contains('it/bad/BadCallbacks.java:13: error: [JDASH-E001] callback BadCallbacks.notStatic is not public static')
assert log.contains("fix: make the method 'public static'")
assert log.contains('it/bad/BadCallbacks.java:18: error: [JDASH-E003]')
assert !log.contains('at io.jdash.') : 'a user error must not print a stack trace'
return true
