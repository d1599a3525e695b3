package it.budget;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;

public final class RegexCallbacks {
    /** Not a constant, so the browser needs TeaVM's regex engine: the callback that is over its budget. */
    private static String vowelRuns = "[aeiou]+";

    private RegexCallbacks() {
    }

    @Clientside
    @Callback(outputs = "small.children", inputs = "small.value")
    public static String small(String s) {
        return "[" + s + "]";
    }

    @Clientside
    @Callback(outputs = "vowels.children", inputs = "vowels.value")
    public static String vowels(String s) {
        return s == null ? "" : s.replaceAll(vowelRuns, "*");
    }
}
