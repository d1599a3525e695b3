package io.jdash.compiler.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A Markdown comparison of two size reports, in the spirit of size-limit and bundlewatch: what grew, by how much. */
public final class BaselineDiff {
    private BaselineDiff() {}

    /** The Markdown text. */
    public static String render(SizeReport before, SizeReport after) {
        StringBuilder md = new StringBuilder("# jdash bundle size: changes against the baseline\n\n");
        long gzipBefore = before.bundles().stream()
                .mapToLong(SizeReport.Bundle::gzipBytes)
                .sum();
        long gzipAfter =
                after.bundles().stream().mapToLong(SizeReport.Bundle::gzipBytes).sum();
        long rawBefore =
                before.bundles().stream().mapToLong(SizeReport.Bundle::bytes).sum();
        long rawAfter =
                after.bundles().stream().mapToLong(SizeReport.Bundle::bytes).sum();
        md.append("| | baseline | now | change |\n|---|---:|---:|---:|\n");
        row(md, "bundle (gzip)", gzipBefore, gzipAfter);
        row(md, "bundle (raw)", rawBefore, rawAfter);
        row(md, "shared runtime (gzip)", before.sharedGzipBytes(), after.sharedGzipBytes());

        md.append("\n## Callbacks (own code, gzip)\n\n| callback | baseline | now | change |\n|---|---:|---:|---:|\n");
        Map<String, SizeReport.CallbackSize> old = byMethod(before);
        Map<String, SizeReport.CallbackSize> now = byMethod(after);
        Set<String> methods = new LinkedHashSet<>(now.keySet());
        methods.addAll(old.keySet());
        for (String m : methods) {
            SizeReport.CallbackSize a = old.get(m);
            SizeReport.CallbackSize b = now.get(m);
            String name = b != null ? label(b) : label(a);
            if (a == null) {
                md.append("| ")
                        .append(name)
                        .append(" | new | ")
                        .append(bytes(b.ownGzipBytes()))
                        .append(" | + |\n");
            } else if (b == null) {
                md.append("| ")
                        .append(name)
                        .append(" | ")
                        .append(bytes(a.ownGzipBytes()))
                        .append(" | removed | - |\n");
            } else {
                row(md, name, a.ownGzipBytes(), b.ownGzipBytes());
            }
        }

        md.append("\n## What grew most (raw bytes per class)\n\n| class | baseline | now | change |\n"
                + "|---|---:|---:|---:|\n");
        Map<String, Long> oldSources = new LinkedHashMap<>();
        before.sources().forEach(s -> oldSources.put(s.source(), s.bytes()));
        List<long[]> growth = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (SizeReport.SourceSize s : after.sources()) {
            long was = oldSources.getOrDefault(s.source(), 0L);
            if (s.bytes() > was) {
                growth.add(new long[] {was, s.bytes()});
                names.add(s.source());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < growth.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Long.compare(growth.get(y)[1] - growth.get(y)[0], growth.get(x)[1] - growth.get(x)[0]));
        for (int i : order.subList(0, Math.min(10, order.size()))) {
            row(md, names.get(i), growth.get(i)[0], growth.get(i)[1]);
        }
        if (order.isEmpty()) {
            md.append("| (nothing grew) | | | |\n");
        }
        return md.toString();
    }

    private static Map<String, SizeReport.CallbackSize> byMethod(SizeReport report) {
        Map<String, SizeReport.CallbackSize> map = new LinkedHashMap<>();
        report.callbacks().forEach(c -> map.put(c.method(), c));
        return map;
    }

    private static String label(SizeReport.CallbackSize c) {
        return c.function() != null ? c.function() : c.method() + " (server)";
    }

    private static void row(StringBuilder md, String name, long before, long after) {
        long d = after - before;
        String change = d == 0
                ? "0"
                : (d > 0 ? "+" : "")
                        + String.format(Locale.ROOT, "%,d B", d)
                        + (before > 0 ? String.format(Locale.ROOT, " (%+.1f%%)", 100.0 * d / before) : "");
        md.append("| ")
                .append(name)
                .append(" | ")
                .append(bytes(before))
                .append(" | ")
                .append(bytes(after))
                .append(" | ")
                .append(change)
                .append(" |\n");
    }

    private static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d B", n);
    }
}
