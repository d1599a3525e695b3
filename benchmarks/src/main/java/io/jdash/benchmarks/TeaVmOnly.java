package io.jdash.benchmarks;

import io.jdash.compiler.BuildListener;
import io.jdash.compiler.bundle.DashWrapper;
import io.jdash.compiler.codegen.AdapterCompiler;
import io.jdash.compiler.codegen.AdapterGenerator;
import io.jdash.compiler.codegen.AdapterSource;
import io.jdash.compiler.minify.ClosureStep;
import io.jdash.compiler.report.Compression;
import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.scan.CallbackScanner;
import io.jdash.compiler.scan.ClassIndex;
import io.jdash.compiler.teavm.RuntimeClasspath;
import io.jdash.compiler.teavm.TeaVmStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The baseline of the size targets: the browser callbacks of a class directory compiled as JdashCompiler compiles
 * them (generated adapters, TeaVM, the Dash wrapper, Closure SIMPLE, a source map comment) but with TeaVM's class
 * library as is, without jdash's lean JVM-exact replacements.
 */
final class TeaVmOnly {
    /** Stands for the source map comment of a served bundle, which has this length. */
    private static final String MAP_COMMENT = "\n//# sourceMappingURL=app.00000000.js.map\n";

    private TeaVmOnly() {}

    /** The gzip size of the bundle, or -1 if TeaVM cannot compile the callbacks with its own class library. */
    static long gzip(Path classes, Path work) throws IOException {
        List<Path> roots = List.of(classes);
        List<Path> indexRoots = new ArrayList<>(roots);
        indexRoots.addAll(RuntimeClasspath.entries());
        try (ClassIndex index = new ClassIndex(indexRoots)) {
            List<CallbackMethod> browser = CallbackScanner.scan(roots, index).callbacks().stream()
                    .filter(CallbackMethod::clientside)
                    .toList();
            AdapterSource adapter = AdapterGenerator.generate(browser, index);
            Path generated = AdapterCompiler.compile(adapter, indexRoots, work);
            TeaVmStep.Output out = TeaVmStep.compile(
                    adapter.className(),
                    Set.copyOf(adapter.functions().values()),
                    generated,
                    roots,
                    work,
                    true,
                    false,
                    false,
                    BuildListener.SILENT);
            if (out.js() == null) {
                return -1;
            }
            String wrapped = DashWrapper.wrap(
                    out.js(), "jdash", new ArrayList<>(adapter.functions().values()), java.util.Map.of());
            String minified = ClosureStep.simple("app.js", wrapped, null).code() + MAP_COMMENT;
            return Compression.gzip(minified.getBytes(StandardCharsets.UTF_8));
        }
    }
}
