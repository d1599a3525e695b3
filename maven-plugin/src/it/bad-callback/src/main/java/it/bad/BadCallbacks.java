package it.bad;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;

public final class BadCallbacks {
    private BadCallbacks() {
    }

    @Clientside
    @Callback(outputs = "out.children", inputs = "in.value")
    public String notStatic(String s) {
        return s;
    }

    @Callback(outputs = "two.children", inputs = {"a.value", "b.value"})
    public static String wrongCount(String a) {
        return a;
    }
}
