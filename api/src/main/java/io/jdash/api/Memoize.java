package io.jdash.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Caches a {@link Callback}'s result for the same input and state values, for {@link #ttl()}.
 *
 * <p>On the server the result is kept, as the JSON the callback answered, in the app's cache (in-process by default,
 * a directory or Redis by configuration), keyed by the method and a canonical encoding of its arguments: identical
 * requests compute once, also when they arrive together, and a cached answer is byte-for-byte the computed one. Only
 * values are cached; {@code PreventUpdate} and errors are not.
 *
 * <p>On a {@link Clientside} callback the browser keeps a memo of its own: the last 64 distinct argument lists per
 * callback (least recently used first out), each for {@link #ttl()}.
 *
 * <p>A memoized callback must not take a {@link CallbackContext}: its result would depend on more than its
 * arguments. The build refuses that (JDASH-E013), and so does the server when it loads the callback.
 *
 * <pre>{@code
 * @Memoize(ttl = "20s")
 * @Callback(outputs = "graph.figure", inputs = "year.value")
 * public static Map<String, Object> figure(Integer year) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Memoize {
    /** How long a result is kept: a whole number and a unit, {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}. */
    String ttl() default "5m";

    /** Reads {@link #ttl()} texts; the server and the build read them with this one rule. */
    final class Ttl {
        private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,12})\\s*(ms|s|m|h|d)\\s*");

        private Ttl() {}

        /**
         * The duration {@code text} stands for, e.g. {@code "20s"}.
         *
         * @throws IllegalArgumentException when it is not a positive whole number and a unit
         */
        public static Duration parse(String text) {
            Matcher m = FORMAT.matcher(text == null ? "" : text);
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new IllegalArgumentException("ttl \"" + text + "\" is not a duration: write a positive whole"
                        + " number and a unit, e.g. \"500ms\", \"20s\", \"5m\", \"1h\" or \"1d\"");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
    }
}
