
def log = new File(basedir, 'build.log').text
assert log.contains('[JDASH-E040] callback RegexCallbacks_vowels (it.budget.RegexCallbacks#vowels(java.lang.String)) pulls in')
assert log.contains('over the budget of 1,000 B (budgetCallbackGzipBytes)')
assert log =~ /java\.util\.regex\.\w+ [0-9,]+ B raw \(why: JdashEntry\.RegexCallbacks_vowels -> RegexCallbacks\.vowels -> /
assert !log.contains('RegexCallbacks_small (it.budget')
return true
