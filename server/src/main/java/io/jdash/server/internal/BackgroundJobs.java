package io.jdash.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.server.DashApp;
import io.jdash.server.background.BackgroundOptions;
import io.jdash.server.background.EmbeddedJobEngine;
import io.jdash.server.background.JobEngine;
import io.jdash.server.background.JobEngineProvider;
import io.jdash.server.background.JobHandles;
import io.jdash.server.background.JobRequest;
import io.jdash.server.background.JobRunner;
import io.jdash.server.background.JobSnapshot;
import io.jdash.server.background.JobStatus;
import io.jdash.server.background.JobStoreUnavailableException;
import io.jdash.server.background.QueueFullException;
import io.jdash.server.values.CallbackInvoker;
import io.jdash.server.values.JsonCallbackContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Semaphore;

/**
 * The app's background callbacks and the protocol dash-renderer speaks for them: what {@code _dash-dependencies}
 * declares ({@code background}, {@code running}, one hidden callback per cancel component), the page's
 * {@code end_id}, the first request (a job, or the answer itself when the result is cached or ready within
 * {@link BackgroundOptions#firstAnswer()}), the polls ({@code cacheKey}, {@code job}), {@code oldJob} and
 * {@code cancelJob}. Jobs run on a {@link JobEngine}. Inert for an app without background callbacks. Its requests
 * arrive validated ({@link UpdateRoute}); the job handles in their query are checked against the page's
 * {@code end_id} before anything runs.
 */
public final class BackgroundJobs implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.jdash.server.background");
    /** The most polls held open at once; the others are answered at once. */
    private static final int MAX_HELD_POLLS = 256;
    /** The pause between polls the page is told when polls are held open. */
    private static final int LONG_POLL_PAUSE_MILLIS = 50;

    private final DashApp app;
    private final BackgroundOptions options;
    private final Map<String, BackgroundSpec> byOutput = new LinkedHashMap<>();
    private final Map<String, CallbackInvoker> invokers = new LinkedHashMap<>();
    private final Map<String, List<String[]>> cancelComponents = new LinkedHashMap<>();
    private final JobEngine engine;
    private volatile JobHandles handles;
    private final Semaphore held = new Semaphore(MAX_HELD_POLLS);

    private BackgroundJobs(
            DashApp app, Callbacks callbacks, java.util.function.UnaryOperator<BackgroundOptions> role, boolean web) {
        this.app = app;
        for (CallbackSpec spec : callbacks.all()) {
            BackgroundSpec b = BackgroundSpec.of(spec);
            if (b == null) {
                continue;
            }
            if (spec.clientside()) {
                throw new IllegalArgumentException("jdash: [JDASH-E015] " + spec.displayName() + " is both"
                        + " @Clientside and @Background; remove @Clientside: a background job runs on the server");
            }
            byOutput.put(spec.outputKey(), b);
            invokers.put(
                    spec.outputKey(),
                    new CallbackInvoker(
                            spec.method(),
                            spec.outputs().size(),
                            spec.invoker() != null ? spec.invoker().typedFigures() : new java.util.BitSet()));
            for (String[] c : b.cancel()) {
                List<String[]> props = cancelComponents.computeIfAbsent(c[0], k -> new ArrayList<>());
                if (props.stream().noneMatch(p -> p[1].equals(c[1]))) {
                    props.add(c);
                }
            }
        }
        if (byOutput.isEmpty()) {
            this.options = null; // the settings are not even read
            this.engine = null;
            return;
        }
        this.options = role.apply(app.backgroundOptions());
        boolean runs = options.role().runsJobs();
        this.engine = open(options, runs ? this::run : null);
        LOG.log(
                System.Logger.Level.INFO,
                "jdash: " + byOutput.size() + " background callback(s) on "
                        + engine.describe() + (runs ? "" : ", running no jobs here (web only)")
                        + (web ? "" : ", serving no pages"));
    }

    /** The background callbacks of {@code app} for a web process (it also runs jobs if its role says so). */
    public static BackgroundJobs create(DashApp app, Callbacks callbacks) {
        return new BackgroundJobs(app, callbacks, o -> o, true);
    }

    /**
     * Runs the background jobs of {@code app} in this process without serving HTTP (the worker role of a shared
     * engine). Close it to stop.
     */
    public static BackgroundJobs worker(DashApp app) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader()
                : BackgroundJobs.class.getClassLoader();
        Callbacks callbacks = Callbacks.load(app.callbackClasses(), app.clientsideCallbacks(), loader, app::memoCache);
        return new BackgroundJobs(app, callbacks, o -> o.withRole(BackgroundOptions.Role.WORKER), false);
    }

    private static JobEngine open(BackgroundOptions options, JobRunner runner) {
        String spec = options.engine().trim();
        if (spec.equalsIgnoreCase("embedded")) {
            return new EmbeddedJobEngine(runner == null ? unrunnable() : runner, options);
        }
        URI uri = URI.create(spec);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>(List.of("embedded"));
        for (JobEngineProvider p : ServiceLoader.load(JobEngineProvider.class, BackgroundJobs.class.getClassLoader())) {
            if (p.schemes().contains(scheme)) {
                return p.open(uri, options, runner);
            }
            known.addAll(p.schemes());
        }
        throw new IllegalArgumentException("jdash.background=" + spec + ": no job engine for '" + scheme
                + "' (known: " + String.join(", ", known) + ")"
                + (scheme.startsWith("redis") ? ": add the dependency io.jdash:jdash-cache-redis" : ""));
    }

    private static JobRunner unrunnable() {
        return (request, control) -> {
            throw new IllegalStateException("this process is web only and runs no jobs");
        };
    }

    /** Whether the app has background callbacks. */
    public boolean active() {
        return engine != null;
    }

    /** The engine jobs run on, or null when the app has no background callbacks. */
    public JobEngine engine() {
        return engine;
    }

    private JobHandles handles() {
        JobHandles h = handles;
        if (h == null) {
            synchronized (this) {
                if (handles == null) {
                    byte[] secret = options.secret() != null
                            ? options.secret().getBytes(StandardCharsets.UTF_8)
                            : engine.sharedSecret();
                    handles = new JobHandles(secret != null ? secret : JobHandles.randomSecret());
                }
                h = handles;
            }
        }
        return h;
    }

    /** A new {@code end_id} for one render of the index page, or null when the app has no background callbacks. */
    public String newEndId() {
        if (!active()) {
            return null;
        }
        try {
            return handles().newEndId();
        } catch (JobStoreUnavailableException e) {
            // the page still loads; its background callbacks are refused until a reload finds the store again
            LOG.log(System.Logger.Level.WARNING, "jdash: no end_id for this page: " + e.getMessage());
            return null;
        }
    }

    /**
     * Adds what the renderer must know to {@code _dash-dependencies}: {@code background} and {@code running} of each
     * background callback, and the hidden callback of each cancel component (without it a click on cancel sends
     * nothing).
     */
    public void declare(ArrayNode dependencies) {
        if (!active()) {
            return;
        }
        for (JsonNode d : dependencies) {
            BackgroundSpec b = byOutput.get(d.path("output").asText());
            if (b != null) {
                ((ObjectNode) d).putObject("background").put("interval", pollPause(b));
                if (b.running() != null) {
                    ((ObjectNode) d).set("running", b.running());
                }
            }
        }
        for (Map.Entry<String, List<String[]>> c : cancelComponents.entrySet()) {
            ObjectNode d = dependencies.addObject().put("output", c.getKey() + ".id");
            ArrayNode inputs = d.putArray("inputs");
            c.getValue().forEach(p -> inputs.addObject().put("id", p[0]).put("property", p[1]));
            d.putArray("state");
            d.putNull("clientside_function");
            d.put("prevent_initial_call", true)
                    .putNull("background")
                    .put("dynamic_creator", false)
                    .put("no_output", false)
                    .put("optional", false)
                    .put("hidden", false)
                    .put("websocket", false)
                    .put("persistent", false);
        }
    }

    /**
     * How long the page waits after an answer before it polls again. The renderer pauses that long after every
     * answer, so with polls held open (long-poll) a short pause lets the server pace the polls: an idle job costs
     * one poll per hold, and progress reaches the page without waiting out the callback's interval.
     */
    private int pollPause(BackgroundSpec b) {
        return options.longPoll().isZero() ? b.interval() : Math.min(b.interval(), LONG_POLL_PAUSE_MILLIS);
    }

    /**
     * Answers an update request if it concerns background jobs: cancels the jobs named by {@code cancelJob} and
     * (unless they should finish) {@code oldJob}, then starts or polls a background callback, or answers the
     * hidden cancel callback. {@code debug} puts a failed job's message in the answer; {@code timing} (or null)
     * gives the job's final answer a {@code Server-Timing} header, whose {@code __dash_server} is the time the job
     * ran (the renderer takes the time of a background callback from its first request to that answer).
     *
     * @return whether the request was answered; if not, it is an ordinary callback's
     */
    public boolean handle(UpdateRequest request, boolean debug, ServerTiming timing, HttpServletResponse resp)
            throws IOException {
        if (!active()) {
            return false;
        }
        String output = request.callback().outputKey();
        BackgroundSpec spec = byOutput.get(output);
        UpdateQuery query = request.query();
        String endId = query.endId();
        try {
            if (!stopNamedJobs(query, endId, spec, resp)) {
                return true;
            }
            if (isCancelCallback(output)) {
                resp.setStatus(204);
                return true;
            }
            if (spec == null) {
                return false;
            }
            if (endId == null || !handles().validEndId(endId)) {
                Http.error(
                        resp,
                        403,
                        "jdash: " + spec.callback().displayName() + ": this request does not carry"
                                + " the page's endId (reload the page)");
                return true;
            }
            if (query.job() == null && query.cacheKey() == null) {
                start(spec, request, endId, debug, timing, resp);
            } else {
                poll(spec, request, endId, query.job(), query.cacheKey(), debug, timing, resp);
            }
        } catch (QueueFullException e) {
            resp.setHeader("Retry-After", "1");
            Http.error(
                    resp,
                    503,
                    "jdash: " + (spec == null ? output : spec.callback().displayName()) + ": the job queue is full ("
                            + e.getMessage() + "); try again in a moment");
        } catch (JobStoreUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "jdash: " + e.getMessage());
            resp.setHeader("Retry-After", "5");
            Http.error(
                    resp,
                    503,
                    "jdash: background jobs are unavailable" + (debug ? ": " + e.getMessage() : "")
                            + "; try again in a moment");
        }
        return true;
    }

    /**
     * The hidden callback of each cancel component, as the request layer checks it: output {@code <id>.id}, the
     * component's cancel properties as inputs. Its requests carry {@code cancelJob} and get 204.
     */
    public List<CallbackSpec> hiddenCallbacks() {
        List<CallbackSpec> hidden = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> c : cancelComponents.entrySet()) {
            hidden.add(new CallbackSpec(
                    null,
                    List.of(c.getKey() + ".id"),
                    c.getValue().stream().map(p -> p[0] + "." + p[1]).toList(),
                    List.of(),
                    true,
                    "background cancel",
                    c.getKey(),
                    null));
        }
        return hidden;
    }

    private boolean isCancelCallback(String output) {
        return output.endsWith(".id") && cancelComponents.containsKey(output.substring(0, output.length() - 3));
    }

    /** Cancels {@code cancelJob} and {@code oldJob}; answers 403 and returns false for a handle not of this page. */
    private boolean stopNamedJobs(UpdateQuery query, String endId, BackgroundSpec spec, HttpServletResponse resp)
            throws IOException {
        for (String kind : List.of("cancelJob", "oldJob")) {
            String handle = kind.equals("cancelJob") ? query.cancelJob() : query.oldJob();
            if (handle == null) {
                continue;
            }
            String id = endId == null ? null : handles().jobId(endId, handle);
            if (id == null) {
                Http.error(resp, 403, "jdash: " + kind + " names a job this page did not start");
                return false;
            }
            if (kind.equals("cancelJob") || spec == null || !spec.finishSuperseded()) {
                engine.cancel(id, JobStatus.CANCELLED);
            }
        }
        return true;
    }

    private void start(
            BackgroundSpec spec,
            UpdateRequest request,
            String endId,
            boolean debug,
            ServerTiming timing,
            HttpServletResponse resp)
            throws IOException {
        CallbackSpec cb = spec.callback();
        List<JsonNode> args = UpdateHandler.arguments(request);
        if (spec.cacheTtl() != null) {
            long peek = timing != null ? System.nanoTime() : 0;
            byte[] cached = app.memoCache().peekBytes(spec.cacheKey(args));
            if (cached != null) {
                JsonNode value = Http.JSON.readTree(cached);
                if (timing != null) {
                    long nanos = System.nanoTime() - peek;
                    timing.server(nanos);
                    timing.memo(true, nanos);
                }
                UpdateHandler.respond(request, value, List.of(), debug, timing, resp);
                return;
            }
        }
        ObjectNode payload = Http.JSON.createObjectNode();
        payload.set("args", Http.JSON.valueToTree(args));
        if (invokers.get(cb.outputKey()).takesContext()) {
            payload.set("context", UpdateHandler.contextJson(request));
        }
        String id = handles().newId();
        Duration abandon = Duration.ofMillis((long) options.missedPolls() * spec.interval())
                .plus(options.longPoll())
                .plusMillis(500);
        engine.submit(
                new JobRequest(id, cb.outputKey(), Http.JSON.writeValueAsBytes(payload), spec.timeout(), abandon));
        List<byte[]> events = new ArrayList<>();
        JobSnapshot snap = engine.poll(id, Duration.ZERO);
        long deadline = System.nanoTime() + options.firstAnswer().toNanos();
        while (snap != null && !snap.status().isFinal()) {
            events.addAll(snap.events());
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            snap = engine.poll(id, Duration.ofNanos(left));
        }
        if (snap != null && snap.status().isFinal()) {
            events.addAll(snap.events());
            finish(spec, request, id, snap, events, debug, timing, resp);
            return;
        }
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("cacheKey", handles().cacheKey(endId, id, cb.outputKey()));
        body.put("job", handles().jobHandle(endId, id));
        if (!spec.cancel().isEmpty()) {
            ArrayNode cancel = body.putArray("cancel");
            spec.cancel().forEach(c -> cancel.addObject().put("id", c[0]).put("property", c[1]));
        }
        if (spec.progressDefault() != null) {
            body.set("progressDefault", spec.progressDefault());
        }
        sideUpdate(body, events);
        Http.json(resp, 200, body);
    }

    private void poll(
            BackgroundSpec spec,
            UpdateRequest request,
            String endId,
            String handle,
            String cacheKey,
            boolean debug,
            ServerTiming timing,
            HttpServletResponse resp)
            throws IOException {
        String output = spec.callback().outputKey();
        String id = handle == null ? null : handles().jobId(endId, handle);
        if (id == null || !handles().validCacheKey(cacheKey, endId, id, output)) {
            Http.error(
                    resp,
                    403,
                    "jdash: " + spec.callback().displayName() + ": the job handle was not issued to"
                            + " this page for this callback");
            return;
        }
        Duration wait = Duration.ZERO;
        boolean holding = !options.longPoll().isZero() && held.tryAcquire();
        JobSnapshot snap;
        try {
            snap = engine.poll(id, holding ? options.longPoll() : wait);
        } finally {
            if (holding) {
                held.release();
            }
        }
        if (snap == null) {
            Http.error(
                    resp,
                    404,
                    "jdash: " + spec.callback().displayName() + ": no such job (it was answered"
                            + " already, expired, or the job store lost it)");
            return;
        }
        if (snap.status().isFinal()) {
            finish(spec, request, id, snap, snap.events(), debug, timing, resp);
            return;
        }
        ObjectNode body = Http.JSON.createObjectNode().put("multi", true);
        sideUpdate(body, snap.events());
        Http.json(resp, 200, body);
    }

    /** The final answer of a job, given once; then the job is forgotten. */
    private void finish(
            BackgroundSpec spec,
            UpdateRequest request,
            String id,
            JobSnapshot snap,
            List<byte[]> events,
            boolean debug,
            ServerTiming timing,
            HttpServletResponse resp)
            throws IOException {
        engine.forget(id);
        CallbackSpec cb = spec.callback();
        String name = "jdash: " + cb.displayName();
        switch (snap.status()) {
            case DONE -> {
                JsonNode result = Http.JSON.readTree(snap.result());
                if (timing != null) {
                    timing.server(result.path("nanos").asLong(0));
                }
                switch (result.path("kind").asText()) {
                    case "VALUE" ->
                        UpdateHandler.respond(request, result.get("value"), setProps(events), debug, timing, resp);
                    case "PREVENT_UPDATE" -> {
                        if (events.isEmpty()) {
                            Http.noContent(resp, timing);
                        } else {
                            ObjectNode body = Http.JSON.createObjectNode().put("multi", true);
                            sideUpdate(body, events);
                            body.putObject("response");
                            Http.json(resp, 200, body, timing);
                        }
                    }
                    case "BAD_ARGUMENT" ->
                        UpdateHandler.badArgument(
                                BadArgument.of(
                                        request,
                                        Http.JSON.treeToValue(
                                                result.get("mismatch"), CallbackInvoker.ArgumentMismatch.class)),
                                debug,
                                resp);
                    default ->
                        Http.error(
                                resp,
                                500,
                                new CallbackFailure(
                                                cb.displayName(),
                                                result.path("message").asText(),
                                                null)
                                        .logAndDescribe(debug));
                }
            }
            case CANCELLED, ABANDONED -> resp.setStatus(204);
            case TIMED_OUT ->
                Http.error(
                        resp,
                        500,
                        name + " ran longer than its timeout of " + human(spec.timeout()) + " and was stopped");
            case LOST ->
                Http.error(
                        resp,
                        500,
                        name + ": the worker running this job stopped (its lease of " + human(options.lease())
                                + " ran out); run it again");
            default ->
                Http.error(
                        resp,
                        500,
                        new CallbackFailure(
                                        cb.displayName(),
                                        name + ": " + (snap.message() != null ? snap.message() : "the job failed"),
                                        null)
                                .logAndDescribe(debug));
        }
    }

    private static String human(Duration d) {
        if (d == null) {
            return "?";
        }
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** Runs one job in this process (a worker). */
    private byte[] run(JobRequest request, JobRunner.JobControl control) {
        BackgroundSpec spec = byOutput.get(request.callback());
        CallbackInvoker invoker = invokers.get(request.callback());
        if (spec == null) {
            throw new IllegalStateException("this process has no background callback " + request.callback()
                    + " (do all processes run the same version of the app?)");
        }
        JsonNode payload;
        try {
            payload = Http.JSON.readTree(request.payload());
        } catch (IOException e) {
            throw new IllegalStateException("the job's payload is not JSON", e);
        }
        List<JsonNode> args = new ArrayList<>();
        payload.path("args").forEach(args::add);
        JobProgress progress =
                new JobProgress(spec.progress(), control, JsonCallbackContext.of(payload.get("context")));
        long start = System.nanoTime();
        CallbackInvoker.Outcome outcome = invoker.invoke(args, progress, progress);
        ObjectNode result =
                Http.JSON.createObjectNode().put("kind", outcome.kind().name()).put("nanos", System.nanoTime() - start);
        if (outcome.value() != null) {
            result.set("value", outcome.value());
        }
        if (outcome.message() != null) {
            result.put("message", outcome.message());
        }
        if (outcome.mismatch() != null) {
            result.set("mismatch", Http.JSON.valueToTree(outcome.mismatch()));
        }
        if (outcome.kind() == CallbackInvoker.Kind.ERROR && !control.isCancelled()) {
            LOG.log(System.Logger.Level.WARNING, outcome.message(), outcome.cause());
        }
        try {
            if (outcome.kind() == CallbackInvoker.Kind.VALUE && spec.cacheTtl() != null && !control.isCancelled()) {
                app.memoCache()
                        .putBytes(spec.cacheKey(args), Http.JSON.writeValueAsBytes(outcome.value()), spec.cacheTtl());
            }
            return Http.JSON.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /** Every event in order, merged: a later value of a property overwrites an earlier one, as applying each would. */
    private static Map<String, ObjectNode> merge(List<byte[]> events) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (byte[] e : events) {
            try {
                for (JsonNode triple : Http.JSON.readTree(e)) {
                    byId.computeIfAbsent(triple.get(0).asText(), k -> Http.JSON.createObjectNode())
                            .set(triple.get(1).asText(), triple.get(2));
                }
            } catch (IOException ex) {
                throw new IllegalStateException("a progress event is not JSON", ex);
            }
        }
        return byId;
    }

    private static void sideUpdate(ObjectNode body, List<byte[]> events) {
        Map<String, ObjectNode> merged = merge(events);
        if (!merged.isEmpty()) {
            ObjectNode side = body.putObject("sideUpdate");
            merged.forEach(side::set);
        }
    }

    private static List<JsonCallbackContext.SetProps> setProps(List<byte[]> events) {
        List<JsonCallbackContext.SetProps> out = new ArrayList<>();
        merge(events).forEach((id, props) -> out.add(new JsonCallbackContext.SetProps(id, props)));
        return out;
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
