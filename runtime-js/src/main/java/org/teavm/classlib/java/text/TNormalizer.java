package org.teavm.classlib.java.text;

import io.jdash.runtime.jvm.chars.JvmCharacters;
import java.util.Objects;
import org.teavm.jso.JSBody;

/**
 * {@code java.text.Normalizer}, which TeaVM 0.16's class library lacks, with the JDK's results: the browser's
 * {@code String.normalize} does the work. Unicode keeps the normalization of assigned characters stable from one
 * version to the next, so the browser's later version agrees with the JDK's wherever the JDK knows the characters;
 * a code point the JDK's Unicode version has not assigned it leaves as it is and never combines across, so the text
 * is normalized in the pieces between such code points. TeaVM maps the JDK name to this class (its {@code T} naming
 * rule).
 */
public final class TNormalizer {
    private TNormalizer() {}

    /** The four Unicode normalization forms. */
    public enum Form {
        /** Canonical decomposition. */
        NFD,
        /** Canonical decomposition, then canonical composition. */
        NFC,
        /** Compatibility decomposition. */
        NFKD,
        /** Compatibility decomposition, then canonical composition. */
        NFKC
    }

    /** {@code src} in the normalization form {@code form}. */
    public static String normalize(CharSequence src, Form form) {
        String text = Objects.requireNonNull(src).toString();
        String name = Objects.requireNonNull(form).name();
        StringBuilder out = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!JvmCharacters.isDefined(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(jsNormalize(text.substring(start, i), name)).append(text, i, next);
                start = next;
            }
            i = next;
        }
        if (out == null) {
            return jsNormalize(text, name);
        }
        return out.append(jsNormalize(text.substring(start), name)).toString();
    }

    /** Whether {@code src} is in the normalization form {@code form}. */
    public static boolean isNormalized(CharSequence src, Form form) {
        String text = Objects.requireNonNull(src).toString();
        return normalize(text, form).equals(text);
    }

    @JSBody(
            params = {"s", "form"},
            script = "return s.normalize(form);")
    private static native String jsNormalize(String s, String form);
}
