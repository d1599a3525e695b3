package it.unsupported;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;

public final class MixedCallbacks {
    private MixedCallbacks() {
    }

    @Clientside
    @Callback(outputs = "lines.children", inputs = "lines.value")
    public static Integer lines(String text) {
        return (int) new java.util.Scanner(text).useDelimiter("\n").tokens().count();
    }

    @Clientside
    @Callback(outputs = "fine.children", inputs = "fine.value")
    public static String fine(String s) {
        return s + "!";
    }
}
