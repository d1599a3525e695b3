package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the thread-safe and legacy collections Java code reaches for out of habit, used from one
 * thread as a callback does: {@code ConcurrentHashMap} (its iteration order as the table grows, the refusal of
 * nulls, the atomic updates), {@code Hashtable} and {@code Properties}, {@code WeakHashMap} (with keys that stay
 * reachable), {@code Vector} and {@code Stack} with their own index texts, the atomics used as counters in lambdas,
 * and {@code EnumSet}/{@code EnumMap}. Compiled by javac at test time and run on the JVM and in the browser on the
 * same inputs: the answers, or the exception's class and message, must be the JVM's.
 * {@code -Djdash.concurrent.seed=N} explores other programs; a disagreement's source is in
 * {@code target/concurrent-<seed>.java}.
 */
class ConcurrentAndLegacyConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of("north", "", "x", "q", "k", "na\u00efve", "Aa", "BB", "k7");

    /** Keys that fill a table past a few resizes, with colliding hash codes ("Aa" and "BB") among them. */
    private static final String MANY = "for (int i = 0; i < a * 9 + 3; i++) { m.put(\"k\" + i * 7, i); } m.put(b, a);"
            + " m.put(\"Aa\", 1); m.put(\"BB\", 2); ";
    /** As {@link #MANY} with the keys held in {@code keep}, so that a weak map keeps them; print {@code keep} last. */
    private static final String MANY_KEPT = "List<String> keep = new ArrayList<>(); for (int i = 0; i < a * 9 + 3; i++)"
            + " { String key = \"k\" + i * 7; keep.add(key); m.put(key, i); } m.put(b, a); m.put(\"Aa\", 1);"
            + " m.put(\"BB\", 2); ";

    /** Sixteen texts with one hash code (made of "Aa" and "BB"), in {@code same}: enough for a tree bin. */
    private static final String COLLIDING = "List<String> same = new ArrayList<>(List.of(\"\")); for (int r = 0; r < 4;"
            + " r++) { List<String> longer = new ArrayList<>(); for (String s : same) { longer.add(s + \"Aa\");"
            + " longer.add(s + \"BB\"); } same = longer; } ";

    private static final List<String> CHM_OPS = List.of(
            COLLIDING + "ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(40); for (int i = 0; i < 9 + a;"
                    + " i++) { m.put(same.get(i), i); } m.put(b, a); for (int i = 0; i < a * 2; i++) {"
                    + " m.remove(same.get(i * 2)); } m.put(\"AaAa\" + b, 1); m.merge(same.get(15), 7, Integer::sum);"
                    + " out.append(m)",
            COLLIDING + "Map<String, Integer> m = new ConcurrentHashMap<>(); for (int i = 0; i < 12; i++) {"
                    + " m.computeIfAbsent(same.get((i * 5 + a) % 16), k -> k.length()); } m.put(b, a); out.append(m)",
            "ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(); " + MANY + "out.append(m)",
            "ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(a * 5); " + MANY
                    + "out.append(m.keySet()).append(m.values())",
            "ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(4, 0.5f); " + MANY
                    + "m.remove(\"k7\"); out.append(m.entrySet())",
            "ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(2, 0.75f, 8); " + MANY + "out.append(m)",
            "ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1, \"p\", 2)); m.put(b, a);"
                    + " out.append(m)",
            "ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(hm); out.append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(); for (String x : List.of(\"delta\", \"alpha\", \"k1\","
                    + " \"k22\", \"zeta\", \"q\", b, b)) { m.merge(x, 1, Integer::sum); } out.append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(); for (int i = 0; i < 40 + a; i++) {"
                    + " m.computeIfAbsent(\"w\" + i % (13 + a), k -> 0); m.compute(\"w\" + i % 7, (k, v) -> v == null"
                    + " ? 1 : v + 1); } out.append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(); out.append(m.put(n, 1))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(); out.append(m.put(b, a == 3 ? null : a))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.get(n))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.containsKey(n))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.containsValue(null))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.remove(n))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.getOrDefault(n, 5))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.putIfAbsent(b, null))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.computeIfAbsent(b, k ->"
                    + " null)).append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.compute(\"k\", (k, v) ->"
                    + " a > 2 ? null : v + a)).append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.merge(\"k\", 5, (x, y)"
                    + " -> a % 2 == 0 ? null : x * y)).append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.merge(b, 5, (x, y) ->"
                    + " x + y)).append(m.merge(n, 1, Integer::sum))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.replace(\"k\", 1, a))"
                    + ".append(m.replace(b, 2)).append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1, \"p\", 2)); m.replaceAll((k, v) -> v * a);"
                    + " out.append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1, \"p\", 2)); m.replaceAll((k, v) -> a == 3"
                    + " ? null : v); out.append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); m.entrySet().iterator().next()"
                    + ".setValue(a == 3 ? null : 9); out.append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1, \"p\", 2, \"q\", 3)); for (String k :"
                    + " m.keySet()) { if (!k.equals(b)) { m.remove(k); } } out.append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1, \"p\", 2, \"q\", 3)); for (String k :"
                    + " m.keySet()) { m.put(k + a, 0); } out.append(new TreeMap<>(m))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1, \"p\", 2)); out.append(m.equals(hm))"
                    + ".append(m.hashCode()).append(m.keySet().equals(Set.of(\"k\", \"p\")))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); out.append(m.keySet().add(b))",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1, \"p\", 2)); m.values().removeIf(v -> v >"
                    + " a); m.keySet().remove(b); out.append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(); for (String x : xs) { m.put(x, x.length()); }"
                    + " out.append(m)",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); Iterator<String> it ="
                    + " m.keySet().iterator(); it.next(); it.remove(); out.append(m); it.remove()",
            "Map<String, Integer> m = new ConcurrentHashMap<>(Map.of(\"k\", 1)); Iterator<String> it ="
                    + " m.keySet().iterator(); it.next(); out.append(it.hasNext()); it.next()");

    private static final List<String> TABLE_OPS = List.of(
            "Hashtable<String, Integer> m = new Hashtable<>(); " + MANY + "out.append(m)",
            "Hashtable<String, Integer> m = new Hashtable<>(a + 1); " + MANY
                    + "out.append(Collections.list(m.keys())).append(Collections.list(m.elements()))",
            "Hashtable<String, Integer> m = new Hashtable<>(3, 0.5f); " + MANY + "out.append(m.entrySet())",
            "Hashtable<String, Integer> m = new Hashtable<>(hm); out.append(m)",
            "Hashtable<String, Integer> m = new Hashtable<>(Map.of(\"k\", 1)); out.append(m.put(n, 1))",
            "Hashtable<String, Integer> m = new Hashtable<>(Map.of(\"k\", 1)); out.append(m.put(b, a == 3 ? null : a))",
            "Hashtable<String, Integer> m = new Hashtable<>(Map.of(\"k\", 1)); out.append(m.get(n))",
            "Hashtable<String, Integer> m = new Hashtable<>(Map.of(\"k\", 1)); out.append(m.contains(a))"
                    + ".append(m.contains(1))",
            "Hashtable<String, Integer> m = new Hashtable<>(Map.of(\"k\", 1)); out.append(m.containsValue(null))",
            "Hashtable<String, Integer> m = new Hashtable<>(Map.of(\"k\", 1)); out.append(m.merge(b, a, Integer::sum))"
                    + ".append(m.computeIfAbsent(\"z\", k -> a)).append(m)",
            "Hashtable<String, Integer> m = new Hashtable<>(); for (String x : xs) { m.put(x, x.length()); }"
                    + " out.append(m).append(m.hashCode())",
            "Hashtable<Object, Object> m = new Hashtable<>(); m.put(\"self\", m); m.put(b, a); out.append(m)",
            "Properties p = new Properties(); p.setProperty(\"b\", b); p.setProperty(\"k\" + a, \"v\");"
                    + " p.setProperty(\"alpha\", \"1\"); out.append(p).append(p.getProperty(\"k\" + a))"
                    + ".append(p.getProperty(\"none\", \"dflt\"))",
            "Properties p = new Properties(); for (int i = 0; i < a * 6; i++) { p.setProperty(\"key\" + i, \"\" + i); }"
                    + " out.append(p).append(new TreeSet<>(p.stringPropertyNames()))",
            "Properties d = new Properties(); d.setProperty(\"k\", \"dflt\"); Properties p = new Properties(d);"
                    + " p.setProperty(b, \"own\"); out.append(p.getProperty(\"k\")).append(p).append(p.size())",
            "Properties p = new Properties(); out.append(p.setProperty(n, \"v\"))",
            "out.append(new TreeMap<>(loaded(\"# c\\n  k\" + a + \" = v\\\\\\n    w\\na:b\\\\u0041\\n!x\\n\" + b"
                    + " + \"\\n\\\\ sp\\\\=x=y z\\nkey\\\\\\\\=1\\ntab\\tval\\n  \\nlast\\\\\")))",
            "out.append(loaded(\"k=v\\\\u00\" + a + b))",
            "Properties p = loaded(\"a=1\\nlong=\" + \"x\".repeat(40 + a) + \"\\n\" + b + \"=2\"); StringWriter w ="
                    + " new StringWriter(); p.list(new PrintWriter(w, true)); out.append(w.toString().replace('\\n', '|'))",
            "Properties d = loaded(\"x=1\\ny=2\"); Properties p = new Properties(d); p.setProperty(\"z\", b);"
                    + " p.setProperty(\"x\", \"own\"); out.append(Collections.list(p.propertyNames())).append(p"
                    + ".stringPropertyNames().size()).append(p.getProperty(\"y\")).append(p.getProperty(\"x\"))",
            "Properties p = new Properties(); p.put(a, b); out.append(p.getProperty(\"\" + a)).append(p"
                    + ".stringPropertyNames()).append(Collections.list(p.propertyNames()))",
            "WeakHashMap<String, Integer> m = new WeakHashMap<>(); " + MANY_KEPT + "out.append(m).append(keep.size())",
            "WeakHashMap<String, Integer> m = new WeakHashMap<>(a + 2); " + MANY_KEPT
                    + "out.append(m.keySet()).append(keep.size())",
            "WeakHashMap<String, Integer> m = new WeakHashMap<>(); for (String x : xs) { if (x != null) {"
                    + " m.put(x, x.length()); } } m.put(\"k\", null); out.append(m).append(m.get(\"k\"))"
                    + ".append(m.containsKey(\"k\"))",
            "WeakHashMap<String, Integer> m = new WeakHashMap<>(Map.of(\"k\", 1, \"p\", 2, \"q\", 3)); m.remove(b);"
                    + " out.append(m)");

    private static final List<String> VECTOR_OPS = List.of(
            "Vector<String> v = new Vector<>(xs); out.append(v.get(a))",
            "Vector<String> v = new Vector<>(xs); out.append(v.elementAt(a))",
            "Vector<String> v = new Vector<>(xs); out.append(v.elementAt(-a))",
            "Vector<String> v = new Vector<>(xs); v.set(a, \"s\"); out.append(v)",
            "Vector<String> v = new Vector<>(xs); v.setElementAt(\"s\", a); out.append(v)",
            "Vector<String> v = new Vector<>(xs); v.insertElementAt(b, a + 1); out.append(v)",
            "Vector<String> v = new Vector<>(xs); v.add(a + 1, b); out.append(v)",
            "Vector<String> v = new Vector<>(xs); v.removeElementAt(a); out.append(v)",
            "Vector<String> v = new Vector<>(xs); out.append(v.remove(a)).append(v)",
            "Vector<String> v = new Vector<>(xs); out.append(v.lastIndexOf(b, a)).append(v.indexOf(b, a))",
            "Vector<String> v = new Vector<>(xs); out.append(v.lastIndexOf(\"p\", a + 2))",
            "Vector<String> v = new Vector<>(xs); v.setSize(a); out.append(v).append(v.size())",
            "Vector<String> v = new Vector<>(3, a); for (int i = 0; i < 7; i++) { v.add(\"e\" + i);"
                    + " out.append(v.capacity()).append(','); } v.trimToSize(); out.append(v.capacity())",
            "Vector<String> v = new Vector<>(a); for (int i = 0; i < 9; i++) { v.addElement(b); } out.append(v"
                    + ".capacity())",
            "Vector<String> v = new Vector<>(-a)",
            "Vector<String> v = new Vector<>(); out.append(a % 2 == 0 ? v.firstElement() : v.lastElement())",
            "Vector<String> v = new Vector<>(xs); out.append(v.subList(1, a)).append(v.firstElement())"
                    + ".append(v.lastElement())",
            "Vector<String> v = new Vector<>(xs); String[] copy = new String[a]; v.copyInto(copy);"
                    + " out.append(Arrays.toString(copy))",
            "Vector<String> v = new Vector<>(xs); out.append(v.removeElement(b)).append(v.removeIf(x -> x == null))"
                    + ".append(v)",
            "Vector<String> v = new Vector<>(xs); out.append(Collections.list(v.elements())).append(v.equals(xs))"
                    + ".append(v.hashCode())",
            "Stack<Integer> s = new Stack<>(); s.push(a); s.push(a * 2); out.append(s).append(s.pop()).append(s.peek())"
                    + ".append(s.search(a)).append(s.search(9)).append(s.empty())",
            "Stack<Integer> s = new Stack<>(); for (int i = 0; i < a; i++) { s.push(i); } while (s.size() >= 0) {"
                    + " out.append(s.pop()); }",
            "Stack<Integer> s = new Stack<>(); out.append(a % 2 == 0 ? s.peek() : s.pop())",
            "Stack<String> s = new Stack<>(); s.addAll(xs); out.append(s.search(n)).append(s.get(0)).append(s)");

    private static final List<String> ATOMIC_OPS = List.of(
            "AtomicInteger c = new AtomicInteger(a); xs.forEach(x -> c.incrementAndGet()); out.append(c)"
                    + ".append(c.getAndAdd(3)).append(c.get())",
            "AtomicInteger c = new AtomicInteger(Integer.MAX_VALUE - a); out.append(c.incrementAndGet())"
                    + ".append(c.getAndIncrement()).append(c.addAndGet(a)).append(c.decrementAndGet())",
            "AtomicInteger c = new AtomicInteger(a); out.append(c.updateAndGet(v -> v * 3)).append(c.getAndUpdate(v"
                    + " -> v - 1)).append(c.accumulateAndGet(5, Math::max)).append(c.getAndAccumulate(2, (x, y) -> x"
                    + " * y)).append(c)",
            "AtomicInteger c = new AtomicInteger(); out.append(c.compareAndSet(a, 9)).append(c.compareAndSet(0, 4))"
                    + ".append(c.getAndSet(a)).append(c.intValue()).append(c.doubleValue()).append(c.longValue())"
                    + ".append(c.floatValue())",
            "AtomicLong c = new AtomicLong(Long.MIN_VALUE + a); out.append(c.decrementAndGet()).append(c"
                    + ".getAndAdd(-a)).append(c).append(c.updateAndGet(v -> v / 2))",
            "AtomicLong c = new AtomicLong(); xs.forEach(x -> c.addAndGet(x == null ? 100 : x.length()));"
                    + " out.append(c.get()).append(c.compareAndSet(3, 1)).append(c.accumulateAndGet(a, Long::sum))",
            "AtomicBoolean f = new AtomicBoolean(a > 2); out.append(f).append(f.getAndSet(false))"
                    + ".append(f.compareAndSet(false, true)).append(f.get())",
            "AtomicReference<String> r = new AtomicReference<>(n); out.append(r).append(r.updateAndGet(s -> s +"
                    + " \"!\")).append(r.getAndUpdate(s -> null)).append(r.get())",
            "AtomicReference<String> r = new AtomicReference<>(); out.append(r.compareAndSet(null, b)).append(r"
                    + ".accumulateAndGet(\"z\", String::concat)).append(r.getAndSet(n)).append(r.toString())",
            "AtomicReference<List<String>> r = new AtomicReference<>(List.of()); xs.forEach(x -> r.updateAndGet(l ->"
                    + " { List<String> c = new ArrayList<>(l); c.add(x); return c; })); out.append(r.get())",
            "AtomicInteger c = new AtomicInteger(a); Map<String, AtomicInteger> counts = new TreeMap<>(); for (String x"
                    + " : List.of(\"p\", \"q\", \"p\", b)) { counts.computeIfAbsent(x, k -> new AtomicInteger())"
                    + ".incrementAndGet(); } out.append(counts).append(c.incrementAndGet())");

    private static final List<String> ENUM_OPS = List.of(
            "out.append(EnumSet.range(Level.values()[a % 4], Level.TOP)).append(EnumSet.allOf(Level.class))",
            "out.append(EnumSet.complementOf(EnumSet.of(Level.values()[a % 4], Level.LOW)))",
            "out.append(EnumSet.range(Level.TOP, Level.values()[a % 4]))",
            "out.append(EnumSet.copyOf(new ArrayList<Level>()))",
            "out.append(EnumSet.copyOf(List.of(Level.values()[a % 4], Level.MID)))",
            "EnumSet<Level> s = EnumSet.noneOf(Level.class); s.add(Level.values()[a % 4]); s.add(null)",
            "EnumSet<Level> s = EnumSet.of(Level.MID, Level.LOW); out.append(s.contains(null)).append(s.remove(null))"
                    + ".append(s.contains(\"MID\")).append(s.equals(Set.of(Level.LOW,"
                    + " Level.MID)))",
            "EnumSet<Level> s = EnumSet.allOf(Level.class); s.removeIf(l -> l.ordinal() < a); Iterator<Level> it ="
                    + " s.iterator(); out.append(s); if (it.hasNext()) { it.next(); it.remove(); } out.append(s)",
            "EnumMap<Level, Integer> m = new EnumMap<>(Level.class); m.put(Level.TOP, 1); m.put(Level.values()[a % 4],"
                    + " a); m.put(Level.LOW, null); out.append(m).append(m.containsKey(Level.LOW)).append(m.get(Level"
                    + ".MID)).append(m.keySet()).append(m.values())",
            "EnumMap<Level, Integer> m = new EnumMap<>(Level.class); m.put(null, 1)",
            "EnumMap<Level, Integer> m = new EnumMap<>(Map.of(Level.MID, 2, Level.TOP, a)); out.append(m)"
                    + ".append(m.equals(Map.of(Level.MID, 2, Level.TOP, a)))",
            "out.append(new EnumMap<Level, Integer>(new HashMap<Level, Integer>()))",
            "out.append(Level.valueOf(b))",
            "out.append(Enum.valueOf(Level.class, b.toUpperCase()))",
            "out.append(Level.valueOf(n))",
            "out.append(Level.values()[a % 4].compareTo(Level.MID)).append(Level.MID.getDeclaringClass()"
                    + ".getSimpleName()).append(Level.values()[a % 4].name())");

    private static final String MEMBERS =
            """
                enum Level { LOW, MID, HIGH, TOP }

                static Properties loaded(String text) {
                    Properties p = new Properties();
                    try {
                        p.load(new StringReader(text));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return p;
                }

            """;

    private static final List<Kind> KINDS = List.of(
            new Kind(5, "", List.of(), CHM_OPS),
            new Kind(3, "", List.of(), TABLE_OPS),
            new Kind(3, "", List.of(), VECTOR_OPS),
            new Kind(2, "", List.of(), ATOMIC_OPS),
            new Kind(2, "", List.of(), ENUM_OPS));

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261321, false", "20261322, true"})
    void concurrentAndLegacyCollections_answerAndRefuseAsOnTheJvm(
            long defaultSeed, boolean development, @TempDir Path dir) throws Exception {
        long seed = Long.getLong("jdash.concurrent.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.concurrent",
                "ConcurrentCallbacks",
                CollectionViewGenerator.source(
                        seed,
                        "com.example.concurrent",
                        "ConcurrentCallbacks",
                        CALLBACKS,
                        KINDS,
                        List.of("java.io.*", "java.util.concurrent.*", "java.util.concurrent.atomic.*"),
                        MEMBERS),
                "concurrent-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
