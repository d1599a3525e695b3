package org.teavm.classlib.java.util;

/**
 * {@code java.util.MissingFormatArgumentException}, which TeaVM 0.16's class library lacks. TeaVM maps the JDK
 * name to this class (its {@code T} naming rule), so code compiled for the browser throws what the JVM throws.
 */
public class TMissingFormatArgumentException extends TIllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final String formatSpecifier;

    /** Creates the exception for a specifier without an argument, e.g. {@code %s}. */
    public TMissingFormatArgumentException(String formatSpecifier) {
        super("Format specifier '" + formatSpecifier + "'");
        this.formatSpecifier = formatSpecifier;
    }

    /** The specifier without an argument. */
    public String getFormatSpecifier() {
        return formatSpecifier;
    }
}
