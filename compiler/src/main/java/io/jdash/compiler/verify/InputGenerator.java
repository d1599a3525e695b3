package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.compiler.scan.ClassIndex;
import io.jdash.compiler.scan.TypeRef;
import io.jdash.compiler.scan.TypeResolver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates callback arguments (as the JSON Dash would send) from the declared parameter types, reproducibly from a
 * seed: the edge values of each type first, then random combinations. Strings mix Unicode letters, combining marks,
 * surrogate pairs, whitespace, digits, signs and separators; numbers sit on rounding edges ({@code …5} at every
 * decimal place), at negative zero, at huge and tiny magnitudes and at integral values; lists, maps, records and
 * {@code Object} values nest. JSON has no NaN or infinity, so no prop value can carry them and none is generated.
 */
public final class InputGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 3;
    private static final String[] STRING_EDGES = {
        "",
        " ",
        "a",
        "Ann",
        "hello world",
        "  padded  ",
        "Straße",
        "İı",
        "e\u0301",
        "\uD83D\uDE00",
        "a\uD834\uDD1Eb",
        "\t\n",
        "\u00a0x\u2003",
        "0",
        "42",
        "-17",
        "+5",
        "3.14",
        "-0.5",
        "1e3",
        "1,234.5",
        "1.234,5",
        "0x1F",
        "NaN",
        "Infinity",
        "\u0663\u0664",
        "2024-03-05",
        "2024-03-05T10:15:30",
        "a,b;c|d",
        "x_y-z/w",
        "Σίσυφος",
        "日本語",
        "null",
        "true",
        "%s %d",
        "(a+)+$",
        "\\d+",
        "$1",
        "A\u0000B"
    };
    private static final String[] FRAGMENTS = {
        "a",
        "b",
        "Z",
        "é",
        "ß",
        "Ω",
        "ж",
        "中",
        "\u0301",
        "\uD83D\uDE00",
        "\uD834\uDD1E",
        " ",
        "\t",
        "\n",
        "\u00a0",
        "0",
        "7",
        "9",
        "-",
        "+",
        ".",
        ",",
        "_",
        "/",
        ":",
        "%",
        "e",
        "E",
        "(",
        "[",
        "*",
        "\\",
        "\"",
        "'",
        "x",
        "Y",
        "İ",
        "ı",
        "ǅ",
        "ﬃ"
    };
    private static final double[] DOUBLE_EDGES = {
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        -0.5,
        1.5,
        2.5,
        -2.5,
        0.05,
        0.005,
        0.0005,
        0.15,
        0.25,
        0.35,
        1.005,
        2.675,
        1.45,
        1.55,
        9.995,
        99.95,
        0.125,
        0.375,
        1234.5,
        12345.675,
        123456789.125,
        1e15,
        1e16,
        9007199254740993.0,
        1e21,
        1e22,
        1e-7,
        1e-5,
        4.9e-324,
        2.2250738585072014E-308,
        1e-300,
        1e300,
        1.7976931348623157E308,
        3.0,
        100.0,
        1e7,
        0.1,
        0.2,
        0.30000000000000004,
        1.0 / 3,
        2.0 / 3,
        Math.PI,
        -Math.E,
        2147483647.5,
        -2147483648.5,
        4503599627370497.0,
        0.49999999999999994,
        5e-5,
        12.345
    };
    private static final long[] INT_EDGES = {
        0,
        1,
        -1,
        2,
        7,
        10,
        -10,
        42,
        100,
        255,
        1000,
        65536,
        2147483647L,
        -2147483648L,
        31,
        32,
        12,
        59,
        60,
        365,
        1900,
        2024
    };
    private static final long[] LONG_EDGES = {
        0,
        1,
        -1,
        42,
        1000000007L,
        2147483648L,
        -2147483649L,
        9007199254740991L,
        -9007199254740991L,
        1234567890123L,
        86400000L
    };

    private final Random random;
    private final TypeResolver types;
    private final ClassIndex index;

    /** A generator for one callback; the same seed gives the same inputs. */
    public InputGenerator(long seed, ClassIndex index) {
        this.random = new Random(seed);
        this.index = index;
        this.types = new TypeResolver(index);
    }

    /**
     * At least {@code count} distinct argument arrays for parameters of {@code types} (without the context): first
     * every edge value of each parameter (the others typical), then random combinations.
     */
    public List<ArrayNode> arguments(List<TypeRef> parameters, int count) {
        Set<String> seen = new LinkedHashSet<>();
        List<ArrayNode> result = new ArrayList<>();
        List<JsonNode> typical = new ArrayList<>();
        for (TypeRef t : parameters) {
            typical.add(value(t, 1));
        }
        for (int p = 0; p < parameters.size(); p++) {
            for (JsonNode edge : edges(parameters.get(p))) {
                ArrayNode args = F.arrayNode();
                for (int q = 0; q < parameters.size(); q++) {
                    args.add(q == p ? edge : typical.get(q));
                }
                if (seen.add(args.toString())) {
                    result.add(args);
                }
            }
        }
        int attempts = 0;
        while (result.size() < count && attempts++ < count * 20) {
            ArrayNode args = F.arrayNode();
            for (TypeRef t : parameters) {
                args.add(random.nextInt(4) == 0 ? pick(edges(t)) : value(t, 0));
            }
            if (seen.add(args.toString())) {
                result.add(args);
            }
        }
        return result;
    }

    /** The edge values of a type, the absent prop ({@code null}) included. */
    List<JsonNode> edges(TypeRef type) {
        List<JsonNode> out = new ArrayList<>();
        out.add(F.nullNode());
        if (type instanceof TypeRef.Simple s) {
            scalarEdges(s.scalar(), out);
        } else if (type instanceof TypeRef.ListOf l) {
            collectionEdges(l.element(), out);
        } else if (type instanceof TypeRef.ArrayOf a) {
            collectionEdges(a.element(), out);
        } else if (type instanceof TypeRef.MapOf m) {
            out.add(F.objectNode());
            ObjectNode one = F.objectNode();
            one.set("a", value(m.value(), 1));
            out.add(one);
            ObjectNode ordered = F.objectNode();
            for (String k : List.of("10", "2", "b", "a", "é", "")) {
                ordered.set(k, value(m.value(), 1));
            }
            out.add(ordered);
        } else if (type instanceof TypeRef.RecordOf) {
            out.add(F.objectNode());
            out.add(value(type, 1));
        }
        return out;
    }

    private static void scalarEdges(TypeRef.Scalar scalar, List<JsonNode> out) {
        switch (scalar) {
            case STRING -> {
                for (String e : STRING_EDGES) {
                    out.add(F.textNode(e));
                }
            }
            case INT, INTEGER -> {
                for (long e : INT_EDGES) {
                    out.add(F.numberNode(e));
                }
            }
            case LONG, LONG_BOXED -> {
                for (long e : LONG_EDGES) {
                    out.add(F.numberNode(e));
                }
            }
            case DOUBLE, DOUBLE_BOXED -> {
                for (double e : DOUBLE_EDGES) {
                    out.add(number(e));
                }
                for (int place = 1; place <= 15; place++) {
                    out.add(number(Double.parseDouble("0." + "0".repeat(place - 1) + "5")));
                    out.add(number(Double.parseDouble("1." + "0".repeat(place - 1) + "5")));
                    out.add(number(-Double.parseDouble("2." + "4".repeat(place - 1) + "5")));
                }
            }
            case BOOLEAN, BOOLEAN_BOXED -> {
                out.add(F.booleanNode(true));
                out.add(F.booleanNode(false));
            }
            case OBJECT -> {
                out.add(F.textNode(""));
                out.add(F.numberNode(0));
                out.add(number(-0.0));
                out.add(number(2.5));
                out.add(F.numberNode(4294967296L));
                out.add(F.booleanNode(true));
                out.add(F.arrayNode());
                out.add(F.objectNode());
                out.add(F.textNode("\uD83D\uDE00"));
            }
            default -> {}
        }
    }

    private void collectionEdges(TypeRef element, List<JsonNode> out) {
        out.add(F.arrayNode());
        out.add(F.arrayNode().add(value(element, 1)));
        ArrayNode many = F.arrayNode();
        for (int i = 0; i < 7; i++) {
            many.add(value(element, 1));
        }
        out.add(many);
        out.add(F.arrayNode().addNull());
        ArrayNode repeated = F.arrayNode();
        JsonNode v = value(element, 1);
        repeated.add(v).add(v).add(value(element, 1));
        out.add(repeated);
    }

    /** One random value of a type at nesting depth {@code depth}. */
    JsonNode value(TypeRef type, int depth) {
        if (type instanceof TypeRef.Simple s) {
            return switch (s.scalar()) {
                case STRING -> random.nextInt(12) == 0 ? F.nullNode() : F.textNode(string());
                case INT, INTEGER -> random.nextInt(12) == 0 ? F.nullNode() : F.numberNode(integer());
                case LONG, LONG_BOXED ->
                    F.numberNode(random.nextBoolean() ? integer() : (long) (random.nextGaussian() * 1e12));
                case DOUBLE, DOUBLE_BOXED -> random.nextInt(12) == 0 ? F.nullNode() : number(decimal());
                case BOOLEAN, BOOLEAN_BOXED -> F.booleanNode(random.nextBoolean());
                case OBJECT -> anyJson(depth);
                default -> F.nullNode();
            };
        }
        if (type instanceof TypeRef.ListOf l) {
            return array(l.element(), depth);
        }
        if (type instanceof TypeRef.ArrayOf a) {
            return array(a.element(), depth);
        }
        if (type instanceof TypeRef.MapOf m) {
            ObjectNode o = F.objectNode();
            int n = depth >= MAX_DEPTH ? 0 : random.nextInt(5);
            for (int i = 0; i < n; i++) {
                o.set(
                        random.nextInt(4) == 0 ? Integer.toString(random.nextInt(20)) : shortString(),
                        value(m.value(), depth + 1));
            }
            return o;
        }
        if (type instanceof TypeRef.RecordOf r) {
            ObjectNode o = F.objectNode();
            Optional<ClassIndex.ClassInfo> info = index.info(r.className());
            if (info.isPresent() && depth <= MAX_DEPTH) {
                for (ClassIndex.Component c : info.get().components()) {
                    if (random.nextInt(10) != 0) {
                        o.set(c.name(), value(types.field(c.signature()), depth + 1));
                    }
                }
            }
            return o;
        }
        return F.nullNode();
    }

    private JsonNode array(TypeRef element, int depth) {
        ArrayNode a = F.arrayNode();
        int n = depth >= MAX_DEPTH ? random.nextInt(2) : random.nextInt(8);
        for (int i = 0; i < n; i++) {
            a.add(value(element, depth + 1));
        }
        return a;
    }

    /** A value of the JSON grammar: what an {@code Object} parameter can receive. */
    private JsonNode anyJson(int depth) {
        int kind = random.nextInt(depth >= MAX_DEPTH ? 5 : 7);
        return switch (kind) {
            case 0 -> F.nullNode();
            case 1 -> F.textNode(string());
            case 2 -> F.numberNode(integer());
            case 3 -> number(decimal());
            case 4 -> F.booleanNode(random.nextBoolean());
            case 5 -> {
                ArrayNode a = F.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(anyJson(depth + 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = F.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    o.set(shortString(), anyJson(depth + 1));
                }
                yield o;
            }
        };
    }

    private String string() {
        if (random.nextInt(3) == 0) {
            return STRING_EDGES[random.nextInt(STRING_EDGES.length)];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(9); i > 0; i--) {
            sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return sb.toString();
    }

    private String shortString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return sb.toString();
    }

    private long integer() {
        return switch (random.nextInt(4)) {
            case 0 -> INT_EDGES[random.nextInt(INT_EDGES.length)];
            case 1 -> random.nextInt(21) - 10;
            case 2 -> random.nextInt(2001) - 1000;
            default -> random.nextInt();
        };
    }

    private double decimal() {
        return switch (random.nextInt(6)) {
            case 0 -> DOUBLE_EDGES[random.nextInt(DOUBLE_EDGES.length)];
            case 1 -> (random.nextInt(20001) - 10000) / 100.0;
            case 2 -> (random.nextInt(2001) - 1000) / 8.0;
            case 3 -> random.nextGaussian() * Math.pow(10, random.nextInt(30) - 10);
            case 4 ->
                new BigDecimal(random.nextInt(100000))
                        .movePointLeft(random.nextInt(6))
                        .add(new BigDecimal("5").movePointLeft(random.nextInt(6) + 6))
                        .doubleValue();
            default -> random.nextInt(1000);
        };
    }

    private JsonNode pick(List<JsonNode> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A double as JSON; integral values stay doubles (e.g. {@code 3.0}), as a JS number arrives at the JVM. */
    private static JsonNode number(double d) {
        return F.numberNode(d);
    }
}
