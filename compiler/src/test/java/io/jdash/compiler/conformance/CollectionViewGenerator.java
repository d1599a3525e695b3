package io.jdash.compiler.conformance;

import java.util.List;
import java.util.Random;

/**
 * Seeded random callbacks over the JDK's many kinds of list, set, map and entry that are not plain mutable
 * collections: {@code List.of}/{@code Set.of}/{@code Map.of} of every arity and their {@code copyOf}, {@code
 * Stream.toList}, the unmodifiable collectors, {@code Collections.unmodifiable*}/{@code singleton*}/{@code empty*}/
 * {@code nCopies}, {@code Arrays.asList}, sub-lists, with plain mutable ones beside them. Each statement builds one
 * (from inputs that may hold a null or a duplicate) and runs one operation on it: queries about null, changes the
 * kind refuses or allows, indexes out of range, iteration, sorting, copies, equality. What is logged is the answer
 * and the state afterwards, or the exception's class and message; never the iteration order of a {@code Set.of} or
 * {@code Map.of}, which the JDK draws at random for each run.
 */
final class CollectionViewGenerator {
    /**
     * One kind of statement: a variable of {@code declaredType} named {@code c} made by one of {@code sources} (none
     * when the type is empty), then one of {@code ops}; drawn with the weight {@code weight}.
     */
    record Kind(int weight, String declaredType, List<String> sources, List<String> ops) {}

    private static final List<String> LIST_SOURCES = List.of(
            "List.of()",
            "List.of(n)",
            "List.of(n, \"q\")",
            "List.of(\"p\", n, \"r\")",
            "List.of(\"p\", \"q\", \"r\", \"s\", \"t\", \"u\", \"v\", \"w\", \"x\", \"y\", n)",
            "List.of(new String[] {\"p\", n})",
            "List.copyOf(xs)",
            "xs.stream().toList()",
            "Stream.of(\"p\", n).toList()",
            "xs.stream().collect(Collectors.toUnmodifiableList())",
            "xs.stream().collect(Collectors.toList())",
            "Collections.unmodifiableList(xs)",
            "Collections.unmodifiableList(new LinkedList<>(xs))",
            "Collections.singletonList(n)",
            "Collections.emptyList()",
            "Arrays.asList(\"p\", n, \"r\")",
            "Arrays.asList(xs.toArray(new String[0]))",
            "Collections.nCopies(a, n)",
            "List.of(\"p\", \"q\", \"r\").subList(1, 3)",
            "List.copyOf(xs).subList(0, 2)",
            "Collections.unmodifiableList(xs).subList(0, 2)",
            "xs.subList(1, 3)",
            "Collections.unmodifiableList(List.of(\"p\", \"q\"))",
            "Collections.unmodifiableList(Arrays.asList(\"p\", n))",
            "Arrays.asList(\"p\", n, \"r\").subList(0, 2)",
            "Collections.nCopies(a, n).subList(0, 1)",
            "new ArrayList<>(xs)",
            "new LinkedList<>(xs)");

    private static final List<String> LIST_OPS = List.of(
            "out.append(c.contains(n))",
            "out.append(c.contains(\"q\"))",
            "out.append(c.indexOf(n))",
            "out.append(c.lastIndexOf(n))",
            "out.append(c.indexOf(\"r\"))",
            "out.append(c.containsAll(Arrays.asList(\"p\", n)))",
            "out.append(c.get(a))",
            "out.append(c.get(a - 1))",
            "out.append(c.get(c.size()))",
            "out.append(c.set(0, \"z\")).append(c)",
            "out.append(c.add(\"z\")).append(c)",
            "c.add(0, \"z\"); out.append(c)",
            "out.append(c.remove(\"p\")).append(c)",
            "out.append(c.remove(n)).append(c)",
            "out.append(c.remove(0)).append(c)",
            "out.append(c.addAll(List.of(\"z\"))).append(c)",
            "out.append(c.addAll(List.of())).append(c)",
            "out.append(c.addAll(0, List.of())).append(c)",
            "out.append(c.removeAll(List.of(\"zz\"))).append(c)",
            "out.append(c.retainAll(new ArrayList<>(c))).append(c)",
            "out.append(c.removeIf(x -> x == null)).append(c)",
            "c.replaceAll(x -> x); out.append(c)",
            "c.sort(null); out.append(c)",
            "c.sort(Comparator.nullsFirst(Comparator.reverseOrder())); out.append(c)",
            "Collections.sort(c); out.append(c)",
            "Collections.reverse(c); out.append(c)",
            "Collections.swap(c, 0, a); out.append(c)",
            "Collections.fill(c, \"f\"); out.append(c)",
            "c.clear(); out.append(c)",
            "out.append(c.iterator().next())",
            "Iterator<String> it = c.iterator(); it.next(); it.remove(); out.append(c)",
            "Iterator<String> it = c.iterator(); it.remove(); out.append(c)",
            "out.append(c.listIterator(a).hasPrevious())",
            "ListIterator<String> it = c.listIterator(); it.next(); it.set(\"s\"); out.append(c)",
            "ListIterator<String> it = c.listIterator(); it.add(\"s\"); out.append(c)",
            "out.append(c.subList(0, a))",
            "out.append(c.subList(1, c.size()).indexOf(n))",
            "out.append(c.subList(a, 1))",
            "out.append(c.hashCode())",
            "out.append(c.equals(List.of(\"p\", \"q\", \"r\")))",
            "out.append(c.stream().peek(x -> out.append('.')).count())",
            "out.append(c.stream().map(x -> out.append('m')).count())",
            "ListIterator<String> it = c.listIterator(c.size()); out.append(it.hasPrevious() ? it.previous() : \"-\")",
            "out.append(c.spliterator().estimateSize())",
            "out.append(new ArrayList<>(c).equals(c))",
            "out.append(c.equals(new ArrayList<>(c)))",
            "out.append(Collections.unmodifiableList(c).equals(c))",
            "out.append(List.copyOf(c) == c)",
            "Iterator<String> it = c.iterator(); it.forEachRemaining(out::append); out.append(it.hasNext())",
            "out.append(c.lastIndexOf(\"q\"))",
            "out.append(c.toArray(new String[0]).length)",
            "out.append(c.stream().toList().equals(c))",
            "out.append(c.stream().collect(Collectors.toUnmodifiableList()))",
            "out.append(c.equals(Arrays.asList(n)))",
            "out.append(c.toArray().length)",
            "out.append(Arrays.toString(c.toArray(new String[5])))",
            "out.append(c.stream().count())",
            "out.append(c.isEmpty())",
            "c.forEach(x -> out.append(x).append(','))",
            "out.append(List.copyOf(c))",
            "out.append(Set.copyOf(c).size())",
            "out.append(String.join(\"|\", c))",
            "out.append(c)",
            "out.append(c instanceof RandomAccess)",
            "out.append(Collections.max(c))",
            "out.append(Collections.frequency(c, n))",
            "out.append(Collections.binarySearch(c, \"q\"))",
            "Collections.rotate(c, a); out.append(c)",
            "Collections.rotate(c, -1); out.append(c)",
            "out.append(Collections.replaceAll(c, \"q\", \"z\")).append(c)",
            "out.append(Collections.replaceAll(c, n, \"z\")).append(c)",
            "out.append(Collections.indexOfSubList(c, List.of(\"q\")))",
            "out.append(Collections.lastIndexOfSubList(c, Arrays.asList(n)))",
            "Collections.copy(c, List.of(\"z\")); out.append(c)",
            "Collections.copy(c, List.of(\"z\", \"y\", \"x\", \"w\", \"v\")); out.append(c)",
            "out.append(Collections.min(c, Comparator.nullsFirst(Comparator.naturalOrder())))",
            "out.append(Collections.addAll(c, \"z\", \"y\")).append(c)",
            "out.append(Collections.addAll(c)).append(c)",
            "out.append(Collections.binarySearch(c, n))",
            "Collections.shuffle(c, new Random(a)); out.append(c)",
            "out.append(Collections.synchronizedList(c).add(\"z\")).append(c)",
            "out.append(Collections.synchronizedList(c).get(0))",
            "out.append(Collections.checkedList(c, String.class).add(\"z\")).append(c)",
            "out.append(Collections.list(Collections.enumeration(c)))",
            "out.append(Collections.disjoint(c, Set.of(\"q\")))",
            "out.append(Collections.disjoint(Arrays.asList(n), c))",
            "out.append(new TreeSet<>(c))",
            "out.append(c.stream().sorted().collect(Collectors.toList()))");

    private static final List<String> SET_SOURCES = List.of(
            "Set.of()",
            "Set.of(n)",
            "Set.of(\"p\", n)",
            "Set.of(\"p\", \"q\", n)",
            "Set.of(new String[] {\"p\", \"q\", \"r\", n})",
            "Set.copyOf(xs)",
            "xs.stream().collect(Collectors.toUnmodifiableSet())",
            "Collections.unmodifiableSet(new HashSet<>(xs))",
            "Collections.singleton(n)",
            "Collections.unmodifiableSet(Set.of(\"p\", \"q\"))",
            "Map.of(\"k\", 1).keySet()",
            "Collections.singletonMap(n, 1).keySet()",
            "Map.copyOf(hm).keySet()",
            "Collections.emptySet()",
            "new HashSet<>(xs)",
            "new LinkedHashSet<>(xs)",
            "new TreeSet<>(xs)",
            "hm.keySet()",
            "Map.of(\"k\", 1, \"p\", 2).keySet()");

    private static final List<String> SET_OPS = List.of(
            "out.append(c.contains(n))",
            "out.append(c.contains(\"q\"))",
            "out.append(c.containsAll(Arrays.asList(n)))",
            "out.append(c.containsAll(List.of()))",
            "out.append(c.add(\"z\")).append(show(c))",
            "out.append(c.add(n)).append(show(c))",
            "out.append(c.remove(n)).append(show(c))",
            "out.append(c.remove(\"zz\")).append(show(c))",
            "out.append(c.addAll(Set.of())).append(show(c))",
            "out.append(c.removeAll(List.of())).append(show(c))",
            "out.append(c.retainAll(new ArrayList<>(c))).append(show(c))",
            "out.append(c.removeIf(x -> false)).append(show(c))",
            "out.append(c.removeIf(x -> x == null)).append(show(c))",
            "c.clear(); out.append(show(c))",
            "out.append(c.size())",
            "out.append(c.isEmpty())",
            "out.append(c.hashCode())",
            "out.append(c.equals(Set.of(\"p\", \"q\", \"r\")))",
            "out.append(c.equals(new HashSet<>(xs)))",
            "out.append(show(c))",
            "out.append(c.iterator().hasNext())",
            "out.append(c.stream().peek(x -> out.append('.')).count())",
            "out.append(Set.copyOf(c) == c)",
            "out.append(c.equals(Set.copyOf(new HashSet<>(c))))",
            "out.append(Collections.unmodifiableSet(c).equals(c))",
            "Iterator<String> it = c.iterator(); it.remove(); out.append(c.size())",
            "out.append(c.toArray(new String[4]).length)",
            "out.append(c.size() == 1 ? c.iterator().next() : \"-\")",
            "out.append(c.isEmpty() ? c.iterator().next() : \"-\")",
            "Iterator<String> it = c.iterator(); it.next(); it.remove(); out.append(c.size())",
            "out.append(c.toArray().length)",
            "out.append(c.stream().count())",
            "out.append(Set.copyOf(c).size())",
            "out.append(new TreeSet<>(c))",
            "out.append(c.stream().sorted().collect(Collectors.toList()))",
            "out.append(Collections.max(c))",
            "out.append(Collections.disjoint(c, List.of(\"p\")))");

    private static final List<String> MAP_SOURCES = List.of(
            "Map.of()",
            "Map.of(n, 1)",
            "Map.of(\"k\", 1, n, 2)",
            "Map.of(\"k\", a)",
            "Map.of(\"k\", 1, \"p\", 2, \"q\", 3)",
            "Map.ofEntries(Map.entry(\"k\", 1), Map.entry(n, 2))",
            "Map.copyOf(hm)",
            "hm.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue))",
            "xs.stream().collect(Collectors.toUnmodifiableMap(x -> x, x -> 1))",
            "Collections.unmodifiableMap(hm)",
            "Collections.singletonMap(n, 1)",
            "Collections.unmodifiableMap(Map.of(\"k\", 1, \"p\", 2))",
            "Map.copyOf(Map.of(\"k\", 1))",
            "Collections.emptyMap()",
            "new HashMap<>(hm)",
            "new TreeMap<>(hm)",
            "new LinkedHashMap<>(hm)");

    private static final List<String> MAP_OPS = List.of(
            "out.append(c.get(n))",
            "out.append(c.get(\"k\"))",
            "out.append(c.getOrDefault(n, -1))",
            "out.append(c.containsKey(n))",
            "out.append(c.containsKey(\"k\"))",
            "out.append(c.containsValue(null))",
            "out.append(c.containsValue(1))",
            "out.append(c.put(\"z\", 9)).append(show(c))",
            "out.append(c.put(n, 9)).append(show(c))",
            "out.append(c.putIfAbsent(\"k\", 9)).append(show(c))",
            "out.append(c.remove(n)).append(show(c))",
            "out.append(c.remove(\"k\", 1)).append(show(c))",
            "out.append(c.replace(\"k\", 3)).append(show(c))",
            "out.append(c.replace(\"zz\", 3)).append(show(c))",
            "c.replaceAll((k, v) -> v + 1); out.append(show(c))",
            "out.append(c.computeIfAbsent(\"k\", k -> 5)).append(show(c))",
            "out.append(c.computeIfAbsent(\"zz\", k -> null)).append(show(c))",
            "out.append(c.computeIfPresent(\"k\", (k, v) -> null)).append(show(c))",
            "out.append(c.computeIfPresent(\"zz\", (k, v) -> 1)).append(show(c))",
            "out.append(c.compute(\"k\", (k, v) -> 7)).append(show(c))",
            "out.append(c.merge(\"k\", 1, Integer::sum)).append(show(c))",
            "c.putAll(Map.of()); out.append(show(c))",
            "c.clear(); out.append(show(c))",
            "out.append(c.size())",
            "out.append(c.isEmpty())",
            "out.append(c.hashCode())",
            "out.append(c.equals(Map.of(\"k\", 1)))",
            "out.append(c.equals(hm))",
            "out.append(show(c))",
            "out.append(c.keySet().remove(\"k\")).append(show(c))",
            "out.append(c.values().remove(1)).append(show(c))",
            "out.append(c.entrySet().removeIf(e -> false)).append(show(c))",
            "out.append(c.keySet().contains(n))",
            "out.append(c.values().contains(null))",
            "out.append(c.entrySet().contains(Map.entry(\"k\", 1)))",
            "out.append(Map.copyOf(c) == c)",
            "out.append(c.entrySet().stream().peek(e -> out.append('.')).count())",
            "out.append(c.keySet().stream().map(k -> out.append('m')).count())",
            "out.append(c.values().stream().mapToInt(v -> v).sum())",
            "out.append(Collections.unmodifiableMap(c).equals(c))",
            "out.append(c.entrySet().equals(new HashMap<>(c).entrySet()))",
            "out.append(c.keySet().equals(Set.of(\"k\")))",
            "out.append(c.values().size())",
            "out.append(c.getOrDefault(\"k\", -1))",
            "c.entrySet().clear(); out.append(show(c))",
            "c.keySet().clear(); out.append(show(c))",
            "out.append(c.keySet().removeIf(k -> false))",
            "out.append(c.values().removeIf(v -> v == 1)).append(show(c))",
            "out.append(c.containsValue(n))",
            "int[] sum = {0}; c.forEach((k, v) -> sum[0] += v); out.append(sum[0])",
            "out.append(c.size() == 1 ? c.entrySet().iterator().next() : \"-\")",
            "out.append(c.size() == 1 ? c.entrySet().iterator().next().setValue(5) : -1).append(show(c))",
            "out.append(c.isEmpty() ? c.keySet().iterator().next() : \"-\")",
            "out.append(Map.copyOf(c).size())",
            "out.append(new TreeMap<>(c))");

    private static final List<String> ENTRY_OPS = List.of(
            "out.append(Map.entry(n, 1))",
            "out.append(Map.entry(\"k\", a).setValue(2))",
            "out.append(new AbstractMap.SimpleImmutableEntry<>(n, 1).setValue(2))",
            "Map.Entry<String, Integer> e = new AbstractMap.SimpleEntry<>(n, 1); out.append(e.setValue(2)).append(e)",
            "out.append(Map.entry(\"k\", 1).equals(new AbstractMap.SimpleEntry<>(n, 1)))",
            "out.append(Map.entry(\"k\", a).hashCode())",
            "out.append(new AbstractMap.SimpleEntry<>(n, null).hashCode())",
            "out.append(Map.entry(\"k\", a))",
            "out.append(Map.Entry.<String, Integer>comparingByKey().compare(Map.entry(\"k\", 1), Map.entry(\"p\", a)))",
            "out.append(Collections.singletonMap(\"k\", a).entrySet().iterator().next().setValue(3))");

    private static final String HELPERS =
            """
                // the JVM's own NullPointerException texts (JEP 358) are not Java's contract
                private static String failure(RuntimeException e) {
                    return e.getClass().getSimpleName()
                            + (e instanceof NullPointerException ? "" : ":" + e.getMessage());
                }

                private static String show(Collection<?> c) {
                    List<String> texts = new ArrayList<>();
                    for (Object o : c) {
                        texts.add(String.valueOf(o));
                    }
                    Collections.sort(texts);
                    return texts.toString();
                }

                private static <M extends Map<String, Integer>> M fill(M m, int a, String b) {
                    m.put("k", 1);
                    m.put("r", 3);
                    m.put("p", 2);
                    m.put(b, a);
                    return m;
                }

                private static <C extends Collection<String>> C fill(C c, String b) {
                    c.add("k");
                    c.add("r");
                    c.add("p");
                    c.add(b);
                    return c;
                }

                private static String show(Map<?, ?> m) {
                    List<String> texts = new ArrayList<>();
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        texts.add(e.getKey() + "=" + e.getValue());
                    }
                    Collections.sort(texts);
                    return texts.toString();
                }

            """;

    private static final List<Kind> VIEW_KINDS = List.of(
            new Kind(9, "List<String>", LIST_SOURCES, LIST_OPS),
            new Kind(4, "Set<String>", SET_SOURCES, SET_OPS),
            new Kind(5, "Map<String, Integer>", MAP_SOURCES, MAP_OPS),
            new Kind(2, "", List.of(), ENTRY_OPS));

    private final Random random;
    private final List<Kind> kinds;
    private final StringBuilder out = new StringBuilder();

    private CollectionViewGenerator(long seed, List<Kind> kinds) {
        this.random = new Random(seed);
        this.kinds = kinds;
    }

    /** The source of {@code pkg.className} with {@code count} callbacks {@code f0…}, each {@code (int a, String b)}. */
    static String source(long seed, String pkg, String className, int count) {
        return source(seed, pkg, className, count, VIEW_KINDS);
    }

    /** As {@link #source(long, String, String, int)}, with statements of the given kinds. */
    static String source(long seed, String pkg, String className, int count, List<Kind> kinds) {
        return source(seed, pkg, className, count, kinds, List.of());
    }

    /** As {@link #source(long, String, String, int, List)}, importing {@code imports} too ({@code "java.time.*"}). */
    static String source(long seed, String pkg, String className, int count, List<Kind> kinds, List<String> imports) {
        return source(seed, pkg, className, count, kinds, imports, "");
    }

    /** As {@link #source(long, String, String, int, List, List)}, the class declaring {@code members} too. */
    static String source(
            long seed,
            String pkg,
            String className,
            int count,
            List<Kind> kinds,
            List<String> imports,
            String members) {
        CollectionViewGenerator g = new CollectionViewGenerator(seed, kinds);
        g.out.append("package ").append(pkg).append(";\n\n");
        List<String> all = new java.util.ArrayList<>(
                List.of("io.jdash.api.Callback", "io.jdash.api.Clientside", "java.util.*", "java.util.stream.*"));
        all.addAll(imports);
        for (String imported : all) {
            g.out.append("import ").append(imported).append(";\n");
        }
        g.out.append("\npublic final class ").append(className).append(" {\n");
        g.out.append("    private ")
                .append(className)
                .append("() {\n    }\n\n")
                .append(HELPERS)
                .append(members);
        for (int k = 0; k < count; k++) {
            g.method(k);
        }
        return g.out.append("}\n").toString();
    }

    private void method(int k) {
        out.append("    @Clientside\n    @Callback(outputs = \"v")
                .append(k)
                .append(".children\", inputs = {\"v")
                .append(k)
                .append(".a\", \"v")
                .append(k)
                .append(".b\"})\n    public static String f")
                .append(k)
                .append("(int a, String b) {\n")
                .append("        String n = a == 3 ? null : b;\n")
                .append("        List<String> xs = new ArrayList<>(List.of(\"p\", \"q\", \"r\"));\n")
                .append("        if (a % 2 == 0) {\n            xs.add(b);\n        }\n")
                .append("        if (a == 5) {\n            xs.add(1, null);\n        }\n")
                .append("        Map<String, Integer> hm = new HashMap<>(Map.of(\"k\", 1));\n")
                .append("        hm.put(b, a);\n")
                .append("        if (a == 5) {\n            hm.put(null, 0);\n        }\n")
                .append("        StringBuilder out = new StringBuilder();\n");
        int statements = 6 + random.nextInt(4);
        for (int i = 0; i < statements; i++) {
            statement(i);
        }
        out.append("        return out.toString();\n    }\n\n");
    }

    private void statement(int index) {
        int draw = random.nextInt(kinds.stream().mapToInt(Kind::weight).sum());
        Kind kind = kinds.get(0);
        for (Kind k : kinds) {
            kind = k;
            draw -= k.weight();
            if (draw < 0) {
                break;
            }
        }
        String declaration =
                kind.declaredType().isEmpty() ? "" : kind.declaredType() + " c = " + pick(kind.sources()) + ";";
        String op = pick(kind.ops());
        line("out.append(\"" + index + ":\");");
        line("try {");
        if (!declaration.isEmpty()) {
            line("    " + declaration);
        }
        line("    " + op + ";");
        line("} catch (RuntimeException e) {");
        line("    out.append(failure(e));");
        line("}");
        line("out.append(';');");
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private void line(String text) {
        out.append("        ").append(text).append('\n');
    }
}
