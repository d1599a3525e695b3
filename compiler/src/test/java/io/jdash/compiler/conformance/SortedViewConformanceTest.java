package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the sorted and navigable views of {@code Collections} (unmodifiable and empty sorted
 * sets and maps, with their ranges, descending views, key sets and entries), {@code asLifoQueue} and
 * {@code ArrayDeque.clone}: reads through the views, changes through the backing collection seen through them, and
 * changes refused by them. Compiled by javac at test time and run on the JVM and in the browser on the same inputs:
 * the answers, or the exception's class and message, must be the JVM's. {@code -Djdash.sortedview.seed=N} explores
 * other programs; a disagreement's source is in {@code target/sortedview-<seed>.java}.
 */
class SortedViewConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of("m", "", "a", "zz", "k", "q", "b", "p");

    private static final String SET =
            "TreeSet<String> t = new TreeSet<>(List.of(\"d\", \"k\", \"p\", \"t\")); t.add(b); ";
    private static final String MAP = "TreeMap<String, Integer> t = new TreeMap<>(Map.of(\"d\", 1, \"k\", 2, \"p\", 3,"
            + " \"t\", 4)); t.put(b, a); ";

    private static final List<String> SET_SOURCES = List.of(
            "Collections.unmodifiableSortedSet(t)",
            "Collections.unmodifiableNavigableSet(t)",
            "Collections.unmodifiableNavigableSet(t.descendingSet())",
            "Collections.unmodifiableNavigableSet(t).headSet(\"p\", true)",
            "Collections.unmodifiableNavigableSet(t).subSet(\"e\", a % 2 == 0, \"t\", a > 2)",
            "Collections.unmodifiableSortedSet(t).tailSet(\"k\")",
            "Collections.unmodifiableNavigableSet(t.stream().collect(Collectors.toCollection(() -> new"
                    + " TreeSet<String>(Comparator.<String>reverseOrder())))).descendingSet()");

    private static final List<String> SET_OPS = List.of(
            "out.append(s).append(s.size()).append(s.first()).append(s.last()).append(s.comparator() == null)",
            "out.append(s.contains(b)).append(s.contains(\"k\")).append(s.isEmpty()).append(s.hashCode())",
            "out.append(s.equals(new TreeSet<>(s))).append(new TreeSet<>(s).equals(s)).append(s.equals(t))",
            "out.append(s.headSet(b)).append(s.tailSet(b))",
            "out.append(s.subSet(\"a\", b))",
            "out.append(s.add(\"x\"))",
            "out.append(s.remove(b))",
            "Iterator<String> i = s.iterator(); out.append(i.next()); i.remove(); out.append(s)",
            "out.append(s.removeIf(x -> x.length() == a))",
            "out.append(s.retainAll(List.of(b))).append(s)",
            "t.add(\"h\" + b); t.remove(\"d\"); out.append(s)",
            "out.append(s.stream().map(x -> x + a).collect(Collectors.toList())).append(String.join(\",\", s))",
            "out.append(Arrays.toString(s.toArray())).append(s.toArray(new String[0]).length)",
            "if (s instanceof NavigableSet<String> ns) { out.append(ns.lower(b)).append(ns.floor(b)).append(ns"
                    + ".ceiling(b)).append(ns.higher(b)).append(ns.descendingSet()); }",
            "if (s instanceof NavigableSet<String> ns) { out.append(ns.pollFirst()); }",
            "if (s instanceof NavigableSet<String> ns) { Iterator<String> i = ns.descendingIterator(); out.append(i"
                    + ".next()); i.remove(); }",
            "if (s instanceof NavigableSet<String> ns) { out.append(ns.headSet(b, a % 2 == 0).add(\"a\")); }",
            "out.append(Collections.unmodifiableSortedSet(s) == s).append(Collections.unmodifiableSortedSet(s)"
                    + ".equals(s))",
            "out.append(s.first().compareTo(s.last())).append(s.headSet(s.last()).size())");

    private static final List<String> MAP_SOURCES = List.of(
            "Collections.unmodifiableSortedMap(t)",
            "Collections.unmodifiableNavigableMap(t)",
            "Collections.unmodifiableNavigableMap(t.descendingMap())",
            "Collections.unmodifiableNavigableMap(t).headMap(\"p\", a % 2 == 0)",
            "Collections.unmodifiableSortedMap(t).tailMap(\"e\")",
            "Collections.unmodifiableNavigableMap(t).subMap(\"a\", true, \"q\", a % 2 == 1)");

    private static final List<String> MAP_OPS = List.of(
            "out.append(m).append(m.size()).append(m.firstKey()).append(m.lastKey()).append(m.get(b))",
            "out.append(m.keySet()).append(m.values()).append(m.entrySet())",
            "out.append(m.equals(new TreeMap<>(m))).append(new TreeMap<>(m).equals(m)).append(m.hashCode())",
            "out.append(m.headMap(b)).append(m.tailMap(b)).append(m.subMap(\"a\", b))",
            "out.append(m.put(\"x\", 1))",
            "out.append(m.remove(b))",
            "out.append(m.entrySet().iterator().next().setValue(9))",
            "Iterator<String> i = m.keySet().iterator(); i.next(); i.remove(); out.append(m)",
            "out.append(m.merge(b, 1, Integer::sum))",
            "out.append(m.getOrDefault(b + b, -1)).append(m.containsKey(b)).append(m.containsValue(a))",
            "t.put(\"e\" + b, 8); t.remove(\"k\"); out.append(m)",
            "m.forEach((k, v) -> out.append(k).append('=').append(v).append(';'))",
            "if (m instanceof NavigableMap<String, Integer> nm) { out.append(nm.lowerKey(b)).append(nm.floorEntry(b))"
                    + ".append(nm.ceilingKey(b)).append(nm.higherEntry(b)).append(nm.firstEntry()).append(nm"
                    + ".lastEntry()); }",
            "if (m instanceof NavigableMap<String, Integer> nm) { out.append(nm.firstEntry().setValue(5)); }",
            "if (m instanceof NavigableMap<String, Integer> nm) { out.append(nm.pollLastEntry()); }",
            "if (m instanceof NavigableMap<String, Integer> nm) { out.append(nm.descendingMap()).append(nm"
                    + ".navigableKeySet()).append(nm.descendingKeySet().first()); }",
            "if (m instanceof NavigableMap<String, Integer> nm) { out.append(nm.navigableKeySet().pollFirst()); }",
            "if (m instanceof NavigableMap<String, Integer> nm) { out.append(nm.tailMap(b, a > 2).put(\"zz\", 1)); }",
            "out.append(Collections.unmodifiableSortedMap(m) == m).append(m.entrySet().contains(Map.entry(b, a)))");

    private static final List<String> OTHER_OPS = List.of(
            "NavigableSet raw = Collections.checkedNavigableSet(new TreeSet<>(List.of(\"d\", \"p\")), String.class);"
                    + " out.append(raw.headSet(\"k\")).append(raw.descendingSet()).append(raw.pollFirst()); raw.tailSet(\"a\","
                    + " true).add(a)",
            "SortedSet raw = Collections.checkedSortedSet(new TreeSet<>(List.of(\"d\", \"p\")), String.class);"
                    + " raw.subSet(\"a\", \"z\").add(b); out.append(raw); raw.headSet(\"z\").addAll(List.of(\"e\", a))",
            "NavigableMap<String, Integer> m = Collections.checkedNavigableMap(new TreeMap<>(Map.of(\"d\", 1, \"p\","
                    + " 2)), String.class, Integer.class); out.append(m.firstEntry()).append(m.headMap(\"k\")).append(m"
                    + ".keySet().getClass() == m.navigableKeySet().getClass()); ((Map.Entry) m.lastEntry()).setValue(b)",
            "SortedMap<String, Integer> m = Collections.checkedSortedMap(new TreeMap<>(Map.of(\"d\", 1)), String.class,"
                    + " Integer.class); ((Map) m.tailMap(\"a\")).put(a, a)",
            "Queue raw = Collections.checkedQueue(new ArrayDeque<>(List.of(\"p\")), String.class); out.append(raw"
                    + ".offer(b)).append(raw.peek()).append(raw.equals(raw)).append(raw); raw.offer(a)",
            "Map<String, Integer> m = Collections.checkedMap(new TreeMap<>(Map.of(\"d\", 1, \"p\", 2)), String.class,"
                    + " Integer.class); Set<Map.Entry<String, Integer>> es = m.entrySet(); out.append(es.contains(Map.entry"
                    + "(\"d\", 1))).append(es.remove(Map.entry(\"p\", 2))).append(es).append(es.equals(Set.of(Map.entry"
                    + "(\"d\", 1)))).append(Arrays.toString(es.toArray())).append(es.retainAll(List.of())).append(m)",
            "List<String> l = Collections.checkedList(new LinkedList<>(List.of(\"p\", \"q\")), String.class); out.append"
                    + "(l instanceof RandomAccess).append(l.subList(0, 1) instanceof RandomAccess).append(Collections"
                    + ".checkedList(new ArrayList<>(l), String.class).subList(0, 1) instanceof RandomAccess); ((List) l)"
                    + ".replaceAll(x -> a)",
            "Collection<String> c = Collections.checkedCollection(new ArrayList<>(List.of(b)), String.class); out.append(c"
                    + ".equals(c)).append(c.equals(new ArrayList<>(List.of(b)))).append(c)",
            "out.append(Collections.checkedList(null, String.class))",
            "out.append(Collections.checkedSet(new HashSet<>(), null))",
            "List raw = Collections.checkedList(new ArrayList<>(List.of(\"p\")), String.class); out.append(raw.add(b))"
                    + ".append(raw); raw.add(a); out.append(raw)",
            "Set raw = Collections.checkedSet(new TreeSet<>(List.of(\"p\")), String.class); raw.add(null); out.append(raw)",
            "Collection raw = Collections.checkedCollection(new ArrayList<>(), String.class); out.append(raw.addAll(List"
                    + ".of(b, a, \"x\"))).append(raw)",
            "Map raw = Collections.checkedMap(new TreeMap<>(), String.class, Integer.class); raw.put(b, a); out.append(raw);"
                    + " raw.put(b, b)",
            "Map raw = Collections.checkedMap(new HashMap<>(), String.class, Integer.class); raw.put(a, a)",
            "Map<String, Integer> m = Collections.checkedMap(new TreeMap<>(Map.of(\"k\", 1)), String.class, Integer"
                    + ".class); Map.Entry raw = m.entrySet().iterator().next(); raw.setValue(b)",
            "List raw = Collections.checkedList(new ArrayList<>(List.of(\"p\", \"q\")), String.class); raw.set(1, a)",
            "List raw = Collections.checkedList(new ArrayList<>(List.of(\"p\", \"q\")), String.class); ListIterator i ="
                    + " raw.listIterator(); i.next(); i.add(a)",
            "List<String> l = Collections.checkedList(new ArrayList<>(List.of(\"p\")), String.class); out.append(l"
                    + ".equals(List.of(\"p\"))).append(l.hashCode()).append(l.subList(0, 1)).append(l.indexOf(b))",
            "Map raw = Collections.checkedMap(new HashMap<>(), String.class, Integer.class); raw.putAll(Map.of(b, 1,"
                    + " \"x\", \"y\")); out.append(raw)",
            "Map<String, Integer> m = Collections.checkedMap(new HashMap<>(), String.class, Integer.class);"
                    + " ((Map) m).computeIfAbsent(b, k -> \"v\")",
            "Map<String, Integer> m = Collections.checkedMap(new HashMap<>(Map.of(\"k\", 1)), String.class, Integer"
                    + ".class); ((Map) m).merge(\"k\", 2, (x, y) -> \"w\")",
            "SortedSet<String> e = Collections.emptySortedSet(); out.append(e).append(e.size()).append(e.headSet(b))"
                    + ".append(e.add(b))",
            "NavigableSet<String> e = Collections.emptyNavigableSet(); out.append(e.first())",
            "NavigableSet<String> e = Collections.emptyNavigableSet(); out.append(e.subSet(\"q\", \"b\"))",
            "NavigableSet<String> e = Collections.emptyNavigableSet(); out.append(e.descendingSet()).append(e.floor(b))"
                    + ".append(e == Collections.<String>emptySortedSet()).append(e.equals(Set.of()))",
            "SortedMap<String, Integer> e = Collections.emptySortedMap(); out.append(e).append(e.get(b)).append(e"
                    + ".tailMap(b)).append(e.put(b, a))",
            "NavigableMap<String, Integer> e = Collections.emptyNavigableMap(); out.append(e.firstKey())",
            "NavigableMap<String, Integer> e = Collections.emptyNavigableMap(); out.append(e.firstEntry()).append(e"
                    + ".descendingMap()).append(e.navigableKeySet()).append(e.equals(Map.of()))",
            "Deque<String> d = new ArrayDeque<>(List.of(\"p\", \"q\")); Queue<String> q = Collections.asLifoQueue(d);"
                    + " q.add(b); q.offer(\"r\" + a); out.append(q).append(d).append(q.peek()).append(q.poll()).append(q"
                    + ".remove()).append(q.element()).append(q.size()).append(d)",
            "Deque<String> d = new ArrayDeque<>(); Queue<String> q = Collections.asLifoQueue(d); q.addAll(List.of(b,"
                    + " \"x\", \"y\")); out.append(q).append(q.contains(b)).append(q.remove(\"x\")).append(d)",
            "Queue<String> q = Collections.asLifoQueue(new ArrayDeque<>()); out.append(q.addAll(q))",
            "Queue<String> q = Collections.asLifoQueue(new ArrayDeque<>()); out.append(q.remove())",
            "Queue<String> q = Collections.asLifoQueue(new LinkedList<>(List.of(\"a\"))); q.add(n); out.append(q)",
            "ArrayDeque<String> d = new ArrayDeque<>(List.of(\"p\", b)); ArrayDeque<String> c = d.clone(); c.add(\"x\");"
                    + " d.addFirst(\"y\"); out.append(d).append(c).append(c.getClass().getSimpleName())",
            "out.append(Collections.unmodifiableSortedSet(null))",
            "out.append(Collections.unmodifiableNavigableMap(null))",
            "out.append(Collections.asLifoQueue(null))");

    private static final List<Kind> KINDS = List.of(
            new Kind(4, "", List.of(), sourced("SortedSet<String> s = ", SET, SET_SOURCES, SET_OPS)),
            new Kind(4, "", List.of(), sourced("SortedMap<String, Integer> m = ", MAP, MAP_SOURCES, MAP_OPS)),
            new Kind(2, "", List.of(), OTHER_OPS));

    /** Each op after each source: {@code setup + declaration + source; op}. */
    private static List<String> sourced(String declaration, String setup, List<String> sources, List<String> ops) {
        List<String> all = new java.util.ArrayList<>();
        for (String source : sources) {
            for (String op : ops) {
                all.add(setup + declaration + source + "; " + op);
            }
        }
        return all;
    }

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261341, false", "20261342, true"})
    void sortedViews_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.sortedview.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.sortedview",
                "SortedViewCallbacks",
                CollectionViewGenerator.source(
                        seed, "com.example.sortedview", "SortedViewCallbacks", CALLBACKS, KINDS, List.of(), ""),
                "sortedview-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
