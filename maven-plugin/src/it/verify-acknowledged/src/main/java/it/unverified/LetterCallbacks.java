package it.unverified;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;

public final class LetterCallbacks {
    private LetterCallbacks() {
    }

    @Clientside
    @Callback(outputs = "letters.children", inputs = "text.value")
    public static Integer letters(String text) {
        int n = 0;
        for (char c : (text == null ? "" : text).toCharArray()) {
            if (!Character.isSurrogate(c)) {
                n++;
            }
        }
        return n;
    }
}
