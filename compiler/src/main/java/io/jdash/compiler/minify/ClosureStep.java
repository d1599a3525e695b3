package io.jdash.compiler.minify;

import com.google.javascript.jscomp.CommandLineRunner;
import com.google.javascript.jscomp.CompilationLevel;
import com.google.javascript.jscomp.Compiler;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.JSError;
import com.google.javascript.jscomp.Result;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.jscomp.SourceMap;
import com.google.javascript.jscomp.SourceMapInput;
import com.google.javascript.jscomp.WarningLevel;
import com.google.javascript.jscomp.jarjar.com.google.common.collect.ImmutableMap;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.bundle.BundleCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Minifies the wrapped bundle with Closure Compiler's Java API: a fresh {@link Compiler} per run (Closure keeps
 * state in it, so sharing one would break a thread-safe build), SIMPLE optimizations, the input source map chained
 * so that the output map points at the Java sources.
 */
public final class ClosureStep {
    /** The minified code and its map (null when no input map was given), or the errors. */
    public record Output(String code, String sourceMap, List<String> errors) {}

    private ClosureStep() {}

    /**
     * Minifies the wrapped bundle at {@code level}: {@code NONE} keeps it as it is, {@code SIMPLE} runs
     * {@link #simple}.
     *
     * @throws IllegalArgumentException for {@code ADVANCED}, which the compiler refuses before it builds
     */
    public static Output minify(MinifyLevel level, String name, BundleCode bundle) throws IOException {
        return switch (level) {
            case NONE -> new Output(bundle.code(), bundle.sourceMap(), List.of());
            case SIMPLE -> simple(name, bundle.code(), bundle.sourceMap());
            case ADVANCED -> throw new IllegalArgumentException("minify=ADVANCED is refused before the build");
        };
    }

    /**
     * Minifies {@code code} (named {@code name}) with SIMPLE_OPTIMIZATIONS.
     *
     * @param inputMap the source map of {@code code}, or null
     */
    public static Output simple(String name, String code, String inputMap) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Compiler compiler = new Compiler(new PrintStream(sink, true, StandardCharsets.UTF_8));
        CompilerOptions options = new CompilerOptions();
        CompilationLevel.SIMPLE_OPTIMIZATIONS.setOptionsForCompilationLevel(options);
        WarningLevel.QUIET.setOptionsForWarningLevel(options);
        options.setEnvironment(CompilerOptions.Environment.BROWSER);
        options.setLanguageIn(CompilerOptions.LanguageMode.ECMASCRIPT_NEXT);
        // TeaVM's long is a BigInt, which cannot be lowered below ES2020
        options.setLanguageOut(CompilerOptions.LanguageMode.ECMASCRIPT_2020);
        options.setEmitUseStrict(false);
        if (inputMap != null) {
            options.setSourceMapOutputPath(name + ".map");
            options.setSourceMapFormat(SourceMap.Format.V3);
            options.setApplyInputSourceMaps(true);
            options.setInputSourceMaps(
                    ImmutableMap.of(name, new SourceMapInput(SourceFile.fromCode(name + ".map", inputMap))));
        }
        List<SourceFile> externs = CommandLineRunner.getBuiltinExterns(CompilerOptions.Environment.BROWSER);
        Result result = compiler.compile(externs, List.of(SourceFile.fromCode(name, code)), options);
        if (!result.success) {
            List<String> errors = new ArrayList<>();
            for (JSError e : result.errors) {
                errors.add(e.toString());
            }
            return new Output(null, null, errors);
        }
        String out = compiler.toSource();
        String map = null;
        if (inputMap != null) {
            StringBuilder sb = new StringBuilder();
            compiler.getSourceMap().appendTo(sb, name);
            map = sb.toString();
        }
        return new Output(out, map, List.of());
    }
}
