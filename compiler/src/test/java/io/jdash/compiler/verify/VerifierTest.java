package io.jdash.compiler.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.BuildListener;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.Fixtures;
import io.jdash.compiler.JdashCompiler;
import io.jdash.compiler.conformance.NodeHarness;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifierTest {
    static VerifyConfig config(Path dir, Path classes, int inputs, long timeout, Set<String> acknowledged) {
        List<Path> jvm = new ArrayList<>(List.of(classes));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .forEach(jvm::add);
        return new VerifyConfig(List.of(classes), List.of(), classes, dir.resolve("jdash"), jvm,
                JvmEngine.currentJava(), NodeHarness.node(), inputs, VerifyConfig.DEFAULT_SEED, timeout, acknowledged,
                false);
    }

    static Path build(Path dir, String pkg) throws Exception {
        Path classes = Fixtures.copy(pkg, dir.resolve("classes"));
        JdashCompiler.compile(CompilerConfig.builder().scan(classes).reportDirectory(dir.resolve("jdash")).build(),
                BuildListener.SILENT);
        return classes;
    }

    @Test
    void plantedDivergenceAndHangAreReported(@TempDir Path dir) throws Exception {
        Path classes = build(dir, "verifyplanted");
        VerifyResult result = Verifier.verify(config(dir, classes, 200, 1000, Set.of()));
        System.out.println(result.summary() + " jvm " + result.jvmMillis() + " browser " + result.browserMillis());
        result.diagnostics().forEach(d -> System.out.println(d.format()));
        assertTrue(result.failed());
    }
}
