package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the intermediate stream operations pipelines are built of, on object and primitive
 * streams: {@code takeWhile}/{@code dropWhile}, {@code iterate} (two and three arguments), {@code generate},
 * {@code mapMulti}, {@code flatMap}, {@code distinct} and {@code sorted} (stability, nulls, comparators),
 * {@code skip}/{@code limit} with zero and negative counts, {@code peek} order, {@code boxed}, conversions between
 * kinds, {@code range}/{@code rangeClosed} at the int ends, {@code concat}, {@code anyMatch}/{@code allMatch} on
 * empty streams, {@code toArray}, {@code iterator}, reuse of a consumed stream, and terminal operations' answers.
 * Compiled by javac at test time and run on the JVM and in the browser on the same inputs: the answers, or the
 * exception's class and message, must be the JVM's. {@code -Djdash.streamops.seed=N} explores other programs; a
 * disagreement's source is in {@code target/streamops-<seed>.java}.
 */
class StreamOpsConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of("bb", "", "a", "ccc", "b", "Ab", "zz");

    private static final List<String> OBJECT_SOURCES = List.of(
            "Stream.of(\"b\", \"a\", \"bb\", \"c\", \"a\", b)",
            "xs.stream()",
            "Stream.<String>empty()",
            "Stream.iterate(\"x\", s -> s + a).limit(a + 1)",
            "Stream.iterate(b, s -> s.length() < 6, s -> s + \"y\")",
            "Stream.generate(() -> b).limit(a)",
            "Stream.concat(Stream.of(b), xs.stream())",
            "Arrays.asList(\"q\", null, b, \"q\").stream()",
            "Stream.of(b.split(\"\"))");

    private static final List<String> OBJECT_OPS = List.of(
            "out.append(c.takeWhile(s -> !s.equals(\"c\")).collect(Collectors.toList()))",
            "out.append(c.dropWhile(s -> s.length() < 2).collect(Collectors.toList()))",
            "out.append(c.skip(a).collect(Collectors.toList()))",
            "out.append(c.skip(-a).count())",
            "out.append(c.limit(a - 2).count())",
            "out.append(c.distinct().collect(Collectors.toList()))",
            "out.append(c.sorted().collect(Collectors.toList()))",
            "out.append(c.sorted(Comparator.nullsFirst(Comparator.comparing(String::length))).collect(Collectors"
                    + ".toList()))",
            "out.append(c.sorted(Comparator.comparing(String::length)).collect(Collectors.toList()))",
            "List<String> seen = new ArrayList<>(); out.append(c.peek(seen::add).filter(s -> s != null && s.length() >"
                    + " 0).findFirst()).append(seen)",
            "List<String> seen = new ArrayList<>(); out.append(c.peek(seen::add).limit(2).count()).append(seen)",
            "out.append(c.<String>mapMulti((s, sink) -> { sink.accept(s); if (s != null && s.length() > 1) {"
                    + " sink.accept(s.toUpperCase()); } }).collect(Collectors.toList()))",
            "out.append(c.flatMap(s -> s == null ? null : Stream.of(s, s)).collect(Collectors.toList()))",
            "out.append(c.flatMapToInt(s -> s == null ? IntStream.empty() : s.chars()).sum())",
            "out.append(c.map(s -> s == null ? 0 : s.length()).reduce(0, Integer::sum))",
            "out.append(c.anyMatch(s -> \"a\".equals(s))).append(c.isParallel())",
            "out.append(c.allMatch(s -> s != null)).append(Stream.empty().allMatch(s -> false)).append(Stream.empty()"
                    + ".noneMatch(s -> true))",
            "out.append(Arrays.toString(c.toArray())).append(Arrays.toString(Stream.of(b).toArray(String[]::new)))",
            "Iterator<String> it = c.iterator(); for (int i = 0; i <= a; i++) { out.append(it.next()); }",
            "Stream<String> d = c; d.count(); d.count()",
            "Stream<String> d = c.filter(s -> true); c.count()",
            "out.append(c.min(Comparator.nullsLast(Comparator.naturalOrder()))).append(Stream.of(b, \"m\").max("
                    + "Comparator.naturalOrder()))",
            "out.append(c.collect(Collectors.toUnmodifiableList()))",
            "out.append(c.toList())",
            "out.append(c.filter(Objects::nonNull).collect(Collectors.joining(\",\", \"[\", \"]\")))",
            "out.append(c.mapToInt(s -> s == null ? -1 : s.length()).summaryStatistics())",
            "out.append(c.onClose(() -> out.append(\"closed\")).count())",
            "try (Stream<String> d = c.onClose(() -> out.append(\"closed \"))) { out.append(d.count()); }",
            "out.append(c.unordered().sequential().collect(Collectors.toList()))",
            "out.append(c.map(s -> s + \"!\").skip(1).limit(2).collect(Collectors.toList()))",
            "out.append(Stream.iterate(1, i -> i * 3).takeWhile(i -> i < 1000 * a).collect(Collectors.toList()))",
            "out.append(Stream.iterate(1, i -> i <= a * 4, i -> i + 2).mapToInt(Integer::intValue).sum())",
            "out.append(c.sorted(Comparator.reverseOrder()).limit(3).collect(Collectors.toList()))");

    private static final List<String> INT_SOURCES = List.of(
            "IntStream.range(0, a * 3)",
            "IntStream.rangeClosed(-a, a)",
            "IntStream.of(5, 3, a, 3, -a, 9)",
            "IntStream.empty()",
            "IntStream.range(Integer.MAX_VALUE - a, Integer.MAX_VALUE)",
            "IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE)",
            "IntStream.iterate(a, i -> i * 2).limit(6)",
            "IntStream.iterate(1, i -> i < 100, i -> i * (a + 2))",
            "IntStream.generate(() -> a).limit(a)",
            "b.chars()",
            "IntStream.concat(IntStream.of(a), IntStream.range(0, 3))");

    private static final List<String> INT_OPS = List.of(
            "out.append(c.takeWhile(i -> i < 4).boxed().collect(Collectors.toList()))",
            "out.append(c.dropWhile(i -> i < 4).boxed().collect(Collectors.toList()))",
            "out.append(c.sum()).append(' ').append(c.count())",
            "out.append(c.average()).append(' ')",
            "out.append(c.summaryStatistics())",
            "out.append(c.max()).append(' ').append(IntStream.empty().min())",
            "out.append(Arrays.toString(c.distinct().sorted().toArray()))",
            "out.append(Arrays.toString(c.map(i -> i * i).filter(i -> i % 2 == 0).toArray()))",
            "out.append(c.asLongStream().map(l -> l * Integer.MAX_VALUE).sum())",
            "out.append(c.asDoubleStream().map(d -> d / 3).sum())",
            "out.append(c.mapToObj(Integer::toHexString).collect(Collectors.joining(\"|\")))",
            "out.append(c.skip(a).limit(2).boxed().collect(Collectors.toList()))",
            "out.append(c.limit(-a).count())",
            "out.append(c.skip(-1).count())",
            "out.append(c.reduce(Integer::max)).append(' ').append(c.reduce(7, (x, y) -> x * 31 + y))",
            "out.append(c.anyMatch(i -> i > 3)).append(c.allMatch(i -> i > 3)).append(c.noneMatch(i -> i > 3))",
            "out.append(c.findFirst()).append(' ').append(IntStream.empty().findAny())",
            "PrimitiveIterator.OfInt it = c.iterator(); for (int i = 0; i <= a; i++) { out.append(it.nextInt()).append"
                    + "(','); }",
            "out.append(c.mapMulti((i, sink) -> { if (i % 2 == 0) { sink.accept(i); sink.accept(-i); } }).boxed()"
                    + ".collect(Collectors.toList()))",
            "out.append(c.flatMap(i -> IntStream.range(0, Math.abs(i) % 3)).count())",
            "out.append(c.boxed().sorted(Comparator.reverseOrder()).collect(Collectors.toList()))",
            "out.append((Object) c.collect(StringBuilder::new, (sb, i) -> sb.append(i).append(';'), StringBuilder::append))",
            "IntStream d = c; d.sum(); d.sum()",
            "out.append(c.peek(i -> out.append('<').append(i).append('>')).limit(2).sum())",
            "out.append(c.mapToLong(i -> (long) i * i).max()).append(' ').append(c.asDoubleStream().max())",
            "out.append(c.sorted().skip(1).findFirst())");

    private static final List<Kind> KINDS = List.of(
            new Kind(6, "Stream<String>", OBJECT_SOURCES, OBJECT_OPS), new Kind(5, "IntStream", INT_SOURCES, INT_OPS));

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261281, false", "20261282, true"})
    void streamOps_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.streamops.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.streamops",
                "StreamOpsCallbacks",
                CollectionViewGenerator.source(seed, "com.example.streamops", "StreamOpsCallbacks", CALLBACKS, KINDS),
                "streamops-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
