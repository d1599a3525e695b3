package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the stream terminals and collectors dashboards aggregate with: grouping and
 * partitioning with downstream collectors, {@code toMap} with merge functions and duplicate keys, {@code teeing},
 * summary statistics and their texts, averages and sums of every kind (empty, NaN, infinities, large longs),
 * {@code reduce} forms, {@code min}/{@code max} with comparators, {@code Optional} chains, primitive streams'
 * {@code boxed}/{@code summaryStatistics}/{@code average}, and {@code Comparator} combinators with nulls. (Averages
 * of longs near {@code Long.MAX_VALUE} are left out: Java 17 prints some such doubles with a digit too many,
 * JDK-4511638, which the README's table states.) Compiled by
 * javac at test time and run on the JVM and in the browser on the same inputs: the answers, or the exception's class
 * and message, must be the JVM's. {@code -Djdash.collectors.seed=N} explores other programs; a disagreement's
 * source is in {@code target/collectors-<seed>.java}.
 */
class CollectorConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of("p", "zz", "", "k", "q", "Ab", "r");

    private static final List<String> WORD_SOURCES = List.of(
            "Stream.of(\"b\", \"a\", \"bb\", \"c\", \"a\", b)",
            "xs.stream()",
            "Stream.of(\"x\", \"yy\", \"x\", \"zzz\", \"yy\", \"x\").limit(a)",
            "Stream.<String>empty()",
            "Stream.of(b, b + b, \"\", \"e\").skip(a % 3)",
            "Arrays.stream(new String[] {\"m\", \"n\", \"m\", b, \"o\"}).filter(s -> !s.isEmpty())",
            "Stream.of(n, \"x\", b)",
            "Stream.of(\"x\", b, n).skip(a % 3)",
            "Stream.of(b, \"y\").map(s -> s.isEmpty() ? null : s)");

    private static final List<String> WORD_OPS = List.of(
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting())))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList())))",
            "out.append((Object) c.collect(Collectors.groupingBy(s -> s.isEmpty() ? \"-\" : s.substring(0, 1), TreeMap::new,"
                    + " Collectors.joining(\"+\", \"<\", \">\"))))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.mapping("
                    + "String::toUpperCase, Collectors.toCollection(TreeSet::new)))))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.summingInt("
                    + "String::length))))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.averagingInt("
                    + "String::length))))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.maxBy("
                    + "Comparator.<String>naturalOrder()))))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.reducing(\"\","
                    + " (x, y) -> x + y))))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.filtering(s -> "
                    + "s.compareTo(\"b\") > 0, Collectors.toList()))))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.flatMapping(s -> "
                    + "s.chars().boxed(), Collectors.toList()))))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.collectingAndThen("
                    + "Collectors.toList(), List::size))))",
            "out.append((Object) c.collect(Collectors.partitioningBy(s -> s.length() > 1)))",
            "out.append((Object) c.collect(Collectors.partitioningBy(s -> s.length() > 1, Collectors.counting())))",
            "out.append((Object) c.collect(Collectors.toMap(s -> s, String::length, Integer::sum, TreeMap::new)))",
            "out.append(new TreeMap<>(c.collect(Collectors.toMap(s -> s, String::length))))",
            "out.append((Object) c.collect(Collectors.toMap(String::length, s -> s, (x, y) -> y, LinkedHashMap::new)))",
            "out.append((Object) c.collect(Collectors.teeing(Collectors.counting(), Collectors.joining(), (n1, j) -> n1 + j)))",
            "out.append((Object) c.collect(Collectors.summarizingInt(String::length)))",
            "out.append((Object) c.collect(Collectors.summarizingLong(s -> s.length() * 3_000_000_000L)))",
            "out.append((Object) c.collect(Collectors.summarizingDouble(s -> s.length() / 3.0)))",
            "out.append((Object) c.collect(Collectors.averagingDouble(s -> s.length() * 0.1)))",
            "out.append((Object) c.collect(Collectors.averagingLong(s -> s.length() * 1_000_000_007L)))",
            "out.append((Object) c.collect(Collectors.summingDouble(s -> s.length() == 2 ? Double.NaN : 0.1)))",
            "out.append((Object) c.collect(Collectors.summingLong(s -> Long.MAX_VALUE / 3)))",
            "out.append((Object) c.collect(Collectors.joining(\", \", \"[\", \"]\")))",
            "out.append((Object) c.collect(Collectors.toCollection(ArrayDeque::new)))",
            "out.append((Object) c.collect(Collectors.minBy(Comparator.comparing(String::length).thenComparing("
                    + "Comparator.reverseOrder()))))",
            "out.append(c.reduce((x, y) -> x + \"|\" + y))",
            "out.append(c.reduce(\"#\", (x, y) -> x + y))",
            "out.append(c.reduce(0, (n1, s) -> n1 + s.length(), Integer::sum))",
            "out.append(c.max(Comparator.nullsLast(Comparator.comparing(String::length))))",
            "out.append(c.min(String.CASE_INSENSITIVE_ORDER).orElse(\"none\"))",
            "out.append(c.findFirst().map(String::toUpperCase).filter(s -> s.length() < 2).orElseGet(() -> \"?\"))",
            "out.append(c.findFirst().orElseThrow())",
            "out.append(c.sorted(Comparator.comparing(String::length).reversed()).collect(Collectors.toList()))",
            "out.append(c.distinct().sorted().collect(Collectors.joining()))",
            "out.append(c.mapToInt(String::length).summaryStatistics())",
            "out.append(c.mapToInt(String::length).average())",
            "out.append(c.mapToDouble(String::length).map(d -> d / 7).sum())",
            "out.append(c.mapToLong(String::length).map(l -> l * Long.MAX_VALUE).sum())",
            "out.append(c.anyMatch(String::isEmpty))",
            "out.append(c.takeWhile(s -> !s.isEmpty()).dropWhile(s -> s.length() < 2).collect(Collectors.toList()))",
            "out.append(c.flatMap(s -> Stream.of(s, s)).skip(1).limit(5).collect(Collectors.toList()))",
            "out.append(c.mapMulti((String s, java.util.function.Consumer<Object> sink) -> { sink.accept(s); "
                    + "sink.accept(s.length()); }).collect(Collectors.toList()))",
            "out.append((Object) c.collect(Collectors.groupingBy(String::length)).values().stream().mapToInt(List::size)"
                    + ".sum())",
            "out.append((Object) c.collect(Collectors.toUnmodifiableMap(s -> s, s -> 1, Integer::sum)).size())",
            "out.append(c.toArray(String[]::new).length)",
            "out.append(c.iterator().hasNext())",
            "out.append(c.count())",
            "out.append(c.findAny()).append(';')",
            "out.append(c.reduce((x, y) -> y.length() > 1 ? null : x + y))",
            "out.append(c.min(Comparator.nullsFirst(Comparator.<String>naturalOrder())))",
            "out.append(c.max(Comparator.nullsFirst(Comparator.<String>naturalOrder())))",
            "out.append(c.flatMap(s -> s == null || s.isEmpty() ? Stream.<String>empty() : Stream.of(s, null))"
                    + ".findFirst())",
            "out.append(c.filter(Objects::isNull).findFirst())",
            "out.append((Object) c.collect(Collectors.maxBy(Comparator.nullsFirst(Comparator.<String>naturalOrder()))))",
            "out.append((Object) c.collect(Collectors.reducing((x, y) -> null)))",
            "out.append(c.map(Optional::ofNullable).flatMap(Optional::stream).findFirst())");

    private static final List<String> NUMBER_OPS = List.of(
            "out.append(IntStream.rangeClosed(-a, a).summaryStatistics())",
            "out.append(IntStream.range(0, a * 3).parallel().map(i -> i * 2).sum()).append(IntStream.of(a, 1)"
                    + ".sequential().max())",
            "out.append(LongStream.rangeClosed(1, a).parallel().boxed().collect(Collectors.toList())).append("
                    + "LongStream.of(a).sequential().count())",
            "out.append(DoubleStream.of(1, 2, a).parallel().map(d -> d * 4).boxed().collect(Collectors.toList()))"
                    + ".append(DoubleStream.of(a).sequential().sum())",
            "out.append(xs.parallelStream().map(String::toUpperCase).collect(Collectors.joining(\",\")))",
            "out.append(IntStream.of(Integer.MAX_VALUE, a).sum()).append(IntStream.of(Integer.MAX_VALUE, a)"
                    + ".average())",
            "out.append(IntStream.empty().max()).append(IntStream.empty().average()).append(IntStream.empty()"
                    + ".summaryStatistics())",
            "out.append(LongStream.of(Long.MAX_VALUE, a).summaryStatistics().getSum()).append(LongStream.of(a, "
                    + "Long.MIN_VALUE).summaryStatistics().getMin())",
            "out.append(LongStream.of(3_000_000_000L, a, -7).summaryStatistics())",
            "out.append(LongStream.rangeClosed(1, a).reduce(1, (x, y) -> x * y))",
            "out.append(DoubleStream.of(0.1, 0.2, 0.3, a).sum()).append(DoubleStream.of(0.1, 0.2, 0.3, a)"
                    + ".average())",
            "out.append(DoubleStream.of(1e308, 1e308, -1e308).sum()).append(DoubleStream.of(1e308, 1e308).average())",
            "out.append(DoubleStream.of(Double.NaN, a).max()).append(DoubleStream.of(-0.0, 0.0).min())",
            "out.append(DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum())",
            "out.append(DoubleStream.of(1, 2, a).summaryStatistics())",
            "out.append(DoubleStream.empty().summaryStatistics()).append(LongStream.empty().summaryStatistics())",
            "out.append(Stream.of(1.5, 2.25, a * 1.0).collect(Collectors.summarizingDouble(d -> d)).getAverage())",
            "out.append((Object) Stream.of(1, 2, 3, a).collect(Collectors.averagingInt(i -> i)))",
            "out.append((Object) Stream.of(0.1, 0.2, 0.3).collect(Collectors.summingDouble(d -> d)))",
            "out.append(Stream.of(1e16, 1.0, -1e16).collect(Collectors.summingDouble(d -> d))).append(DoubleStream"
                    + ".of(1e16, 1.0, -1e16).sum())",
            "out.append((Object) IntStream.range(0, a * 3).boxed().collect(Collectors.partitioningBy(i -> i % 2 == 0, "
                    + "Collectors.summingInt(i -> i))))",
            "out.append((Object) IntStream.range(0, 10).boxed().collect(Collectors.groupingBy(i -> i % (a + 1), TreeMap::new, "
                    + "Collectors.mapping(i -> i * i, Collectors.toList()))))",
            "out.append(IntStream.iterate(a, i -> i < 50, i -> i * 2 + 1).boxed().collect(Collectors.toList()))",
            "out.append(IntStream.range(0, a).mapToObj(i -> \"v\" + i).collect(Collectors.joining(\",\")))",
            "out.append(IntStream.of(3, 1, 2, a).sorted().boxed().collect(Collectors.toList()))",
            "out.append(IntStream.of(a, -a, 7).map(Math::abs).distinct().count())",
            "out.append(IntStream.of(1, 2, 3).mapToObj(Integer::toString).reduce(\"\", String::concat))",
            "out.append(new IntSummaryStatistics().getMin()).append(new DoubleSummaryStatistics().getMax())",
            "IntSummaryStatistics s = new IntSummaryStatistics(); s.accept(a); s.accept(-3); s.combine(IntStream.of(9)"
                    + ".summaryStatistics()); out.append(s)",
            "out.append(Optional.ofNullable(n).map(String::length).orElse(-1)).append(Optional.empty())",
            "out.append(Optional.of(a).filter(i -> i > 2).or(() -> Optional.of(0)).get())",
            "out.append(Optional.ofNullable(n).stream().count()).append(OptionalInt.of(a)).append(OptionalDouble"
                    + ".empty())",
            "out.append(Optional.ofNullable(n).orElseThrow(() -> new IllegalStateException(\"no \" + a)))",
            "out.append(Optional.empty().get())",
            "out.append(OptionalInt.empty().getAsInt())",
            "out.append(Optional.of(\"v\").flatMap(v -> Optional.ofNullable(n)).isPresent())",
            "Optional.ofNullable(n).ifPresentOrElse(v -> out.append(\"has \").append(v), () -> out.append(\"none\"))",
            "out.append(Optional.of(b).equals(Optional.of(b))).append(Optional.of(b).hashCode()).append(Optional"
                    + ".of(b))",
            "List<String> l = new ArrayList<>(xs); l.add(null); l.sort(Comparator.nullsFirst(Comparator"
                    + ".<String>naturalOrder()).reversed()); out.append(l)",
            "List<String> l = new ArrayList<>(xs); l.sort(Comparator.comparing(String::length).thenComparing("
                    + "Function.identity(), Comparator.reverseOrder())); out.append(l)",
            "List<String> l = new ArrayList<>(xs); l.sort(Comparator.comparingInt(String::length).reversed()"
                    + ".thenComparing(Comparator.naturalOrder())); out.append(l)",
            "List<String> l = new ArrayList<>(xs); l.add(null); l.sort(Comparator.naturalOrder()); out.append(l)",
            "out.append(Comparator.<Integer>reverseOrder().compare(a, 3)).append(Comparator.<String>nullsLast("
                    + "Comparator.naturalOrder()).compare(null, b))",
            "out.append(Map.Entry.<String, Integer>comparingByValue().reversed().compare(Map.entry(\"x\", a), "
                    + "Map.entry(\"y\", 2)))",
            "out.append(Collections.max(xs, Comparator.comparing(String::length))).append(Collections.min(xs))");

    private static final List<Kind> KINDS =
            List.of(new Kind(6, "Stream<String>", WORD_SOURCES, WORD_OPS), new Kind(4, "", List.of(), NUMBER_OPS));

    private static final List<String> IMPORTS = List.of("java.util.function.*");

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261251, false", "20261252, true"})
    void collectors_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.collectors.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.collect",
                "CollectCallbacks",
                CollectionViewGenerator.source(
                        seed, "com.example.collect", "CollectCallbacks", CALLBACKS, KINDS, IMPORTS),
                "collectors-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
