package io.jdash.server.background;

import io.jdash.api.Memoize;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How background callbacks run, for the whole app.
 *
 * @param engine {@code embedded} (this JVM's bounded executor, the default) or a URI such as
 *        {@code redis://127.0.0.1:6379} (module {@code jdash-cache-redis}) that several processes share
 * @param role what this process does with a shared engine: queue jobs and answer polls, run jobs, or both
 * @param workers how many jobs this process runs at once
 * @param queueCapacity how many jobs may wait; beyond that a new run is refused with 503
 * @param firstAnswer how long the first request waits for the job, so a short job is answered without a poll
 * @param longPoll how long a poll may be held open waiting for progress or the result (zero: answer at once); while
 *        it is on, the page is told to poll again 50 ms after each answer (or after the callback's interval, if
 *        shorter), and the held polls set the pace
 * @param missedPolls how many poll intervals without a poll make a job abandoned (the tab was closed): it is then
 *        cancelled
 * @param lease how long a worker's claim on a job lasts without renewal (shared engines): after it, another worker
 *        takes the job over or it ends {@link JobStatus#LOST}
 * @param retryLostJobs whether a job whose worker died is run again by another worker (else it ends with a "worker
 *        lost" error)
 * @param resultTtl how long the state and result of a job nobody fetches are kept
 * @param secret the secret that signs job handles, shared by every process of the app; null for a random one per
 *        process (the embedded engine) or one kept in the shared store
 */
public record BackgroundOptions(
        String engine,
        Role role,
        int workers,
        int queueCapacity,
        Duration firstAnswer,
        Duration longPoll,
        int missedPolls,
        Duration lease,
        boolean retryLostJobs,
        Duration resultTtl,
        String secret) {

    /** What a process does with the jobs of a shared engine. */
    public enum Role {
        /** Queues jobs and answers polls; runs none. */
        WEB,
        /** Runs jobs only. */
        WORKER,
        /** Both. */
        BOTH;

        /** Whether it runs jobs. */
        public boolean runsJobs() {
            return this != WEB;
        }
    }

    /** Embedded, both roles, 4 workers, 64 waiting, 25 ms first answer, 1 s long-poll, 4 missed polls, 10 s lease. */
    public static final BackgroundOptions DEFAULTS = new BackgroundOptions(
            "embedded",
            Role.BOTH,
            4,
            64,
            Duration.ofMillis(25),
            Duration.ofSeconds(1),
            4,
            Duration.ofSeconds(10),
            true,
            Duration.ofMinutes(5),
            null);

    /** Validates. */
    public BackgroundOptions {
        if (engine == null || engine.isBlank()) {
            throw new IllegalArgumentException("jdash.background: name an engine: embedded or redis://host:port");
        }
        if (workers < 1 || queueCapacity < 0 || missedPolls < 1) {
            throw new IllegalArgumentException("jdash.background.workers and .missedPolls must be at least 1 and"
                    + " .queue at least 0, got " + workers + ", " + missedPolls + " and " + queueCapacity);
        }
        if (firstAnswer.isNegative()
                || longPoll.isNegative()
                || lease.isNegative()
                || lease.isZero()
                || resultTtl.isNegative()
                || resultTtl.isZero()) {
            throw new IllegalArgumentException(
                    "jdash.background durations must not be negative (lease and" + " resultTtl positive)");
        }
    }

    /** The options the settings {@code jdash.background}, {@code jdash.background.role}, ... name (see README). */
    public static BackgroundOptions from(UnaryOperator<String> lookup) {
        BackgroundOptions d = DEFAULTS;
        String role = lookup.apply("jdash.background.role");
        Role r;
        try {
            r = role == null ? d.role : Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jdash.background.role=" + role + ": write web, worker or both");
        }
        return new BackgroundOptions(
                text(lookup, "jdash.background", d.engine),
                r,
                number(lookup, "jdash.background.workers", d.workers),
                number(lookup, "jdash.background.queue", d.queueCapacity),
                duration(lookup, "jdash.background.firstAnswer", d.firstAnswer),
                duration(lookup, "jdash.background.longPoll", d.longPoll),
                number(lookup, "jdash.background.missedPolls", d.missedPolls),
                duration(lookup, "jdash.background.lease", d.lease),
                !"false".equalsIgnoreCase(text(lookup, "jdash.background.retryLostJobs", "true")),
                duration(lookup, "jdash.background.resultTtl", d.resultTtl),
                lookup.apply("jdash.background.secret"));
    }

    /** The options from system properties, else environment variables ({@code JDASH_BACKGROUND_ROLE}, ...). */
    public static BackgroundOptions fromConfiguration() {
        return from(name -> {
            String value = System.getProperty(name);
            return value != null
                    ? value
                    : System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
        });
    }

    /** The same options with another engine. */
    public BackgroundOptions withEngine(String value) {
        return new BackgroundOptions(
                value,
                role,
                workers,
                queueCapacity,
                firstAnswer,
                longPoll,
                missedPolls,
                lease,
                retryLostJobs,
                resultTtl,
                secret);
    }

    /** The same options with another role. */
    public BackgroundOptions withRole(Role value) {
        return new BackgroundOptions(
                engine,
                value,
                workers,
                queueCapacity,
                firstAnswer,
                longPoll,
                missedPolls,
                lease,
                retryLostJobs,
                resultTtl,
                secret);
    }

    /** The same options with other worker and queue bounds. */
    public BackgroundOptions withWorkers(int count, int queue) {
        return new BackgroundOptions(
                engine,
                role,
                count,
                queue,
                firstAnswer,
                longPoll,
                missedPolls,
                lease,
                retryLostJobs,
                resultTtl,
                secret);
    }

    /** The same options with other waits: the first answer's and a poll's. */
    public BackgroundOptions withWaits(Duration first, Duration poll) {
        return new BackgroundOptions(
                engine,
                role,
                workers,
                queueCapacity,
                first,
                poll,
                missedPolls,
                lease,
                retryLostJobs,
                resultTtl,
                secret);
    }

    /** The same options with another abandonment rule. */
    public BackgroundOptions withMissedPolls(int value) {
        return new BackgroundOptions(
                engine,
                role,
                workers,
                queueCapacity,
                firstAnswer,
                longPoll,
                value,
                lease,
                retryLostJobs,
                resultTtl,
                secret);
    }

    /** The same options with another lease and lost-job rule. */
    public BackgroundOptions withLease(Duration value, boolean retry) {
        return new BackgroundOptions(
                engine,
                role,
                workers,
                queueCapacity,
                firstAnswer,
                longPoll,
                missedPolls,
                value,
                retry,
                resultTtl,
                secret);
    }

    /** The same options with a signing secret. */
    public BackgroundOptions withSecret(String value) {
        return new BackgroundOptions(
                engine,
                role,
                workers,
                queueCapacity,
                firstAnswer,
                longPoll,
                missedPolls,
                lease,
                retryLostJobs,
                resultTtl,
                value);
    }

    private static String text(UnaryOperator<String> lookup, String name, String fallback) {
        String v = lookup.apply(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int number(UnaryOperator<String> lookup, String name, int fallback) {
        String v = lookup.apply(name);
        try {
            return v == null ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + v + " is not a whole number");
        }
    }

    private static Duration duration(UnaryOperator<String> lookup, String name, Duration fallback) {
        String v = lookup.apply(name);
        if (v == null) {
            return fallback;
        }
        if (v.trim().equals("0")) {
            return Duration.ZERO;
        }
        try {
            return Memoize.Ttl.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }
}
