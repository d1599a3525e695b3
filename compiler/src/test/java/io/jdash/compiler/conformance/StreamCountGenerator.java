package io.jdash.compiler.conformance;

import java.util.List;
import java.util.Random;

/**
 * Seeded random stream pipelines (object, int, long and double streams, from sized and unsized sources, through
 * operations that keep, change or lose the size, across kinds) whose lambdas log when they run, ended mostly by
 * {@code count()}: the JDK runs no operation when the pipeline knows its size and every operation otherwise, and
 * {@code sorted()} does nothing until an element is asked for. Each callback returns the log and the results.
 */
final class StreamCountGenerator {
    private enum Kind {
        OBJ,
        INT,
        LONG,
        DOUBLE
    }

    private record Op(String code, Kind to) {}

    private static final List<String> OBJ_SOURCES = List.of(
            "xs.stream()",
            "Stream.of(\"q\", b, \"r\")",
            "Arrays.stream(xs.toArray(new String[0]))",
            "new TreeSet<>(List.of(\"m\", \"k\", b)).stream()",
            "new HashSet<>(List.of(\"m\", \"k\", \"z\")).stream()",
            "Stream.iterate(\"i\", x -> x + \"i\").limit(a)",
            "Stream.generate(() -> \"g\").limit(3)",
            "Stream.concat(xs.stream(), Stream.of(b))",
            "Optional.ofNullable(b).stream()",
            "new LinkedHashMap<>(Map.of(\"k\", 1)).keySet().stream()",
            "Arrays.asList(\"u\", \"v\").stream()",
            "Stream.<String>empty()",
            "Stream.of(b)",
            "new ArrayDeque<>(List.of(\"d\", \"e\")).stream()",
            "Pattern.compile(\",\").splitAsStream(\"x,y,z\")",
            "\"l1\\nl2\\r\\nl3\".lines()");
    private static final List<String> INT_SOURCES = List.of(
            "IntStream.range(0, a)",
            "IntStream.rangeClosed(1, a)",
            "IntStream.of(3, 1, 2)",
            "b.chars()",
            "IntStream.iterate(1, i -> i * 2).limit(4)",
            "IntStream.concat(IntStream.range(0, 2), IntStream.of(a))",
            "r.ints(3)",
            "r.ints(4, 0, 10)");
    private static final List<String> LONG_SOURCES =
            List.of("LongStream.rangeClosed(1, a)", "LongStream.of(5L, 7L)", "r.longs(2)", "r.longs(2, 5L, 9L)");
    private static final List<String> DOUBLE_SOURCES =
            List.of("DoubleStream.of(1.5, 2.5)", "Arrays.stream(new double[] {a, 0.5})", "r.doubles(2)");

    private static final List<Op> OBJ_OPS = List.of(
            new Op(".map(x -> t(\"m\", x))", Kind.OBJ),
            new Op(".peek(x -> log.append(\"p\"))", Kind.OBJ),
            new Op(".filter(x -> t(\"f\", x == null || x.length() < 2))", Kind.OBJ),
            new Op(".sorted()", Kind.OBJ),
            new Op(".sorted(Comparator.reverseOrder())", Kind.OBJ),
            new Op(".distinct()", Kind.OBJ),
            new Op(".skip(1)", Kind.OBJ),
            new Op(".limit(2)", Kind.OBJ),
            new Op(".flatMap(x -> Stream.of(x, x))", Kind.OBJ),
            new Op(".onClose(() -> log.append(\"c\"))", Kind.OBJ),
            new Op(".takeWhile(x -> t(\"w\", true))", Kind.OBJ),
            new Op(".dropWhile(x -> t(\"d\", false))", Kind.OBJ),
            new Op(".map(x -> x.length() + \"\")", Kind.OBJ),
            new Op(".unordered()", Kind.OBJ),
            new Op(".mapToInt(x -> t(\"i\", x == null ? 0 : x.length()))", Kind.INT),
            new Op(".mapToLong(x -> t(\"l\", 7L))", Kind.LONG),
            new Op(".mapToDouble(x -> t(\"e\", 0.5))", Kind.DOUBLE));
    private static final List<Op> INT_OPS = List.of(
            new Op(".map(i -> t(\"m\", i + 1))", Kind.INT),
            new Op(".peek(i -> log.append(\"p\"))", Kind.INT),
            new Op(".filter(i -> t(\"f\", i % 2 == 0))", Kind.INT),
            new Op(".sorted()", Kind.INT),
            new Op(".distinct()", Kind.INT),
            new Op(".skip(1)", Kind.INT),
            new Op(".limit(2)", Kind.INT),
            new Op(".flatMap(i -> IntStream.of(i, i))", Kind.INT),
            new Op(".mapToObj(i -> t(\"o\", \"n\" + i))", Kind.OBJ),
            new Op(".boxed().map(i -> t(\"b\", \"b\" + i))", Kind.OBJ),
            new Op(".asLongStream()", Kind.LONG),
            new Op(".asDoubleStream()", Kind.DOUBLE),
            new Op(".mapToLong(i -> t(\"l\", (long) i))", Kind.LONG));
    private static final List<Op> LONG_OPS = List.of(
            new Op(".map(l -> t(\"m\", l * 3))", Kind.LONG),
            new Op(".peek(l -> log.append(\"p\"))", Kind.LONG),
            new Op(".filter(l -> t(\"f\", l > 1))", Kind.LONG),
            new Op(".sorted()", Kind.LONG),
            new Op(".limit(1)", Kind.LONG),
            new Op(".skip(1)", Kind.LONG),
            new Op(".boxed().map(l -> t(\"b\", \"L\" + l))", Kind.OBJ),
            new Op(".mapToInt(l -> t(\"i\", (int) l))", Kind.INT));
    private static final List<Op> DOUBLE_OPS = List.of(
            new Op(".map(d -> t(\"m\", d / 2))", Kind.DOUBLE),
            new Op(".peek(d -> log.append(\"p\"))", Kind.DOUBLE),
            new Op(".filter(d -> t(\"f\", d > 1))", Kind.DOUBLE),
            new Op(".sorted()", Kind.DOUBLE),
            new Op(".limit(1)", Kind.DOUBLE),
            new Op(".mapToObj(d -> t(\"o\", \"D\" + d))", Kind.OBJ),
            new Op(".boxed().map(d -> t(\"b\", \"B\" + d))", Kind.OBJ));

    private static final String HELPERS =
            """
                private static final StringBuilder log = new StringBuilder();

                private static <T> T t(String tag, T value) {
                    log.append(tag);
                    return value;
                }

                private static int t(String tag, int value) {
                    log.append(tag);
                    return value;
                }

                private static long t(String tag, long value) {
                    log.append(tag);
                    return value;
                }

                private static double t(String tag, double value) {
                    log.append(tag);
                    return value;
                }

                private static boolean t(String tag, boolean value) {
                    log.append(tag);
                    return value;
                }

            """;

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    private StreamCountGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The source of {@code pkg.className} with {@code count} callbacks {@code f0…}, each {@code (int a, String b)}. */
    static String source(long seed, String pkg, String className, int count) {
        StreamCountGenerator g = new StreamCountGenerator(seed);
        g.out.append("package ").append(pkg).append(";\n\n");
        for (String imported : List.of(
                "io.jdash.api.Callback",
                "io.jdash.api.Clientside",
                "java.util.*",
                "java.util.regex.Pattern",
                "java.util.stream.*")) {
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
        out.append("    @Clientside\n    @Callback(outputs = \"s")
                .append(k)
                .append(".children\", inputs = {\"s")
                .append(k)
                .append(".a\", \"s")
                .append(k)
                .append(".b\"})\n    public static String f")
                .append(k)
                .append("(int a, String b) {\n")
                .append("        log.setLength(0);\n")
                .append("        List<String> xs = new ArrayList<>(List.of(\"b\", \"a\", \"c\"));\n")
                .append("        if (a % 2 == 0) {\n            xs.add(\"dd\");\n        }\n")
                .append("        if (a == 4) {\n            xs.add(1, null);\n        }\n")
                .append("        StringBuilder results = new StringBuilder();\n")
                // a Random's sized streams draw only the numbers consumed: the next draw tells how many
                .append("        Random r = new Random(a);\n");
        int pipelines = 2 + random.nextInt(2);
        for (int i = 0; i < pipelines; i++) {
            pipeline();
        }
        out.append("        return log + \"|\" + results + r.nextInt(1000);\n    }\n\n");
    }

    private void pipeline() {
        Kind kind = Kind.values()[random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3)];
        StringBuilder code = new StringBuilder(pick(sources(kind)));
        int ops = random.nextInt(4);
        for (int i = 0; i < ops; i++) {
            Op op = pick(ops(kind));
            code.append(op.code());
            kind = op.to();
        }
        int terminal = random.nextInt(10);
        if (terminal < 7) {
            code.append(".count()");
        } else if (terminal < 9) {
            code.append(kind == Kind.OBJ ? ".collect(Collectors.toList()).size()" : ".toArray().length");
        } else {
            code.append(kind == Kind.OBJ ? ".findFirst().isPresent()" : ".findFirst().isPresent()");
        }
        line("try {");
        line("    results.append(" + code + ").append(';');");
        line("} catch (RuntimeException e) {");
        line("    results.append(e.getClass().getSimpleName()).append(';');");
        line("}");
        line("log.append('/');");
    }

    private List<String> sources(Kind kind) {
        return switch (kind) {
            case OBJ -> OBJ_SOURCES;
            case INT -> INT_SOURCES;
            case LONG -> LONG_SOURCES;
            case DOUBLE -> DOUBLE_SOURCES;
        };
    }

    private List<Op> ops(Kind kind) {
        return switch (kind) {
            case OBJ -> OBJ_OPS;
            case INT -> INT_OPS;
            case LONG -> LONG_OPS;
            case DOUBLE -> DOUBLE_OPS;
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private void line(String text) {
        out.append("        ").append(text).append('\n');
    }
}
