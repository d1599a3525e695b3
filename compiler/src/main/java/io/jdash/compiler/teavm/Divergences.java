package io.jdash.compiler.teavm;

import io.jdash.compiler.DiagnosticCode;
import java.util.List;
import java.util.Set;

/**
 * JDK methods whose results may differ between the JVM and the browser in ways jdash cannot remove, so the build
 * warns where the application calls them.
 */
final class Divergences {
    /**
     * One kind of divergence: the methods (by class, and name or name with descriptor, e.g.
     * {@code <init>(Ljava/lang/String;)V}) and what to say.
     */
    record Kind(DiagnosticCode code, String className, Set<String> methods, String message) {}

    private static final String REGEX_ENGINE_MESSAGE = "runs TeaVM's regex engine (about 35 KB gzip) for this"
            + " pattern, whose results and exception texts may differ from the JDK's";

    private static final String TIME_PARSE_MESSAGE = "parses with java.time's own formatter, whose"
            + " DateTimeParseException for invalid text may name another field or word the parsed fields otherwise";

    static final List<Kind> KINDS = List.of(
            new Kind(
                    DiagnosticCode.MATH_LAST_DIGIT,
                    "java.lang.Math",
                    Set.of(
                            "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "exp",
                            "expm1", "log", "log10", "log1p", "pow", "cbrt", "hypot"),
                    "may differ in the last digit between the JVM and the browser"),
            new Kind(
                    DiagnosticCode.MATH_LAST_DIGIT,
                    "java.lang.StrictMath",
                    Set.of(
                            "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "exp",
                            "expm1", "log", "log10", "log1p", "pow", "cbrt", "hypot"),
                    "may differ in the last digit between the JVM and the browser"),
            new Kind(
                    DiagnosticCode.HASH_ORDER,
                    "java.util.stream.Collectors",
                    Set.of("toUnmodifiableSet", "toUnmodifiableMap"),
                    "collects into an unmodifiable set or map, whose iteration order is unspecified (it changes"
                            + " from one JVM run to the next)"),
            new Kind(
                    DiagnosticCode.HASH_ORDER,
                    "java.util.Set",
                    Set.of("of", "copyOf"),
                    "has an unspecified iteration order (it changes from one JVM run to the next)"),
            new Kind(
                    DiagnosticCode.HASH_ORDER,
                    "java.util.Map",
                    Set.of("of", "ofEntries", "copyOf"),
                    "has an unspecified iteration order (it changes from one JVM run to the next)"),
            new Kind(
                    DiagnosticCode.REGEX_ENGINE,
                    "java.lang.String",
                    Set.of("replaceAll", "replaceFirst", "matches", "split"),
                    REGEX_ENGINE_MESSAGE),
            new Kind(
                    DiagnosticCode.REGEX_ENGINE,
                    "java.util.regex.Pattern",
                    Set.of("compile", "matches"),
                    REGEX_ENGINE_MESSAGE),
            // jdash's lean formatter takes these calls where it applies; what is left runs java.time's own
            timeParse("java.time.LocalDate"),
            timeParse("java.time.LocalDateTime"),
            timeParse("java.time.LocalTime"),
            new Kind(
                    DiagnosticCode.TIME_PARSE_TEXT,
                    "java.time.format.DateTimeFormatter",
                    Set.of("parse"),
                    TIME_PARSE_MESSAGE));

    private static Kind timeParse(String cls) {
        return new Kind(
                DiagnosticCode.TIME_PARSE_TEXT,
                cls,
                Set.of("parse(Ljava/lang/CharSequence;Ljava/time/format/DateTimeFormatter;)L" + cls.replace('.', '/')
                        + ";"),
                TIME_PARSE_MESSAGE);
    }

    private Divergences() {}
}
