package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.scan.CallbackScanner;
import io.jdash.compiler.scan.ClassIndex;
import io.jdash.compiler.surface.CallSite;
import io.jdash.compiler.surface.CallSiteScanner;
import io.jdash.compiler.surface.SurfaceMap;
import io.jdash.compiler.verify.GraalEngine;
import io.jdash.compiler.verify.JvmEngine;
import io.jdash.compiler.verify.Verifier;
import io.jdash.compiler.verify.VerifyConfig;
import io.jdash.compiler.verify.VerifyResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * jdash:verify on the samples' browser callbacks (after {@code mvn install} built them): how long verifying the
 * dashboard's callbacks takes with 200 inputs each (budget: 10 s on 2 cores), with node and with GraalJS in this
 * JVM, interleaved, and what share of the JDK methods
 * each sample's browser code calls the conformance suite proves. Writes {@code verify-benchmark.json}.
 */
public final class VerifyBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int RUNS = 3;

    private VerifyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Path samples = results.toAbsolutePath().getParent().getParent().resolve("samples");
        ObjectNode out = JSON.createObjectNode();
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("java", Runtime.version().toString());
        List<Path> jvm = new ArrayList<>();
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .forEach(jvm::add);

        Path dashboard = samples.resolve("dashboard/target/classes");
        Path work = Files.createTempDirectory("jdash-verify-bench");
        var runs = out.putArray("dashboardRuns");
        for (int i = 0; i < 2 * RUNS; i++) {
            boolean graal = i % 2 == 1;
            VerifyConfig config = new VerifyConfig(
                    List.of(dashboard),
                    jvm,
                    dashboard,
                    work.resolve("jdash"),
                    jvm,
                    JvmEngine.currentJava(),
                    System.getProperty("node.executable", "node"),
                    VerifyConfig.DEFAULT_INPUTS,
                    VerifyConfig.DEFAULT_SEED,
                    VerifyConfig.DEFAULT_TIMEOUT_MILLIS,
                    // as the sample's pom: two divergences verify found there, acknowledged until jdash fixes them
                    Set.of("DashboardCallbacks.kpiText", "DashboardCallbacks.tableRows"),
                    true);
            VerifyResult r =
                    graal ? Verifier.verify(config, GraalEngine.find().orElseThrow()) : Verifier.verify(config);
            System.out.println(
                    r.summary() + " [JVM side " + r.jvmMillis() + " ms, browser side " + r.browserMillis() + " ms]");
            runs.addObject()
                    .put("millis", r.millis())
                    .put("jvmMillis", r.jvmMillis())
                    .put("browserMillis", r.browserMillis())
                    .put("callbacks", r.callbacks())
                    .put("calls", r.calls())
                    .put("engine", r.engine())
                    .put("clean", !r.failed());
        }

        SurfaceMap map = SurfaceMap.shipped();
        var shares = out.putObject("provenShare");
        for (String sample : List.of("hello", "features", "dashboard")) {
            Path classes = samples.resolve(sample + "/target/classes");
            TreeMap<String, Integer> unverified = new TreeMap<>();
            Set<String> all = new TreeSet<>();
            Set<String> proven = new TreeSet<>();
            try (ClassIndex index = new ClassIndex(List.of(classes))) {
                CallSiteScanner scanner = new CallSiteScanner(index);
                for (CallbackMethod cb :
                        CallbackScanner.scan(List.of(classes), index).callbacks()) {
                    if (!cb.clientside()) {
                        continue;
                    }
                    for (CallSite site : scanner.scan(cb)) {
                        all.add(site.method().key());
                        if (map.kind(site.method()) == SurfaceMap.Kind.PROVEN) {
                            proven.add(site.method().key());
                        } else {
                            unverified.merge(site.method().key(), 1, Integer::sum);
                        }
                    }
                }
            }
            ObjectNode s = shares.putObject(sample);
            s.put("methods", all.size()).put("proven", proven.size());
            s.put("share", all.isEmpty() ? 1.0 : Math.round(1000.0 * proven.size() / all.size()) / 1000.0);
            var u = s.putObject("unverified");
            unverified.forEach(u::put);
            System.out.println(sample + ": " + proven.size() + " of " + all.size() + " JDK methods proven; unverified "
                    + unverified.keySet());
        }
        Files.createDirectories(results);
        Files.writeString(results.resolve("verify-benchmark.json"), JSON.writeValueAsString(out) + "\n");
    }
}
