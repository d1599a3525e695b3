package io.jdash.server.components.html;

/** {@code <th>}: a table header cell. */
public final class Th extends HtmlComponent<Th> implements TableCell<Th> {

    /** An empty {@code <th>}. */
    public Th() {
        super("Th");
    }

    /** The cells the header is for: {@code row}, {@code col}, {@code rowgroup} or {@code colgroup}. */
    public Th scope(String value) {
        return prop("scope", value);
    }
}
