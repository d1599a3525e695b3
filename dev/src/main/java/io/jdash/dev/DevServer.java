package io.jdash.dev;

import io.jdash.contract.ClassPathLocations;
import io.jdash.contract.Manifest;
import io.jdash.contract.ManifestCodec;
import io.jdash.server.DashApp;
import io.jdash.server.HotReload;
import io.jdash.server.LiveApp;
import io.jdash.server.ServerOptions;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The development loop: one warm JVM that serves the app with dev tools on, watches its sources, resources and
 * assets, and after every save rebuilds only what changed and reloads the open pages:
 *
 * <ul>
 *   <li>server-side Java: javac in this JVM, the app's {@code main} runs again in a fresh class loader (the port,
 *       Jetty and the front end stay), the pages reload in place (Dash's soft reload);
 *   <li>Java that a {@code @Clientside} callback reaches: the same, with those callbacks answered by the server
 *       while TeaVM rebuilds the bundle in this JVM (no Closure pass); then the pages load again with the new
 *       bundle. A change to classes no browser callback reaches never runs TeaVM;
 *   <li>a stylesheet below the assets: swapped in the pages without a reload; other assets: the pages reload.
 * </ul>
 *
 * Compile errors (javac's and {@code JDASH-E0xx}) are shown over the page with file and line until fixed, while
 * the last good build keeps serving. Run it with {@code mvn jdash:dev}, or from an IDE with this class as the main
 * class and the project directory as the working directory ({@code -Djdash.mainClass}, {@code -Djdash.port}).
 */
public final class DevServer implements AutoCloseable {
    private static final String CLIENTSIDE = "Lio/jdash/api/Clientside;";

    /** What a rebuild was for. */
    public enum Change {
        /** The first build. */
        START,
        /** Server-side Java: a new class loader, an in-place reload. */
        SERVER,
        /** Browser code: a new bundle, a full reload. */
        BROWSER,
        /** A stylesheet swapped in place. */
        STYLESHEET,
        /** Another asset or resource: a reload. */
        ASSET,
        /** The build failed; the last good one keeps serving. */
        FAILED
    }

    /**
     * One rebuild, as the console reports it.
     *
     * @param change what it was for
     * @param files the changed files' names
     * @param javacMillis time in javac
     * @param teavmMillis time in the jdash compiler (TeaVM and the rest of its pipeline), 0 when it did not run
     * @param appMillis time to run the app's {@code main} in the new class loader and swap it in
     * @param totalMillis from noticing the change to the reload signal (with the bundle, when one was built)
     */
    public record Build(
            Change change, List<String> files, long javacMillis, long teavmMillis, long appMillis, long totalMillis) {}

    private final DevOptions options;
    private final List<Path> classpath;
    private final ClassLoader dependencies;
    private final LiveApp live;
    private final Javac javac;
    private final BundleBuilder bundles;
    private final Watcher watcher;
    private final Thread loop;
    private final List<Build> builds = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> clientsideClasses = new HashMap<>();
    private final Set<Path> known = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private List<HotReload.Problem> javacProblems = List.of();
    private List<HotReload.Problem> bundleProblems = List.of();
    private List<HotReload.Problem> appProblems = List.of();
    private final BundleStaleness staleness = new BundleStaleness();
    private String mainClass;
    private int generation;
    private Thread currentMain;
    private volatile CompletableFuture<DashApp> pending;
    private volatile DashApp currentApp;
    private GenerationLoader currentLoader;
    private Path watchedAssets;
    private volatile boolean closed;

    private DevServer(DevOptions options) throws Exception {
        this.options = options;
        this.classpath = options.classpath().isEmpty() ? ownClasspath(options.classesDirectory()) : options.classpath();
        this.dependencies = options.classpath().isEmpty()
                ? DevServer.class.getClassLoader()
                : new URLClassLoader(
                        "jdash-dev-dependencies", urls(options.classpath()), DevServer.class.getClassLoader());
        this.live = LiveApp.start(
                ServerOptions.builder()
                        .host(options.host())
                        .port(options.port())
                        .build(),
                HotReload.every(options.pollInterval(), 40));
        this.javac =
                new Javac(options.projectDirectory(), options.classesDirectory(), classpath, options.javacOptions());
        this.bundles = new BundleBuilder(options, classpath);
        this.watcher = new Watcher();
        live.captureStarts(app -> {
            CompletableFuture<DashApp> waiting = pending;
            if (waiting != null) {
                waiting.complete(app);
            }
        });
        this.loop = new Thread(this::watchLoop, "jdash-dev-watch");
        this.loop.setDaemon(true);
    }

    /** Starts the loop: builds everything once, serves the app, and watches for changes. */
    public static DevServer start(DevOptions options) throws Exception {
        DevServer dev = new DevServer(options);
        try {
            dev.firstBuild();
        } catch (Exception | Error e) {
            dev.close();
            throw e;
        }
        return dev;
    }

    /**
     * Runs the loop for the project in the working directory until the JVM stops; {@code args} go to the app's
     * {@code main}. Settings: {@code -Djdash.mainClass}, {@code -Djdash.port}, {@code -Djdash.host}.
     */
    public static void main(String[] args) throws Exception {
        DevOptions options = DevOptions.mavenLayout(Path.of(""));
        options = new DevOptions(
                options.projectDirectory(),
                options.sourceRoots(),
                options.resourceRoots(),
                options.classesDirectory(),
                options.classpath(),
                options.mainClass(),
                List.of(args),
                options.host(),
                options.port(),
                options.pollInterval(),
                options.javacOptions(),
                options.bundleName(),
                options.namespace(),
                options.workDirectory());
        DevServer dev = start(options);
        dev.join();
    }

    /** The app's URL. */
    public String url() {
        return live.server().url();
    }

    /** Blocks until the loop stops (the JVM stops or {@link #close()} is called). */
    public void join() throws InterruptedException {
        loop.join();
    }

    /** The port it listens on. */
    public int port() {
        return live.server().port();
    }

    /** The rebuilds so far, oldest first. */
    public List<Build> builds() {
        return List.copyOf(builds);
    }

    /** The problems the pages show now. */
    public List<HotReload.Problem> problems() {
        return live.hotReload().problems().problems();
    }

    /** Stops watching and serving. */
    @Override
    public void close() throws Exception {
        closed = true;
        watcher.close();
        loop.interrupt();
        Thread main = currentMain;
        if (main != null) {
            main.interrupt();
        }
        try {
            live.close();
        } finally {
            bundles.close();
        }
    }

    private void firstBuild() throws Exception {
        long t0 = System.nanoTime();
        mainClass = options.mainClass();
        List<Path> sources = Javac.sources(options.sourceRoots());
        for (Path root : options.resourceRoots()) {
            copyTree(root);
        }
        Javac.Result compiled = javac.compile(sources, List.of());
        long javacMillis = millisSince(t0);
        javacProblems = compiled.problems();
        long teavmMillis = 0;
        if (javacProblems.isEmpty()) {
            indexClientsideClasses();
            long t1 = System.nanoTime();
            buildBundle();
            teavmMillis = millisSince(t1);
            if (mainClass == null) {
                mainClass = MainClassFinder.find(options.classesDirectory());
            }
        }
        publishProblems();
        long t2 = System.nanoTime();
        boolean shown = javacProblems.isEmpty() && showGeneration(false, true);
        builds.add(new Build(
                shown ? Change.START : Change.FAILED,
                List.of(),
                javacMillis,
                teavmMillis,
                millisSince(t2),
                millisSince(t0)));
        watcher.watchAll(options.sourceRoots());
        watcher.watchAll(options.resourceRoots());
        watchAssets();
        remember(options.sourceRoots());
        remember(options.resourceRoots());
        loop.start();
        System.out.println("jdash dev: " + url() + " (javac " + javacMillis + " ms, bundle " + teavmMillis
                + " ms); watching " + options.sourceRoots().size() + " source and "
                + options.resourceRoots().size()
                + " resource folders");
    }

    private void watchLoop() {
        while (!closed) {
            try {
                Set<Path> changed = watcher.next(40);
                if (changed == null) {
                    return;
                }
                if (!changed.isEmpty()) {
                    handle(changed);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception | LinkageError e) {
                System.out.println("jdash dev: the rebuild failed: " + e);
                appProblems = List.of(new HotReload.Problem("jdash", 0, "jdash-dev", e.toString(), ""));
                publishProblems();
            }
        }
    }

    private void handle(Set<Path> changed) throws Exception {
        long t0 = System.nanoTime();
        List<Path> javaChanged = new ArrayList<>();
        List<Path> javaDeleted = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        boolean resources = false;
        List<String> names = new ArrayList<>();
        for (Path file : changed) {
            if (!relevant(file)) {
                continue;
            }
            names.add(file.getFileName().toString());
            Path root = rootOf(file, options.sourceRoots());
            if (root != null && file.toString().endsWith(".java")) {
                (Files.exists(file) ? javaChanged : javaDeleted)
                        .add(file.toAbsolutePath().normalize());
                continue;
            }
            root = rootOf(file, options.resourceRoots());
            if (root != null) {
                Path target =
                        options.classesDirectory().resolve(root.relativize(file).toString());
                if (Files.isRegularFile(file)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(target);
                }
                String folder = currentApp == null ? null : currentApp.assetsResource();
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (folder != null && relative.startsWith(folder + "/")) {
                    assets.add(Path.of("assets").resolve(relative.substring(folder.length() + 1)));
                } else {
                    resources = true;
                }
                continue;
            }
            if (watchedAssets != null && file.toAbsolutePath().normalize().startsWith(watchedAssets)) {
                assets.add(Path.of("assets")
                        .resolve(watchedAssets
                                .relativize(file.toAbsolutePath().normalize())
                                .toString()));
            }
        }
        java.util.Collections.sort(names);
        if (!javaChanged.isEmpty() || !javaDeleted.isEmpty()) {
            rebuildJava(javaChanged, javaDeleted, names, t0);
        } else if (resources) {
            long t1 = System.nanoTime();
            boolean shown = showGeneration(false, false);
            builds.add(new Build(shown ? Change.ASSET : Change.FAILED, names, 0, 0, millisSince(t1), millisSince(t0)));
        }
        if (!assets.isEmpty()) {
            boolean onlyStylesheets = true;
            for (Path asset : assets) {
                String path = asset.toString().replace('\\', '/');
                if (path.endsWith(".css")) {
                    Path file = assetFile(asset);
                    long modified = file != null && Files.exists(file)
                            ? Files.getLastModifiedTime(file).toMillis() / 1000
                            : -1;
                    live.hotReload().stylesheetChanged(path, modified);
                } else {
                    onlyStylesheets = false;
                }
            }
            if (!onlyStylesheets) {
                live.hotReload().hardReload();
            }
            builds.add(new Build(onlyStylesheets ? Change.STYLESHEET : Change.ASSET, names, 0, 0, 0, millisSince(t0)));
            System.out.println("jdash dev: " + String.join(", ", names)
                    + (onlyStylesheets ? " (stylesheet): swapped in the pages" : " (asset): the pages reload"));
        }
    }

    private void rebuildJava(List<Path> javaChanged, List<Path> javaDeleted, List<String> names, long t0)
            throws Exception {
        Map<String, Boolean> before = new HashMap<>(clientsideClasses);
        Javac.Result result = javac.compile(javaChanged, javaDeleted);
        long javacMillis = millisSince(t0);
        javacProblems = result.problems();
        if (!javacProblems.isEmpty()) {
            publishProblems();
            builds.add(new Build(Change.FAILED, names, javacMillis, 0, 0, millisSince(t0)));
            System.out.println("jdash dev: " + String.join(", ", names) + " does not compile (" + javacProblems.size()
                    + " errors); still serving the last good build");
            return;
        }
        boolean browser = false;
        for (String name : result.written()) {
            Path file = javac.classFile(name);
            boolean marked = Files.exists(file)
                    && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(CLIENTSIDE);
            clientsideClasses.put(name, marked);
            boolean wasMarked = before.getOrDefault(name, false);
            // a class that gains or loses @Clientside callbacks changes the bundle; otherwise only what TeaVM compiled
            browser |= marked != wasMarked || marked && !staleness.holds(name) || staleness.changesBundle(name, file);
        }
        if (mainClass == null) {
            mainClass = MainClassFinder.find(options.classesDirectory());
        }
        long t1 = System.nanoTime();
        if (!browser) {
            publishProblems();
            boolean shown = showGeneration(false, false);
            builds.add(new Build(
                    shown ? Change.SERVER : Change.FAILED, names, javacMillis, 0, millisSince(t1), millisSince(t0)));
            report(names, "server code", javacMillis, 0, millisSince(t0));
            return;
        }
        // the old bundle no longer matches the classes: its callbacks answer from the server until the new one is in
        boolean interim = showGeneration(true, false);
        long t2 = System.nanoTime();
        boolean built = buildBundle();
        long teavmMillis = millisSince(t2);
        publishProblems();
        // in place: the pages' development script loads the new bundle before the renderer reloads (dev-overlay.js)
        boolean shown = built ? (interim ? showBuiltBundle() : showGeneration(false, false)) : interim;
        builds.add(new Build(
                built && shown ? Change.BROWSER : Change.FAILED,
                names,
                javacMillis,
                teavmMillis,
                millisSince(t1) - teavmMillis,
                millisSince(t0)));
        report(names, "browser code", javacMillis, teavmMillis, millisSince(t0));
    }

    private static void report(List<String> names, String kind, long javacMillis, long teavmMillis, long total) {
        System.out.println("jdash dev: " + String.join(", ", names) + " (" + kind + "): javac " + javacMillis
                + " ms" + (teavmMillis > 0 ? ", bundle " + teavmMillis + " ms" : "") + ", reload after " + total
                + " ms");
    }

    /** Builds the bundle; false (with the problems published) when it failed. */
    private boolean buildBundle() throws IOException {
        BundleBuilder.Outcome outcome = bundles.build();
        bundleProblems = outcome.problems();
        for (HotReload.Problem w : outcome.warnings()) {
            System.out.println("jdash dev: warning " + w.code() + " " + w.file() + ":" + w.line() + " " + w.message());
        }
        if (outcome.built()) {
            staleness.built(outcome.contents(), javac::classFile);
        }
        return outcome.built() && bundleProblems.isEmpty();
    }

    /**
     * Runs the app's {@code main} in a new class loader and serves the app it starts; the previous app's thread is
     * interrupted. False (with the problem published) when the app could not start; the previous app then stays.
     */
    private boolean showGeneration(boolean rebuilding, boolean hard) throws Exception {
        int n = ++generation;
        Path manifest = rebuilding ? interimManifest() : null;
        GenerationLoader loader = new GenerationLoader(n, options.classesDirectory(), dependencies, manifest);
        CompletableFuture<DashApp> started = new CompletableFuture<>();
        pending = started;
        Thread main = new Thread(() -> runMain(loader, started), "jdash-app-" + n);
        main.setDaemon(true);
        main.setContextClassLoader(loader);
        main.start();
        try {
            DashApp app = started.get(120, TimeUnit.SECONDS);
            live.show(app, loader, hard);
            currentApp = app;
            currentLoader = loader;
            appProblems = List.of();
        } catch (ExecutionException | TimeoutException | RuntimeException | jakarta.servlet.ServletException e) {
            main.interrupt();
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            appProblems = List.of(appProblem(cause));
            publishProblems();
            System.out.println("jdash dev: the app did not start: " + cause);
            return false;
        } finally {
            pending = null;
        }
        Thread previous = currentMain;
        currentMain = main;
        if (previous != null) {
            previous.interrupt();
        }
        publishProblems();
        watchAssets();
        return true;
    }

    /**
     * Serves the interim app again with the manifest of the bundle just built: the classes are the same, so its
     * {@code main} need not run again (the dashboard's generates its data there).
     */
    private boolean showBuiltBundle() throws Exception {
        GenerationLoader loader = currentLoader;
        loader.useBuiltManifest();
        try {
            live.show(currentApp, loader, false);
            return true;
        } catch (RuntimeException | jakarta.servlet.ServletException e) {
            appProblems = List.of(appProblem(e));
            publishProblems();
            return false;
        }
    }

    private void runMain(ClassLoader loader, CompletableFuture<DashApp> started) {
        try {
            Class<?> type = Class.forName(mainClass, true, loader);
            Method main = type.getMethod("main", String[].class);
            main.invoke(null, (Object) options.args().toArray(new String[0]));
            started.completeExceptionally(new IllegalStateException(
                    mainClass + ".main returned without starting a DashApp (call DashServer.start(app))"));
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof InterruptedException) || !started.isDone()) {
                started.completeExceptionally(e.getCause());
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            started.completeExceptionally(e);
        }
    }

    private HotReload.Problem appProblem(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            Path source = sourceOf(frame);
            if (source != null) {
                return new HotReload.Problem(
                        options.projectDirectory().relativize(source).toString().replace('\\', '/'),
                        frame.getLineNumber(),
                        "app",
                        e.toString(),
                        "the app's main threw while starting; fix it and save");
            }
        }
        return new HotReload.Problem(mainClass == null ? "app" : mainClass, 0, "app", e.toString(), "");
    }

    private Path sourceOf(StackTraceElement frame) {
        if (frame.getFileName() == null) {
            return null;
        }
        String className = frame.getClassName();
        int dot = className.lastIndexOf('.');
        String dir = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
        for (Path root : options.sourceRoots()) {
            Path candidate = root.resolve(dir + frame.getFileName());
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The manifest as built, with every browser callback sent to the server. */
    private Path interimManifest() throws Exception {
        Path built = options.classesDirectory().resolve(ClassPathLocations.MANIFEST);
        if (!Files.exists(built)) {
            return null;
        }
        Manifest manifest = ManifestCodec.read(Files.readAllBytes(built), built.toString());
        List<Manifest.Callback> callbacks = new ArrayList<>();
        for (Manifest.Callback c : manifest.callbacks()) {
            callbacks.add(
                    c.runs() != Manifest.Runs.BROWSER
                            ? c
                            : Manifest.Callback.onServer(
                                    c.method(),
                                    c.outputs(),
                                    c.inputs(),
                                    c.state(),
                                    c.preventInitialCall(),
                                    "jdash dev is rebuilding the bundle",
                                    c.memoizeTtlMillis()));
        }
        Path interim = options.workDirectory().resolve("manifest-while-rebuilding.json");
        Files.createDirectories(interim.getParent());
        Files.write(
                interim,
                ManifestCodec.write(
                        new Manifest(manifest.manifestVersion(), manifest.generator(), manifest.bundles(), callbacks)));
        return interim;
    }

    private void publishProblems() {
        List<HotReload.Problem> all = new ArrayList<>(javacProblems);
        if (javacProblems.isEmpty()) {
            all.addAll(bundleProblems);
            all.addAll(appProblems);
        }
        if (!all.equals(live.hotReload().problems().problems())) {
            live.hotReload().problems(all);
        }
    }

    private void indexClientsideClasses() throws IOException {
        Path classes = options.classesDirectory();
        try (var walk = Files.walk(classes)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
                name = name.substring(0, name.length() - ".class".length());
                clientsideClasses.put(
                        name, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(CLIENTSIDE));
            }
        }
    }

    private void watchAssets() throws IOException {
        DashApp app = currentApp;
        if (app != null && app.assetsDirectory() != null && watchedAssets == null) {
            Path dir = app.assetsDirectory().isAbsolute()
                    ? app.assetsDirectory()
                    : options.projectDirectory().resolve(app.assetsDirectory());
            watchedAssets = dir.toAbsolutePath().normalize();
            watcher.watch(watchedAssets);
            remember(List.of(watchedAssets));
        }
    }

    private void remember(List<Path> roots) throws IOException {
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (var walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .forEach(p -> known.add(p.toAbsolutePath().normalize()));
                }
            }
        }
    }

    private Path assetFile(Path asset) {
        String relative = Path.of("assets").relativize(asset).toString();
        if (watchedAssets != null && Files.exists(watchedAssets.resolve(relative))) {
            return watchedAssets.resolve(relative);
        }
        DashApp app = currentApp;
        if (app != null && app.assetsResource() != null) {
            return options.classesDirectory().resolve(app.assetsResource()).resolve(relative);
        }
        return null;
    }

    private void copyTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target =
                        options.classesDirectory().resolve(root.relativize(file).toString());
                if (!Files.exists(target)
                        || Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(file)) < 0) {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Whether {@code file} is one a build reads: it exists now or existed before (an editor's temporary file,
     * created and renamed away while it saved, is neither), and is not a backup or swap file.
     */
    private boolean relevant(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
            return false;
        }
        Path abs = file.toAbsolutePath().normalize();
        boolean exists = Files.isRegularFile(abs);
        if (exists) {
            known.add(abs);
        } else if (!known.remove(abs)) {
            return false;
        }
        if (rootOf(abs, options.sourceRoots()) != null) {
            return name.endsWith(".java");
        }
        return rootOf(abs, options.resourceRoots()) != null || watchedAssets != null && abs.startsWith(watchedAssets);
    }

    private static Path rootOf(Path file, List<Path> roots) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path root : roots) {
            if (abs.startsWith(root.toAbsolutePath().normalize())) {
                return root.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    private static List<Path> ownClasspath(Path classes) {
        List<Path> entries = new ArrayList<>();
        Path own = classes.toAbsolutePath().normalize();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path p = Path.of(entry).toAbsolutePath().normalize();
                if (!p.equals(own) && Files.exists(p)) {
                    entries.add(p);
                }
            }
        }
        return entries;
    }

    private static URL[] urls(List<Path> entries) throws IOException {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = entries.get(i).toUri().toURL();
        }
        return urls;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
