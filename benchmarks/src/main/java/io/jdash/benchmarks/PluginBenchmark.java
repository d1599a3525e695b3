package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the Maven plugin on a generated 20-callback project: cold {@code mvn package} with and without the
 * plugin, the plugin's share split by phase (from its debug log), and a no-op {@code mvn package} where the plugin
 * only checks its fingerprint. Needs the plugin installed ({@code mvn -DskipTests install}). Writes
 * {@code plugin-benchmark.json} to the directory given as the first argument.
 */
public final class PluginBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern TOOK = Pattern.compile("jdash: (\\w+) took (\\d+) ms");

    private PluginBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        String version = args.length > 1 ? args[1] : "0.1.0-SNAPSHOT";
        Path project = Files.createTempDirectory("jdash-plugin-bench");
        Files.writeString(project.resolve("pom.xml"), pom(version));
        Path src = project.resolve("src/main/java/bench/Many.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, FixtureProject.stringCallbacks("Many", 20));

        ObjectNode out = JSON.createObjectNode();
        run(project, "clean", "package", "-Djdash.skip=true"); // warm Maven's own caches
        long without = run(project, "clean", "package", "-Djdash.skip=true").millis;
        Run cold = run(project, "-X", "clean", "package");
        Run noop = run(project, "-X", "package");
        out.put("coldPackageWithoutPluginMillis", without);
        out.put("coldPackageWithPluginMillis", cold.millis);
        ObjectNode phases = out.putObject("pluginPhasesMillis");
        cold.phases.forEach(phases::put);
        out.put("noOpPackageMillis", noop.millis);
        out.put("noOpPluginGoalMillis", noop.phases.getOrDefault("goal", -1L));
        out.put("noOpFingerprintMillis", noop.phases.getOrDefault("fingerprint", -1L));
        out.put("noOpLoggedUpToDate", noop.log.contains("jdash: output is up to date, skipping"));
        Files.createDirectories(results);
        Files.writeString(results.resolve("plugin-benchmark.json"), JSON.writeValueAsString(out) + "\n");
        System.out.printf(
                Locale.ROOT,
                "mvn package, 20 callbacks: %,d ms without the plugin, %,d ms with it"
                        + " (plugin phases %s)%nno-op mvn package: %,d ms; the plugin's goal took %,d ms (fingerprint %,d"
                        + " ms), up-to-date line logged: %s%n",
                without,
                cold.millis,
                cold.phases,
                noop.millis,
                noop.phases.getOrDefault("goal", -1L),
                noop.phases.getOrDefault("fingerprint", -1L),
                out.get("noOpLoggedUpToDate").asBoolean());
    }

    private record Run(long millis, java.util.Map<String, Long> phases, String log) {}

    private static Run run(Path project, String... goals) throws IOException, InterruptedException {
        String[] command = new String[goals.length + 3];
        command[0] = "mvn";
        command[1] = "-B";
        command[2] = "-o";
        System.arraycopy(goals, 0, command, 3, goals.length);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.MINUTES);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("mvn failed:\n" + log);
        }
        java.util.Map<String, Long> phases = new java.util.LinkedHashMap<>();
        Matcher m = TOOK.matcher(log);
        while (m.find()) {
            phases.merge(m.group(1), Long.parseLong(m.group(2)), Long::sum);
        }
        return new Run(millis, phases, log);
    }

    private static String pom(String version) {
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>bench</groupId><artifactId>many</artifactId><version>1.0</version>"
                + "<properties><maven.compiler.release>17</maven.compiler.release>"
                + "<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>"
                + "<dependencies><dependency><groupId>io.jdash</groupId><artifactId>jdash-api</artifactId>"
                + "<version>" + version + "</version></dependency></dependencies>"
                + "<build><pluginManagement><plugins>"
                + "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId>"
                + "<version>3.13.0</version></plugin>"
                + "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId>"
                + "<version>3.3.1</version></plugin>"
                + "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId>"
                + "<version>3.4.2</version></plugin>"
                + "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId>"
                + "<version>3.5.2</version></plugin>"
                + "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-clean-plugin</artifactId>"
                + "<version>3.4.0</version></plugin>"
                + "</plugins></pluginManagement><plugins><plugin><groupId>io.jdash</groupId>"
                + "<artifactId>jdash-maven-plugin</artifactId><version>" + version + "</version><executions>"
                + "<execution><goals><goal>bundle</goal></goals></execution></executions></plugin></plugins></build>"
                + "</project>";
    }
}
