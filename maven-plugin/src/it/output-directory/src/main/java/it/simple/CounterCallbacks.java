package it.simple;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import io.jdash.api.PreventUpdate;

public final class CounterCallbacks {
    private CounterCallbacks() {
    }

    @Clientside
    @Callback(outputs = "label.children", inputs = "btn.n_clicks", state = "name.value")
    public static String label(Integer clicks, String name) {
        if (clicks == null) {
            throw new PreventUpdate();
        }
        return "Hello " + name + ", " + clicks + " clicks";
    }

    @Callback(outputs = "server.children", inputs = "btn.n_clicks")
    public static String onServer(Integer clicks) {
        return "server " + clicks;
    }
}
