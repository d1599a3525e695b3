package io.jdash.compiler.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The size report as one self-contained HTML page (no scripts, no external resources): a bar of where the bundle's
 * bytes go, a bar per callback, and a treemap of bytes per Java package and class (hover for details).
 */
public final class HtmlReport {
    private static final String[] COLORS = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
    };

    private HtmlReport() {}

    /** The page. */
    public static String render(SizeReport report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>jdash bundle size</title>\n")
                .append("<style>body{font:14px system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}")
                .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px}table{border-collapse:collapse}")
                .append(
                        "td,th{padding:4px 10px;text-align:left}td.n{text-align:right;white-space:nowrap;font-variant-numeric:")
                .append("tabular-nums}.bar{height:18px;background:#4e79a7;border-radius:2px}")
                .append(".stack{display:flex;height:28px;border-radius:3px;overflow:hidden}.stack div{height:100%}")
                .append(".legend span{display:inline-block;margin:4px 12px 0 0}.sw{display:inline-block;width:10px;")
                .append("height:10px;margin-right:4px}svg text{font-size:11px;fill:#fff;pointer-events:none}")
                .append("</style></head><body>\n<h1>jdash bundle size</h1>\n");
        if (report.bundles().isEmpty()) {
            h.append("<p>No callback runs in the browser, so there is no bundle.</p>");
        }
        for (SizeReport.Bundle b : report.bundles()) {
            h.append("<p><b>")
                    .append(esc(b.path()))
                    .append("</b>: ")
                    .append(kb(b.bytes()))
                    .append(" raw, <b>")
                    .append(kb(b.gzipBytes()))
                    .append(" gzip</b>")
                    .append(b.brotliBytes() >= 0 ? ", " + kb(b.brotliBytes()) + " brotli" : "")
                    .append("</p>\n");
        }
        long total = report.sharedBytes();
        for (SizeReport.CallbackSize c : report.callbacks()) {
            total += c.ownBytes();
        }
        if (total > 0) {
            h.append("<h2>Where the bytes go (raw)</h2>\n<div class=\"stack\">");
            StringBuilder legend = new StringBuilder("<div class=\"legend\">");
            segment(h, legend, "shared runtime", report.sharedBytes(), total, "#bab0ac");
            int i = 0;
            for (SizeReport.CallbackSize c : report.callbacks()) {
                if (c.function() != null) {
                    segment(h, legend, c.function(), c.ownBytes(), total, COLORS[i++ % (COLORS.length - 1)]);
                }
            }
            h.append("</div>").append(legend).append("</div>\n");
        }
        h.append("<h2>Callbacks</h2>\n<table><tr><th>callback</th><th>runs</th><th>own gzip</th><th></th>"
                + "<th>largest own classes</th></tr>\n");
        long max = 1;
        for (SizeReport.CallbackSize c : report.callbacks()) {
            max = Math.max(max, c.ownGzipBytes());
        }
        for (SizeReport.CallbackSize c : report.callbacks()) {
            String name = c.function() != null ? c.function() : c.method();
            h.append("<tr><td>")
                    .append(esc(name))
                    .append("</td><td>")
                    .append(c.runs())
                    .append("</td><td class=\"n\">")
                    .append(c.function() != null ? kb(c.ownGzipBytes()) : "-")
                    .append("</td><td><div class=\"bar\"" + " style=\"width:")
                    .append(Math.max(1, 300 * c.ownGzipBytes() / max))
                    .append("px\"></div></td><td>");
            for (SizeReport.SourceSize s : c.largest()) {
                h.append("<span title=\"")
                        .append(esc(String.join(" \u2192 ", s.why())))
                        .append("\">")
                        .append(esc(simple(s.source())))
                        .append(" ")
                        .append(kb(s.bytes()))
                        .append("</span>; ");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
        verification(h, report);
        h.append("<h2>Bytes per package and class (raw; hover for details)</h2>\n");
        treemap(h, report.sources());
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void segment(
            StringBuilder h, StringBuilder legend, String name, long bytes, long total, String color) {
        double pct = 100.0 * bytes / total;
        h.append("<div title=\"")
                .append(esc(name))
                .append(": ")
                .append(kb(bytes))
                .append("\" style=\"width:")
                .append(String.format(Locale.ROOT, "%.2f", pct))
                .append("%;background:")
                .append(color)
                .append("\"></div>");
        legend.append("<span><i class=\"sw\" style=\"background:")
                .append(color)
                .append("\"></i>")
                .append(esc(name))
                .append(" ")
                .append(kb(bytes))
                .append(String.format(Locale.ROOT, " (%.0f%%)", pct))
                .append("</span>");
    }

    /** A slice-and-dice treemap: packages as columns, their classes stacked inside. */
    private static void treemap(StringBuilder h, List<SizeReport.SourceSize> sources) {
        Map<String, List<SizeReport.SourceSize>> byPackage = new LinkedHashMap<>();
        long total = 0;
        for (SizeReport.SourceSize s : sources) {
            byPackage.computeIfAbsent(pkg(s.source()), k -> new ArrayList<>()).add(s);
            total += s.bytes();
        }
        if (total == 0) {
            return;
        }
        int width = 1060;
        int height = 420;
        h.append("<svg width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        List<Map.Entry<String, List<SizeReport.SourceSize>>> packages = new ArrayList<>(byPackage.entrySet());
        packages.sort((a, b) -> Long.compare(sum(b.getValue()), sum(a.getValue())));
        double x = 0;
        int color = 0;
        StringBuilder legend = new StringBuilder("<div class=\"legend\">");
        for (Map.Entry<String, List<SizeReport.SourceSize>> p : packages) {
            long pkgBytes = sum(p.getValue());
            double w = width * (double) pkgBytes / total;
            double y = 0;
            String fill = COLORS[color++ % COLORS.length];
            legend.append("<span><i class=\"sw\" style=\"background:")
                    .append(fill)
                    .append("\"></i>")
                    .append(esc(p.getKey()))
                    .append(" ")
                    .append(kb(pkgBytes))
                    .append("</span>");
            for (SizeReport.SourceSize s : p.getValue()) {
                double hgt = height * (double) s.bytes() / pkgBytes;
                h.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                                + " fill=\"%s\" stroke=\"#fff\"><title>%s: %s (%s)</title></rect>%n",
                        x,
                        y,
                        w,
                        hgt,
                        fill,
                        esc(s.source()),
                        kb(s.bytes()),
                        s.callbacks() == 0
                                ? "runtime"
                                : s.callbacks() + (s.callbacks() == 1 ? " callback" : " callbacks")));
                if (w > 60 && hgt > 14) {
                    h.append(String.format(
                            Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n",
                            x + 3,
                            y + 12,
                            esc(clip(simple(s.source()), (int) (w / 6.5)))));
                }
                y += hgt;
            }
            x += w;
        }
        h.append("</svg>\n")
                .append(legend)
                .append("</div>\n<p>(runtime) is TeaVM's own JavaScript and data that map"
                        + " to no Java source.</p>\n");
    }

    private static long sum(List<SizeReport.SourceSize> list) {
        return list.stream().mapToLong(SizeReport.SourceSize::bytes).sum();
    }

    private static String pkg(String source) {
        int dot = source.lastIndexOf('.');
        return dot > 0 && !source.startsWith("(") && !source.startsWith("adapter:")
                ? source.substring(0, dot)
                : "(jdash)";
    }

    private static String simple(String source) {
        int dot = source.lastIndexOf('.');
        return dot > 0 && !source.startsWith("(") ? source.substring(dot + 1) : source;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    private static String kb(long bytes) {
        return bytes < 10_000
                ? String.format(Locale.ROOT, "%,d B", bytes)
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
    }

    /** Per callback, the JDK methods its code calls: proven by jdash's conformance suite, or unverified. */
    private static void verification(StringBuilder h, SizeReport report) {
        if (report.verification().isEmpty()) {
            return;
        }
        h.append("<h2>Verification: JDK methods called from browser code</h2>\n<table><tr><th>callback</th>"
                + "<th>proven</th><th>unverified</th></tr>\n");
        for (SizeReport.CallbackSurface v : report.verification()) {
            h.append("<tr><td>")
                    .append(esc(v.method()))
                    .append("</td><td class=\"n\" title=\"")
                    .append(esc(String.join(", ", v.proven())))
                    .append("\">")
                    .append(v.proven().size())
                    .append("</td><td>")
                    .append(v.unverified().isEmpty() ? "-" : esc(String.join(", ", v.unverified())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
