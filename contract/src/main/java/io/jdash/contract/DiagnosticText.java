package io.jdash.contract;

import java.util.Locale;

/**
 * The words of one diagnostic code, the same wherever it is reported.
 *
 * @param code the stable code, e.g. {@code JDASH-E009}
 * @param title what it means, in a few words (Markdown), as a table of codes shows it
 * @param template the message template, {@link String#format} style
 * @param fix how to fix what it reports
 */
public record DiagnosticText(String code, String title, String template, String fix) {
    /** A message: {@link #template()} filled with {@code args}. */
    public String message(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
