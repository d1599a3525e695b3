package it.dev;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;

public final class DevCallbacks {
    private DevCallbacks() {
    }

    @Clientside
    @Callback(outputs = "greeting.children", inputs = "name.value")
    public static String greet(String name) {
        return "Hello, " + name;
    }
}
