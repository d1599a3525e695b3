package it.shared;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;

public final class SharedCallbacks {
    private SharedCallbacks() {
    }

    @Clientside
    @Callback(outputs = "shared.children", inputs = "shared.value")
    public static String shout(String s) {
        return s == null ? "" : s.toUpperCase();
    }
}
