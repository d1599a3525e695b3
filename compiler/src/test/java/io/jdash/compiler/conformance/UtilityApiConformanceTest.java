package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the utility APIs callbacks lean on: {@code Arrays} (sort, fill, copy, search, compare,
 * mismatch, set-all and prefix operations over whole arrays and ranges, with ranges that are empty, reversed or out of
 * bounds), {@code System.arraycopy}, {@code Objects}' checks and combinators, {@code Optional} and its primitive
 * forms, iterators and list iterators of the common collections (past the end, remove and set out of turn,
 * modification while iterating, {@code CopyOnWriteArrayList} and its sub-lists; not yet the iterators of
 * {@code ArrayList}'s sub-lists or {@code AbstractList}'s list iterator, whose differences are known and open),
 * {@code Collections}' algorithms, and enums ({@code EnumSet}, {@code EnumMap},
 * {@code valueOf}). Compiled by javac at test time and run on the JVM and in the browser on the same inputs: the
 * answers, or the exception's class and message, must be the JVM's. {@code -Djdash.utilities.seed=N} explores other
 * programs; a disagreement's source is in {@code target/utilities-<seed>.java}.
 */
class UtilityApiConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS =
            List.of("MONDAY", "x", "", "HALF_UP", "q", "FRIDAY", "monday", "r", "SECONDS");

    private static final List<String> ARRAY_SOURCES = List.of(
            "new int[] {3, 1, 2}",
            "new int[a]",
            "new int[] {a, -a, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, a}",
            "IntStream.range(0, a * 3).map(i -> (i * 7) % 5).toArray()",
            "new int[] {5, 4, 3, 2, 1, 0, -1}",
            "b.chars().toArray()");

    private static final List<String> ARRAY_OPS = List.of(
            "Arrays.sort(c, a, 3); out.append(Arrays.toString(c))",
            "Arrays.sort(c, 1, a); out.append(Arrays.toString(c))",
            "Arrays.fill(c, 1, a, 9); out.append(Arrays.toString(c))",
            "Arrays.fill(c, a, 2, 7); out.append(Arrays.toString(c))",
            "out.append(Arrays.toString(Arrays.copyOf(c, a - 2)))",
            "out.append(Arrays.toString(Arrays.copyOfRange(c, a, 4)))",
            "out.append(Arrays.toString(Arrays.copyOfRange(c, 2, a)))",
            "out.append(Arrays.toString(Arrays.copyOfRange(c, -a, 1)))",
            "Arrays.sort(c); out.append(Arrays.binarySearch(c, a)).append(' ').append(Arrays.binarySearch(c, -100))"
                    + ".append(' ').append(Arrays.binarySearch(c, Integer.MAX_VALUE))",
            "Arrays.sort(c); out.append(Arrays.binarySearch(c, 1, a, 2))",
            "out.append(Arrays.equals(c, new int[] {3, 1, 2})).append(Arrays.hashCode(c)).append(' ')"
                    + ".append(Arrays.hashCode((int[]) null))",
            "out.append(Arrays.stream(c, 1, a).sum())",
            "out.append(Arrays.stream(c).boxed().collect(Collectors.toList()))",
            "out.append(Arrays.mismatch(c, new int[] {3, 1, 2, 0})).append(' ').append(Arrays.compare(c, new int[] {3,"
                    + " 1}))",
            "out.append(Arrays.equals(c, 0, a, new int[] {3, 1, 2, 4, 5, 6}, 0, a))",
            "out.append(Arrays.mismatch(c, 1, a, new int[] {1, 2}, 0, 2))",
            "Arrays.setAll(c, i -> i * a - 1); out.append(Arrays.toString(c))",
            "Arrays.parallelPrefix(c, Integer::sum); out.append(Arrays.toString(c))",
            "Arrays.parallelPrefix(c, 1, a, (x, y) -> x * 2 + y); out.append(Arrays.toString(c))",
            "int[] d = new int[4]; System.arraycopy(c, a, d, 0, 3); out.append(Arrays.toString(d))",
            "int[] d = new int[4]; System.arraycopy(c, 0, d, a, 2); out.append(Arrays.toString(d))",
            "System.arraycopy(c, 0, c, 1, Math.min(a, c.length - 1)); out.append(Arrays.toString(c))",
            "System.arraycopy(c, 0, new long[4], 0, 1)",
            "System.arraycopy(c, -a, new int[4], 0, 1); out.append(\"ok\")",
            "System.arraycopy(c, 0, new int[4], 0, -a); out.append(\"ok\")",
            "System.arraycopy(null, 0, c, 0, 0)",
            "Object[] from = {a, \"s\", null, 2}; Integer[] to = new Integer[5]; try { System.arraycopy(from, a % 2, to,"
                    + " 1, 4 - a % 2); } finally { out.append(Arrays.toString(to)); }",
            "Object[] from = a % 2 == 0 ? new String[] {null, \"s\"} : new String[2]; Integer[] to = {7, 8}; try {"
                    + " System.arraycopy(from, 0, to, 0, 2); } finally { out.append(Arrays.toString(to)); }",
            "Object[][] from = {new Integer[] {a}, new String[0], null}; Integer[][] to = new Integer[3][]; try {"
                    + " System.arraycopy(from, 0, to, 0, 3); } finally { out.append(to[0] == from[0]).append(to[1]); }",
            "Number[] from = {a, 1.5, (long) a}; Comparable<?>[] to = new Integer[3]; System.arraycopy(from, 0, to, 0,"
                    + " 1); out.append(Arrays.toString(to)); System.arraycopy(from, 0, to, 0, 3)",
            "int[] d = c.clone(); d[0] = 42; out.append(c[0]).append(' ').append(d.length)",
            "out.append(c[a]).append(' ').append(c.length)",
            "out.append(c[-a])",
            "c[a * 2] = 1; out.append(Arrays.toString(c))",
            "out.append(IntStream.of(c).max()).append(' ').append(IntStream.of(c).average())"
                    + ".append(' ').append(IntStream.of(c).summaryStatistics())",
            "Integer[] d = Arrays.stream(c).boxed().toArray(Integer[]::new); Arrays.sort(d, Collections.reverseOrder());"
                    + " out.append(Arrays.toString(d))",
            "Integer[] d = Arrays.stream(c).boxed().toArray(Integer[]::new); Arrays.sort(d, a, 2,"
                    + " Comparator.naturalOrder()); out.append(Arrays.toString(d))",
            "List<Integer> l = Arrays.stream(c).boxed().collect(Collectors.toList()); Collections.rotate(l, a - 2);"
                    + " out.append(l)",
            "double[] d = {a - 2.0, -0.0, 0.0, Double.NaN, -a, Double.NEGATIVE_INFINITY}; Arrays.sort(d);"
                    + " out.append(Arrays.toString(d)).append(Arrays.binarySearch(d, -0.0)).append(Arrays.binarySearch(d,"
                    + " Double.NaN))",
            "long[] d = Arrays.stream(c).asLongStream().toArray(); Arrays.sort(d); out.append(Arrays.toString(d))"
                    + ".append(Arrays.binarySearch(d, 0L))",
            "char[] d = b.toCharArray(); Arrays.sort(d); out.append(new String(d)).append(Arrays.toString(d))",
            "String[] d = {b, \"a\", null}; out.append(Arrays.toString(d)).append(Arrays.asList(d).indexOf(null))"
                    + ".append(Arrays.deepToString(new Object[] {d, c}).length())",
            "out.append(Arrays.deepEquals(new Object[] {c}, new Object[] {c.clone()})).append(Arrays.deepHashCode("
                    + "new Object[] {c}) == Arrays.deepHashCode(new Object[] {c.clone()}))",
            "List<Integer> l = Arrays.asList(1, 2, a); l.set(0, 9); out.append(l); l.add(3)",
            "List<Integer> l = Arrays.asList(1, 2, a); out.append(l.remove(0))",
            "out.append(Arrays.asList(c).size()).append(Arrays.asList(1, 2).contains(a))");

    private static final List<String> OBJECT_OPS = List.of(
            "out.append(Objects.checkIndex(a, 3))",
            "out.append(Objects.checkFromToIndex(a, 3, 4))",
            "out.append(Objects.checkFromIndexSize(a, 2, 4))",
            "out.append(Objects.checkIndex(-a, 0))",
            "out.append(Objects.requireNonNull(n, \"the text\"))",
            "out.append(Objects.requireNonNull(n, () -> \"made \" + a))",
            "out.append(Objects.requireNonNullElse(n, \"fallback\"))",
            "out.append((Object) Objects.requireNonNullElse(n, null))",
            "out.append(Objects.requireNonNullElseGet(n, () -> \"got\"))",
            "out.append((Object) Objects.requireNonNullElseGet(n, () -> null))",
            "out.append(Objects.hash(a, b, null)).append(' ').append(Objects.hash()).append(' ')"
                    + ".append(Objects.hashCode(n))",
            "out.append(Objects.equals(n, b)).append(Objects.deepEquals(new int[] {a}, new int[] {a}))"
                    + ".append(Objects.isNull(n)).append(Objects.nonNull(n))",
            "out.append(Objects.compare(n, \"m\", Comparator.nullsFirst(Comparator.naturalOrder())))",
            "out.append(Objects.toString(n, \"d\")).append(Objects.toString(null))",
            "out.append(Optional.ofNullable(n).map(String::length).orElse(-1))",
            "out.append(Optional.ofNullable(n).flatMap(s -> s.isEmpty() ? Optional.empty() : Optional.of(s.charAt(0)))"
                    + ".orElseGet(() -> '?'))",
            "out.append(Optional.ofNullable(n).or(() -> Optional.of(\"other\")).get())",
            "out.append(Optional.ofNullable(n).stream().count()).append(Optional.ofNullable(n).isEmpty())",
            "Optional.ofNullable(n).ifPresentOrElse(s -> out.append(\"has \").append(s), () -> out.append(\"none\"))",
            "out.append(Optional.ofNullable(n).filter(s -> s.length() > 1))",
            "out.append(Optional.ofNullable(n).orElseThrow(() -> new IllegalStateException(\"absent \" + a)))",
            "out.append(Optional.ofNullable(n).orElseThrow())",
            "out.append(Optional.of(n))",
            "out.append(Optional.empty().get())",
            "out.append(Optional.ofNullable(n).map(s -> (String) null))",
            "out.append(Optional.of(a).equals(Optional.of(a))).append(Optional.of(b).hashCode() == b.hashCode())"
                    + ".append(Optional.empty().hashCode())",
            "out.append(OptionalInt.of(a)).append(' ').append(OptionalInt.empty()).append(' ')"
                    + ".append(OptionalInt.of(a).orElseThrow())",
            "out.append(OptionalInt.empty().getAsInt())",
            "out.append(OptionalDouble.empty().orElseThrow())",
            "out.append(OptionalDouble.of(-0.0)).append(' ').append(OptionalDouble.of(a / 3.0)).append(' ')"
                    + ".append(OptionalLong.of(-a)).append(' ').append(OptionalDouble.of(Double.NaN).equals("
                    + "OptionalDouble.of(Double.NaN)))",
            "out.append(OptionalLong.empty().orElseThrow(() -> new ArithmeticException(\"none\")))",
            "OptionalInt.of(a).ifPresentOrElse(i -> out.append(i * 2), () -> out.append(\"-\")); out.append(OptionalInt"
                    + ".of(a).stream().sum())");

    private static final List<String> ITERATOR_SOURCES = List.of(
            "new ArrayList<>(xs)",
            "new LinkedList<>(xs)",
            "List.of(\"p\", \"q\")",
            "Collections.unmodifiableList(new ArrayList<>(xs))",
            "new ArrayList<String>()",
            "new LinkedList<String>()",
            "new CopyOnWriteArrayList<>(xs)",
            "new CopyOnWriteArrayList<>(xs).subList(a % 2, 3)",
            "new Vector<>(xs)");

    private static final List<String> ITERATOR_OPS = List.of(
            "Iterator<String> it = c.iterator(); for (int i = 0; i <= a; i++) { out.append(it.next()); }",
            "Iterator<String> it = c.iterator(); it.remove()",
            "Iterator<String> it = c.iterator(); it.next(); it.remove(); it.remove()",
            "Iterator<String> it = c.iterator(); it.next(); it.remove(); out.append(c)",
            "for (String s : c) { if (s.equals(\"p\")) { c.remove(s); } } out.append(c)",
            "for (String s : c) { if (s.equals(\"q\")) { c.remove(s); } } out.append(c)",
            "for (String s : c) { c.add(\"z\"); }",
            "ListIterator<String> it = c.listIterator(); out.append(it.hasPrevious()).append(it.previousIndex())"
                    + ".append(it.nextIndex()); it.previous()",
            "ListIterator<String> it = c.listIterator(a); out.append(it.previous()).append(it.nextIndex())",
            "ListIterator<String> it = c.listIterator(); it.set(\"s\")",
            "ListIterator<String> it = c.listIterator(); it.next(); it.set(\"s\"); it.add(\"t\"); it.set(\"u\")",
            "ListIterator<String> it = c.listIterator(); it.add(\"t\"); it.remove()",
            "ListIterator<String> it = c.listIterator(); it.next(); it.add(\"t\"); out.append(it.previous())"
                    + ".append(c)",
            "ListIterator<String> it = c.listIterator(c.size()); while (it.hasPrevious()) { out.append(it.previous()); "
                    + "it.remove(); } out.append(c)",
            "Iterator<String> it = c.iterator(); c.add(\"w\"); it.next()",
            "Iterator<String> it = c.iterator(); it.forEachRemaining(out::append); out.append(it.hasNext()); it.next()",
            "c.removeIf(s -> s.equals(\"q\")); out.append(c)",
            "c.replaceAll(String::toUpperCase); out.append(c)",
            "c.sort(null); out.append(c)",
            "out.append(c.indexOf(b)).append(c.lastIndexOf(\"p\")).append(c.contains(null))",
            "Collections.swap(c, 0, a); out.append(c)",
            "Collections.reverse(c); out.append(c)",
            "Collections.shuffle(c, new Random(a)); out.append(c)",
            "out.append(Collections.max(c)).append(Collections.min(c, Comparator.reverseOrder()))",
            "out.append(Collections.frequency(c, \"p\")).append(Collections.disjoint(c, List.of(b)))",
            "out.append(Collections.binarySearch(c, \"q\")).append(Collections.indexOfSubList(c, List.of(\"q\")))",
            "Collections.fill(c, b); out.append(c)",
            "out.append(Collections.nCopies(a - 1, b))",
            "Collections.addAll(c, \"y\", b); out.append(c)",
            "out.append(Collections.emptyList().get(a))",
            "out.append(Collections.singletonList(b).get(a))",
            "out.append(List.of().get(a))",
            "out.append(c.get(a))",
            "out.append(c.set(a, \"v\")).append(c)",
            "c.add(a, \"v\"); out.append(c)",
            "out.append(c.remove(a)).append(c)",
            "out.append(c.subList(a, 2))",
            "out.append(c.subList(1, a))",
            "out.append(c.toArray().length).append(c.toArray(new String[0]).length).append(Arrays.toString(c.toArray("
                    + "new String[5])))",
            "out.append(c.equals(List.of(\"p\", \"q\", \"r\"))).append(c.hashCode())",
            "out.append(c.stream().skip(a).findFirst())",
            "out.append(new ArrayDeque<>(c).pollLast()).append(new ArrayDeque<>(c).peekFirst())",
            "ArrayDeque<String> d = new ArrayDeque<>(c); for (int i = 0; i <= a; i++) { out.append(d.pop()); }",
            "PriorityQueue<String> q = new PriorityQueue<>(Comparator.reverseOrder()); q.addAll(c); q.add(b); "
                    + "while (!q.isEmpty()) { out.append(q.poll()); } out.append(q.remove())",
            "out.append(new ArrayDeque<>(c).element())",
            "ArrayDeque<String> d = new ArrayDeque<>(c); d.addFirst(null)");

    private static final List<String> ENUM_OPS = List.of(
            "out.append(DayOfWeek.valueOf(b))",
            "out.append(Enum.valueOf(RoundingMode.class, b))",
            "out.append(TimeUnit.valueOf(b).toMillis(a))",
            "out.append(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.of(a + 1)))",
            "out.append(EnumSet.range(DayOfWeek.of(a + 1), DayOfWeek.TUESDAY))",
            "out.append(EnumSet.complementOf(EnumSet.of(DayOfWeek.of(a + 1), DayOfWeek.SUNDAY)))",
            "EnumSet<DayOfWeek> s = EnumSet.noneOf(DayOfWeek.class); s.add(DayOfWeek.of(a + 1)); s.add(DayOfWeek"
                    + ".MONDAY); out.append(s).append(s.contains(DayOfWeek.FRIDAY)).append(s.size())",
            "EnumSet<DayOfWeek> s = EnumSet.allOf(DayOfWeek.class); s.removeIf(d -> d.getValue() % (a + 1) == 0);"
                    + " out.append(s)",
            "out.append(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY).iterator().next())",
            "EnumSet<DayOfWeek> s = EnumSet.of(DayOfWeek.SUNDAY); s.add(null)",
            "EnumMap<DayOfWeek, Integer> m = new EnumMap<>(DayOfWeek.class); m.put(DayOfWeek.of(a + 1), a);"
                    + " m.put(DayOfWeek.MONDAY, 0); out.append(m).append(m.size())",
            "EnumMap<DayOfWeek, Integer> m = new EnumMap<>(DayOfWeek.class); m.put(DayOfWeek.SUNDAY, 1);"
                    + " m.put(DayOfWeek.of(a + 1), a); out.append(m.keySet()).append(m.values()).append(m.remove("
                    + "DayOfWeek.SUNDAY)).append(m.get(null)).append(m.containsKey(DayOfWeek.MONDAY))",
            "EnumMap<DayOfWeek, Integer> m = new EnumMap<>(DayOfWeek.class); m.put(null, 1)",
            "EnumMap<RoundingMode, String> m = new EnumMap<>(Map.of(RoundingMode.UP, b)); m.merge(RoundingMode.UP,"
                    + " \"x\", String::concat); out.append(m)",
            "out.append(new EnumMap<>(new HashMap<DayOfWeek, Integer>()))",
            "out.append(DayOfWeek.of(a + 1).compareTo(DayOfWeek.WEDNESDAY)).append(DayOfWeek.of(a + 1).ordinal())"
                    + ".append(DayOfWeek.of(a + 1).name()).append(DayOfWeek.values().length)",
            "out.append(DayOfWeek.of(a + 3).plus(a * 3)).append(RoundingMode.valueOf(a)).append(' ').append("
                    + "RoundingMode.values()[a])",
            "out.append(DayOfWeek.of(a * 2))",
            "out.append(TimeUnit.SECONDS.convert(a, TimeUnit.HOURS)).append(' ').append(TimeUnit.MILLISECONDS"
                    + ".toSeconds(a * 999)).append(' ').append(TimeUnit.DAYS.toNanos(Long.MAX_VALUE / (a + 1)))",
            "out.append(DayOfWeek.MONDAY.getDeclaringClass().getSimpleName()).append(DayOfWeek.MONDAY.hashCode() =="
                    + " DayOfWeek.MONDAY.hashCode())",
            "Map<DayOfWeek, Long> m = Stream.of(DayOfWeek.values()).collect(Collectors.groupingBy(d -> d, () -> new"
                    + " EnumMap<>(DayOfWeek.class), Collectors.counting())); out.append(m)");

    private static final List<Kind> KINDS = List.of(
            new Kind(5, "int[]", ARRAY_SOURCES, ARRAY_OPS),
            new Kind(4, "", List.of(), OBJECT_OPS),
            new Kind(5, "List<String>", ITERATOR_SOURCES, ITERATOR_OPS),
            new Kind(3, "", List.of(), ENUM_OPS));

    private static final List<String> IMPORTS = List.of(
            "java.time.DayOfWeek",
            "java.math.RoundingMode",
            "java.util.concurrent.TimeUnit",
            "java.util.concurrent.CopyOnWriteArrayList");

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261271, false", "20261272, true"})
    void utilityApis_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.utilities.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.utilities",
                "UtilityCallbacks",
                CollectionViewGenerator.source(
                        seed, "com.example.utilities", "UtilityCallbacks", CALLBACKS, KINDS, IMPORTS),
                "utilities-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 4));
    }
}
