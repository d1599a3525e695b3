package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.compiler.BuildListener;
import io.jdash.compiler.CompilationResult;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.CompilerSession;
import io.jdash.compiler.JdashCompiler;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.OnUnsupported;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The development loop's browser-code rebuild in one warm JVM, as {@code jdash:dev} runs it: the hello and dashboard
 * samples' sources compiled with javac into a scratch directory, a first compile, then 10 recompiles each after a
 * one-line edit of a {@code @Clientside} method (the edited file compiled with javac first, outside the timing). Three
 * ways: today's profile (TeaVM ADVANCED, a fresh compile each time), the development profile without a session
 * (TeaVM SIMPLE), and the development profile in a {@link CompilerSession} (SIMPLE plus TeaVM's in-memory caches).
 * Each recompile's bundle must hold the edit. Prints and writes {@code warm-compile-benchmark.json}: median and p90
 * of the TeaVM phase and of the whole build.
 */
public final class WarmCompileBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int EDITS = Integer.getInteger("jdash.benchmark.edits", 10);

    /** A sample and the one-line edit: {@code literal} in {@code file} becomes {@code literal} with a counter. */
    private record Sample(String name, String file, String literal) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample("hello", "io/jdash/samples/hello/HelloCallbacks.java", "Hello, stranger!"),
            new Sample(
                    "dashboard",
                    "io/jdash/samples/dashboard/DashboardCallbacks.java",
                    "Drag a box or lasso on the chart to sum the orders inside it."));

    private enum Mode {
        ADVANCED_FRESH,
        SIMPLE_FRESH,
        SIMPLE_SESSION
    }

    private WarmCompileBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Path samples = results.toAbsolutePath().getParent().getParent().resolve("samples");
        List<Path> jvm = new ArrayList<>();
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> !p.getFileName().toString().startsWith("jdash-sample-"))
                .forEach(jvm::add);
        ObjectNode out = JSON.createObjectNode();
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("java", Runtime.version().toString());
        out.put("edits", EDITS);
        out.put(
                "loadAverageAtStart",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        ObjectNode bySample = out.putObject("samples");
        for (Sample sample : SAMPLES) {
            ObjectNode modes = bySample.putObject(sample.name());
            for (Mode mode : Mode.values()) {
                modes.set(
                        mode.name().toLowerCase(),
                        run(sample, samples.resolve(sample.name()).resolve("src/main/java"), jvm, mode));
            }
        }
        Files.createDirectories(results);
        Files.writeString(results.resolve("warm-compile-benchmark.json"), JSON.writeValueAsString(out) + "\n");
    }

    private static ObjectNode run(Sample sample, Path sources, List<Path> jvm, Mode mode) throws Exception {
        Path work = Files.createTempDirectory("jdash-warm-" + sample.name());
        Path src = work.resolve("src");
        Path classes = work.resolve("classes");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path to = src.resolve(sources.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
                files.add(to);
            }
        }
        javac(classes, jvm, files);
        Path edited = src.resolve(sample.file());
        String original = Files.readString(edited, StandardCharsets.UTF_8);
        if (!original.contains("\"" + sample.literal() + "\"")) {
            throw new IllegalStateException(sample.file() + " no longer holds \"" + sample.literal() + "\"");
        }
        CompilerSession session = mode == Mode.SIMPLE_SESSION ? JdashCompiler.session() : null;
        ObjectNode result = JSON.createObjectNode();
        ArrayNode runs = result.putArray("runs");
        List<Long> teavm = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        try {
            for (int i = 0; i <= EDITS; i++) {
                String marker = " (edit " + i + ")";
                if (i > 0) {
                    Files.writeString(
                            edited,
                            original.replace("\"" + sample.literal() + "\"", "\"" + sample.literal() + marker + "\""),
                            StandardCharsets.UTF_8);
                    javac(classes, prepend(classes, jvm), List.of(edited));
                }
                CompilerConfig config = CompilerConfig.builder()
                        .scan(classes)
                        .classpath(jvm)
                        .outputDirectory(classes)
                        .reportDirectory(work.resolve("report"))
                        .workDirectory(work.resolve("work"))
                        .minify(MinifyLevel.NONE)
                        .onUnsupported(OnUnsupported.SERVER)
                        .sourceMaps(true)
                        .force(true)
                        .development(mode != Mode.ADVANCED_FRESH)
                        .build();
                Map<String, Long> phases = new LinkedHashMap<>();
                BuildListener listener = new BuildListener() {
                    @Override
                    public void phase(String name, long millis) {
                        phases.merge(name, millis, Long::sum);
                    }
                };
                long start = System.nanoTime();
                CompilationResult r =
                        session != null ? session.compile(config, listener) : JdashCompiler.compile(config, listener);
                long millis = (System.nanoTime() - start) / 1_000_000;
                String bundle = Files.readString(r.bundleFile(), StandardCharsets.UTF_8);
                if (i > 0 && !bundle.contains(sample.literal() + marker)) {
                    throw new IllegalStateException(
                            mode + " " + sample.name() + ": the bundle of edit " + i + " does not hold it");
                }
                ObjectNode run = runs.addObject();
                run.put("edit", i);
                run.put("totalMillis", millis);
                run.put("teavmMillis", phases.getOrDefault("teavm", 0L));
                run.set("phases", JSON.valueToTree(phases));
                run.put("bundleBytes", bundle.getBytes(StandardCharsets.UTF_8).length);
                if (i > 0) {
                    teavm.add(phases.getOrDefault("teavm", 0L));
                    total.add(millis);
                } else {
                    result.put("firstTotalMillis", millis);
                    result.put("firstTeavmMillis", phases.getOrDefault("teavm", 0L));
                }
                System.out.printf(
                        "%-9s %-14s edit %2d: %6d ms, teavm %6d ms %s%n",
                        sample.name(), mode, i, millis, phases.getOrDefault("teavm", 0L), phases);
            }
        } finally {
            if (session != null) {
                session.close();
            }
        }
        result.put("teavmMedianMillis", percentile(teavm, 50));
        result.put("teavmP90Millis", percentile(teavm, 90));
        result.put("totalMedianMillis", percentile(total, 50));
        result.put("totalP90Millis", percentile(total, 90));
        System.out.printf(
                "%-9s %-14s first %d ms; recompile teavm median %d / p90 %d ms, whole median %d / p90 %d" + " ms%n",
                sample.name(),
                mode,
                result.get("firstTotalMillis").asLong(),
                percentile(teavm, 50),
                percentile(teavm, 90),
                percentile(total, 50),
                percentile(total, 90));
        return result;
    }

    private static List<Path> prepend(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static void javac(Path classes, List<Path> classpath, List<Path> files) throws Exception {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-g",
                "-parameters",
                "-classpath",
                String.join(
                        File.pathSeparator,
                        classpath.stream().map(Path::toString).toList())));
        files.forEach(f -> args.add(f.toString()));
        if (javac.run(null, null, null, args.toArray(new String[0])) != 0) {
            throw new IllegalStateException("javac failed on " + files);
        }
    }

    /** The nearest-rank percentile. */
    private static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
