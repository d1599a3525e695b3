package it.unsupported;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;

public final class MixedCallbacks {
    private MixedCallbacks() {
    }

    @Clientside
    @Callback(outputs = "lines.children", inputs = "lines.value")
    public static Integer lines(String text) {
        return (int) java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).chars().count();
    }

    @Clientside
    @Callback(outputs = "fine.children", inputs = "fine.value")
    public static String fine(String s) {
        return s + "!";
    }
}
