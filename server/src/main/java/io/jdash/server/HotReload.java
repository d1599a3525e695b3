package io.jdash.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the browser's hot-reload poller ({@code Reloader} in dash-renderer) is told through {@code _reload-hash}, and
 * the build problems a development page shows over the app. Only a server in debug mode or a development host has
 * one; without it the route does not exist.
 *
 * <p>The renderer polls every {@link #interval()}. When the hash changes it reloads: in place (layout and callbacks
 * fetched again, scripts kept) after {@link #reload()}, or a whole page load after {@link #hardReload()}; after
 * {@link #stylesheetChanged(String, long)} it swaps only that stylesheet. A changed set of jdash bundles always
 * forces a whole page load, because the bundle URLs are among the {@code packages} it compares (see
 * {@code docs/protocol.md}). Unlike Dash, an answer is not consumed by the first reader, so every open tab
 * reloads. Thread-safe.
 */
public final class HotReload {
    /** Dash's default polling interval (its {@code hot_reload_interval} of 3 s). */
    public static final Duration DASH_INTERVAL = Duration.ofSeconds(3);
    /** Dash's default number of failed polls before the page stops polling. */
    public static final int DASH_MAX_RETRY = 8;

    /**
     * One thing a development build reports, shown over the page until it is fixed.
     *
     * @param file the source file, relative to the project (or as the tool names it)
     * @param line the 1-based line, or 0 when the problem has none
     * @param code a stable code such as {@code JDASH-E001} or {@code javac}
     * @param message what is wrong
     * @param fix how to fix it, or an empty string
     */
    public record Problem(String file, int line, String code, String message, String fix) {
        /** Checks the texts are there. */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            fix = fix == null ? "" : fix;
        }
    }

    /**
     * What {@code _reload-hash} answers now.
     *
     * @param hash changes with every change
     * @param hard whether the last change needs more than an in-place reload
     * @param stylesheets URLs (relative to the app) and modification times, in seconds, of stylesheets to swap in
     *     place; empty for any other change
     * @param keptPackages the packages to report instead of the current app's (so that pages still running the
     *     previous app's scripts reload in place), or null
     */
    public record State(String hash, boolean hard, List<Stylesheet> stylesheets, List<String> keptPackages) {
        /** Copies the lists. */
        public State {
            stylesheets = List.copyOf(stylesheets);
            keptPackages = keptPackages == null ? null : List.copyOf(keptPackages);
        }
    }

    /**
     * A stylesheet the page swaps without reloading.
     *
     * @param path its path below the app's prefix, e.g. {@code assets/style.css}
     * @param modifiedSeconds its modification time; -1 when it was deleted (the page then only drops it)
     */
    public record Stylesheet(String path, long modifiedSeconds) {}

    private final Duration interval;
    private final int maxRetry;
    private final String start = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final AtomicLong changes = new AtomicLong();
    private volatile State state;
    private volatile ProblemReport problems = new ProblemReport(0, List.of());

    /**
     * The build problems with a version that changes whenever they are replaced.
     *
     * @param version 0 before the first report
     * @param problems what the pages show; empty when the build is clean
     */
    public record ProblemReport(long version, List<Problem> problems) {
        /** Copies the list. */
        public ProblemReport {
            problems = List.copyOf(problems);
        }
    }

    private HotReload(Duration interval, int maxRetry) {
        if (interval.isNegative() || interval.isZero() || maxRetry < 0) {
            throw new IllegalArgumentException("hot reload: give a positive interval and a retry count >= 0");
        }
        this.interval = interval;
        this.maxRetry = maxRetry;
        this.state = new State(start + "-0", false, List.of(), null);
    }

    /** Polls every {@code interval}; gives up after {@code maxRetry} failed polls in a row. */
    public static HotReload every(Duration interval, int maxRetry) {
        return new HotReload(interval, maxRetry);
    }

    /** Dash's defaults: every 3 s, 8 retries. */
    public static HotReload dashDefaults() {
        return every(DASH_INTERVAL, DASH_MAX_RETRY);
    }

    /** How often the page polls. */
    public Duration interval() {
        return interval;
    }

    /** How many failed polls the page tolerates. */
    public int maxRetry() {
        return maxRetry;
    }

    /** The pages reload in place: layout and callbacks are fetched again, the scripts stay. */
    public void reload() {
        state = new State(nextHash(), false, List.of(), null);
    }

    /**
     * The pages reload in place even though the app now loads other scripts: {@code packages} are the ones the
     * pages have (the previous app's), reported until the next change.
     */
    public void reloadKeeping(List<String> packages) {
        state = new State(nextHash(), false, List.of(), packages);
    }

    /** The pages load again from scratch (new scripts, new bundles). */
    public void hardReload() {
        state = new State(nextHash(), true, List.of(), null);
    }

    /**
     * The stylesheet at {@code path} (below the app's prefix) changed: the pages swap it in place and keep their
     * state. Several stylesheet changes in a row are all swapped.
     */
    public synchronized void stylesheetChanged(String path, long modifiedSeconds) {
        State now = state;
        List<Stylesheet> sheets = new ArrayList<>();
        if (now.hard() && !now.stylesheets().isEmpty()) {
            for (Stylesheet s : now.stylesheets()) {
                if (!s.path().equals(path)) {
                    sheets.add(s);
                }
            }
        }
        sheets.add(new Stylesheet(path, modifiedSeconds));
        state = new State(nextHash(), true, sheets, now.keptPackages());
    }

    /** What the pages are told now. */
    public State state() {
        return state;
    }

    /** Replaces the problems the pages show (an empty list hides the panel). */
    public void problems(List<Problem> list) {
        problems = new ProblemReport(changes.incrementAndGet(), list);
    }

    /** The problems the pages show now. */
    public ProblemReport problems() {
        return problems;
    }

    private String nextHash() {
        return start + "-" + changes.incrementAndGet();
    }
}
