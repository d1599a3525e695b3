package io.jdash.compiler.report;

import com.google.debugging.sourcemap.FilePosition;
import com.google.debugging.sourcemap.SourceMapConsumerV3;
import com.google.debugging.sourcemap.SourceMapParseException;
import io.jdash.contract.Manifest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Attributes the bytes of a bundle to Java classes through its source map (as source-map-explorer does for JS),
 * then to callbacks through TeaVM's call graph: the code of a class that only one callback reaches is that
 * callback's own; everything else is shared.
 */
public final class SizeAttribution {
    private static final String CLASSLIB = "org/teavm/classlib/";
    /** Sources that every bundle carries: counted as shared runtime, however many callbacks reach them. */
    private static final String[] RUNTIME_PREFIXES = {"io.jdash.runtime.", "io.jdash.api.", "org.teavm."};

    static final String RUNTIME = "(runtime)";

    /** Bytes per source class, and which generated-entry lines belong to which callback. */
    private final Map<String, StringBuilder> codeBySource = new TreeMap<>();

    private SizeAttribution() {}

    /**
     * Attributes {@code code}.
     *
     * @param map the V3 source map of {@code code}
     * @param reachable for each callback function, the top-level classes it reaches
     * @param entrySource the generated entry class's source file, e.g. {@code io/jdash/generated/JdashEntry.java}
     * @param entryLines for each callback function, the first and last line of its adapter in that file
     * @param methods for each callback function, its manifest method key
     */
    public static List<SizeReport.CallbackSize> attribute(
            String code,
            String map,
            io.jdash.compiler.teavm.Reachability reachability,
            String entrySource,
            Map<String, int[]> entryLines,
            Map<String, String> methods,
            List<SizeReport.SourceSize> sourcesOut,
            long[] shared) {
        SizeAttribution a = new SizeAttribution();
        a.collect(code, map, entrySource, entryLines);
        Map<String, Set<String>> reachable = reachability.classesByFunction();
        Map<String, Integer> reachCount = new HashMap<>();
        Map<String, String> soleOwner = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : reachable.entrySet()) {
            for (String cls : e.getValue()) {
                reachCount.merge(cls, 1, Integer::sum);
                soleOwner.put(cls, e.getKey());
            }
        }
        Map<String, StringBuilder> own = new LinkedHashMap<>();
        Map<String, List<SizeReport.SourceSize>> ownSources = new LinkedHashMap<>();
        for (String fn : methods.keySet()) {
            own.put(fn, new StringBuilder());
            ownSources.put(fn, new ArrayList<>());
        }
        StringBuilder sharedCode = new StringBuilder();
        for (Map.Entry<String, StringBuilder> e : a.codeBySource.entrySet()) {
            String source = e.getKey();
            String owner = null;
            int count;
            if (source.startsWith("adapter:")) {
                owner = source.substring("adapter:".length());
                count = 1;
            } else {
                count = reachCount.getOrDefault(source, 0);
                if (count == 1 && !isRuntime(source)) {
                    owner = soleOwner.get(source);
                }
            }
            SizeReport.SourceSize size =
                    new SizeReport.SourceSize(source, e.getValue().length(), count, List.of());
            sourcesOut.add(size);
            if (owner != null && own.containsKey(owner)) {
                own.get(owner).append(e.getValue());
                ownSources
                        .get(owner)
                        .add(new SizeReport.SourceSize(
                                source, e.getValue().length(), count, reachability.chain(owner, source)));
            } else {
                sharedCode.append(e.getValue());
            }
        }
        sourcesOut.sort(Comparator.comparingLong(SizeReport.SourceSize::bytes)
                .reversed()
                .thenComparing(SizeReport.SourceSize::source));
        shared[0] = sharedCode.length();
        shared[1] = Compression.gzip(sharedCode.toString().getBytes(StandardCharsets.UTF_8));
        List<SizeReport.CallbackSize> result = new ArrayList<>();
        for (Map.Entry<String, String> e : methods.entrySet()) {
            String fn = e.getKey();
            String ownCode = own.get(fn).toString();
            List<SizeReport.SourceSize> largest = new ArrayList<>(ownSources.get(fn));
            largest.sort(Comparator.comparingLong(SizeReport.SourceSize::bytes).reversed());
            result.add(new SizeReport.CallbackSize(
                    fn,
                    e.getValue(),
                    Manifest.Runs.BROWSER.wireName(),
                    ownCode.length(),
                    ownCode.isEmpty() ? 0 : Compression.gzip(ownCode.getBytes(StandardCharsets.UTF_8)),
                    largest.subList(0, Math.min(5, largest.size()))));
        }
        return result;
    }

    private static boolean isRuntime(String source) {
        if (source.equals(RUNTIME)) {
            return true;
        }
        for (String prefix : RUNTIME_PREFIXES) {
            if (source.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private void collect(String code, String map, String entrySource, Map<String, int[]> entryLines) {
        int[] lineStarts = lineStarts(code);
        SourceMapConsumerV3 consumer = new SourceMapConsumerV3();
        try {
            consumer.parse(map);
        } catch (SourceMapParseException e) {
            throw new IllegalStateException("cannot read the bundle's source map: " + e.getMessage(), e);
        }
        boolean[] covered = new boolean[code.length()];
        consumer.visitMappings((sourceName, symbolName, sourceStart, start, end) -> {
            int from = offset(lineStarts, start, code.length());
            int to = offset(lineStarts, end, code.length());
            if (to <= from) {
                return;
            }
            String key = sourceKey(sourceName, sourceStart, entrySource, entryLines);
            codeBySource.computeIfAbsent(key, k -> new StringBuilder()).append(code, from, to);
            for (int i = from; i < to; i++) {
                covered[i] = true;
            }
        });
        StringBuilder unmapped = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (!covered[i]) {
                unmapped.append(code.charAt(i));
            }
        }
        if (unmapped.length() > 0) {
            codeBySource.computeIfAbsent(RUNTIME, k -> new StringBuilder()).append(unmapped);
        }
    }

    private static String sourceKey(
            String sourceName, FilePosition sourceStart, String entrySource, Map<String, int[]> entryLines) {
        String name = sourceName;
        if (!name.endsWith(".java")) {
            return RUNTIME; // TeaVM's own JS runtime and the dash wrapper
        }
        if (name.equals(entrySource) || name.endsWith("/" + entrySource)) {
            int line = sourceStart.getLine() + 1;
            for (Map.Entry<String, int[]> e : entryLines.entrySet()) {
                if (line >= e.getValue()[0] && line <= e.getValue()[1]) {
                    return "adapter:" + e.getKey();
                }
            }
        }
        return className(name);
    }

    /** {@code org/teavm/classlib/java/util/THashMap.java} to {@code java.util.HashMap}. */
    static String className(String source) {
        String s = source.endsWith(".java") ? source.substring(0, source.length() - 5) : source;
        int classlib = s.indexOf(CLASSLIB);
        if (classlib >= 0) {
            String rest = s.substring(classlib + CLASSLIB.length());
            if (!rest.startsWith("java/")) {
                return s.substring(classlib).replace('/', '.');
            }
            s = rest;
            int slash = s.lastIndexOf('/');
            String simple = s.substring(slash + 1);
            if (simple.length() > 1 && simple.charAt(0) == 'T' && Character.isUpperCase(simple.charAt(1))) {
                s = s.substring(0, slash + 1) + simple.substring(1);
            }
        }
        return s.replace('/', '.');
    }

    private static int[] lineStarts(String code) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int offset(int[] lineStarts, FilePosition p, int length) {
        if (p.getLine() >= lineStarts.length) {
            return length;
        }
        return Math.min(length, lineStarts[p.getLine()] + p.getColumn());
    }
}
