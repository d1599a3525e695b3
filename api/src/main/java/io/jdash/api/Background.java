package io.jdash.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a server {@link Callback} as a background job instead of on the request thread: the page shows
 * {@link #progress()} while it runs, sets the {@link #running()} properties (a disabled run button) until it ends,
 * and any {@link #cancel()} input stops it. Dash calls these "background callbacks".
 *
 * <p>The method may declare a {@link Progress} parameter, after the optional {@link CallbackContext} and before the
 * inputs: it reports progress, sets properties of other components while the job runs, and tells the job that it
 * was cancelled. Together with {@link Memoize}, a result is kept in the app's cache under {@code @Memoize}'s key
 * rules and ttl, and a later run with the same inputs and state is answered at once, without a job.
 *
 * <pre>{@code
 * @Background(progress = {"bar.value", "bar.max"}, progressDefault = {"0", "10"},
 *         running = @Background.Running(output = "run.disabled", during = "true", after = "false"),
 *         cancel = "stop.n_clicks")
 * @Callback(outputs = "result.children", inputs = "run.n_clicks", preventInitialCall = true)
 * public static String crunch(Progress progress, Integer clicks) {
 *     for (int i = 1; i <= 10 && !progress.isCancelled(); i++) {
 *         work(i);
 *         progress.set(i, 10);
 *     }
 *     return "done";
 * }
 * }</pre>
 *
 * <p>A background callback runs on the server only: {@code @Clientside} together with {@code @Background} is a
 * build error (JDASH-E015).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Background {
    /** Milliseconds the page waits after one answer before it asks again how the job is doing. */
    int interval() default 500;

    /** Properties set while the job runs and reset when it ends, without a request. */
    Running[] running() default {};

    /** The outputs {@link Progress#set} writes, {@code "<id>.<property>"}, in the order of its values. */
    String[] progress() default {};

    /** The JSON values the {@link #progress()} outputs get back when the job ends or is cancelled, one each. */
    String[] progressDefault() default {};

    /** Inputs, {@code "<id>.<property>"}, that cancel the job when they change (a cancel button's n_clicks). */
    String[] cancel() default {};

    /** The longest a job may run (ttl syntax, e.g. {@code "30s"}); empty for no limit. It is then cancelled. */
    String timeout() default "";

    /**
     * Inputs or state, {@code "<id>.<property>"}, left out of the {@link Memoize} cache key, like Dash's
     * {@code cache_args_to_ignore}: a run button's {@code n_clicks} changes on every click, but the result does not
     * depend on it.
     */
    String[] cacheIgnore() default {};

    /**
     * When {@code true}, a run that a newer run of the same callback supersedes finishes anyway (its result then
     * only fills the cache); by default it is cancelled.
     */
    boolean finishSuperseded() default false;

    /**
     * One property the page sets while the job runs.
     *
     * <p>{@code @Background.Running(output = "run.disabled", during = "true", after = "false")}.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Running {
        /** The property, {@code "<id>.<property>"}. */
        String output();

        /** Its value (JSON) while the job runs. */
        String during();

        /** Its value (JSON) once the job has ended. */
        String after();
    }
}
