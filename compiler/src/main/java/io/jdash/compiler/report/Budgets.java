package io.jdash.compiler.report;

import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks a size report against the configured budgets; every overrun is an error that says what to cut. */
public final class Budgets {
    private Budgets() {}

    /** The overruns, empty when everything fits. */
    public static List<Diagnostic> check(CompilerConfig config, SizeReport report) {
        List<Diagnostic> errors = new ArrayList<>();
        if (config.budgetGzipBytes() > 0) {
            for (SizeReport.Bundle b : report.bundles()) {
                if (b.gzipBytes() > config.budgetGzipBytes()) {
                    String owners = report.callbacks().stream()
                            .filter(c -> c.function() != null)
                            .sorted((x, y) -> Long.compare(y.ownGzipBytes(), x.ownGzipBytes()))
                            .limit(5)
                            .map(c -> c.function() + " " + bytes(c.ownGzipBytes()))
                            .collect(Collectors.joining(", "));
                    errors.add(DiagnosticCode.BUDGET_EXCEEDED.error(
                            null,
                            0,
                            b.path(),
                            DiagnosticCode.BUDGET_EXCEEDED.message(
                                    "bundle " + b.path() + " is " + bytes(b.gzipBytes()) + " gzip",
                                    bytes(config.budgetGzipBytes()),
                                    "budgetGzipBytes",
                                    "; shared runtime "
                                            + bytes(report.sharedGzipBytes())
                                            + (owners.isEmpty() ? "" : "; callbacks' own code: " + owners))));
                }
            }
        }
        if (config.budgetCallbackGzipBytes() > 0) {
            for (SizeReport.CallbackSize c : report.callbacks()) {
                if (c.function() != null && c.ownGzipBytes() > config.budgetCallbackGzipBytes()) {
                    StringBuilder sb = new StringBuilder("; largest:");
                    for (SizeReport.SourceSize s : c.largest()) {
                        sb.append("\n      ")
                                .append(s.source())
                                .append(' ')
                                .append(bytes(s.bytes()))
                                .append(" raw");
                        if (!s.why().isEmpty()) {
                            sb.append(" (why: ")
                                    .append(String.join(" -> ", s.why()))
                                    .append(')');
                        }
                    }
                    errors.add(DiagnosticCode.BUDGET_EXCEEDED.error(
                            null,
                            0,
                            c.method(),
                            DiagnosticCode.BUDGET_EXCEEDED.message(
                                    "callback " + c.function() + " (" + c.method() + ") pulls in "
                                            + bytes(c.ownGzipBytes()) + " gzip of its own code",
                                    bytes(config.budgetCallbackGzipBytes()),
                                    "budgetCallbackGzipBytes",
                                    sb)));
                }
            }
        }
        return errors;
    }

    static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d B", n);
    }
}
