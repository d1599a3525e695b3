package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over what the Java language itself does at run time, which no class library call decides:
 * narrowing and widening conversions, compound assignment, {@code char} arithmetic, shifts past the width, integer
 * division and remainder at the edges, {@code float} arithmetic rounded to {@code float}, string concatenation of
 * every type, boxing identity and the box caches, string identity and {@code intern}, array covariance and
 * {@code ArrayStoreException}, arrays of arrays, {@code clone}, {@code instanceof} and casts of arrays, class names,
 * {@code switch} on strings (with equal hash codes), characters, boxes and enums, labelled loops, initialisation
 * order, local, anonymous and inner classes, default methods, bridges, varargs, and the texts of {@code Throwable}.
 * Compiled by javac at test time and run on the JVM and in the browser on the same inputs: the answers, or the
 * exception's class and message, must be the JVM's. {@code -Djdash.language.seed=N} explores other programs; a
 * disagreement's source is in {@code target/language-<seed>.java}.
 */
class LanguageConformanceTest {
    private static final int CALLBACKS = 60;
    private static final List<String> TEXTS = List.of("north", "", "x", "Aa", "BB", "naïve", "zz");

    private static final String MEMBERS =
            """
                static final String ORDER;

                static {
                    StringBuilder order = new StringBuilder("static");
                    for (int i = 0; i < 3; i++) {
                        order.append(i);
                    }
                    ORDER = order.toString();
                }

                static class Parent {
                    final StringBuilder log = new StringBuilder();
                    String name = "parent";

                    Parent() {
                        log.append("P(").append(describe()).append(')');
                    }

                    String describe() {
                        return name;
                    }
                }

                static class Child extends Parent {
                    final int value;
                    String label = "child";

                    {
                        log.append("I(").append(label).append(')');
                    }

                    Child(int value) {
                        super();
                        this.value = value;
                        log.append("C(").append(describe()).append(')');
                    }

                    @Override
                    String describe() {
                        return label + value;
                    }
                }

                interface Greeter {
                    default String greet() {
                        return "hi";
                    }
                }

                interface Loud extends Greeter {
                    @Override
                    default String greet() {
                        return Greeter.super.greet().toUpperCase() + "!";
                    }
                }

                static final class Both implements Loud, Greeter {}

                static final class Box<T extends Comparable<T>> implements Comparable<Box<T>> {
                    final T value;

                    Box(T value) {
                        this.value = value;
                    }

                    @Override
                    public int compareTo(Box<T> other) {
                        return value.compareTo(other.value);
                    }

                    @Override
                    public String toString() {
                        return "Box[" + value + "]";
                    }
                }

                static final class Oops extends RuntimeException {
                    Oops(String message, Throwable cause) {
                        super(message, cause);
                    }
                }

                enum Level {
                    LOW,
                    MID,
                    HIGH
                }

                static double scaled(double v) {
                    return v * 100;
                }

                static double shifted(double v) {
                    return v + 0.1;
                }

                static int count(Object... xs) {
                    return xs == null ? -1 : xs.length;
                }

                static String pick(long x) {
                    return "long";
                }

                static String pick(Integer x) {
                    return "Integer";
                }

                static String pick(Object x) {
                    return "Object";
                }

                static String pick(int... x) {
                    return "int...";
                }

                class Inner {
                    final int k;

                    Inner(int k) {
                        this.k = k;
                    }
                }

            """;

    private static final List<String> OPS = List.of(
            // conversions, promotion and compound assignment
            "byte y = (byte) (a * 100); y += 100; out.append(y).append(' ').append((byte) (y * 3))",
            "short s = (short) (a * 20000); s *= 3; out.append(s).append(' ').append((short) 40000)",
            "char ch = 'x'; ch += a * 1000; out.append((int) ch).append(' ').append(ch)",
            "out.append('a' + a).append(' ').append(\"\" + 'a' + a).append(' ').append((char) ('a' + a))",
            "out.append(a > 2 ? 66 : 'x').append(' ').append(a > 2 ? a : 'x')",
            "Object o = a > 2 ? 1 : 2.0; out.append(o).append(' ').append(o.getClass().getSimpleName())",
            "Integer boxed = a > 2 ? null : a; out.append(a > 2 ? boxed : 0)",
            "long l = Integer.MAX_VALUE; l += a; int i = (int) l; out.append(l).append(' ').append(i)",
            "int i = 7; i /= 2.5; long m = 3; m *= 1.9; char c = 'A'; c *= 1.5; out.append(i).append(m).append(c)",
            "int i = a; i = i++ + ++i; int j = a; j += j++ * --j; out.append(i).append(' ').append(j)",
            "int[] cells = {0, 0, 0}; int k = 0; cells[k++] = k++; cells[k] += k; out.append(Arrays.toString(cells))"
                    + ".append(k)",
            // shifts, division and remainder
            "out.append(1 << (30 + a)).append(' ').append(1L << (62 + a)).append(' ').append(-1 >>> (28 + a))"
                    + ".append(' ').append(-1L >>> (60 + a)).append(' ').append(-17 >> a)",
            "byte y = (byte) -a; out.append(y >>> 28).append(' ').append(y >> 1).append(' ').append((byte) (y >>> 1))"
                    + ".append(' ').append((char) y >>> 1)",
            "out.append(5 << -a).append(' ').append(5L >> -a).append(' ').append(1 << 32 + a)",
            "out.append(-a % 3).append(' ').append(a % -3).append(' ').append(-7.5 % a).append(' ').append(5.5f %"
                    + " (a - 2)).append(' ').append(-0.0 % 5)",
            "out.append(7 / (a - 3))",
            "out.append(7L % (a - 3))",
            "out.append(Integer.MIN_VALUE / (a - 4)).append(' ').append(Long.MIN_VALUE % (a - 4))",
            "out.append(Integer.MIN_VALUE % (a - 4)).append(' ').append(Long.MIN_VALUE / (a - 4))",
            "int big = Integer.MAX_VALUE - 2 + a; big++; out.append(big).append(' ').append(Math.abs(Integer.MIN_VALUE"
                    + " + a)).append(' ').append(-Integer.MIN_VALUE).append(' ').append(Integer.MAX_VALUE * (a + 1))",
            "long m = 3_037_000_500L + a; out.append(m * m).append(' ').append(m * m * m).append(' ').append(-m * m /"
                    + " 7)",
            // floating point
            "out.append((int) (a * 1e9 * 3)).append(' ').append((long) (a * 1e19)).append(' ').append((int) Float.NaN)"
                    + ".append(' ').append((int) (char) (a - 3)).append(' ').append((short) 1e10).append(' ')"
                    + ".append((byte) -129.7)",
            "out.append(a / 2 * 2.0).append(' ').append(a / 2.0f).append(' ').append(7 / (a - 3.0)).append(' ')"
                    + ".append(-7 / (a - 3.0f))",
            "float f = 0.1f * a; f = f * f + 0.7f; double d = f; out.append(f).append(' ').append(d).append(' ')"
                    + ".append(f == 0.1f * a * (0.1f * a) + 0.7f)",
            "float f = 16777216f; f += a; out.append(f).append(' ').append((int) f).append(' ').append(f + 1 == f)",
            "float f = 1; for (int i = 0; i < 10 + a; i++) { f = f / 3 + 0.1f; } out.append(f).append(' ')"
                    + ".append((double) f)",
            "double d = 0.1 * a; out.append(d + 0.2).append(' ').append((float) d).append(' ').append(d * 1e308 * 10)"
                    + ".append(' ').append((float) (d * 1e39))",
            "out.append(1.0f / 3).append(' ').append(2.0 / 3).append(' ').append(100.0f * a / 7).append(' ')"
                    + ".append((double) (100.0f * a / 7)).append(' ').append(a * 0.1f + a * 0.2f)",
            "float f = (float) a / 7; long bits = Float.floatToIntBits(f * f); out.append(bits).append(' ')"
                    + ".append(f * f * 7 == f * (f * 7))",
            "out.append(0.0 == -0.0).append(Double.valueOf(0.0).equals(-0.0)).append(Double.NaN != Double.NaN)"
                    + ".append(Float.compare(0.0f, -0.0f)).append(' ').append(Math.min(-0.0, 0.0)).append(' ')"
                    + ".append(-0.0f + 0.0f)",
            // string concatenation
            "String s = null; s += a; s += 'c'; s += 1.5f; s += 2.0; s += true; s += (Object) null; s += 10L;"
                    + " out.append(s)",
            "out.append(\"\" + Long.MIN_VALUE + Integer.MIN_VALUE + (short) -1 + (byte) 200 + 1e21 + 1e-7 + 100.0 +"
                    + " 0.001f + 1e7f + (char) 65)",
            "out.append(a + 1 + \"=\" + a + 1).append(' ').append('x' + 'y' + \"\" + 'x' + 'y')",
            "char[] cs = {'h', 'i'}; out.append(String.valueOf(cs)).append(cs.length).append(\"\" + cs.length +"
                    + " cs[0])",
            "Object o = null; String s = \"v\" + o + n; out.append(s).append(s.length())",
            "StringBuilder t = new StringBuilder(); for (char ch = 'a'; ch < 'a' + a; ch++) { t.append(ch); }"
                    + " out.append(t).append(t.length())",
            // boxes and identity
            "Integer x = 120 + a * 2, y = 120 + a * 2; out.append(x == y).append(x.equals(y)).append(x.compareTo(y))",
            "Long x = 125L + a, y = 125L + a; Short s1 = (short) (125 + a), s2 = (short) (125 + a); out.append(x == y)"
                    + ".append(s1 == s2)",
            "Character c1 = (char) (125 + a), c2 = (char) (125 + a); Boolean b1 = a > 2, b2 = a > 2; out.append(c1 =="
                    + " c2).append(b1 == b2)",
            "Double x = 1.0 * a, y = 1.0 * a; out.append(x == y).append(x.equals(y)).append(Double.valueOf(a) =="
                    + " Double.valueOf(a))",
            "Integer x = a; Integer y = Integer.valueOf(a); out.append(x == y).append(Integer.valueOf(a + 300) =="
                    + " Integer.valueOf(a + 300))",
            "Object o = a; out.append(o instanceof Integer).append(o instanceof Number).append(o instanceof"
                    + " Comparable).append(o.equals((long) a)).append(o.equals(a))",
            "out.append(Integer.valueOf(a).equals((short) a)).append(Long.valueOf(a).hashCode()).append(' ')"
                    + ".append(Double.valueOf(a + 0.5).hashCode()).append(' ').append(Boolean.valueOf(a > 2).hashCode())"
                    + ".append(' ').append(Character.valueOf('a').hashCode()).append(' ').append(Float.valueOf(a)"
                    + ".hashCode())",
            "Object o = (long) a; Object p = 'c'; Object q = 1.5f; Object r = (byte) a; out.append(o.getClass()"
                    + ".getName()).append(' ').append(p.getClass().getSimpleName()).append(' ').append(q.getClass())"
                    + ".append(' ').append(r.getClass().getSimpleName())",
            "String s1 = \"ab\" + a; String s2 = \"ab\" + a; out.append(s1 == s2).append(s1.equals(s2)).append(s1"
                    + ".intern() == s2.intern()).append(\"ab\" == \"a\" + \"b\").append(new String(\"ab\") == \"ab\")",
            "String s = b; out.append(s == b).append(b.substring(0) == b).append(b.toString() == b).append(b.concat(\"\")"
                    + " == b).append(b.trim() == b)",
            "out.append(Objects.hash(a, b, null)).append(' ').append(Arrays.hashCode(new Object[] {a, b})).append(' ')"
                    + ".append(b.hashCode()).append(' ').append(List.of(a, b).hashCode())",
            // arrays
            "Object[] arr = new String[2]; arr[0] = b; arr[1] = a; out.append(Arrays.toString(arr))",
            "Number[] nums = new Integer[2]; nums[0] = a; nums[1] = (long) a; out.append(Arrays.toString(nums))",
            "Object[] arr = new CharSequence[1]; arr[0] = new StringBuilder(b); arr[0] = a; out.append(arr[0])",
            "Object[] arr = a % 2 == 0 ? new Object[2] : new Integer[2]; arr[0] = a; arr[1] = b; out.append(arr[1])",
            "Object[][] grid = new String[2][2]; grid[1] = new Integer[1]; out.append(grid[1].length)",
            "List<Object> items = new ArrayList<>(); Object[] typed = items.toArray(new String[0]); out.append(typed"
                    + ".getClass().getSimpleName()).append(Arrays.asList(new String[] {b}).toArray().getClass()"
                    + ".getSimpleName())",
            "int[][] m = new int[a][a + 1]; m[a - 1][a] = 7; out.append(Arrays.deepToString(m))",
            "int[][] jag = new int[3][]; jag[a % 3] = new int[a]; out.append(Arrays.deepToString(jag)).append(jag[0]"
                    + ".length)",
            "int[] p = {1, 2, 3}; int[] q = p.clone(); q[0] = a; out.append(p[0]).append(q[0]).append(p.equals(q))"
                    + ".append(Arrays.equals(p, q)).append(p == p.clone())",
            "int[][] p = {{1}, {2}}; int[][] q = p.clone(); q[0][0] = a; q[1] = new int[] {9}; out.append("
                    + "Arrays.deepToString(p)).append(Arrays.deepToString(q))",
            "Object o = new int[] {a}; out.append(o instanceof int[]).append(o instanceof Object[]).append(o"
                    + " instanceof long[]).append(o instanceof Cloneable)",
            "Object o = new String[] {b}; out.append(o instanceof Object[]).append(o instanceof CharSequence[])"
                    + ".append(o instanceof Integer[]).append(o instanceof Comparable[])",
            "Object o = a > 2 ? new int[] {a} : new String[] {b}; String[] ss = (String[]) o; out.append(ss[0])",
            "Object o = new Integer[] {a}; Number[] ns = (Number[]) o; Object[] os = (Object[]) o; out.append(ns[0])"
                    + ".append(os.length).append(((Comparable[]) o).length)",
            "out.append(Arrays.asList(new int[] {a}).size()).append(Arrays.asList(new Integer[] {a, a}).size())",
            "long[] ls = new long[a]; double[] ds = new double[2]; char[] cs = new char[2]; boolean[] bs = new"
                    + " boolean[1]; out.append(Arrays.toString(ls)).append(Arrays.toString(ds)).append((int) cs[1])"
                    + ".append(bs[0])",
            "out.append(new int[a - 3].length)",
            "out.append(new int[2][a - 3][1].length)",
            // classes
            "out.append(new int[0].getClass().getName()).append(' ').append(String[][].class.getName()).append(' ')"
                    + ".append(int.class.getName()).append(' ').append(Map.Entry.class.getName()).append(' ')"
                    + ".append(long[][].class.getSimpleName())",
            "out.append(Integer.TYPE).append(' ').append(String.class).append(' ').append(Runnable.class).append(' ')"
                    + ".append(int[].class).append(' ').append(Level.class.getSimpleName()).append(' ').append(Level"
                    + ".class.getName())",
            "out.append(Child.class.getName()).append(' ').append(Child.class.getSimpleName()).append(' ').append(Child"
                    + ".class.getSuperclass().getSimpleName()).append(' ').append(Parent.class.getSuperclass())",
            "Object anon = new Object() {}; out.append(anon.getClass().getSimpleName().isEmpty()).append(' ')"
                    + ".append(anon.getClass().getName().endsWith(\"$1\")).append(anon.getClass().getSuperclass())",
            "Class<?> k = b.getClass(); out.append(k == String.class).append(k.isInstance(a)).append(Number.class"
                    + ".isAssignableFrom(Integer.class)).append(CharSequence.class.isInstance(b)).append(int[].class"
                    + ".isArray()).append(Runnable.class.isInterface()).append(Level.class.isEnum())",
            "out.append(String[].class.getComponentType()).append(' ').append(int.class.isPrimitive()).append(' ')"
                    + ".append(Integer.class.isPrimitive()).append(' ').append(Level.MID.getDeclaringClass()"
                    + ".getSimpleName())",
            "Object o = a > 2 ? (Object) b : (Object) a; String s = (String) o; out.append(s)",
            "Object o = a > 2 ? new Child(a) : new Parent(); Child c = (Child) o; out.append(c.value)",
            "List raw = new ArrayList<>(List.of(a)); List<String> ls = raw; out.append(ls.get(0).length())",
            "Comparable raw = new Box<>(a); out.append(raw.compareTo(new Box<>(3))).append(raw.compareTo(b))",
            // switch, loops
            "switch (a % 2 == 0 ? \"Aa\" : \"BB\") { case \"Aa\" -> out.append(1); case \"BB\" -> out.append(2);"
                    + " default -> out.append(3); }",
            "switch (b) { case \"north\": out.append(\"N\"); case \"x\": out.append(\"X\"); break; case \"BB\":"
                    + " out.append(\"B\"); default: out.append(\"D\"); }",
            "switch (n) { case \"Aa\" -> out.append(\"A\"); default -> out.append(\"D\"); }",
            "Integer boxed = a == 3 ? null : a; switch (boxed) { case 1 -> out.append(\"one\"); default ->"
                    + " out.append(\"other\"); }",
            "Level lv = a == 3 ? null : Level.values()[a % 3]; switch (lv) { case LOW -> out.append(\"l\"); case HIGH"
                    + " -> out.append(\"h\"); default -> out.append(\"m\"); }",
            "char ch = b.isEmpty() ? '?' : b.charAt(0); switch (ch) { case 'n', 'x' -> out.append(\"nx\"); case '\\u00ef'"
                    + " -> out.append(\"i\"); default -> out.append((int) ch); }",
            "int r = switch (a) { case 0, 1 -> 10; case 2 -> { int t = a * 3; yield t; } default -> { if (a > 4) {"
                    + " yield -1; } yield a * a; } }; out.append(r)",
            "outer: for (int i = 0; i < 4; i++) { for (int j = 0; j < 4; j++) { if (j == a) { continue outer; } if"
                    + " (i * j > a) { break outer; } out.append(i).append(j).append(','); } }",
            "int i = 0; do { i += 3; if (i % 2 == 0) { continue; } out.append(i); } while (i < a * 3);"
                    + " out.append('|').append(i)",
            "int k = 0; block: { if (a > 2) { break block; } k = 5; } out.append(k)",
            // classes and objects
            "Child c = new Child(a); out.append(c.log).append(' ').append(c.describe()).append(' ').append(ORDER)",
            "Parent p = new Parent(); out.append(p.log).append(' ').append(p instanceof Child)",
            "out.append(new Both().greet()).append(' ').append(new Greeter() {}.greet()).append(' ').append(((Greeter)"
                    + " new Both()).greet())",
            "class Local { int twice() { return a * 2; } } out.append(new Local().twice()).append(new Local() {"
                    + " @Override int twice() { return -a; } }.twice())",
            "Comparator<String> byLength = new Comparator<>() { @Override public int compare(String x, String y) {"
                    + " return Integer.compare(x.length(), y.length()); } }; List<String> l = new ArrayList<>(List.of("
                    + "b, \"abc\", \"z\")); l.sort(byLength.thenComparing(Comparator.reverseOrder())); out.append(l)",
            "Runnable r = () -> out.append(a).append(b); r.run(); java.util.function.Function<String, Integer> f ="
                    + " String::length; out.append(f.apply(b))",
            "java.util.function.Supplier<Integer> s = n::length; out.append(s.get())",
            "java.util.function.IntBinaryOperator op = Math::floorMod; java.util.function.ToIntFunction<Box<Integer>>"
                    + " g = bx -> bx.value; out.append(op.applyAsInt(-a, 3)).append(g.applyAsInt(new Box<>(a)))",
            "LanguageCallbacks.Inner inner = new LanguageCallbacks().new Inner(a); out.append(inner.k)",
            "out.append(count()).append(count(a)).append(count((Object[]) null)).append(count((Object) null))"
                    + ".append(count(new Object[] {a, b})).append(count(a, b, null))",
            "out.append(pick(a)).append(' ').append(pick((short) a)).append(' ').append(pick((Integer) a)).append(' ')"
                    + ".append(pick(\"s\")).append(' ').append(pick()).append(' ').append(pick(1, 2))",
            "List<Box<String>> boxes = new ArrayList<>(List.of(new Box<>(b), new Box<>(\"m\"), new Box<>(\"a\")));"
                    + " Collections.sort(boxes); out.append(boxes).append(Collections.max(boxes))",
            "Object o = new Object(); out.append(o.equals(o)).append(o.equals(new Object())).append(o.equals(null))",
            "CharSequence cs = new StringBuilder(b); out.append(cs.length()).append(cs.equals(b)).append(b"
                    + ".contentEquals(cs)).append(cs.toString().equals(b))",
            "Comparable<Integer> cmp = a; Number num = a; out.append(cmp.compareTo(3)).append(num.doubleValue())"
                    + ".append(num.longValue() + 1)",
            "out.append(Integer.valueOf(a).compareTo(a == 3 ? null : 2))",
            // throwables
            "out.append(new IllegalStateException()).append(' ').append(new RuntimeException(\"m\", new Error(\"c\"))"
                    + ".getCause()).append(' ').append(new Exception((String) null).getMessage())",
            "out.append(new RuntimeException(new IllegalArgumentException(\"x\")).getMessage()).append(' ')"
                    + ".append(new RuntimeException((Throwable) null).getMessage()).append(' ').append(new"
                    + " IllegalStateException(\"s\", null).getCause())",
            "Oops e = new Oops(b, new ArithmeticException(\"inner\")); out.append(e).append(' ').append(e.getCause()"
                    + ".getMessage()).append(' ').append(e.getLocalizedMessage())",
            "RuntimeException e = new RuntimeException(\"top\"); e.addSuppressed(new Error(\"s\")); out.append(e"
                    + ".getSuppressed().length).append(e.getSuppressed()[0]); e.addSuppressed(e)",
            "RuntimeException e = new RuntimeException(\"top\"); e.initCause(new Error(\"c1\")); e.initCause(new"
                    + " Error(\"c2\"))",
            "RuntimeException e = new RuntimeException(\"top\", null); e.initCause(new Error(\"c1\"))",
            "RuntimeException e = new RuntimeException(\"top\"); e.initCause(e)",
            "RuntimeException e = new RuntimeException(\"top\"); e.addSuppressed(null)",
            "Throwable t = new Throwable(\"t\") {}; out.append(t.getMessage()).append(t.getCause()).append(t instanceof"
                    + " Exception)",
            "try { throw new Oops(\"o\" + a, null); } catch (IllegalStateException | Oops e) { out.append(e"
                    + ".getMessage()).append(e.getCause()); }");

    /** Literals that a minifier could fold into a neighbouring product or sum: exact, inexact, huge, tiny. */
    private static final List<String> LITERALS =
            List.of("10", "0.1", "1e308", "3", "1.5", "2.25", "1e-320", "0.7", "4", "1e16");
    /** The same kinds of literal for floats. */
    private static final List<String> FLOAT_LITERALS =
            List.of("10f", "0.1f", "3e38f", "3f", "1.5f", "2.25f", "1e-45f", "0.7f", "4f", "1e7f");

    /**
     * Products and sums of a variable with two or three literals, in every grouping Java writes ({@code d * 10 *
     * 0.1}, {@code 0.1 * (d * 10)}, through a helper the browser build inlines), for doubles and floats: each is
     * computed in Java's order, so no literal may be folded into another.
     */
    private static List<String> literalChains() {
        List<String> ops = new java.util.ArrayList<>();
        for (int i = 0; i < LITERALS.size(); i++) {
            String x = LITERALS.get(i);
            String y = LITERALS.get((i * 3 + 1) % LITERALS.size());
            String z = LITERALS.get((i * 7 + 4) % LITERALS.size());
            ops.add("double d = a * 0.37 - 1; out.append(d * " + x + " * " + y + ").append(' ').append(" + x
                    + " * (d * "
                    + y + ")).append(' ').append(d * " + x + " * " + y + " * " + z + ").append(' ').append(d + " + x
                    + " + " + y + ").append(' ').append(d * 2 + " + x + " + " + y + ").append(' ').append(scaled(d) * "
                    + y + ").append(' ').append(shifted(d * 3) + " + z + ")");
            String fx = FLOAT_LITERALS.get(i);
            String fy = FLOAT_LITERALS.get((i * 3 + 1) % LITERALS.size());
            String fz = FLOAT_LITERALS.get((i * 7 + 4) % LITERALS.size());
            ops.add("float f = a * 0.37f - 1; out.append(f * " + fx + " * " + fy + ").append(' ').append(f * 2 + " + fx
                    + " + " + fz + ").append(' ').append(" + fy + " * (f * " + fz + "))");
        }
        return ops;
    }

    private static final List<Kind> KINDS =
            List.of(new Kind(4, "", List.of(), OPS), new Kind(1, "", List.of(), literalChains()));

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261301, false", "20261302, true"})
    void language_answersAndRefusesAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir)
            throws Exception {
        long seed = Long.getLong("jdash.language.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.language",
                "LanguageCallbacks",
                CollectionViewGenerator.source(
                        seed, "com.example.language", "LanguageCallbacks", CALLBACKS, KINDS, List.of(), MEMBERS),
                "language-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
