package io.jdash.samples.hello;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import io.jdash.api.PreventUpdate;

/** The hello sample's callbacks: the greeting runs in the browser, the word count on the server. */
public final class HelloCallbacks {
    private HelloCallbacks() {}

    /** Runs in the browser as compiled Java: every keystroke updates the greeting without a request. */
    @Clientside
    @Callback(outputs = "greeting.children", inputs = "name.value")
    public static String greet(String name) {
        if (name == null || name.isBlank()) {
            return "Hello, stranger!";
        }
        return "Hello, " + name.strip() + "! (" + name.strip().length() + " letters, in the browser)";
    }

    /** Runs on the server when the button is clicked. */
    @Callback(outputs = "count.children", inputs = "count-btn.n_clicks", state = "name.value")
    public static String count(Integer clicks, String name) {
        if (clicks == null) {
            throw new PreventUpdate();
        }
        int words = name == null || name.isBlank() ? 0 : name.strip().split("\\s+").length;
        return words + (words == 1 ? " word" : " words") + ", counted on the server (click " + clicks + ")";
    }
}
