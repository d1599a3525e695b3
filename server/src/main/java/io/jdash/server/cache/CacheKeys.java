package io.jdash.server.cache;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Canonical encodings of argument values, so that equal arguments make equal keys: object keys sorted, numbers
 * written by value ({@code 1}, {@code 1.0} and {@code 1e0} are one number, as they are to the browser and to the
 * value mapping), absent values written as {@code null}.
 */
public final class CacheKeys {
    private static final JsonStringEncoder STRINGS = JsonStringEncoder.getInstance();

    private CacheKeys() {}

    /** The canonical JSON of {@code values} as one array. */
    public static String canonical(List<JsonNode> values) {
        StringBuilder out = new StringBuilder().append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(values.get(i), out);
        }
        return out.append(']').toString();
    }

    /** The canonical JSON of {@code value}. */
    public static String canonical(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, in hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void write(JsonNode v, StringBuilder out) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            out.append("null");
        } else if (v.isNumber()) {
            BigDecimal d = v.decimalValue();
            out.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toString());
        } else if (v.isTextual()) {
            out.append('"').append(STRINGS.quoteAsString(v.textValue())).append('"');
        } else if (v.isBoolean()) {
            out.append(v.booleanValue());
        } else if (v.isArray()) {
            out.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(v.get(i), out);
            }
            out.append(']');
        } else if (v.isObject()) {
            List<String> names = new ArrayList<>();
            v.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append('"').append(STRINGS.quoteAsString(names.get(i))).append("\":");
                write(v.get(names.get(i)), out);
            }
            out.append('}');
        } else {
            out.append('"').append(STRINGS.quoteAsString(v.asText())).append('"');
        }
    }
}
