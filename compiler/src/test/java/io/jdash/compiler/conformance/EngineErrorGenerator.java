package io.jdash.compiler.conformance;

import java.util.List;
import java.util.Random;

/**
 * Seeded random callbacks in which a null reaches the JDK's classes (a null string, a list or map holding a null)
 * or a recursion exhausts the stack, under every kind of handler: {@code catch} of the exception itself, of a
 * supertype, multi-catch, clause order, nested handlers, {@code finally}, try-with-resources, lambdas, loops, values
 * assigned inside the {@code try} and read in the handler. On the JVM these are
 * {@code NullPointerException}s (or {@code StackOverflowError}s) thrown inside the JDK; in the browser the JS engine
 * raises them in code that carries no checks of jdash's. Each callback logs what it caught.
 */
final class EngineErrorGenerator {
    /** Operations that throw on the JVM when {@code s} is null or {@code xs} holds a null; some never throw. */
    static final List<String> OPERATIONS = List.of(
            "b.compareTo(s)",
            "b.concat(s)",
            "b.contains(s)",
            "b.startsWith(s)",
            "b.endsWith(s)",
            "b.indexOf(s)",
            "b.lastIndexOf(s)",
            "b.replace(s, \"x\")",
            "b.replace(\"a\", s)",
            "b.split(s).length",
            "String.join(s, List.of(\"p\", \"q\"))",
            "b.compareToIgnoreCase(s)",
            "b.equalsIgnoreCase(s)",
            "b.contentEquals(s)",
            "new StringBuilder(s).reverse()",
            "new StringBuilder(b).insert(0, s)",
            "String.valueOf(s)",
            "Objects.toString(s, \"dflt\")",
            "Objects.requireNonNull(s, \"s is required\")",
            "Objects.requireNonNullElse(s, \"else\")",
            "Integer.parseInt(s)",
            "Long.valueOf(s)",
            "Double.parseDouble(s)",
            "Boolean.parseBoolean(s)",
            "new BigDecimal(s == null ? null : \"2.50\")",
            "LocalDate.parse(s)",
            "Duration.parse(s)",
            "Pattern.compile(s).pattern()",
            "b.matches(s)",
            "b.replaceAll(s, \"-\")",
            "String.format(s, 1)",
            "Color.valueOf(s)",
            "List.of(b, s)",
            "Set.of(s)",
            "Map.of(\"k\", s)",
            "Map.entry(b, s)",
            "Optional.of(s)",
            "Optional.ofNullable(s).map(String::length).orElse(-1)",
            "new TreeSet<>(xs)",
            "sorted(xs)",
            "xs.stream().sorted().collect(Collectors.toList())",
            "Collections.max(xs)",
            "List.copyOf(xs)",
            "String.join(\",\", xs)",
            "xs.stream().map(String::trim).collect(Collectors.toList())",
            "xs.stream().mapToInt(String::length).sum()",
            "xs.stream().collect(Collectors.toMap(x -> \"k\" + x, x -> x))",
            "xs.stream().collect(Collectors.groupingBy(String::length))",
            "xs.stream().filter(x -> x.isEmpty()).count()",
            "Comparator.<String>naturalOrder().compare(b, s)",
            "Comparator.comparing(String::length).compare(b, s)",
            "new TreeMap<>(Map.of(\"k\", 1)).get(s)",
            "new TreeMap<>(Map.of(\"k\", 1)).put(s, 2)",
            "new HashMap<>(Map.of(\"k\", 1)).get(s)",
            "new HashMap<>(Map.of(\"k\", 1)).merge(\"k\", 3, (x, y) -> null)",
            "counts(xs).get(s) + 1",
            "new ArrayList<>(s == null ? null : xs)",
            "Arrays.asList(s, b).indexOf(null)",
            "Arrays.stream(xs.toArray(new String[0])).sorted().findFirst().orElse(\"none\")",
            "UUID.fromString(s)",
            "new StringJoiner(s).add(b)",
            "s.length()",
            "depth(s == null ? 0 : 1 << 30)");

    private static final List<String> CAUGHT = List.of(
            "NullPointerException",
            "RuntimeException",
            "Exception",
            "Throwable",
            "Error",
            "StackOverflowError",
            "IllegalArgumentException | NullPointerException",
            "IllegalStateException",
            "NumberFormatException");

    private static final String HELPERS =
            """
                private enum Color { RED, GREEN }

                // the JDK's NullPointerException texts (the JVM's JEP 358 ones, the class library's) are not Java's
                // contract; the application's own are
                private static String msg(Throwable e) {
                    String m = e.getMessage();
                    return e instanceof NullPointerException && !"s is required".equals(m)
                            ? "npe" : e instanceof StackOverflowError ? "soe" : String.valueOf(m);
                }

                private static List<String> sorted(List<String> xs) {
                    List<String> copy = new ArrayList<>(xs);
                    Collections.sort(copy);
                    return copy;
                }

                private static Map<String, Integer> counts(List<String> xs) {
                    Map<String, Integer> m = new HashMap<>();
                    for (String x : xs) {
                        if (x != null) {
                            m.merge(x, 1, Integer::sum);
                        }
                    }
                    return m;
                }

                private static int depth(int n) {
                    return n <= 0 ? 0 : depth(n - 1) + 1;
                }

                private static final class Res implements AutoCloseable {
                    private final StringBuilder log;

                    Res(StringBuilder log) {
                        this.log = log;
                        log.append("open;");
                    }

                    @Override
                    public void close() {
                        log.append("close;");
                    }
                }

            """;

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int names;

    private EngineErrorGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The source of {@code pkg.className} with {@code count} callbacks {@code f0…}, each {@code (int a, String b)}. */
    static String source(long seed, String pkg, String className, int count) {
        EngineErrorGenerator g = new EngineErrorGenerator(seed);
        g.out.append("package ").append(pkg).append(";\n\n");
        for (String imported : List.of(
                "io.jdash.api.Callback",
                "io.jdash.api.Clientside",
                "java.math.BigDecimal",
                "java.time.Duration",
                "java.time.LocalDate",
                "java.util.*",
                "java.util.regex.Pattern",
                "java.util.stream.Collectors")) {
            g.out.append("import ").append(imported).append(";\n");
        }
        g.out.append("\npublic final class ").append(className).append(" {\n");
        g.out.append("    private ").append(className).append("() {\n    }\n\n").append(HELPERS);
        for (int k = 0; k < count; k++) {
            g.method(k);
        }
        return g.out.append("}\n").toString();
    }

    private void method(int k) {
        names = 0;
        out.append("    @Clientside\n    @Callback(outputs = \"e")
                .append(k)
                .append(".children\", inputs = {\"e")
                .append(k)
                .append(".a\", \"e")
                .append(k)
                .append(".b\"})\n    public static String f")
                .append(k)
                .append("(int a, String b) throws Exception {\n")
                .append("        StringBuilder log = new StringBuilder();\n")
                .append("        String s = a % 3 == 0 ? null : b;\n")
                .append("        List<String> xs = new ArrayList<>(List.of(\"q\", b));\n")
                .append("        if (a % 2 == 0) {\n            xs.add(1, null);\n        }\n")
                .append("        int n = a;\n");
        int steps = 1 + random.nextInt(3);
        for (int i = 0; i < steps; i++) {
            step(2, 2);
        }
        out.append("        return log + \"|\" + n;\n    }\n\n");
    }

    private String operation() {
        return OPERATIONS.get(random.nextInt(OPERATIONS.size()));
    }

    private String name() {
        return "e" + names++;
    }

    private void step(int indent, int depth) {
        String e = name();
        switch (random.nextInt(depth > 0 ? 8 : 3)) {
            case 0 -> {
                // a value assigned inside the try and read by the handler: the one current at the throw
                line(indent, "try {");
                line(indent + 1, "n += 10;");
                line(indent + 1, "Object v = " + operation() + ";");
                line(indent + 1, "n += 100;");
                line(indent + 1, "log.append(v).append(';');");
                catches(indent, e);
            }
            case 1 -> {
                line(indent, "try {");
                line(indent + 1, "log.append(" + operation() + ").append(';');");
                catches(indent, e);
            }
            case 2 -> {
                line(indent, "for (int i = 0; i < 2; i++) {");
                line(indent + 1, "try {");
                line(indent + 2, "n += i;");
                line(indent + 2, "log.append(i == 0 ? \"-\" : " + operation() + ").append(';');");
                line(indent + 1, "} catch (" + caught() + " " + e + ") {");
                line(indent + 2, "log.append(\"L\" + n + " + e + ".getClass().getSimpleName() + msg(" + e + "));");
                line(indent + 1, "}");
                line(indent, "}");
            }
            case 3 -> {
                line(indent, "try {");
                line(indent + 1, "try {");
                step(indent + 2, depth - 1);
                line(indent + 2, "log.append(" + operation() + ");");
                line(indent + 1, "} finally {");
                line(indent + 2, "log.append(\"F\" + n);");
                line(indent + 1, "}");
                catches(indent, e);
            }
            case 4 -> {
                line(indent, "try (Res r = new Res(log)) {");
                line(indent + 1, "n++;");
                line(indent + 1, "log.append(" + operation() + ");");
                catches(indent, e);
            }
            case 5 -> {
                line(indent, "try {");
                line(indent + 1, "Runnable run = () -> log.append(" + operation() + ");");
                line(indent + 1, "run.run();");
                catches(indent, e);
            }
            case 6 -> {
                line(indent, "try {");
                step(indent + 1, depth - 1);
                line(indent + 1, "log.append(" + operation() + ");");
                line(indent, "} catch (IllegalStateException " + e + ") {");
                line(indent + 1, "log.append(\"ISE\");");
                line(indent + 1, "throw " + e + ";");
                line(indent, "} catch (" + caughtAfter("IllegalStateException") + " " + e + ") {");
                line(indent + 1, "log.append(\"O\" + n + " + e + ".getClass().getSimpleName() + msg(" + e + "));");
                line(indent, "}");
            }
            default -> {
                line(indent, "try {");
                line(indent + 1, "log.append(" + operation() + ");");
                line(indent, "} catch (NumberFormatException " + e + ") {");
                line(indent + 1, "log.append(\"NFE\" + " + e + ".getMessage());");
                line(indent, "} catch (" + caughtAfter("NumberFormatException") + " " + e + ") {");
                line(indent + 1, "log.append(\"D\" + " + e + ".getClass().getName() + \":\" + msg(" + e + "));");
                line(indent + 1, "log.append(" + e + ".getCause() == null);");
                line(indent, "}");
            }
        }
    }

    private void catches(int indent, String e) {
        String first = caught();
        line(indent, "} catch (" + first + " " + e + ") {");
        line(indent + 1, "log.append(\"C\" + n + " + e + ".getClass().getSimpleName() + msg(" + e + "));");
        if (random.nextBoolean() && !first.contains("|") && !covers(first)) {
            line(indent, "} catch (Throwable " + e + ") {");
            line(indent + 1, "log.append(\"T\" + " + e + ".getClass().getName());");
        }
        line(indent, "}");
    }

    private static boolean covers(String type) {
        return type.equals("Throwable");
    }

    private String caught() {
        return CAUGHT.get(random.nextInt(CAUGHT.size()));
    }

    /** A clause type other than {@code earlier}, which a clause before it catches (javac refuses a repeat). */
    private String caughtAfter(String earlier) {
        String c = caught();
        return c.equals(earlier) ? "RuntimeException" : c;
    }

    private void line(int indent, String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }
}
