package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Whether a JVM outcome and a browser outcome of the same call agree, by the value mapping's rules: values as Dash
 * sees them ({@link JsonCompare}), PreventUpdate, no_update per output, set_props calls, and for an exception the
 * class and the message, except where Java does not specify the message ({@code "messageUnspecified"} from the JVM
 * side: the JVM's own NullPointerException/ClassCastException texts and exceptions thrown inside the JDK), where
 * only the class counts.
 */
public final class OutcomeComparison {
    private OutcomeComparison() {}

    /** How to compare numbers and lists. */
    public enum Mode {
        /** Numbers equal, lists in order. */
        EXACT,
        /** Numbers within one unit in the last place (functions Java specifies only to 1 ulp). */
        WITHIN_ONE_ULP,
        /** Lists compared as multisets (collections whose iteration order is unspecified). */
        IGNORING_LIST_ORDER
    }

    /** Null when the outcomes agree; else where they first differ, e.g. {@code .value[2]: 1.5 vs 1.25}. */
    public static String difference(JsonNode jvm, JsonNode browser, Mode mode) {
        JsonNode a = jvm;
        JsonNode b = browser;
        if (a.path("messageUnspecified").asBoolean()) {
            ObjectNode copy = a.deepCopy();
            copy.remove("messageUnspecified");
            a = copy;
            if (b.has("error") && a.has("error")) {
                a = ((ObjectNode) a).put("error", exceptionOnly(a.get("error").asText()));
                b = ((ObjectNode) b.deepCopy())
                        .put("error", exceptionOnly(b.get("error").asText()));
            }
        }
        if (mode == Mode.IGNORING_LIST_ORDER) {
            a = JsonCompare.sortArrays(a);
            b = JsonCompare.sortArrays(b);
        }
        return JsonCompare.difference(a, b, "", mode == Mode.WITHIN_ONE_ULP ? 1 : 0);
    }

    /** {@code "jdash: A.b threw java.lang.X: text"} without {@code ": text"}. */
    static String exceptionOnly(String error) {
        int threw = error.indexOf(" threw ");
        int colon = threw < 0 ? -1 : error.indexOf(": ", threw);
        return colon < 0 ? error : error.substring(0, colon);
    }
}
