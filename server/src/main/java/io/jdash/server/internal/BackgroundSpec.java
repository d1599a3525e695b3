package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.api.Background;
import io.jdash.api.Memoize;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A background callback as the server runs it: its {@link Background} declaration, checked and in Dash's JSON
 * forms.
 *
 * @param callback the callback
 * @param interval milliseconds between polls
 * @param running {@code {"running": {...}, "runningOff": {...}}} for {@code _dash-dependencies}, or null
 * @param progress the progress outputs, each {@code [id, property]}
 * @param progressDefault {@code {"bar.value": 0}}, or null
 * @param cancel the cancel inputs, each {@code [id, property]}
 * @param timeout the longest a job may run, or null
 * @param finishSuperseded whether a superseded run finishes anyway
 * @param cacheTtl how long a result is cached ({@code @Memoize}), or null when it is not
 * @param cacheIgnored for each argument (inputs, then state), whether the cache key leaves it out
 */
public record BackgroundSpec(
        CallbackSpec callback,
        int interval,
        ObjectNode running,
        List<String[]> progress,
        ObjectNode progressDefault,
        List<String[]> cancel,
        Duration timeout,
        boolean finishSuperseded,
        Duration cacheTtl,
        List<Boolean> cacheIgnored) {

    /** The cache key of a run with {@code args}: {@code @Memoize}'s key of the arguments not ignored. */
    public String cacheKey(List<JsonNode> args) {
        List<JsonNode> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (i >= cacheIgnored.size() || !cacheIgnored.get(i)) {
                kept.add(args.get(i));
            }
        }
        return MemoizedInvoker.cacheKey(callback.method(), kept);
    }

    /**
     * Reads the {@code @Background} of {@code callback}, or returns null when it has none.
     *
     * @throws IllegalArgumentException naming the callback and the component and property at fault, with the fix
     */
    public static BackgroundSpec of(CallbackSpec callback) {
        Background b = callback.method() == null ? null : callback.method().getAnnotation(Background.class);
        if (b == null) {
            return null;
        }
        String name = "jdash: @Background on " + callback.displayName();
        if (b.interval() < 1) {
            throw new IllegalArgumentException(name + ": interval " + b.interval() + " must be at least 1 ms");
        }
        ObjectNode running = null;
        if (b.running().length > 0) {
            running = Http.JSON.createObjectNode();
            ObjectNode on = running.putObject("running");
            ObjectNode off = running.putObject("runningOff");
            for (Background.Running r : b.running()) {
                String[] dep = dependency(name, "running", r.output());
                on.set(dep[0] + "." + dep[1], json(name, "running " + r.output() + " during", r.during()));
                off.set(dep[0] + "." + dep[1], json(name, "running " + r.output() + " after", r.after()));
            }
        }
        List<String[]> progress = new ArrayList<>();
        for (String p : b.progress()) {
            progress.add(dependency(name, "progress", p));
        }
        ObjectNode progressDefault = null;
        if (b.progressDefault().length > 0) {
            if (b.progressDefault().length != progress.size()) {
                throw new IllegalArgumentException(name + ": progressDefault has " + b.progressDefault().length
                        + " value(s) for " + progress.size() + " progress output(s); give one JSON value per output");
            }
            progressDefault = Http.JSON.createObjectNode();
            for (int i = 0; i < progress.size(); i++) {
                String[] p = progress.get(i);
                progressDefault.set(
                        p[0] + "." + p[1],
                        json(name, "progressDefault of " + p[0] + "." + p[1], b.progressDefault()[i]));
            }
        }
        List<String[]> cancel = new ArrayList<>();
        for (String c : b.cancel()) {
            cancel.add(dependency(name, "cancel", c));
        }
        Duration timeout = null;
        if (!b.timeout().isBlank()) {
            try {
                timeout = Memoize.Ttl.parse(b.timeout());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": timeout: " + e.getMessage(), e);
            }
        }
        Memoize memoize = callback.method().getAnnotation(Memoize.class);
        Duration cacheTtl = memoize == null ? null : Memoize.Ttl.parse(memoize.ttl());
        List<String> arguments = new ArrayList<>(callback.inputs());
        arguments.addAll(callback.state());
        List<Boolean> ignored = new ArrayList<>();
        arguments.forEach(a -> ignored.add(List.of(b.cacheIgnore()).contains(a)));
        for (String i : b.cacheIgnore()) {
            if (!arguments.contains(i)) {
                throw new IllegalArgumentException(name + ": cacheIgnore \"" + i + "\" is neither an input nor a"
                        + " state of the callback; name one of " + arguments);
            }
        }
        if (b.cacheIgnore().length > 0 && memoize == null) {
            throw new IllegalArgumentException(
                    name + ": cacheIgnore needs @Memoize on the callback (it shapes the" + " key of cached results)");
        }
        return new BackgroundSpec(
                callback,
                b.interval(),
                running,
                List.copyOf(progress),
                progressDefault,
                List.copyOf(cancel),
                timeout,
                b.finishSuperseded(),
                cacheTtl,
                List.copyOf(ignored));
    }

    private static String[] dependency(String name, String kind, String text) {
        if (text == null || text.indexOf('.') <= 0 || text.endsWith(".")) {
            throw new IllegalArgumentException(name + ": " + kind + " \"" + text + "\" is not \"<component id>"
                    + ".<property>\", e.g. \"bar.value\"");
        }
        if (text.startsWith("{")) {
            throw new IllegalArgumentException(name + ": " + kind + " \"" + text + "\" is a pattern-matching id;"
                    + " progress, running and cancel name one component each: give it a string id");
        }
        return CallbackSpec.split(text);
    }

    private static JsonNode json(String name, String what, String text) {
        try {
            JsonNode v = Http.JSON.readTree(text);
            if (v == null || v.isMissingNode()) {
                throw new IOException("empty");
            }
            return v;
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    name + ": " + what + " value " + text + " is not JSON; write e.g."
                            + " \"true\", \"0\" or \"\\\"waiting\\\"\"",
                    e);
        }
    }
}
