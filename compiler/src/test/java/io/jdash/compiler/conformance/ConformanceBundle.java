package io.jdash.compiler.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.compiler.BuildListener;
import io.jdash.compiler.CompilationResult;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.CompilerSession;
import io.jdash.compiler.Fixtures;
import io.jdash.compiler.JdashCompiler;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.verify.OutcomeComparison;
import io.jdash.contract.Manifest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled bundle of fixture callbacks plus the JVM methods behind its functions: runs the same calls on both
 * sides and lists every disagreement.
 */
public final class ConformanceBundle {
    private static final java.util.regex.Pattern HARNESS_LOADER =
            java.util.regex.Pattern.compile("of loader java\\.net\\.URLClassLoader @[0-9a-f]+");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One case: a function, its arguments (a JSON array) and an optional callback_context. */
    public record Case(String function, String args, String context) {}

    private final Path dir;
    private final CompilationResult result;
    private final Map<String, Method> methods = new LinkedHashMap<>();
    private final Map<String, Integer> outputs = new LinkedHashMap<>();

    private ConformanceBundle(Path dir, CompilationResult result) {
        this(dir, result, ConformanceBundle.class.getClassLoader());
    }

    private ConformanceBundle(Path dir, CompilationResult result, ClassLoader loader) {
        this.dir = dir;
        this.result = result;
        for (Manifest.Callback cb : result.manifest().callbacks()) {
            if (cb.function() != null) {
                methods.put(cb.function(), resolve(cb.method(), loader));
                outputs.put(cb.function(), cb.outputs().size());
            }
        }
    }

    /** Compiles the fixture packages (under {@code io.jdash.fixtures}) into one bundle in {@code dir}. */
    public static ConformanceBundle compile(Path dir, MinifyLevel minify, boolean strict, String... packages)
            throws Exception {
        Path classes = dir.resolve("classes");
        for (String pkg : packages) {
            Fixtures.copy(pkg, classes);
        }
        CompilerConfig config = CompilerConfig.builder()
                .scan(classes)
                .reportDirectory(dir.resolve("jdash"))
                .minify(minify)
                .strict(strict)
                .build();
        return new ConformanceBundle(dir, JdashCompiler.compile(config, BuildListener.SILENT));
    }

    /**
     * Compiles the fixture packages into one bundle in {@code dir}, with {@code classpath} (e.g. a library jar the
     * callbacks call) on the compile's class path.
     */
    public static ConformanceBundle compileWith(Path dir, List<Path> classpath, String... packages) throws Exception {
        Path classes = dir.resolve("classes");
        for (String pkg : packages) {
            Fixtures.copy(pkg, classes);
        }
        CompilerConfig config = CompilerConfig.builder()
                .scan(classes)
                .classpath(classpath)
                .reportDirectory(dir.resolve("jdash"))
                .build();
        return new ConformanceBundle(dir, JdashCompiler.compile(config, BuildListener.SILENT));
    }

    /**
     * Compiles one Java source written at test time, against jdash's API, into {@code classes}; true when javac
     * succeeded.
     */
    public static boolean javac(Path source, Path classes) throws Exception {
        Files.createDirectories(classes);
        Path api = Path.of(io.jdash.api.Callback.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return javax.tools.ToolProvider.getSystemJavaCompiler()
                        .run(
                                null,
                                null,
                                null,
                                "-d",
                                classes.toString(),
                                "-g",
                                "-nowarn",
                                "-classpath",
                                api.toString(),
                                source.toString())
                == 0;
    }

    /**
     * Compiles the classes javac wrote to {@code classes} (generated at test time) into one bundle in {@code dir},
     * with the production or the development profile; the JVM side runs them from {@code loader}.
     */
    public static ConformanceBundle compileClasses(Path dir, Path classes, ClassLoader loader, boolean development)
            throws Exception {
        CompilerConfig config = CompilerConfig.builder()
                .scan(classes)
                .reportDirectory(dir.resolve("jdash"))
                .development(development)
                .build();
        return new ConformanceBundle(dir, JdashCompiler.compile(config, BuildListener.SILENT), loader);
    }

    /**
     * The cases of generated callbacks {@code (int a, String b)}: six per function, {@code a} from 0 to 5 and
     * {@code b} one of {@code texts}, chosen by {@code a * stride} and the function's name.
     */
    public static List<Case> intAndTextCases(List<String> functions, List<String> texts, int stride) {
        List<Case> cases = new ArrayList<>();
        for (String function : functions) {
            for (int a = 0; a < 6; a++) {
                String b = texts.get((a * stride + function.length()) % texts.size());
                cases.add(new Case(function, "[" + a + "," + quote(b) + "]", null));
            }
        }
        return cases;
    }

    /**
     * Compiles a class written at test time ({@code source}, the class {@code pkg.className}) with javac, bundles it
     * with the production or the development profile, runs the cases {@code cases} makes from the bundle's functions
     * on both sides and asserts that they agree. The source is kept in {@code target/<keepAs>.java} and every
     * disagreement in {@code target/<keepAs>.disagreements.txt}, which a failure names.
     */
    public static void assertGeneratedAgree(
            Path dir,
            String pkg,
            String className,
            String source,
            String keepAs,
            boolean development,
            java.util.function.Function<List<String>, List<Case>> cases)
            throws Exception {
        Path sources = dir.resolve("src").resolve(pkg.replace('.', '/'));
        Files.createDirectories(sources);
        Path file = sources.resolve(className + ".java");
        Files.writeString(file, source);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + keepAs + ".java"), source);
        Path classes = dir.resolve("classes");
        org.junit.jupiter.api.Assertions.assertTrue(
                javac(file, classes), "the generated source does not compile: target/" + keepAs + ".java");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()}, ConformanceBundle.class.getClassLoader())) {
            ConformanceBundle bundle = compileClasses(dir, classes, loader, development);
            List<Case> all = cases.apply(bundle.functions());
            // the generated class is loaded by the loader above; a server loads it with the application's
            List<String> problems = bundle.disagreements(
                    all,
                    -1,
                    false,
                    text -> HARNESS_LOADER.matcher(text).replaceAll("of loader 'app'"),
                    Java19NumberTexts::reconcile);
            Path report = Path.of("target/" + keepAs + ".disagreements.txt");
            // getBytes writes a lone surrogate (a text under test may hold one) as '?' where Files.write refuses it
            Files.write(report, String.join("\n", problems).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            org.junit.jupiter.api.Assertions.assertTrue(
                    problems.isEmpty(),
                    problems.size() + " of " + all.size() + " cases disagree (source: target/" + keepAs
                            + ".java, all of them: " + report + "):\n"
                            + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
        }
    }

    /**
     * Compiles the fixture packages with the development profile in a {@link CompilerSession}: a first compile
     * fills the session's caches, the second (whose bundle this is) is served from them.
     */
    public static ConformanceBundle compileWarmForDevelopment(Path dir, CompilerSession session, String... packages)
            throws Exception {
        Path classes = dir.resolve("classes");
        for (String pkg : packages) {
            Fixtures.copy(pkg, classes);
        }
        CompilerConfig config = CompilerConfig.builder()
                .scan(classes)
                .reportDirectory(dir.resolve("jdash"))
                .development(true)
                .build();
        session.compile(config, BuildListener.SILENT);
        return new ConformanceBundle(dir, session.compile(config, BuildListener.SILENT));
    }

    /** The compilation's result. */
    public CompilationResult result() {
        return result;
    }

    /** The functions of the bundle. */
    public List<String> functions() {
        return new ArrayList<>(methods.keySet());
    }

    /** Runs every case in node and on the JVM; returns one line per disagreement (empty when all agree). */
    public List<String> disagreements(List<Case> cases) throws IOException, InterruptedException {
        return disagreements(cases, -1, false);
    }

    /** As {@link #disagreements(List)}, numbers allowed to differ by up to {@code ulps} units in the last place. */
    public List<String> disagreementsWithin(List<Case> cases, int ulps) throws IOException, InterruptedException {
        if (ulps > 1) {
            throw new IllegalArgumentException("the comparison allows at most 1 ulp, not " + ulps);
        }
        return disagreements(cases, ulps, false);
    }

    /** As {@link #disagreements(List)}, comparing arrays as multisets (for hash-ordered collections). */
    public List<String> disagreementsIgnoringListOrder(List<Case> cases) throws IOException, InterruptedException {
        return disagreements(cases, -1, true);
    }

    private List<String> disagreements(List<Case> cases, int ulps, boolean unordered)
            throws IOException, InterruptedException {
        return disagreements(cases, ulps, unordered, java.util.function.UnaryOperator.identity(), (jvm, js) -> jvm);
    }

    /**
     * As {@link #disagreements(List)}, after {@code normalize} rewrote both sides' outcomes (as JSON text): for a
     * difference the build warns about, to check that nothing else differs.
     */
    public List<String> disagreementsAfter(List<Case> cases, java.util.function.UnaryOperator<String> normalize)
            throws IOException, InterruptedException {
        return disagreements(cases, -1, false, normalize, (jvm, js) -> jvm);
    }

    /**
     * The disagreements after {@code normalize} rewrote each side's outcome (as JSON text) and {@code reconcile}
     * rewrote the JVM's in view of the browser's ({@code (jvm, browser) -> jvm'}).
     */
    private List<String> disagreements(
            List<Case> cases,
            int ulps,
            boolean unordered,
            java.util.function.UnaryOperator<String> normalize,
            java.util.function.BinaryOperator<String> reconcile)
            throws IOException, InterruptedException {
        List<NodeHarness.Call> calls = new ArrayList<>();
        for (Case c : cases) {
            if (!methods.containsKey(c.function())) {
                throw new IllegalArgumentException("no function " + c.function() + " in " + methods.keySet());
            }
            calls.add(new NodeHarness.Call(
                    "jdash",
                    c.function(),
                    JSON.readTree(c.args()),
                    c.context() == null ? null : JSON.readTree(c.context())));
        }
        List<JsonNode> browser = NodeHarness.run(result.bundleFile(), calls, dir);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonNode jvm = JvmHarness.run(
                    methods.get(c.function()),
                    outputs.get(c.function()),
                    calls.get(i).args(),
                    calls.get(i).context());
            JsonNode js = JSON.readTree(normalize.apply(browser.get(i).toString()));
            jvm = JSON.readTree(reconcile.apply(normalize.apply(jvm.toString()), js.toString()));
            String d = OutcomeComparison.difference(
                    jvm,
                    js,
                    unordered
                            ? OutcomeComparison.Mode.IGNORING_LIST_ORDER
                            : ulps > 0 ? OutcomeComparison.Mode.WITHIN_ONE_ULP : OutcomeComparison.Mode.EXACT);
            if (d != null) {
                problems.add(
                        c.function() + c.args() + ": JVM " + jvm + " / browser " + browser.get(i) + " (at " + d + ")");
            }
        }
        return problems;
    }

    /** Asserts that every case agrees, listing the first 40 disagreements otherwise. */
    public void assertAgree(List<Case> cases) throws IOException, InterruptedException {
        List<String> problems = disagreements(cases);
        org.junit.jupiter.api.Assertions.assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " cases disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    /** {@code s} as a JSON string, non-ASCII characters escaped. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            sb.append(
                    ch == '"' || ch == '\\'
                            ? "\\" + ch
                            : ch < 0x20 || ch > 0x7e ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
        }
        return sb.append('"').toString();
    }

    private static Method resolve(String key, ClassLoader loader) {
        String cls = key.substring(0, key.indexOf('#'));
        String name = key.substring(key.indexOf('#') + 1, key.indexOf('('));
        try {
            for (Method m : Class.forName(cls, true, loader).getMethods()) {
                if (m.getName().equals(name)) {
                    return m;
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no method " + key);
    }
}
