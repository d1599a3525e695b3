package io.jdash.server.components.html;

/** {@code <td>}: a table data cell. */
public final class Td extends HtmlComponent<Td> implements TableCell<Td> {

    /** An empty {@code <td>}. */
    public Td() {
        super("Td");
    }
}
