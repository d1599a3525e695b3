package io.jdash.compiler;

import io.jdash.compiler.report.SizeReport;
import io.jdash.contract.Manifest;
import java.nio.file.Path;
import java.util.List;

/**
 * What a successful compilation produced.
 *
 * @param manifest the manifest as written
 * @param manifestFile where it was written
 * @param bundleFile the bundle, or null when no callback runs in the browser
 * @param sizeReport the sizes
 * @param sizeTable the size report as a plain-text table for the build log
 * @param diagnostics the warnings and notes (a successful run has no errors)
 * @param filesWritten the output files whose bytes changed (unchanged files are not rewritten)
 * @param buildReason why the compiler built ("of changed classes (a/B.class)"), or null when the outputs were up to
 *        date and nothing was rebuilt
 * @param bundleContents the classes and methods whose code the bundle holds ({@link BundleContents#NONE} when up
 *        to date or when no callback runs in the browser)
 */
public record CompilationResult(
        Manifest manifest,
        Path manifestFile,
        Path bundleFile,
        SizeReport sizeReport,
        String sizeTable,
        List<Diagnostic> diagnostics,
        List<Path> filesWritten,
        String buildReason,
        BundleContents bundleContents) {

    /** Whether the outputs were up to date, so TeaVM and Closure did not run. */
    public boolean upToDate() {
        return buildReason == null;
    }

    /** Copies the lists. */
    public CompilationResult {
        diagnostics = List.copyOf(diagnostics);
        filesWritten = List.copyOf(filesWritten);
        java.util.Objects.requireNonNull(bundleContents, "bundleContents");
    }

    /** A result that does not say which classes the browser code reaches (an up-to-date build). */
    public CompilationResult(
            Manifest manifest,
            Path manifestFile,
            Path bundleFile,
            SizeReport sizeReport,
            String sizeTable,
            List<Diagnostic> diagnostics,
            List<Path> filesWritten,
            String buildReason) {
        this(
                manifest,
                manifestFile,
                bundleFile,
                sizeReport,
                sizeTable,
                diagnostics,
                filesWritten,
                buildReason,
                BundleContents.NONE);
    }
}
