package it.cds;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;

public final class CdsCallbacks {
    private CdsCallbacks() {
    }

    @Clientside
    @Callback(outputs = "greeting.children", inputs = "name.value")
    public static String greet(String name) {
        return "Hello, " + name;
    }
}
