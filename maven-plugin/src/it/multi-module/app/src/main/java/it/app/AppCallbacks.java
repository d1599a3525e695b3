package it.app;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;

public final class AppCallbacks {
    private AppCallbacks() {
    }

    @Clientside
    @Callback(outputs = "own.children", inputs = "own.value")
    public static String own(String s) {
        return "app: " + s;
    }
}
