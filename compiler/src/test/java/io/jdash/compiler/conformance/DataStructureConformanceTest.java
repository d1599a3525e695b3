package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over the JDK's other data structures as callbacks use them for queues, top-N lists, caches,
 * flags and text building: {@code PriorityQueue} (its heap order as printed, removal, comparators, elements that
 * are not comparable), {@code ArrayDeque} and {@code LinkedList} as deques and lists, {@code BitSet},
 * {@code IdentityHashMap}, access-ordered {@code LinkedHashMap} with {@code removeEldestEntry}, {@code StringBuilder}
 * edits at and past the ends (surrogate pairs included), {@code StringJoiner} and {@code StringTokenizer}. Compiled by
 * javac at test time and run on the JVM and in the browser on the same inputs: the answers, or the exception's class
 * and message, must be the JVM's. {@code -Djdash.datastructures.seed=N} explores other programs; a disagreement's
 * source is in {@code target/datastructures-<seed>.java}.
 */
class DataStructureConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of("north", "", "x", "q", "na\u00efve", "\ud83d\ude00y", "zz");

    private static final List<String> QUEUE_OPS = List.of(
            "PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(5, 1, 4, a, 2, 3)); out.append(pq).append(' ')"
                    + ".append(pq.peek()).append(pq.poll()).append(pq)",
            "PriorityQueue<Integer> pq = new PriorityQueue<>(); for (int v : new int[] {5, 1, 4, a, 2, 3, a * 2}) {"
                    + " pq.add(v); } out.append(pq); pq.poll(); out.append(pq).append(Arrays.toString(pq.toArray()))",
            "PriorityQueue<String> pq = new PriorityQueue<>(Comparator.reverseOrder()); pq.addAll(xs); pq.add(b);"
                    + " out.append(pq).append(pq.remove(\"q\")).append(pq).append(pq.remove(\"absent\"))",
            "PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(3, 1, 2, a, 7, 0)); Iterator<Integer> it ="
                    + " pq.iterator(); it.next(); it.next(); it.remove(); out.append(pq).append(pq.size())",
            "PriorityQueue<String> pq = new PriorityQueue<>(); pq.add(b); pq.add(n); out.append(pq)",
            "PriorityQueue<Integer> pq = new PriorityQueue<>(a); pq.add(a); out.append(pq)",
            "PriorityQueue<Object> pq = new PriorityQueue<>(); pq.add(a % 2 == 0 ? \"s\" : new Object()); pq.add(b);"
                    + " out.append(pq.size())",
            "PriorityQueue<Integer> pq = new PriorityQueue<>(Comparator.comparing(v -> v % 3)); pq.addAll(List.of(5, 1,"
                    + " 4, a, 2, 3, 9)); StringBuilder order = new StringBuilder(); while (!pq.isEmpty()) {"
                    + " order.append(pq.poll()); } out.append(order)",
            "PriorityQueue<String> pq = new PriorityQueue<>(new TreeSet<>(xs)); out.append(pq).append(pq.comparator())"
                    + ".append(new PriorityQueue<>(pq).poll())",
            "PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(4, a, 1)); out.append(pq.remove()).append(pq"
                    + ".element()).append(pq.offer(a)).append(pq.contains(a)).append(pq.removeIf(v -> v > 2)).append(pq)",
            "PriorityQueue<Object> pq = new PriorityQueue<>(); pq.add(a % 2 == 0 ? b : (Object) a); pq.add(a > 2 ? b :"
                    + " (Object) a); out.append(pq)",
            "TreeSet<Object> ts = new TreeSet<>(); ts.add(a % 2 == 0 ? b : (Object) a); ts.add(a > 2 ? b : (Object) a);"
                    + " out.append(ts)",
            "List<Object> mixed = new ArrayList<>(List.of(b, a, \"m\")); mixed.sort(null); out.append(mixed)",
            "List<Integer> l = new ArrayList<>(List.of(5, 3, a, 8, 1, 9, 2, a * 3)); StringBuilder calls = new"
                    + " StringBuilder(); l.sort((x, y) -> { calls.append(x).append(y).append(','); return"
                    + " Integer.compare(x % 4, y % 4); }); out.append(l).append(calls)",
            "StringBuilder calls = new StringBuilder(); out.append(Stream.of(9, 7, a, 5, 3, 3, 1).sorted((x, y) -> {"
                    + " calls.append(x).append(y); return y - x; }).toList()).append(calls)",
            "String[] words = (b + \" kiwi fig apple date\").split(\" \"); StringBuilder calls = new StringBuilder();"
                    + " Arrays.sort(words, 1, words.length, (x, y) -> { calls.append(x.charAt(0)).append(y.charAt(0));"
                    + " return x.length() - y.length(); }); out.append(Arrays.toString(words)).append(calls)",
            "List<Integer> l = new ArrayList<>(); for (int i = 0; i < 40 + a; i++) { l.add((i * 37 + a) % 11); }"
                    + " List<Integer> idx = new ArrayList<>(); for (int i = 0; i < l.size(); i++) { idx.add(i); }"
                    + " idx.sort(Comparator.comparing(l::get)); out.append(idx)",
            "List<Integer> l = new ArrayList<>(); for (int i = 0; i < 70 + a * 13; i++) { l.add(i % 9 == 0 ? 100 - i :"
                    + " (i * 37 + a) % 23); } int[] calls = {0, 0}; l.sort((x, y) -> { calls[0]++; calls[1] = calls[1] *"
                    + " 31 + x * 7 + y; return Integer.compare(x, y); }); out.append(l.hashCode()).append(' ')"
                    + ".append(calls[0]).append(' ').append(calls[1])",
            "List<Integer> l = new ArrayList<>(); for (int i = 0; i < 150 + a * 40; i++) { l.add(i < 60 ? i * 2 : i <"
                    + " 110 ? 400 - i : i % (7 + a)); } int[] calls = {0, 0}; l.sort((x, y) -> { calls[0]++; calls[1] ="
                    + " calls[1] * 31 + x - y; return x - y; }); out.append(l.hashCode()).append(' ').append(calls[0])"
                    + ".append(' ').append(calls[1])",
            "List<Integer> l = new ArrayList<>(); for (int i = 0; i < 100 + a * 50; i++) { l.add((i * 7919 + a) %"
                    + " 1000); } l.sort((x, y) -> (x * 7 + y * 3 + a) % 3 - 1); out.append(l.hashCode())",
            "List<String> l = new ArrayList<>(); for (int i = 0; i < 45 + a; i++) { l.add(Integer.toString((i * 53 +"
                    + " a) % 97, 36)); } Collections.sort(l); out.append(l.hashCode()).append(l.get(0)).append(l"
                    + ".get(l.size() - 1))",
            "Object[] mixed = {b, \"m\", a}; Arrays.sort(mixed); out.append(Arrays.toString(mixed))",
            "Object[] mixed = {new Object(), b}; Arrays.sort(mixed); out.append(mixed.length)",
            "out.append(new PriorityQueue<Integer>().remove())",
            "out.append(new PriorityQueue<Integer>().element())",
            "ArrayDeque<String> d = new ArrayDeque<>(xs); d.addFirst(b); d.offerLast(\"z\"); out.append(d).append(d"
                    + ".pollLast()).append(d.peekFirst()).append(d).append(d.size())",
            "ArrayDeque<String> d = new ArrayDeque<>(); d.push(b); d.push(n); out.append(d)",
            "ArrayDeque<String> d = new ArrayDeque<>(xs); d.clear(); out.append(d.pollFirst()).append(d.peekLast())"
                    + ".append(d.pop())",
            "ArrayDeque<String> d = new ArrayDeque<>(xs); out.append(d.removeFirstOccurrence(\"q\")).append(d"
                    + ".removeLastOccurrence(b)).append(d).append(d.getLast()).append(d.element())",
            "ArrayDeque<Integer> d = new ArrayDeque<>(List.of(1, 2, 3, a)); Iterator<Integer> it = d"
                    + ".descendingIterator(); StringBuilder t = new StringBuilder(); while (it.hasNext()) { int v ="
                    + " it.next(); t.append(v); if (v == 2) { it.remove(); } } out.append(t).append(d)",
            "ArrayDeque<Integer> d = new ArrayDeque<>(); for (int i = 0; i < 20 + a; i++) { if (i % 3 == 0) {"
                    + " d.addFirst(i); } else { d.addLast(i); } if (i % 5 == 4) { d.pollFirst(); } } out.append(d)",
            "ArrayDeque<String> d = new ArrayDeque<>(xs); out.append(d.removeIf(s -> s.compareTo(\"q\") < 0))"
                    + ".append(d).append(d.contains(b)).append(Arrays.toString(d.toArray(new String[0])))",
            "ArrayDeque<String> d = new ArrayDeque<>(xs); for (String s : d) { if (s.equals(\"q\")) { d.add(\"w\");"
                    + " } } out.append(d)",
            "ArrayDeque<String> d = new ArrayDeque<>(xs); d.getFirst(); d.removeLast(); d.removeFirst();"
                    + " d.removeFirst(); out.append(d.size()).append(d.removeLast())",
            "LinkedList<String> l = new LinkedList<>(xs); l.add(1, n); l.removeLastOccurrence(\"q\"); l.push(\"s\");"
                    + " out.append(l).append(l.indexOf(null)).append(l.peekLast()).append(l.pollFirst()).append(l)",
            "LinkedList<String> l = new LinkedList<>(); out.append(l.peek()).append(l.poll()).append(l.getFirst())",
            "LinkedList<String> l = new LinkedList<>(xs); out.append(l.get(a + 2))",
            "LinkedList<String> l = new LinkedList<>(xs); l.add(a + 1, \"w\"); out.append(l)",
            "LinkedList<String> l = new LinkedList<>(xs); ListIterator<String> it = l.listIterator(1); it.add(\"w\");"
                    + " it.previous(); it.set(\"v\"); it.next(); it.next(); it.remove(); out.append(l).append(it"
                    + ".nextIndex()).append(it.hasPrevious())",
            "LinkedList<String> l = new LinkedList<>(xs); out.append(l.remove()).append(l.element()).append(l"
                    + ".offerFirst(b)).append(l.removeLast()).append(l.lastIndexOf(b)).append(l.set(0, \"t\")).append(l)",
            "LinkedList<Integer> l = new LinkedList<>(List.of(3, 1, 2, a)); l.sort(null); Collections.reverse(l);"
                    + " out.append(l).append(l.descendingIterator().next()).append(l.subList(1, 3))");

    private static final List<String> BIT_OPS = List.of(
            "BitSet bs = new BitSet(); bs.set(a); bs.set(3, 9); bs.clear(5); out.append(bs).append(bs.cardinality())"
                    + ".append(' ').append(bs.length()).append(' ').append(bs.nextClearBit(3)).append(' ')"
                    + ".append(bs.previousSetBit(10)).append(' ').append(bs.nextSetBit(9))",
            "BitSet x = BitSet.valueOf(new long[] {a * 37L + 1}); BitSet y = BitSet.valueOf(new long[] {0x55});"
                    + " BitSet z = (BitSet) x.clone(); x.and(y); z.or(y); BitSet w = (BitSet) z.clone(); w.xor(x);"
                    + " out.append(x).append(z).append(w).append(Arrays.toString(w.toLongArray()))",
            "BitSet x = BitSet.valueOf(new long[] {a * 37L + 1}); BitSet y = BitSet.valueOf(new long[] {0x55});"
                    + " x.andNot(y); out.append(x).append(x.hashCode()).append(x.equals(y)).append(x.intersects(y))"
                    + ".append(Arrays.toString(x.toByteArray()))",
            "BitSet bs = new BitSet(); bs.set(-a)",
            "BitSet bs = new BitSet(); bs.set(5, a)",
            "BitSet bs = new BitSet(a - 3); bs.set(a); out.append(bs.length())",
            "BitSet bs = new BitSet(); bs.flip(60 + a, 70); bs.set(130); out.append(bs).append(bs.length()).append(' ')"
                    + ".append(bs.stream().sum()).append(' ').append(bs.get(62, 68)).append(bs.isEmpty())",
            "BitSet bs = BitSet.valueOf(new byte[] {(byte) (a * 50), 1}); out.append(bs).append(bs.get(a))"
                    + ".append(bs.previousClearBit(a)).append(bs.nextClearBit(-a))",
            "BitSet bs = new BitSet(); for (char ch : b.toCharArray()) { bs.set(ch % 64); } out.append(bs).append(bs"
                    + ".cardinality()).append(bs.toString().length())");

    private static final List<String> MAP_OPS = List.of(
            "Map<String, Integer> m = new IdentityHashMap<>(); String k1 = new String(b); String k2 = new String(b);"
                    + " m.put(k1, 1); m.put(k2, 2); m.put(b, 3); out.append(m.size()).append(m.get(b)).append(m"
                    + ".containsKey(new String(b))).append(m.get(k1)).append(m.containsValue(2))",
            "Map<String, Integer> m = new IdentityHashMap<>(); m.put(null, a); m.put(b, 1); out.append(m.get(null))"
                    + ".append(m.remove(new String(b))).append(m.size()).append(m.equals(Map.of(b, 1)))",
            "LinkedHashMap<String, Integer> m = new LinkedHashMap<>(16, 0.75f, true); m.put(\"p\", 1); m.put(\"q\", 2);"
                    + " m.put(b, 3); m.get(\"p\"); m.getOrDefault(\"q\", 0); m.putIfAbsent(\"p\", 9); out.append(m)",
            "LinkedHashMap<String, Integer> m = new LinkedHashMap<>(16, 0.75f, true); m.put(\"p\", 1); m.put(\"q\", 2);"
                    + " m.put(\"r\", 3); m.compute(\"p\", (k, v) -> v + a); m.merge(\"q\", 5, Integer::sum);"
                    + " m.computeIfPresent(b, (k, v) -> v * 2); m.replace(\"r\", 7); out.append(m)",
            "Map<String, Integer> lru = new LinkedHashMap<>(4, 0.75f, true) { @Override protected boolean"
                    + " removeEldestEntry(Map.Entry<String, Integer> e) { return size() > 2; } }; lru.put(\"p\", 1);"
                    + " lru.put(\"q\", 2); lru.get(\"p\"); lru.put(b, a); lru.putIfAbsent(\"s\", 4); out.append(lru)",
            "LinkedHashMap<String, Integer> m = new LinkedHashMap<>(); m.put(\"p\", 1); m.put(b, 2); m.put(\"p\", 3);"
                    + " Iterator<String> it = m.keySet().iterator(); it.next(); it.remove(); m.put(\"p\", 4);"
                    + " out.append(m).append(m.entrySet().iterator().next())",
            "LinkedHashMap<String, Integer> m = new LinkedHashMap<>(); m.put(\"p\", 1); m.put(\"q\", 2); for"
                    + " (Map.Entry<String, Integer> e : m.entrySet()) { e.setValue(e.getValue() * 10 + a); }"
                    + " m.replaceAll((k, v) -> k.length() + v); out.append(m).append(m.values())",
            "LinkedHashMap<String, Integer> m = new LinkedHashMap<>(); m.put(\"p\", 1); m.put(\"q\", 2); for (String k"
                    + " : m.keySet()) { if (k.equals(\"p\")) { m.put(b, 3); } } out.append(m)",
            "LinkedHashMap<String, Integer> m = new LinkedHashMap<>(16, 0.75f, true); m.put(\"p\", 1); m.put(\"q\", 2);"
                    + " for (String k : m.keySet()) { m.get(\"p\"); } out.append(m)");

    private static final List<String> TEXT_OPS = List.of(
            "StringBuilder sb = new StringBuilder(b); sb.insert(0, a).append('x').reverse(); out.append(sb).append(sb"
                    + ".length())",
            "StringBuilder sb = new StringBuilder(b); sb.setLength(a); out.append(sb.toString().replace('\\0', '0'))"
                    + ".append('|').append(sb.length())",
            "StringBuilder sb = new StringBuilder(b); sb.delete(1, a); out.append(sb)",
            "StringBuilder sb = new StringBuilder(b); sb.deleteCharAt(a); out.append(sb)",
            "StringBuilder sb = new StringBuilder(b); sb.replace(1, a, \"zz\"); out.append(sb)",
            "StringBuilder sb = new StringBuilder(b); sb.insert(a, \"q\"); out.append(sb)",
            "StringBuilder sb = new StringBuilder(b); sb.setCharAt(a, 'c'); out.append(sb)",
            "StringBuilder sb = new StringBuilder(b); out.append(sb.charAt(a))",
            "StringBuilder sb = new StringBuilder(b); out.append(sb.substring(a)).append(sb.substring(0, a))",
            "StringBuilder sb = new StringBuilder(b).append(b); out.append(sb.indexOf(\"x\", a)).append(sb.lastIndexOf("
                    + "\"y\", a)).append(sb.indexOf(\"\", 100)).append(sb.lastIndexOf(\"\"))",
            "StringBuilder sb = new StringBuilder(b); sb.appendCodePoint(0x1F600 + a).append(\"ab\").reverse();"
                    + " out.append(sb).append(sb.codePointCount(0, sb.length())).append(sb.codePointAt(0))",
            "StringBuilder sb = new StringBuilder(b); out.append(sb.codePointAt(a)).append(' ').append(sb"
                    + ".codePointBefore(Math.min(a, sb.length())))",
            "StringBuilder sb = new StringBuilder(b); out.append(sb.compareTo(new StringBuilder(\"q\"))).append(sb"
                    + ".chars().sum()).append(sb.toString().contentEquals(sb))",
            "StringBuilder sb = new StringBuilder(a - 3); out.append(sb.append(b))",
            "StringBuilder sb = new StringBuilder(); sb.append((String) null).append((Object) null).insert(0, (Object)"
                    + " null).append(new char[] {'h', 'i'}, 0, a)",
            "StringBuilder sb = new StringBuilder(b); sb.insert(0, new char[] {'h', 'i', 'j'}, 1, a); out.append(sb)",
            "StringBuilder sb = new StringBuilder(b); sb.append((CharSequence) \"abcdef\", a, 4); out.append(sb)",
            "StringBuilder sb = new StringBuilder(b); sb.insert(1, (CharSequence) \"abcdef\", 2, a); out.append(sb)",
            "StringBuilder sb = new StringBuilder(b); sb.append(1.5f).append(-0.0).append(Long.MIN_VALUE).append('c')"
                    + ".append(true).append(1e-5).insert(2, 2.5).insert(0, 'q'); out.append(sb)",
            "StringBuilder sb = new StringBuilder(b); sb.replace(a, a + 10, \"\").append('|').replace(0, 0, \"<\");"
                    + " out.append(sb).append(sb.offsetByCodePoints(0, Math.min(a, sb.codePointCount(0, sb.length()))))",
            "StringJoiner j = new StringJoiner(\", \", \"[\", \"]\"); j.setEmptyValue(\"none\"); out.append(j).append(j"
                    + ".length()); for (String s : xs) { j.add(s); } out.append(j).append(j.length())",
            "StringJoiner j = new StringJoiner(\"-\"); j.add(b).add(n); StringJoiner k = new StringJoiner(\"+\", \"<\","
                    + " \">\"); k.add(\"a\"); k.merge(j); k.merge(new StringJoiner(\"/\")); out.append(k).append(k"
                    + ".length())",
            "StringTokenizer t = new StringTokenizer(b + \",p,,q r\", \", \"); out.append(t.countTokens()); while"
                    + " (t.hasMoreTokens()) { out.append('[').append(t.nextToken()).append(']'); }",
            "StringTokenizer t = new StringTokenizer(\"a=b;c\" + b, \"=;\", true); StringBuilder s = new"
                    + " StringBuilder(); while (t.hasMoreElements()) { s.append(t.nextElement()).append('|'); }"
                    + " out.append(s).append(t.countTokens())",
            "StringTokenizer t = new StringTokenizer(b); out.append(t.nextToken()).append(t.nextToken())",
            "StringTokenizer t = new StringTokenizer(\"x;y,z\" + b, \";\"); out.append(t.nextToken()).append(t"
                    + ".nextToken(\",\")).append(t.hasMoreTokens())");

    private static final List<Kind> KINDS = List.of(
            new Kind(4, "", List.of(), QUEUE_OPS),
            new Kind(2, "", List.of(), BIT_OPS),
            new Kind(2, "", List.of(), MAP_OPS),
            new Kind(4, "", List.of(), TEXT_OPS));

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261311, false", "20261312, true"})
    void dataStructures_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.datastructures.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.datastructures",
                "DataStructureCallbacks",
                CollectionViewGenerator.source(
                        seed, "com.example.datastructures", "DataStructureCallbacks", CALLBACKS, KINDS, List.of()),
                "datastructures-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
