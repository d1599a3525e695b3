package io.jdash.compiler.surface;

import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.DiagnosticCode;
import io.jdash.compiler.Severity;
import io.jdash.compiler.report.SizeReport.CallbackSurface;
import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.scan.ClassIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the browser callbacks' JDK calls against the {@link SurfaceMap}: a warning at every call of an unverified
 * method (unless acknowledged), and for the size report, per callback, the JDK methods it calls by kind.
 */
public final class SurfaceCheck {
    /** The warnings and the per-callback sections. */
    public record Result(List<Diagnostic> warnings, List<CallbackSurface> callbacks) {
        /** Copies the lists. */
        public Result {
            warnings = List.copyOf(warnings);
            callbacks = List.copyOf(callbacks);
        }
    }

    /** What acknowledges every zone-name pattern ({@code JDASH-W010}). */
    public static final String ZONE_NAMES = "java.text.SimpleDateFormat#zoneNames";

    private SurfaceCheck() {}

    /**
     * Checks {@code browser} callbacks.
     *
     * @param acknowledged methods named {@code java.lang.String#repeat} (every overload) or by their key
     */
    public static Result check(
            List<CallbackMethod> browser, ClassIndex index, SurfaceMap map, Set<String> acknowledged) {
        CallSiteScanner scanner = new CallSiteScanner(index);
        Map<String, Diagnostic> warnings = new LinkedHashMap<>();
        List<CallbackSurface> callbacks = new ArrayList<>();
        for (CallbackMethod cb : browser) {
            Set<String> proven = new TreeSet<>();
            Set<String> unverified = new TreeSet<>();
            for (CallSite site : scanner.scan(cb)) {
                JdkMethod m = site.method();
                if (map.kind(m) == SurfaceMap.Kind.PROVEN) {
                    proven.add(m.display());
                    continue;
                }
                boolean ack = acknowledged.contains(m.nameKey()) || acknowledged.contains(m.key());
                unverified.add(m.display() + (ack ? " (acknowledged)" : ""));
                if (!ack) {
                    String where = site.file() + ":" + site.line() + ":" + m.key();
                    warnings.computeIfAbsent(
                            where,
                            k -> DiagnosticCode.UNVERIFIED_METHOD.at(
                                    Severity.WARNING,
                                    site.file(),
                                    site.line(),
                                    m.nameKey(),
                                    m.display() + " (" + m.nameKey() + ") is not"
                                            + " verified to give the JVM's result in the browser (called from the browser"
                                            + " callback " + cb.displayName() + ")"));
                }
            }
            for (CallSiteScanner.ZoneNamePattern p : acknowledged.contains(ZONE_NAMES)
                    ? List.<CallSiteScanner.ZoneNamePattern>of()
                    : scanner.zoneNamePatterns(cb)) {
                warnings.computeIfAbsent(
                        p.file() + ":" + p.line() + ":zone-name:" + p.pattern(),
                        k -> DiagnosticCode.ZONE_NAME_PATTERN.at(
                                Severity.WARNING,
                                p.file(),
                                p.line(),
                                "java.text.SimpleDateFormat",
                                "the pattern \"" + p.pattern() + "\" names the time zone (z): the browser writes"
                                        + " TeaVM's zone text, which is not the JDK's (\"CET\", \"Central European"
                                        + " Standard Time\"), and parses only the format's and the default zone's"
                                        + " names (called from the browser callback " + cb.displayName() + ")"));
            }
            callbacks.add(new CallbackSurface(cb.methodKey(), new ArrayList<>(proven), new ArrayList<>(unverified)));
        }
        return new Result(new ArrayList<>(warnings.values()), callbacks);
    }
}
