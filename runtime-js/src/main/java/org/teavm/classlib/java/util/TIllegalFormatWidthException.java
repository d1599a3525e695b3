package org.teavm.classlib.java.util;

/**
 * {@code java.util.IllegalFormatWidthException}, which TeaVM 0.16's class library lacks: a width where the conversion
 * takes none ({@code %5n}); its message is the width, as the JDK's.
 */
public class TIllegalFormatWidthException extends TIllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final int width;

    /** Creates the exception for {@code width}. */
    public TIllegalFormatWidthException(int width) {
        super(Integer.toString(width));
        this.width = width;
    }

    /** The width given. */
    public int getWidth() {
        return width;
    }
}
