package io.jdash.compiler.incremental;

import io.jdash.compiler.CompilationResult;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.bundle.OutputFiles;
import io.jdash.compiler.report.SizeReport;
import io.jdash.contract.ClassPathLocations;
import io.jdash.contract.Manifest;
import io.jdash.contract.ManifestCodec;
import io.jdash.contract.ManifestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the previous build left: its fingerprint, and its result if all its outputs are still there. */
public final class PreviousBuild {
    private PreviousBuild() {}

    /** Where the fingerprint of the last successful build is kept. */
    public static Path fingerprintFile(CompilerConfig config) {
        return config.reportDirectory().resolve("fingerprint.json");
    }

    /** The fingerprint of the last successful build, or null when there is none or it cannot be read. */
    public static Fingerprint fingerprint(CompilerConfig config) {
        Path file = fingerprintFile(config);
        try {
            return Files.isRegularFile(file) ? OutputFiles.JSON.readValue(file.toFile(), Fingerprint.class) : null;
        } catch (IOException e) {
            return null; // unreadable: build again
        }
    }

    /** The result of the previous build, if all its outputs are still there and readable; else null. */
    public static CompilationResult result(CompilerConfig config) {
        try {
            Path manifestFile = config.outputDirectory().resolve(ClassPathLocations.MANIFEST);
            Path reportFile = config.reportDirectory().resolve("size-report.json");
            Path tableFile = config.reportDirectory().resolve("size-report.txt");
            if (!Files.isRegularFile(manifestFile)
                    || !Files.isRegularFile(reportFile)
                    || !Files.isRegularFile(tableFile)) {
                return null;
            }
            Manifest manifest = ManifestCodec.read(Files.readAllBytes(manifestFile), manifestFile.toString());
            Path bundle = null;
            for (Manifest.Bundle b : manifest.bundles()) {
                bundle = config.outputDirectory().resolve(b.path());
                if (!Files.isRegularFile(bundle)
                        || b.sourceMap() != null
                                && !Files.isRegularFile(config.outputDirectory().resolve(b.sourceMap()))) {
                    return null;
                }
            }
            return new CompilationResult(
                    manifest,
                    manifestFile,
                    bundle,
                    OutputFiles.JSON.readValue(reportFile.toFile(), SizeReport.class),
                    Files.readString(tableFile),
                    List.of(),
                    List.of(),
                    null);
        } catch (IOException | ManifestException e) {
            return null;
        }
    }
}
