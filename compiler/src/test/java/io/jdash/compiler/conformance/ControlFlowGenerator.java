package io.jdash.compiler.conformance;

import java.util.List;
import java.util.Random;

/**
 * Seeded random callbacks made of Java's exception and control flow: {@code try}/{@code catch}/{@code finally} nested
 * in each other and in loops, multi-catch, rethrows, {@code break}/{@code continue}/{@code return} out of a
 * {@code try} with a {@code finally}, exceptions thrown by the JDK (parsing, arithmetic, indexes, null) and by user
 * code, with string concatenation, {@code StringBuilder} appends and arithmetic between every step. Each callback
 * records what ran in a log and returns it with the final values, so the JVM and the browser must take the same
 * paths to agree. The source compiles with javac (no unreachable code, every abrupt statement guarded).
 */
final class ControlFlowGenerator {
    private static final List<String> THROWN = List.of(
            "IllegalStateException",
            "IllegalArgumentException",
            "UnsupportedOperationException",
            "RuntimeException",
            "Oops");
    private static final List<String> CAUGHT = List.of(
            "IllegalStateException",
            "IllegalArgumentException",
            "NumberFormatException",
            "ArithmeticException",
            "IndexOutOfBoundsException",
            "NullPointerException",
            "RuntimeException",
            "Exception",
            "Throwable",
            "IllegalStateException | ArithmeticException",
            "NumberFormatException | IndexOutOfBoundsException",
            "Oops",
            "Fail",
            "Fail | ArithmeticException");

    /**
     * The helpers every callback may use: exceptions of the application's own, an AutoCloseable that logs its
     * closing and may fail to close (suppressed exceptions), a small class hierarchy with an interface default
     * method, an enum, a record and a varargs method.
     */
    private static final String HELPERS =
            """
                /** A checked exception of the application's own. */
                private static final class Fail extends Exception {
                    Fail(String message, Throwable cause) {
                        super(message, cause);
                    }
                }

                /** An unchecked exception of the application's own, with its own message. */
                private static final class Oops extends IllegalStateException {
                    Oops(String message) {
                        super(message);
                    }

                    @Override
                    public String getMessage() {
                        return "oops: " + super.getMessage();
                    }
                }

                private static int risky(int n, String b) throws Fail {
                    try {
                        return Integer.parseInt(b) + n;
                    } catch (NumberFormatException e) {
                        throw new Fail("risky " + n, e);
                    }
                }

                private interface Shape {
                    int weight();

                    default String label() {
                        return "shape" + weight();
                    }
                }

                private abstract static class Base implements Shape {
                    final int id;
                    Base next;

                    Base(int id) {
                        this.id = id;
                    }

                    @Override
                    public String toString() {
                        return getClass().getSimpleName() + "#" + id;
                    }
                }

                private static final class Sq extends Base {
                    Sq(int id) {
                        super(id);
                    }

                    @Override
                    public int weight() {
                        return id * id;
                    }

                    @Override
                    public String label() {
                        return "sq" + id;
                    }
                }

                private static class Circ extends Base {
                    Circ(int id) {
                        super(id);
                    }

                    @Override
                    public int weight() {
                        return 3 * id;
                    }
                }

                private enum Color {
                    RED, GREEN, BLUE;

                    Color following() {
                        return values()[(ordinal() + 1) % values().length];
                    }
                }

                private record Pt(int x, String y) {}

                private static Base make(int n) {
                    return n % 3 == 0 ? null : n % 3 == 1 ? new Sq(n % 100) : new Circ(n % 100);
                }

                private static int sum(int... xs) {
                    int total = xs.length * 100;
                    for (int x : xs) {
                        total += x;
                    }
                    return total;
                }

                private static final class Res implements AutoCloseable {
                    private final StringBuilder log;
                    private final String name;
                    private final boolean fail;

                    Res(StringBuilder log, String name, boolean fail) {
                        this.log = log;
                        this.name = name;
                        this.fail = fail;
                        log.append("open ").append(name);
                    }

                    @Override
                    public void close() {
                        log.append("close ").append(name);
                        if (fail) {
                            throw new IllegalStateException("close " + name);
                        }
                    }
                }

            """;

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int names;
    private int loops;
    private int tries;

    private ControlFlowGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The source of a class {@code pkg.className} with {@code count} callbacks {@code f0…}, each {@code (int a, String b)}. */
    static String source(long seed, String pkg, String className, int count) {
        ControlFlowGenerator g = new ControlFlowGenerator(seed);
        g.out.append("package ")
                .append(pkg)
                .append(";\n\n")
                .append("import io.jdash.api.Callback;\nimport io.jdash.api.Clientside;\n\n")
                .append("public final class ")
                .append(className)
                .append(" {\n")
                .append("    private ")
                .append(className)
                .append("() {\n    }\n\n")
                .append("    private static int check(int n, int a) {\n")
                .append("        if (n % 7 == a % 7) {\n")
                .append("            throw new IllegalStateException(\"check \" + n + \"/\" + a);\n")
                .append("        }\n        return n + 1;\n    }\n\n")
                // the JVM's own NullPointerException texts name locals, its ClassCastException texts class loaders
                .append("    private static String msg(Throwable e) {\n")
                .append("        return e instanceof NullPointerException ? \"npe\" : e instanceof ClassCastException"
                        + " ? \"cce\" : e.getMessage();\n    }\n\n")
                .append(HELPERS);
        for (int k = 0; k < count; k++) {
            g.method(k);
        }
        return g.out.append("}\n").toString();
    }

    private void method(int k) {
        names = 0;
        loops = 0;
        tries = 0;
        out.append("    @Clientside\n")
                .append("    @Callback(outputs = \"g")
                .append(k)
                .append(".children\", inputs = {\"g")
                .append(k)
                .append(".a\", \"g")
                .append(k)
                .append(".b\"})\n")
                .append("    public static String f")
                .append(k)
                .append("(int a, String b) throws Exception {\n")
                .append("        StringBuilder log = new StringBuilder();\n")
                .append("        String s = \"s\";\n")
                .append("        int n = a;\n")
                .append("        int[] cells = {1, 2, 3};\n");
        block(2, 3, false);
        out.append("        return log + \"|\" + s + \"|\" + n;\n    }\n\n");
    }

    private void block(int indent, int depth, boolean inLoop) {
        int statements = 1 + random.nextInt(3);
        for (int i = 0; i < statements; i++) {
            statement(indent, depth, inLoop);
        }
    }

    private void statement(int indent, int depth, boolean inLoop) {
        if (depth > 0 && random.nextInt(5) < 2) {
            compound(indent, depth, inLoop);
        } else {
            simple(indent, inLoop);
        }
    }

    private void compound(int indent, int depth, boolean inLoop) {
        switch (random.nextInt(9)) {
            case 0, 1, 2 -> tryStatement(indent, depth, inLoop, false);
            case 3 -> tryStatement(indent, depth, inLoop, true);
            case 4 -> {
                line(indent, "if (" + condition() + ") {");
                block(indent + 1, depth - 1, inLoop);
                line(indent, "} else {");
                block(indent + 1, depth - 1, inLoop);
                line(indent, "}");
            }
            case 5 -> {
                String i = "i" + loops++;
                line(indent, "for (int " + i + " = 0; " + i + " < " + (1 + random.nextInt(3)) + "; " + i + "++) {");
                line(indent + 1, "n += " + i + ";");
                block(indent + 1, depth - 1, true);
                line(indent, "}");
            }
            case 6 -> {
                String label = "outer" + loops;
                String i = "i" + loops++;
                String j = "i" + loops++;
                line(indent, label + ":");
                line(indent, "for (int " + i + " = 0; " + i + " < 3; " + i + "++) {");
                line(indent + 1, "for (int " + j + " = 0; " + j + " < 3; " + j + "++) {");
                line(indent + 2, "n += " + i + " * 3 + " + j + ";");
                guarded(indent + 2, "continue " + label + ";");
                block(indent + 2, depth - 1, true);
                guarded(indent + 2, "break " + label + ";");
                line(indent + 1, "}");
                line(indent + 1, "log.append(\"L" + i + "\");");
                line(indent, "}");
            }
            case 7 -> {
                line(indent, "switch (n % 4) {");
                for (String label : List.of("case 0", "case 1, -1", "case 2, -3", "default")) {
                    line(indent + 1, label + " -> {");
                    line(indent + 2, "log.append(\"" + label.charAt(label.length() - 1) + "\");");
                    block(indent + 2, depth - 1, inLoop);
                    line(indent + 1, "}");
                }
                line(indent, "}");
            }
            default -> {
                // the classic form: string cases (two with one hash code), fall-through, break
                line(indent, "switch (b) {");
                for (String label : List.of("\"0\"", "\"Aa\"", "\"BB\"", "\"\"")) {
                    line(indent + 1, "case " + label + ":");
                    line(indent + 2, "log.append(\"w\" + " + label + ");");
                    if (random.nextBoolean()) {
                        block(indent + 2, depth - 1, inLoop);
                    }
                    if (random.nextBoolean()) {
                        line(indent + 2, "break;");
                    }
                }
                line(indent + 1, "default:");
                line(indent + 2, "log.append(\"wd\");");
                line(indent, "}");
            }
        }
    }

    private void simple(int indent, boolean inLoop) {
        String k = String.valueOf(names++);
        switch (random.nextInt(29)) {
            case 0, 1 -> line(indent, "log.append(" + text() + ");");
            case 2 -> line(indent, "s = " + text() + ";");
            case 3 -> line(indent, "n = " + number() + ";");
            case 4 -> line(indent, "log.append(\"" + tag() + "\").append(" + mayThrow() + ");");
            case 18 -> line(indent, "log.append(\"" + tag() + "\" + risky(n, b));");
            case 19 -> {
                // values nothing reads: on the JVM they still throw
                line(indent, "int d" + k + " = cells[(n + " + random.nextInt(3) + ") & 3];");
                line(indent, "int dq" + k + " = 12 / (n % " + (2 + random.nextInt(3)) + ");");
            }
            case 20 -> {
                line(indent, "Object u" + k + " = " + condition() + " ? s : Integer.valueOf(n);");
                line(indent, "String x" + k + " = (String) u" + k + ";");
                line(indent, "int[] z" + k + " = " + condition() + " ? null : cells;");
                line(indent, "int y" + k + " = z" + k + ".length;");
            }
            case 5 -> guarded(indent, "throw new " + pick(THROWN) + "(" + message() + ");");
            case 6 -> {
                if (inLoop) {
                    guarded(indent, random.nextBoolean() ? "break;" : "continue;");
                } else {
                    guarded(indent, "return \"early \" + " + text() + " + log;");
                }
            }
            case 7 -> line(indent, "n += s.length();");
            case 8 -> {
                line(indent, "String t" + k + " = " + condition() + " ? null : s;");
                line(indent, "log.append(t" + k + ".length());");
            }
            case 9 -> line(indent, "s = s + (char) ('a' + (n & 15)) + " + text() + ";");
            case 10 -> {
                line(indent, "final int c" + k + " = n;");
                if (random.nextBoolean()) {
                    line(
                            indent,
                            "java.util.function.IntSupplier f" + k + " = () -> check(c" + k + ", a) + c" + k + ";");
                    line(indent, "n = f" + k + ".getAsInt();");
                } else {
                    // an exception thrown in a lambda, through the JDK's stream code
                    line(
                            indent,
                            "n += java.util.stream.IntStream.range(0, 3).map(x -> 12 / (x - (c" + k + " & 3))).sum();");
                }
            }
            case 11 -> {
                line(indent, "long l" + k + " = n * 1_000_000_007L + a;");
                line(indent, "l" + k + " = l" + k + " * l" + k + " ^ (l" + k + " >>> 7);");
                line(indent, "log.append(l" + k + " % 1000).append(' ').append(l" + k + " >> (n & 63));");
                line(indent, "n = (int) l" + k + ";");
            }
            case 12 -> {
                line(indent, "Integer v" + k + " = " + condition() + " ? null : Integer.valueOf(n);");
                line(indent, "Integer w" + k + " = n;");
                line(indent, "log.append(w" + k + " == Integer.valueOf(n)).append(w" + k + ".equals(n));");
                line(indent, "n += v" + k + ";");
            }
            case 13 -> {
                line(
                        indent,
                        "Object o" + k + " = " + condition() + " ? s : n % 2 == 0 ? (Object) Integer.valueOf(n)"
                                + " : Long.valueOf(n);");
                line(indent, "if (o" + k + " instanceof String p" + k + " && p" + k + ".length() > 1) {");
                line(indent + 1, "log.append(p" + k + ".charAt(1));");
                line(indent, "} else if (o" + k + " instanceof Integer m" + k + ") {");
                line(indent + 1, "n += m" + k + ";");
                line(indent, "} else {");
                line(indent + 1, "log.append((Long) o" + k + ");");
                line(indent, "}");
            }
            case 14 -> {
                line(indent, "char h" + k + " = (char) ('a' + (n & 15));");
                line(indent, "h" + k + " += 2;");
                line(indent, "h" + k + "++;");
                line(indent, "byte y" + k + " = (byte) (n * 37);");
                line(indent, "y" + k + " += 100;");
                line(indent, "short z" + k + " = (short) (n * 4099);");
                line(
                        indent,
                        "log.append(h" + k + ").append((int) h" + k + ").append(y" + k + ").append(':')" + ".append(z"
                                + k + ").append(y" + k + " >>> 1).append(z" + k + " >> 2);");
            }
            case 15 ->
                line(
                        indent,
                        "log.append(n << (a * 13)).append(n >> -a).append(n >>> (a + 30))"
                                + ".append(n / -3).append(n % -3).append(Math.floorMod(n, -3)).append(Math.floorDiv(n, 3));");
            case 16 ->
                line(
                        indent,
                        "log.append(Integer.MIN_VALUE / (n % 2 == 0 ? -1 : 1)).append(Long.MIN_VALUE"
                                + " / (n % 3 == 0 ? -1L : 1L)).append(Math.abs(Integer.MIN_VALUE + (n & 1)));");
            case 22 -> {
                line(indent, "Base b" + k + " = make(n);");
                line(indent, "log.append(b" + k + ").append(':').append(b" + k + " instanceof Shape);");
                line(indent, "log.append(b" + k + ".weight()).append(b" + k + ".label());");
            }
            case 23 -> {
                line(indent, "Base b" + k + " = make(n);");
                line(indent, "Base c" + k + " = make(n + a);");
                line(indent, "if (b" + k + " != null) {");
                line(indent + 1, "b" + k + ".next = c" + k + ";");
                line(indent, "}");
                line(indent, "log.append(b" + k + ".next.id).append(b" + k + ".next == c" + k + ");");
            }
            case 24 -> {
                line(indent, "Object o" + k + " = make(n + 1);");
                line(indent, "if (o" + k + " instanceof Sq p" + k + ") {");
                line(indent + 1, "log.append(p" + k + ".label());");
                line(indent, "} else {");
                line(indent + 1, "log.append(((Circ) o" + k + ").weight());");
                line(indent, "}");
            }
            case 25 -> {
                line(indent, "Color k" + k + " = Color.values()[(n & 0x7fffffff) % 3];");
                line(
                        indent,
                        "log.append(k" + k + ".following()).append(k" + k + ".compareTo(Color.GREEN))" + ".append(k" + k
                                + ".name().length());");
                line(indent, "switch (k" + k + ") {");
                line(indent + 1, "case RED -> log.append(\"r\");");
                line(indent + 1, "case GREEN -> n += 2;");
                line(indent + 1, "default -> log.append(Color.valueOf(b.isEmpty() ? \"BLUE\" : b));");
                line(indent, "}");
            }
            case 26 -> {
                line(indent, "Pt p" + k + " = new Pt(n % 10, b);");
                line(
                        indent,
                        "log.append(p" + k + ").append(p" + k + ".equals(new Pt(n % 10, b))).append(p" + k
                                + ".hashCode()).append(p" + k + ".equals(new Pt(n, b)));");
                line(indent, "log.append(sum()).append(sum(n)).append(sum(n, a, 3));");
            }
            case 27 -> {
                line(indent, "RuntimeException rx" + k + " = new RuntimeException(\"w\" + n, new Oops(\"in\" + a));");
                line(
                        indent,
                        "log.append(rx" + k + ").append(rx" + k + ".getCause()).append(new IllegalStateException(rx" + k
                                + ".getCause()).getMessage());");
                line(indent, "log.append(java.util.Objects.requireNonNull(make(n + 2), \"made \" + n).id);");
                line(indent, "log.append(java.util.Optional.ofNullable(make(n)).map(Base::weight).orElse(-1));");
            }
            case 28 -> {
                line(indent, "int[][] g" + k + " = new int[n & 3][2];");
                line(indent, "log.append(java.util.Arrays.deepToString(g" + k + ")).append(g" + k + ".length);");
                line(indent, "char[] h" + k + " = s.toCharArray();");
                line(indent, "java.util.Arrays.sort(h" + k + ");");
                line(indent, "log.append(new String(h" + k + ")).append(h" + k + ".clone().length);");
                line(indent, "long[] m" + k + " = new long[n % 4 - 1];");
                line(indent, "log.append(m" + k + ".length);");
            }
            case 21 ->
                line(
                        indent,
                        "log.append(n % 2 == 0 ? -0.0 : 0.0).append(1 / (n % 3 == 0 ? -0.0f : 0.0f))"
                                + ".append(Math.min(-0.0, n % 5 == 0 ? 0.0 : -0.0));");
            default -> {
                line(indent, "s += n;");
                line(indent, "s += 'c';");
                line(indent, "s += n % 4096 * 0.25f;"); // Java 17 prints some large floats with extra digits
            }
        }
    }

    private void tryStatement(int indent, int depth, boolean inLoop, boolean resources) {
        int shape = random.nextInt(resources ? 4 : 3); // 0 catch, 1 finally, 2 both, 3 neither
        int id = tries++;
        if (resources) {
            line(
                    indent,
                    "try (Res r" + id + " = new Res(log, \"r" + id + "\", " + condition() + "); Res q" + id
                            + " = new Res(log, \"q" + id + "\", " + condition() + ")) {");
        } else {
            line(indent, "try {");
        }
        line(indent + 1, "log.append(\"T" + id + "\");");
        String first = pick(CAUGHT);
        if (first.contains("Fail")) {
            line(indent + 1, "n = risky(n, b);"); // javac refuses to catch a checked exception the body never throws
        }
        block(indent + 1, depth - 1, inLoop);
        if (shape == 0 || shape == 2) {
            int catches = 1 + random.nextInt(2);
            for (int c = 0; c < catches; c++) {
                String type = c == 0 ? first : "Throwable";
                if (c == 1 && (first.equals("Throwable") || first.equals("Exception"))) {
                    break;
                }
                String e = "e" + names++;
                line(indent, "} catch (" + type + " " + e + ") {");
                line(
                        indent + 1,
                        "log.append(\"C" + id + ":\" + " + e + ".getClass().getSimpleName() + \":\" + " + "msg(" + e
                                + "));");
                line(indent + 1, "log.append(" + e + ".getSuppressed().length).append(" + e + ".getCause() != null);");
                if (random.nextInt(4) == 0) {
                    guarded(indent + 1, "throw new IllegalStateException(\"re\" + " + "msg(" + e + "));");
                    line(
                            indent + 1,
                            "log.append(" + e + ".getSuppressed().length).append(" + e + ".getCause() != null);");
                }
                if (depth > 1 && random.nextBoolean()) {
                    block(indent + 1, depth - 2, inLoop);
                }
            }
        }
        if (shape == 1 || shape == 2) {
            line(indent, "} finally {");
            line(indent + 1, "log.append(\"F" + id + "\" + n);");
            if (depth > 1 && random.nextBoolean()) {
                block(indent + 1, depth - 2, inLoop);
            }
        }
        line(indent, "}");
    }

    private void guarded(int indent, String abrupt) {
        line(indent, "if (" + condition() + ") {");
        line(indent + 1, abrupt);
        line(indent, "}");
    }

    private String condition() {
        return switch (random.nextInt(4)) {
            case 0 -> "n % " + (2 + random.nextInt(4)) + " == " + random.nextInt(2);
            case 1 -> "a > " + random.nextInt(6);
            case 2 -> "s.length() > " + (1 + random.nextInt(6));
            default -> "b.isEmpty() || b.charAt(0) == '" + (char) ('0' + random.nextInt(4)) + "'";
        };
    }

    private String text() {
        return switch (random.nextInt(7)) {
            case 0 -> "\"" + tag() + "\"";
            case 1 -> "\"" + tag() + "\" + n";
            case 2 -> "s + a";
            case 3 -> "b + n + \"" + tag() + "\"";
            case 4 -> "\"" + tag() + "\" + (n * 3L) + ':' + (n / 4.0)";
            case 5 -> "\"" + tag() + "\" + " + mayThrow();
            default -> "s + \"" + tag() + "\" + b";
        };
    }

    private String number() {
        return switch (random.nextInt(4)) {
            case 0 -> "n * 3 + a";
            case 1 -> "n - " + random.nextInt(5);
            case 2 -> "check(n, a)";
            default -> "n + cells[n & 3]";
        };
    }

    /** An int expression that the JDK may answer with an exception. */
    private String mayThrow() {
        return switch (random.nextInt(5)) {
            case 0 -> "Integer.parseInt(b)";
            case 1 -> "(100 / (n - " + random.nextInt(4) + "))";
            case 2 -> "cells[(n + " + random.nextInt(3) + ") & 3]";
            case 3 -> "check(n, a)";
            default -> "b.charAt(" + random.nextInt(3) + ")";
        };
    }

    private String message() {
        return random.nextInt(3) == 0 ? "\"m" + random.nextInt(10) + "\"" : "\"m\" + n + b";
    }

    private String tag() {
        return Character.toString('A' + random.nextInt(26)) + random.nextInt(10);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private void line(int indent, String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }
}
