package io.jdash.compiler.conformance;

import io.jdash.compiler.conformance.CollectionViewGenerator.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated callbacks over records and enums as dashboards use them for rows and keys: {@code equals},
 * {@code hashCode} and {@code toString} of records with components of every primitive type (-0.0 and NaN among the
 * doubles and floats), of strings, lists, nulls, nested records and arrays (compared by identity), compact
 * constructors that refuse or normalise, records as {@code HashMap}/{@code HashSet}/{@code TreeMap} keys and in
 * sorted lists, {@code instanceof} patterns, and enums with fields, methods and per-constant bodies ({@code valueOf},
 * {@code values}, {@code ordinal}, {@code compareTo}, {@code switch}). Compiled by javac at test time and run on the
 * JVM and in the browser on the same inputs: the answers, or the exception's class and message, must be the JVM's.
 * {@code -Djdash.records.seed=N} explores other programs; a disagreement's source is in
 * {@code target/records-<seed>.java}.
 */
class RecordConformanceTest {
    private static final int CALLBACKS = 50;
    private static final List<String> TEXTS = List.of("north", "", "x", "EAST", "q", "West", "zz");

    private static final String MEMBERS =
            """
                record Point(double x, double y) {
                    Point {
                        if (Double.isInfinite(x)) {
                            throw new IllegalArgumentException("x is " + x);
                        }
                    }

                    double norm() {
                        return Math.sqrt(x * x + y * y);
                    }
                }

                record Row(String name, int count, long total, Point at) {}

                record Flags(float f, char c, boolean b, byte y, short s) {}

                record Named(String name, List<String> tags) {
                    Named {
                        name = name == null ? "?" : name.strip();
                        tags = List.copyOf(tags);
                    }
                }

                record Holder(int[] values, Object any) {}

                record Empty() {}

                enum Direction {
                    NORTH(0, 1),
                    EAST(1, 0) {
                        @Override
                        String arrow() {
                            return "->";
                        }
                    },
                    SOUTH(0, -1),
                    WEST(-1, 0);

                    final int dx;
                    final int dy;

                    Direction(int dx, int dy) {
                        this.dx = dx;
                        this.dy = dy;
                    }

                    String arrow() {
                        return "^";
                    }

                    Direction turn() {
                        return values()[(ordinal() + 1) % values().length];
                    }
                }

            """;

    private static final List<String> POINT_SOURCES = List.of(
            "new Point(a, -a)",
            "new Point(-0.0, 0.0)",
            "new Point(0.0, 0.0)",
            "new Point(Double.NaN, a)",
            "new Point(a / 3.0, 1e300 * a)",
            "new Point(a * 0.1, Double.MIN_VALUE)",
            "new Point(1.0 / (a - 2), 1)");

    private static final List<String> POINT_OPS = List.of(
            "out.append(c).append(' ').append(c.x()).append(' ').append(c.norm())",
            "out.append(c.equals(new Point(c.x(), c.y()))).append(c.equals(new Point(0.0, 0.0))).append(c.equals(null))"
                    + ".append(c.equals(\"p\"))",
            "out.append(c.hashCode()).append(' ').append(c.hashCode() == new Point(c.x(), c.y()).hashCode())",
            "out.append(new Point(-0.0, 0.0).equals(new Point(0.0, 0.0))).append(new Point(Double.NaN, 0).equals(new"
                    + " Point(Double.NaN, 0))).append(new Point(-0.0, 0.0).hashCode() == new Point(0.0, 0.0).hashCode())",
            "Set<Point> s = new HashSet<>(List.of(c, new Point(0.0, 0.0), new Point(-0.0, 0.0))); out.append(s.size())"
                    + ".append(s.contains(new Point(c.x(), c.y())))",
            "Map<Point, Integer> m = new HashMap<>(); m.merge(c, 1, Integer::sum); m.merge(new Point(c.x(), c.y()), 1,"
                    + " Integer::sum); out.append(m)",
            "List<Point> l = new ArrayList<>(List.of(c, new Point(1, 2), new Point(-1, 5), new Point(1, -2))); l.sort("
                    + "Comparator.comparingDouble(Point::x).thenComparing(Point::y, Comparator.reverseOrder()));"
                    + " out.append(l)",
            "out.append(new Row(b, a, a * 1_000_000_007L, c))",
            "out.append(new Row(null, a, -a, null)).append(new Row(null, a, -a, null).hashCode()).append(new Row(null,"
                    + " a, -a, null).equals(new Row(null, a, -a, null)))",
            "out.append(new Row(b, a, 0, c).equals(new Row(b, a, 0, new Point(c.x(), c.y())))).append(new Row(b, a,"
                    + " 0, c).hashCode() == new Row(new String(b), a, 0, c).hashCode())",
            "out.append(new Point(1.0 / a, a))",
            "Object o = a % 2 == 0 ? c : new Row(b, a, a, c); if (o instanceof Point p && p.x() >= 0) {"
                    + " out.append(\"point \").append(p.y()); } else if (o instanceof Row r) { out.append(r.name()"
                    + ".length()); } else { out.append(\"other\"); }",
            "TreeMap<Point, String> t = new TreeMap<>(Comparator.comparing(Point::norm)); t.put(c, \"c\");"
                    + " t.put(new Point(3, 4), \"five\"); out.append(t.firstKey()).append(t.lastEntry())");

    private static final List<String> OTHER_OPS = List.of(
            "out.append(new Flags(a * 0.1f, (char) ('a' + a), a % 2 == 0, (byte) (a * 100), (short) (a * -20000)))",
            "Flags f = new Flags(-0.0f, 'x', true, (byte) 1, (short) 2); out.append(f.equals(new Flags(0.0f, 'x', true,"
                    + " (byte) 1, (short) 2))).append(f.hashCode()).append(' ').append(new Flags(Float.NaN, 'y', false,"
                    + " (byte) 0, (short) 0).equals(new Flags(Float.NaN, 'y', false, (byte) 0, (short) 0)))",
            "out.append(new Flags(a, 'q', false, (byte) a, (short) a).hashCode())",
            "out.append(new Named(n, List.of(b, \"t\")))",
            "out.append(new Named(\"  \" + b + \" \", List.of()).name().length())",
            "List<String> tags = new ArrayList<>(List.of(b)); Named nm = new Named(b, tags); tags.add(\"late\");"
                    + " out.append(nm.tags())",
            "out.append(new Named(b, Arrays.asList(b, null)))",
            "out.append(new Named(b, null))",
            "int[] v = {a, 2}; out.append(new Holder(v, null).equals(new Holder(v, null))).append(new Holder(v, b)"
                    + ".equals(new Holder(new int[] {a, 2}, b))).append(new Holder(v, null).hashCode() == new Holder(v,"
                    + " null).hashCode())",
            "out.append(new Holder(null, List.of(a, b)).any()).append(new Holder(null, b).equals(new Holder(null, new"
                    + " String(b))))",
            "out.append(new Empty()).append(new Empty().equals(new Empty())).append(new Empty().hashCode())",
            "out.append(new Point(Double.POSITIVE_INFINITY * (a - 2), 0))",
            "out.append(new Point(1, a).toString().length()).append(String.valueOf(new Row(b, 1, 2L, null)))",
            "out.append(Direction.valueOf(b.toUpperCase())).append(Direction.valueOf(b.toUpperCase()).ordinal())",
            "out.append(Direction.valueOf(b))",
            "Direction d = Direction.values()[a % 4]; out.append(d).append(d.arrow()).append(d.turn()).append(d.dx)"
                    + ".append(d.dy).append(d.compareTo(Direction.SOUTH))",
            "Direction d = Direction.values()[a % 4]; switch (d) { case NORTH -> out.append(\"up\"); case EAST, WEST ->"
                    + " out.append(\"side\"); default -> out.append(\"down\"); }",
            "Direction d = Direction.values()[a % 4]; out.append(d.getDeclaringClass().getSimpleName()).append(d == "
                    + "Direction.EAST ? d.getClass() != Direction.class : d.getClass() == Direction.class)",
            "Map<Direction, Integer> m = new EnumMap<>(Direction.class); for (Direction d : Direction.values()) {"
                    + " m.put(d.turn(), d.dx * a); } out.append(m)",
            "out.append(Arrays.stream(Direction.values()).map(Direction::arrow).collect(Collectors.joining()))",
            "out.append(Enum.valueOf(Direction.class, \"WEST\").name()).append(Direction.EAST.hashCode() =="
                    + " Direction.EAST.hashCode()).append(Direction.NORTH.equals(Direction.values()[0]))",
            "out.append(Stream.of(Direction.values()).sorted(Comparator.reverseOrder()).toList())",
            "out.append(EnumSet.complementOf(EnumSet.of(Direction.values()[a % 4])))");

    private static final List<Kind> KINDS =
            List.of(new Kind(5, "Point", POINT_SOURCES, POINT_OPS), new Kind(5, "", List.of(), OTHER_OPS));

    @ParameterizedTest(name = "development={1}")
    @CsvSource({"20261291, false", "20261292, true"})
    void records_answerAndRefuseAsOnTheJvm(long defaultSeed, boolean development, @TempDir Path dir) throws Exception {
        long seed = Long.getLong("jdash.records.seed", defaultSeed);
        ConformanceBundle.assertGeneratedAgree(
                dir,
                "com.example.records",
                "RecordCallbacks",
                CollectionViewGenerator.source(
                        seed, "com.example.records", "RecordCallbacks", CALLBACKS, KINDS, List.of(), MEMBERS),
                "records-" + seed,
                development,
                functions -> ConformanceBundle.intAndTextCases(functions, TEXTS, 3));
    }
}
