package io.jdash.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.CompilerEnvironmentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdapterCompilerTest {
    @Test
    void aJvmWithoutJavac_isAnEnvironmentErrorSayingWhatToInstall(@TempDir Path dir) {
        AdapterSource adapter = new AdapterSource("jdash.generated.JdashEntry", "class JdashEntry {}", Map.of());
        CompilerEnvironmentException e = assertThrows(
                CompilerEnvironmentException.class, () -> AdapterCompiler.compile(adapter, List.of(), dir, null));
        assertTrue(
                e.getMessage().contains("has no Java compiler")
                        && e.getMessage().contains("JDK 17 or newer")
                        && e.getMessage().contains("JAVA_HOME")
                        && e.getMessage().contains(System.getProperty("java.home")),
                e.getMessage());
        assertTrue(!e.getMessage().contains("bug"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("generated-sources")), "nothing is written before the check");
    }
}
