def log = new File(basedir, 'build.log').text
// the callback, file:line, the input, both answers, the fix and the seed
assert log.contains('it/verify/TagCallbacks.java:22: error: [JDASH-E050] TagCallbacks.unique answers differently in the browser than on the JVM')
assert log =~ /input: +\[\[.*\]\] \(generated input \d+ of 200\)/
assert log =~ /JVM: +returns \[/
assert log =~ /browser: +returns \[.*\(node v/
assert log.contains('seed: 20261201')
assert log.contains('fix: report it (the JVM\'s answer is the reference), move the callback to the server')
assert log =~ /jdash: verified 2 browser callbacks on \d+ inputs \(seed 20261201\) on the JVM and in node v[0-9.]+: 1 of 2 callbacks diverge/
assert !log.contains('TagCallbacks.count answers differently')
assert !log.contains('at io.jdash.') : 'a divergence must not print a stack trace'
return true
