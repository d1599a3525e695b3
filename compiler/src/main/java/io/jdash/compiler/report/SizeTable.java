package io.jdash.compiler.report;

import io.jdash.contract.Manifest;
import java.util.Locale;

/** Renders a {@link SizeReport} as the compact table a build log shows. */
public final class SizeTable {
    private SizeTable() {}

    /** The table, lines separated by {@code \n}. */
    public static String render(SizeReport report) {
        StringBuilder sb = new StringBuilder();
        for (SizeReport.Bundle b : report.bundles()) {
            sb.append("bundle ")
                    .append(b.path())
                    .append(": ")
                    .append(bytes(b.bytes()))
                    .append(" raw, ")
                    .append(bytes(b.gzipBytes()))
                    .append(" gzip");
            if (b.brotliBytes() >= 0) {
                sb.append(", ").append(bytes(b.brotliBytes())).append(" brotli");
            }
            sb.append('\n');
        }
        int width = "shared runtime".length();
        for (SizeReport.CallbackSize c : report.callbacks()) {
            width = Math.max(width, name(c).length());
        }
        sb.append(String.format(
                Locale.ROOT, "  %-" + width + "s  %-7s  %9s  %9s%n", "callback", "runs", "own raw", "own gzip"));
        for (SizeReport.CallbackSize c : report.callbacks()) {
            if (c.runs().equals(Manifest.Runs.BROWSER.wireName())) {
                sb.append(String.format(
                        Locale.ROOT,
                        "  %-" + width + "s  %-7s  %9s  %9s%n",
                        name(c),
                        c.runs(),
                        bytes(c.ownBytes()),
                        bytes(c.ownGzipBytes())));
            } else {
                sb.append(String.format(
                        Locale.ROOT, "  %-" + width + "s  %-7s  %9s  %9s%n", name(c), c.runs(), "-", "-"));
            }
        }
        if (!report.bundles().isEmpty()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %-" + width + "s  %-7s  %9s  %9s%n",
                    "shared runtime",
                    "",
                    bytes(report.sharedBytes()),
                    bytes(report.sharedGzipBytes())));
            long total = report.bundles().stream()
                    .mapToLong(SizeReport.Bundle::gzipBytes)
                    .sum();
            sb.append(String.format(
                    Locale.ROOT, "  %-" + width + "s  %-7s  %9s  %9s%n", "total (as served)", "", "", bytes(total)));
        }
        verification(sb, report);
        return sb.toString().replace(System.lineSeparator(), "\n");
    }

    /** The verification section: per callback, how many JDK methods it calls are proven, and the unverified ones. */
    private static void verification(StringBuilder sb, SizeReport report) {
        if (report.verification().isEmpty()) {
            return;
        }
        sb.append("verification (JDK methods called from browser code):\n");
        for (SizeReport.CallbackSurface v : report.verification()) {
            String m = v.method();
            int paren = m.indexOf('(');
            String name = (paren > 0 ? m.substring(0, paren) : m);
            name = name.substring(name.lastIndexOf('.') + 1).replace('#', '.');
            sb.append("  ")
                    .append(name)
                    .append(": ")
                    .append(v.proven().size())
                    .append(" proven, ")
                    .append(v.unverified().size())
                    .append(" unverified");
            if (!v.unverified().isEmpty()) {
                sb.append(" (").append(String.join(", ", v.unverified())).append(')');
            }
            sb.append('\n');
        }
    }

    private static String name(SizeReport.CallbackSize c) {
        if (c.function() != null) {
            return c.function();
        }
        String m = c.method();
        int paren = m.indexOf('(');
        String noParams = paren > 0 ? m.substring(0, paren) : m;
        return noParams.substring(noParams.lastIndexOf('.') + 1).replace('#', '.');
    }

    static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d B", n);
    }
}
