package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the mutable collections with rules of their own: {@code TreeMap}/{@code TreeSet} with and
 * without comparators and their navigable views (ranges, descending views, polling, keys out of range), {@code
 * ArrayDeque} and {@code LinkedList} as deques, and the Java 8 operations of {@code HashMap} and {@code
 * LinkedHashMap} (access order included) whose functions answer null or change the map. Compiled by javac at test
 * time and run on the JVM and in the browser on the same inputs: answers, refusals (the exception's class and
 * message) and the state left afterwards must be the JVM's. {@code -Djdash.sortedcollections.seed=N} explores other
 * programs; a disagreement's source is in {@code target/sortedcollections-<seed>.java}.
 */
class SortedCollectionConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of("p", "zz", "", "k", "q", "Ab", "r");

    private static final List<String> SORTED_MAP_SOURCES = List.of(
            "fill(new TreeMap<>(), a, b)",
            "fill(new TreeMap<>(Comparator.reverseOrder()), a, b)",
            "fill(new TreeMap<>(String.CASE_INSENSITIVE_ORDER), a, b)",
            "fill(new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder())), a, n)",
            "new TreeMap<>(fill(new HashMap<>(), a, n))",
            "new TreeMap<>(fill(new TreeMap<>(Comparator.reverseOrder()), a, b))",
            "fill(new TreeMap<>(), a, b).headMap(\"q\", true)",
            "fill(new TreeMap<>(), a, b).tailMap(\"k\", false)",
            "fill(new TreeMap<>(), a, b).subMap(\"k\", true, \"r\", false)",
            "fill(new TreeMap<>(), a, b).descendingMap()",
            "fill(new TreeMap<>(), a, b).descendingMap().headMap(\"p\", false)",
            "fill(new TreeMap<>(Comparator.reverseOrder()), a, b).tailMap(\"p\", true)",
            "fill(new TreeMap<>(), a, b).subMap(\"a\", true, \"zzz\", false).descendingMap()");

    private static final List<String> SORTED_MAP_OPS = List.of(
            "out.append(c.firstKey()).append(c.lastKey())",
            "out.append(c.floorKey(b)).append(c.ceilingKey(b))",
            "out.append(c.higherKey(\"k\")).append(c.lowerKey(\"q\"))",
            "out.append(c.floorEntry(\"o\")).append(c.ceilingEntry(\"zz\"))",
            "out.append(c.firstEntry()).append(c.lastEntry())",
            "out.append(c.pollFirstEntry()).append(c)",
            "out.append(c.pollLastEntry()).append(c)",
            "out.append(c.headMap(b)).append(c.tailMap(b, false))",
            "out.append(c.subMap(\"z\", \"a\"))",
            "out.append(c.subMap(\"a\", \"zzz\"))",
            "out.append(c.headMap(\"k\").put(\"zz\", 9)).append(c)",
            "out.append(c.tailMap(\"q\").put(\"a\", 9)).append(c)",
            "out.append(c.headMap(\"q\").headMap(\"r\"))",
            "out.append(c.tailMap(\"k\", true).firstKey())",
            "out.append(c.headMap(\"a\").firstKey())",
            "out.append(c.get(n)).append(c.containsKey(n))",
            "out.append(c.remove(n)).append(c)",
            "out.append(c.put(n, 7)).append(c)",
            "out.append(c.navigableKeySet()).append(c.descendingKeySet())",
            "out.append(c.keySet().remove(\"p\")).append(c)",
            "out.append(c.values().remove(1)).append(c)",
            "for (Map.Entry<String, Integer> e : c.entrySet()) { e.setValue(e.getValue() * 2); } out.append(c)",
            "out.append(c.firstEntry().setValue(5))",
            "out.append(c.comparator() == null)",
            "out.append(c.equals(new HashMap<>(c))).append(c.hashCode())",
            "out.append(c.putIfAbsent(\"k\", 5)).append(c.putIfAbsent(\"zz\", 5)).append(c)",
            "out.append(c.merge(\"k\", 5, Integer::sum)).append(c.merge(b, 1, (x, y) -> null)).append(c)",
            "out.append(c.compute(\"p\", (k, v) -> v == null ? 1 : null)).append(c)",
            "out.append(c.computeIfAbsent(\"q\", k -> a)).append(c)",
            "c.replaceAll((k, v) -> v + k.length()); out.append(c)",
            "out.append(c.entrySet().removeIf(e -> e.getValue() > 1)).append(c)",
            "Iterator<String> it = c.keySet().iterator(); it.next(); it.remove(); out.append(c)",
            "Iterator<String> it = c.keySet().iterator(); it.remove(); out.append(c)",
            "out.append(c.descendingMap().firstKey()).append(c.descendingMap())",
            "out.append(c.headMap(n))",
            "out.append(c.lastEntry().getKey().length())",
            "for (String k : c.keySet()) { if (k.equals(\"p\")) { c.remove(k); } } out.append(c)",
            "out.append(c.pollFirstEntry()).append(c.pollFirstEntry()).append(c.pollFirstEntry())"
                    + ".append(c.pollFirstEntry()).append(c.pollFirstEntry())",
            "for (String k : c.keySet()) { c.put(k, c.get(k) * 2); } out.append(c)",
            "for (Map.Entry<String, Integer> e : c.entrySet()) { c.merge(e.getKey(), 1, Integer::sum); } out.append(c)",
            "for (int i = 0; i < 300; i++) { c.put(\"k\" + (i * 7919 % 300), i); } for (int i = 0; i < 300; i += 3)"
                    + " { c.remove(\"k\" + i); } out.append(c.size()).append(c.firstKey()).append(c.lastKey())"
                    + ".append(c.headMap(\"k5\").size()).append(c.floorKey(\"k150\")).append(c.ceilingKey(\"k3\"))",
            "for (int i = 0; i < 100; i++) { c.put(\"x\" + i, i); } Iterator<String> it = c.keySet().iterator();"
                    + " while (it.hasNext()) { if (it.next().hashCode() % 3 == 0) { it.remove(); } } out.append(c)",
            "out.append(c.keySet().stream().map(String::length).collect(Collectors.toList()))",
            "out.append(c.values().stream().mapToInt(Integer::intValue).sum()).append(c.values())",
            "out.append(c.entrySet().stream().filter(e -> e.getValue() > 1).count())",
            "out.append(new TreeMap<>(c)).append(new TreeMap<>(c).comparator() == c.comparator())",
            "out.append(new HashMap<>(c).equals(c)).append(new ArrayList<>(c.values()))",
            "out.append(c.entrySet().contains(Map.entry(\"k\", 1))).append(c.entrySet().remove(Map.entry(\"p\", 2)))"
                    + ".append(c)",
            "int[] calls = {0}; NavigableMap<String, Integer> t = new TreeMap<>((x, y) -> { calls[0]++; return x.compareTo(y);"
                    + " }); for (String k : c.keySet()) { t.put(k, 1); } t.put(\"m\", 2); t.merge(\"k\", 1, Integer::sum);"
                    + " t.computeIfAbsent(\"zz\", k -> 3); t.compute(\"a\", (k, v) -> 4); out.append(calls[0]).append(t)",
            "c.clear(); out.append(c.firstEntry()).append(c)",
            "c.clear(); out.append(c.firstKey())");

    private static final List<String> SORTED_SET_SOURCES = List.of(
            "fill(new TreeSet<>(), b)",
            "fill(new TreeSet<>(Comparator.reverseOrder()), b)",
            "fill(new TreeSet<>(String.CASE_INSENSITIVE_ORDER), b)",
            "new TreeSet<>(xs)",
            "new TreeSet<>(fill(new TreeSet<>(Comparator.reverseOrder()), b))",
            "new TreeSet<>(List.of(\"k\", \"p\", \"r\"))",
            "fill(new TreeSet<>(), b).headSet(\"q\", true)",
            "fill(new TreeSet<>(), b).tailSet(\"k\", false)",
            "fill(new TreeSet<>(), b).subSet(\"k\", true, \"r\", true)",
            "fill(new TreeSet<>(), b).descendingSet()",
            "fill(new TreeSet<>(Comparator.nullsLast(Comparator.<String>naturalOrder())), n)");

    private static final List<String> SORTED_SET_OPS = List.of(
            "out.append(c.first()).append(c.last())",
            "out.append(c.floor(b)).append(c.ceiling(b))",
            "out.append(c.higher(\"k\")).append(c.lower(\"q\"))",
            "out.append(c.pollFirst()).append(c.pollLast()).append(c)",
            "out.append(c.headSet(b)).append(c.tailSet(b))",
            "out.append(c.subSet(\"z\", \"a\"))",
            "out.append(c.headSet(\"k\").add(\"zz\")).append(c)",
            "out.append(c.tailSet(\"q\", true).add(\"q\")).append(c)",
            "out.append(c.contains(n)).append(c.remove(n))",
            "out.append(c.add(n)).append(c)",
            "Iterator<String> it = c.descendingIterator(); out.append(it.next()); it.remove(); out.append(c)",
            "Iterator<String> it = c.iterator(); it.next(); it.remove(); it.remove(); out.append(c)",
            "out.append(c.removeIf(x -> x.length() == 1)).append(c)",
            "out.append(c.descendingSet().first()).append(c.descendingSet().headSet(\"p\"))",
            "for (String x : c) { if (x.equals(\"k\")) { c.add(\"kk\"); } } out.append(c)",
            "out.append(c.comparator() == null).append(c.size())",
            "out.append(c.equals(new HashSet<>(c))).append(c.hashCode())",
            "out.append(c.retainAll(List.of(\"k\", \"p\"))).append(c)",
            "c.clear(); out.append(c.pollFirst()).append(c.first())",
            "out.append(c.headSet(\"a\").last())",
            "out.append(c.subSet(\"a\", \"zzz\").size()).append(c.subSet(b, true, b, true))",
            "out.append(c.toArray().length).append(Arrays.toString(c.toArray(new String[5])))",
            "for (int i = 0; i < 200; i++) { c.add(\"s\" + (i * 31 % 200)); } for (int i = 0; i < 200; i += 2)"
                    + " { c.remove(\"s\" + i); } out.append(c.size()).append(c.first()).append(c.last())"
                    + ".append(c.headSet(\"s5\").size()).append(c.floor(\"s100\")).append(c.higher(\"s1\"))",
            "out.append(c.stream().sorted(Comparator.reverseOrder()).collect(Collectors.joining(\",\")))",
            "out.append((Object) c.stream().collect(Collectors.toCollection(TreeSet::new)))",
            "out.append(c.descendingSet().descendingSet()).append(c.descendingSet().comparator() == null)");

    private static final List<String> DEQUE_SOURCES = List.of(
            "new ArrayDeque<>(List.of(\"p\", \"q\", \"r\"))",
            "new ArrayDeque<>(xs)",
            "new ArrayDeque<>()",
            "fill(new ArrayDeque<>(2), b)",
            "new LinkedList<>(xs)",
            "fill(new LinkedList<>(), n)");

    private static final List<String> DEQUE_OPS = List.of(
            "c.addFirst(n); out.append(c)",
            "c.addLast(b); out.append(c)",
            "out.append(c.offerFirst(b)).append(c.offerLast(\"z\")).append(c)",
            "c.push(\"s\"); out.append(c.pop()).append(c.pop()).append(c)",
            "out.append(c.poll()).append(c.pollLast()).append(c)",
            "out.append(c.peekFirst()).append(c.peekLast())",
            "out.append(c.getFirst()).append(c.getLast())",
            "c.clear(); out.append(c.removeFirst())",
            "c.clear(); out.append(c.element())",
            "c.clear(); out.append(c.pop())",
            "c.clear(); out.append(c.poll()).append(c.peek())",
            "out.append(c.removeFirstOccurrence(\"q\")).append(c.removeLastOccurrence(n)).append(c)",
            "Iterator<String> it = c.descendingIterator(); out.append(it.next()); it.remove(); out.append(c)",
            "Iterator<String> it = c.iterator(); it.remove(); out.append(c)",
            "Iterator<String> it = c.iterator(); it.next(); c.add(\"z\"); out.append(it.next())",
            "for (String x : c) { if (\"q\".equals(x)) { c.remove(x); } } out.append(c)",
            "out.append(c.contains(n)).append(c.remove(n)).append(c)",
            "out.append(c.removeIf(x -> x != null && x.isEmpty())).append(c)",
            "out.append(c.size()).append(c.toArray().length).append(c.isEmpty())",
            "for (int i = 0; i < 20; i++) { c.addFirst(\"x\" + i); c.pollLast(); } out.append(c)",
            "out.append(c.offer(n)).append(c)",
            "out.append(c.stream().filter(Objects::nonNull).count()).append(c)",
            "c.forEach(x -> out.append(x).append('/'))",
            "out.append(new ArrayList<>(c).equals(List.copyOf(c)))",
            "for (int i = 0; i < 40; i++) { c.addLast(\"y\" + i); if (i % 3 == 0) { c.pollFirst(); } } out.append(c)",
            "for (int i = 0; i < 30; i++) { c.addFirst(\"w\" + i); } c.removeFirstOccurrence(\"w7\");"
                    + " c.removeLastOccurrence(\"w20\"); out.append(c).append(c.size())",
            "Iterator<String> it = c.iterator(); while (it.hasNext()) { if (\"q\".equals(it.next())) { it.remove(); } }"
                    + " out.append(c)",
            "Iterator<String> it = c.descendingIterator(); while (it.hasNext()) { if (\"p\".equals(it.next()))"
                    + " { it.remove(); } } out.append(c)");

    private static final List<String> HASH_MAP_SOURCES = List.of(
            "fill(new HashMap<>(), a, b)",
            "fill(new LinkedHashMap<>(), a, b)",
            "fill(new LinkedHashMap<>(16, 0.75f, true), a, b)",
            "fill(new HashMap<>(), a, n)",
            "fill(new LinkedHashMap<>(), a, n)");

    private static final List<String> HASH_MAP_OPS = List.of(
            "out.append(c.merge(\"k\", 5, Integer::sum)).append(show(c))",
            "out.append(c.merge(\"k\", 5, (x, y) -> null)).append(show(c))",
            "out.append(c.merge(\"zz\", a, (x, y) -> null)).append(show(c))",
            "out.append(c.merge(\"k\", null, Integer::sum))",
            "out.append(c.compute(\"k\", (k, v) -> null)).append(show(c))",
            "out.append(c.compute(\"zz\", (k, v) -> v == null ? 4 : v + 1)).append(show(c))",
            "out.append(c.computeIfAbsent(\"zz\", k -> null)).append(c.containsKey(\"zz\"))",
            "out.append(c.computeIfAbsent(\"k\", k -> 9)).append(show(c))",
            "out.append(c.computeIfPresent(\"p\", (k, v) -> null)).append(show(c))",
            "out.append(c.computeIfPresent(\"zz\", (k, v) -> 3)).append(show(c))",
            "c.put(\"zz\", null); out.append(c.putIfAbsent(\"zz\", 6)).append(c.get(\"zz\"))",
            "c.put(\"zz\", null); out.append(c.getOrDefault(\"zz\", 6)).append(c.getOrDefault(\"q\", 6))",
            "c.put(\"zz\", null); out.append(c.merge(\"zz\", 6, Integer::sum)).append(show(c))",
            "c.put(\"zz\", null); out.append(c.computeIfAbsent(\"zz\", k -> 8)).append(show(c))",
            "out.append(c.replace(\"k\", 1, 5)).append(c.replace(\"p\", 1, 5)).append(show(c))",
            "out.append(c.remove(\"k\", 1)).append(c.remove(\"p\", 1)).append(show(c))",
            "out.append(c.replace(\"q\", 4)).append(c.replace(\"r\", 4)).append(show(c))",
            "c.replaceAll((k, v) -> k == null ? -1 : v * 10); out.append(show(c))",
            "c.replaceAll((k, v) -> null); out.append(show(c))",
            "out.append(c.computeIfAbsent(\"zz\", k -> { c.put(\"yy\", 1); return 2; })).append(show(c))",
            "out.append(c.compute(\"zz\", (k, v) -> { c.remove(\"k\"); return 2; })).append(show(c))",
            "out.append(c.merge(\"k\", 1, (x, y) -> { c.put(\"yy\", 1); return x + y; })).append(show(c))",
            "c.get(\"r\"); c.get(\"k\"); out.append(c)",
            "c.put(\"r\", 9); c.putIfAbsent(\"k\", 2); out.append(c)",
            "c.getOrDefault(\"r\", 0); out.append(c.keySet())",
            "c.compute(\"k\", (k, v) -> v); c.merge(\"r\", 1, Integer::sum); out.append(c.entrySet())",
            "c.computeIfPresent(\"p\", (k, v) -> v); out.append(c.values())",
            "out.append(c.keySet().removeAll(List.of(\"k\", \"q\"))).append(show(c))",
            "out.append(c.values().removeIf(v -> v == 1)).append(show(c))",
            "out.append(c.entrySet().remove(Map.entry(\"k\", 1))).append(show(c))",
            "out.append(c.entrySet().contains(new AbstractMap.SimpleEntry<>(b, a)))",
            "for (String k : c.keySet()) { if (\"k\".equals(k)) { c.put(\"yy\", 3); } } out.append(show(c))",
            "c.forEach((k, v) -> { if (\"r\".equals(k)) { c.remove(\"p\"); } }); out.append(show(c))",
            "c.entrySet().iterator().next().setValue(null); out.append(show(c))");

    private static final List<Kind> KINDS = List.of(
            new Kind(6, "NavigableMap<String, Integer>", SORTED_MAP_SOURCES, SORTED_MAP_OPS),
            new Kind(5, "NavigableSet<String>", SORTED_SET_SOURCES, SORTED_SET_OPS),
            new Kind(4, "Deque<String>", DEQUE_SOURCES, DEQUE_OPS),
            new Kind(5, "Map<String, Integer>", HASH_MAP_SOURCES, HASH_MAP_OPS));

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261221, false", "20261222, true"})
    void sortedCollections_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.sortedcollections.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.sorted",
                "SortedCallbacks",
                CollectionViewGenerator.source(seed, "com.example.sorted", "SortedCallbacks", CALLBACKS, KINDS),
                "sortedcollections-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
