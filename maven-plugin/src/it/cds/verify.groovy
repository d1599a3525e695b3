def log = new File(basedir, 'build.log').text
assert log.contains('jdash cds: wrote') : 'the goal reported the archive'
def archive = new File(basedir, 'target/jdash/app.jsa')
assert archive.isFile() && archive.length() > 1_000_000 : 'the archive was written'
def training = new File(basedir, 'target/jdash/app-training.log').text
assert training.contains('jdash: CDS training run served the page') : 'the training run opened the page'
def argFile = new File(basedir, 'target/jdash/app.args')
def args = argFile.readLines()
assert args[0].contains('-XX:SharedArchiveFile=') && args[1] == '-cp' && args[3] == 'it.cds.CdsApp' : args
// the archive maps: with -Xshare:on the JVM refuses to start on an archive it cannot use
def java = new File(System.getProperty('java.home'), 'bin/java').path
def run = [java, '-Xshare:on', '-Djdash.cds.training=true', '@' + argFile.path].execute()
def out = new StringBuilder()
run.consumeProcessOutput(out, out)
assert run.waitFor() == 0 : out
assert out.contains('jdash: CDS training run served the page') : out
return true
