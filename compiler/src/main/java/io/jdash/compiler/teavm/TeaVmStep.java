package io.jdash.compiler.teavm;

import io.jdash.compiler.BuildListener;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.teavm.callgraph.CallGraph;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.dependency.DependencyInfo;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.diagnostics.ProblemProvider;
import org.teavm.model.CallLocation;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;
import org.teavm.vm.TeaVM;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * One whole-program TeaVM compile of the generated entry class, whose exported adapters are the entry points.
 * Reports what TeaVM could not compile together with the callbacks that reach it and the call chain.
 */
public final class TeaVmStep {
    /** The JS file name TeaVM writes in the work directory. */
    static final String OUTPUT = "teavm.js";

    /**
     * Something TeaVM could not compile.
     *
     * @param text TeaVM's description, e.g. "Method java.lang.String.lines()... was not found"
     * @param file the source file of the offending call, or null
     * @param line its line, or 0
     * @param chains for each callback function that reaches it, the call chain from the callback to the call
     */
    public record Unsupported(String text, String file, int line, Map<String, List<String>> chains) {}

    /**
     * A call in the application's code to a JDK method whose result may differ in the browser.
     *
     * @param code the warning's code
     * @param method e.g. {@code Math.log}
     * @param message what differs
     * @param file the source file of the call
     * @param line its line
     * @param functions the callback functions that reach the call
     */
    public record DivergentCall(
            io.jdash.compiler.DiagnosticCode code,
            String method,
            String message,
            String file,
            int line,
            Set<String> functions) {}

    /**
     * What a compile produced.
     *
     * @param js the COMMON_JS module text (no source map comment), or null when TeaVM failed
     * @param sourceMap the V3 source map text, or null
     * @param problems what could not be compiled
     * @param reachability for each callback function, the top-level classes its code reaches, and why
     * @param divergentCalls calls whose results may differ between the JVM and the browser
     */
    public record Output(
            String js,
            String sourceMap,
            List<Unsupported> problems,
            Reachability reachability,
            List<DivergentCall> divergentCalls,
            Set<String> classes,
            Set<String> methods) {
        /** Copies the sets. */
        public Output {
            classes = Set.copyOf(classes);
            methods = Set.copyOf(methods);
        }
    }

    private TeaVmStep() {}

    /**
     * Compiles {@code entryClass} (found in {@code generatedClasses}) and everything it reaches.
     *
     * @param functions the exported adapter method names, one per callback
     */
    public static Output compile(
            String entryClass,
            Set<String> functions,
            Path generatedClasses,
            List<Path> userClasspath,
            Path workDir,
            boolean strict,
            boolean sourceMaps,
            BuildListener listener)
            throws IOException {
        return compile(
                entryClass, functions, generatedClasses, userClasspath, workDir, strict, sourceMaps, true, listener);
    }

    /**
     * As {@link #compile(String, Set, Path, List, Path, boolean, boolean, BuildListener)}; without
     * {@code replacements} TeaVM's class library is used as is (no lean JVM-exact replacements, no JS string
     * concatenation), which is what the size benchmark compares against.
     */
    public static Output compile(
            String entryClass,
            Set<String> functions,
            Path generatedClasses,
            List<Path> userClasspath,
            Path workDir,
            boolean strict,
            boolean sourceMaps,
            boolean replacements,
            BuildListener listener)
            throws IOException {
        return compile(
                entryClass,
                functions,
                generatedClasses,
                userClasspath,
                workDir,
                strict,
                sourceMaps,
                replacements,
                false,
                null,
                listener);
    }

    /**
     * As {@link #compile(String, Set, Path, List, Path, boolean, boolean, boolean, BuildListener)}, for the
     * development loop: {@code development} compiles at TeaVM's SIMPLE level (no devirtualization or inlining,
     * several times faster, the same behaviour); a {@code cache} keeps what TeaVM read and, in development, what it
     * optimized and rendered, for the next compile in this JVM. Without both, this is TeaVM's build as its own tool
     * wires it, with {@link JvmPreservingPreOptimization} in place of the tool's clean-up of parsed classes.
     *
     * @param cache the caches of earlier compiles, or null for a compile from nothing
     */
    public static Output compile(
            String entryClass,
            Set<String> functions,
            Path generatedClasses,
            List<Path> userClasspath,
            Path workDir,
            boolean strict,
            boolean sourceMaps,
            boolean replacements,
            boolean development,
            TeaVmCache cache,
            BuildListener listener)
            throws IOException {
        long start = System.nanoTime();
        Path target = workDir.resolve("teavm");
        Files.createDirectories(target);
        Files.deleteIfExists(target.resolve(OUTPUT));
        Files.deleteIfExists(target.resolve(OUTPUT + ".map"));
        List<Path> classpath = new ArrayList<>();
        classpath.add(generatedClasses);
        classpath.addAll(userClasspath);
        classpath.addAll(RuntimeClasspath.entries());

        Properties properties = new Properties();
        properties.setProperty("java.util.Locale.default", "en_US");
        properties.setProperty("java.util.Locale.available", "en_US");
        properties.setProperty(JdashTeaVMPlugin.MARKER, "true");
        LocaleScan.Result locales = LocaleScan.scan(userClasspath);
        List<String> transformers = new ArrayList<>();
        if (replacements) {
            transformers.add(LeanNumberFormatTransformer.class.getName());
            transformers.add(JvmSemanticsTransformer.class.getName());
            transformers.add(StreamCountTransformer.class.getName());
            transformers.add(CompensatedSumsTransformer.class.getName());
            transformers.add(JdkSurfaceTransformer.class.getName());
            transformers.add(
                    development
                            ? LeanClasslibTransformer.ForSimpleLevel.class.getName()
                            : LeanClasslibTransformer.class.getName());
            transformers.add(LeanDateFormatTransformer.class.getName());
            transformers.add(LeanRegexTransformer.class.getName());
            transformers.add(LeanPatternTransformer.class.getName());
        } else {
            properties.setProperty(JdashTeaVMPlugin.NO_REPLACEMENTS, "true");
        }
        if (strict) {
            transformers.add(JvmChecksTransformer.class.getName());
            transformers.add(EngineErrorCatchTransformer.class.getName());
        }
        transformers.add(FloatingPointTransformer.class.getName());
        transformers.add(NestedArithmeticTransformer.class.getName());
        transformers.add(BigIntegerTextTransformer.class.getName());
        TeaVMOptimizationLevel level = development ? TeaVMOptimizationLevel.SIMPLE : TeaVMOptimizationLevel.ADVANCED;
        List<File> files = new ArrayList<>();
        for (Path p : new LinkedHashSet<>(classpath)) {
            files.add(p.toFile());
        }
        List<LeanRegexTransformer.Problem> regexProblems;
        DependencyInfo dependencies;
        ProblemProvider problemProvider;
        for (boolean firstPass = true; ; firstPass = false) {
            properties.setProperty(JdashTeaVMPlugin.LOCALES, String.join(",", locales.tableTags()));
            try (URLClassLoader loader =
                    new URLClassLoader(urls(userClasspath, generatedClasses), TeaVmStep.class.getClassLoader())) {
                LeanRegexTransformer.startCollecting();
                try {
                    TeaVM vm = CachedTeaVm.build(
                            cache == null ? new TeaVmCache() : cache,
                            entryClass,
                            target,
                            OUTPUT,
                            files,
                            loader,
                            properties,
                            transformers,
                            level,
                            development,
                            sourceMaps,
                            classpath,
                            listener);
                    dependencies = vm.getDependencyInfo();
                    problemProvider = vm.getProblemProvider();
                } finally {
                    regexProblems = LeanRegexTransformer.collected();
                }
            }
            // The directories were scanned before; a dependency jar's classes count where the compile reached them.
            LocaleScan.Result withJars =
                    locales.with(LocaleScan.scanJarClasses(userClasspath, dependencies.getReachableClasses()));
            boolean moreTables = !withJars.tableTags().equals(locales.tableTags());
            locales = withJars;
            if (!firstPass || !moreTables) {
                break;
            }
            listener.debug("teavm: compiling again with the locales named in dependency jars: "
                    + String.join(", ", locales.tableTags()));
        }
        long compiled = System.nanoTime();
        CallGraph graph = LambdaCreationCallGraph.of(dependencies.getCallGraph(), dependencies.getReachableMethods());
        List<Unsupported> problems = new ArrayList<>();
        for (Problem problem : problemProvider.getSevereProblems()) {
            problems.add(describe(problem, graph, entryClass));
        }
        for (LeanRegexTransformer.Problem p : regexProblems) {
            Map<String, List<String>> chains = chainsToCallbacks(graph, p.method(), entryClass);
            if (!chains.isEmpty()) {
                boolean located = p.location() != null && !p.location().isEmpty();
                problems.add(new Unsupported(
                        p.text(),
                        located ? p.location().getFileName() : null,
                        located ? p.location().getLine() : 0,
                        chains));
            }
        }
        problems.addAll(refusedRegexCalls(graph, entryClass));
        Reachability reachable = new Reachability();
        for (MethodReference m : dependencies.getReachableMethods()) {
            if (m.getClassName().equals(entryClass) && functions.contains(m.getName())) {
                walk(graph, m, reachable);
            }
        }
        List<DivergentCall> divergent = divergentCalls(dependencies.getReachableMethods(), graph, entryClass);
        divergent.addAll(localeFallbacks(locales, graph, entryClass));
        Set<String> classes = new java.util.TreeSet<>(dependencies.getReachableClasses());
        Set<String> methods = new java.util.TreeSet<>();
        for (MethodReference m : dependencies.getReachableMethods()) {
            methods.add(m.getClassName() + "#" + m.getDescriptor());
        }
        listener.debug("teavm: TeaVM " + (compiled - start) / 1_000_000 + " ms, call graph walks "
                + (System.nanoTime() - compiled) / 1_000_000 + " ms");
        Path js = target.resolve(OUTPUT);
        if (!problems.isEmpty() || !Files.exists(js)) {
            return new Output(null, null, problems, reachable, divergent, classes, methods);
        }
        String code = Files.readString(js, StandardCharsets.UTF_8);
        int comment = code.lastIndexOf("//# sourceMappingURL=");
        if (comment >= 0) {
            code = code.substring(0, comment);
        }
        Path map = target.resolve(OUTPUT + ".map");
        String sourceMap = sourceMaps && Files.exists(map) ? Files.readString(map, StandardCharsets.UTF_8) : null;
        return new Output(code, sourceMap, problems, reachable, divergent, classes, methods);
    }

    /** The calls from application code to the methods of {@link Divergences}, with the callbacks reaching each. */
    private static List<DivergentCall> divergentCalls(
            Collection<MethodReference> reachable, CallGraph graph, String entryClass) {
        Map<String, DivergentCall> calls = new java.util.TreeMap<>();
        for (MethodReference m : reachable) {
            for (Divergences.Kind kind : Divergences.KINDS) {
                if (!m.getClassName().equals(kind.className())
                        || !(kind.methods().contains(m.getName())
                                || kind.methods().contains(m.getDescriptor().toString()))) {
                    continue;
                }
                CallGraphNode node = graph.getNode(m);
                if (node == null) {
                    continue;
                }
                for (CallSite site : node.getCallerCallSites()) {
                    for (CallGraphNode caller : site.getCallers()) {
                        String cls = caller.getMethod().getClassName();
                        if (!JvmChecksTransformer.isApplicationClass(cls)) {
                            continue;
                        }
                        for (TextLocation loc : site.getLocations(caller)) {
                            if (loc == null || loc.isEmpty()) {
                                continue;
                            }
                            String method = display(m);
                            String key = loc.getFileName() + ":" + String.format("%08d", loc.getLine()) + ":" + method;
                            Set<String> functions = chainsToCallbacks(graph, caller.getMethod(), entryClass)
                                    .keySet();
                            calls.putIfAbsent(
                                    key,
                                    new DivergentCall(
                                            kind.code(),
                                            method,
                                            kind.message(),
                                            loc.getFileName(),
                                            loc.getLine(),
                                            new java.util.TreeSet<>(functions)));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(calls.values());
    }

    /**
     * One problem per call that reaches a {@code Pattern}/{@code Matcher} method refused by
     * {@link LeanPatternTransformer} (its body calls {@code JsRegex.refused()}), at the call.
     */
    private static List<Unsupported> refusedRegexCalls(CallGraph graph, String entryClass) {
        List<Unsupported> problems = new ArrayList<>();
        CallGraphNode refused = graph.getNode(LeanPatternTransformer.REFUSED);
        if (refused == null) {
            return problems;
        }
        Set<MethodReference> refusing = new java.util.LinkedHashSet<>();
        for (CallSite site : refused.getCallerCallSites()) {
            for (CallGraphNode caller : site.getCallers()) {
                refusing.add(caller.getMethod());
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (MethodReference m : refusing) {
            String text = LeanRegexTransformer.PROBLEM + LeanPatternTransformer.refusal(m);
            for (CallSite site : graph.getNode(m).getCallerCallSites()) {
                for (CallGraphNode caller : site.getCallers()) {
                    if (refusing.contains(caller.getMethod())) {
                        continue;
                    }
                    Map<String, List<String>> chains = chainsToCallbacks(graph, caller.getMethod(), entryClass);
                    if (chains.isEmpty()) {
                        continue;
                    }
                    boolean located = false;
                    for (TextLocation loc : site.getLocations(caller)) {
                        if (loc != null && !loc.isEmpty()) {
                            located = true;
                            if (seen.add(text + loc.getFileName() + ":" + loc.getLine())) {
                                problems.add(new Unsupported(text, loc.getFileName(), loc.getLine(), chains));
                            }
                        }
                    }
                    if (!located && seen.add(text + caller.getMethod())) {
                        problems.add(new Unsupported(text, null, 0, chains));
                    }
                }
            }
        }
        return problems;
    }

    /** A warning at each reachable call that makes a locale from run-time values. */
    private static List<DivergentCall> localeFallbacks(LocaleScan.Result locales, CallGraph graph, String entryClass) {
        List<DivergentCall> calls = new ArrayList<>();
        for (LocaleScan.DynamicSite site : locales.dynamic()) {
            org.teavm.model.MethodDescriptor descriptor =
                    org.teavm.model.MethodDescriptor.parse(site.method() + site.descriptor());
            Set<String> functions = chainsToCallbacks(graph, new MethodReference(site.owner(), descriptor), entryClass)
                    .keySet();
            if (!functions.isEmpty() && site.file() != null) {
                calls.add(new DivergentCall(
                        io.jdash.compiler.DiagnosticCode.LOCALE_FALLBACK,
                        "Locale",
                        "is made from run-time values: the bundle holds data for "
                                + locales.tableTags().size()
                                + " locales ("
                                + String.join(", ", locales.tableTags()).replace(", ,", ", ROOT,")
                                + "); another locale falls back to its language, then to the root locale",
                        site.file(),
                        site.line(),
                        new java.util.TreeSet<>(functions)));
            }
        }
        return calls;
    }

    private static URL[] urls(List<Path> userClasspath, Path generated) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        urls.add(generated.toUri().toURL());
        for (Path p : userClasspath) {
            urls.add(p.toUri().toURL());
        }
        return urls.toArray(new URL[0]);
    }

    /** Breadth-first walk of the calls from one adapter, recording the first path to each class. */
    private static void walk(CallGraph graph, MethodReference root, Reachability into) {
        Map<String, String> classToMethod = new java.util.TreeMap<>();
        Map<String, String> callers = new HashMap<>();
        Set<MethodReference> seen = new java.util.HashSet<>();
        Deque<MethodReference> queue = new ArrayDeque<>();
        queue.add(root);
        seen.add(root);
        while (!queue.isEmpty()) {
            MethodReference m = queue.poll();
            classToMethod.putIfAbsent(topLevel(m.getClassName()), display(m));
            CallGraphNode node = graph.getNode(m);
            if (node == null) {
                continue;
            }
            for (CallSite site : node.getCallSites()) {
                for (CallGraphNode callee : site.getCalledMethods()) {
                    if (seen.add(callee.getMethod())) {
                        queue.add(callee.getMethod());
                        callers.putIfAbsent(display(callee.getMethod()), display(m));
                    }
                }
            }
        }
        into.add(root.getName(), classToMethod, callers);
    }

    /** {@code a.B$C} to {@code a.B}. */
    public static String topLevel(String className) {
        int dollar = className.indexOf('$', className.lastIndexOf('.') + 1);
        return dollar > 0 ? className.substring(0, dollar) : className;
    }

    private static Unsupported describe(Problem problem, CallGraph graph, String entryClass) {
        DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
        problem.render(text);
        CallLocation location = problem.getLocation();
        String file = null;
        int line = 0;
        Map<String, List<String>> chains = new LinkedHashMap<>();
        if (location != null) {
            TextLocation source = location.getSourceLocation();
            if (source != null && !source.isEmpty()) {
                file = source.getFileName();
                line = source.getLine();
            }
            if (location.getMethod() != null) {
                chains = chainsToCallbacks(graph, location.getMethod(), entryClass);
            }
        }
        return new Unsupported(text.getText(), file, line, chains);
    }

    /** Walks up the callers of {@code method} to the exported adapters; one shortest chain per adapter. */
    private static Map<String, List<String>> chainsToCallbacks(
            CallGraph graph, MethodReference method, String entryClass) {
        Map<MethodReference, MethodReference> next = new HashMap<>();
        Deque<MethodReference> queue = new ArrayDeque<>();
        queue.add(method);
        next.put(method, null);
        Map<String, List<String>> chains = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            MethodReference m = queue.poll();
            if (m.getClassName().equals(entryClass)) {
                String function = m.getName();
                int exported = function.indexOf("$exported$");
                if (exported > 0) {
                    function = function.substring(0, exported);
                }
                if (!chains.containsKey(function)) {
                    List<String> chain = new ArrayList<>();
                    for (MethodReference c = next.get(m); c != null; c = next.get(c)) {
                        if (!LambdaCreationCallGraph.isLambdaClass(c.getClassName())) {
                            chain.add(display(c));
                        }
                    }
                    chains.put(function, chain);
                }
                continue;
            }
            CallGraphNode node = graph.getNode(m);
            if (node == null) {
                continue;
            }
            for (CallSite site : node.getCallerCallSites()) {
                Collection<? extends CallGraphNode> callers = site.getCallers();
                for (CallGraphNode caller : callers) {
                    MethodReference c = caller.getMethod();
                    if (!next.containsKey(c)) {
                        next.put(c, m);
                        queue.add(c);
                    }
                }
            }
        }
        return chains;
    }

    static String display(MethodReference m) {
        String cls = m.getClassName();
        String name = m.getName();
        int exported = name.indexOf("$exported$");
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + (exported > 0 ? name.substring(0, exported) : name);
    }
}
