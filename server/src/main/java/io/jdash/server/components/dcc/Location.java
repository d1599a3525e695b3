package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.TypedComponent;

/**
 * {@code dcc.Location}: the browser's URL as props ({@code pathname}, {@code search}, {@code hash}, {@code href}),
 * for multi-page apps; it renders nothing.
 */
public final class Location extends TypedComponent<Location> {

    /** The URL of the page. */
    public Location() {
        super("Location", Namespaces.DCC);
    }

    /** The path, e.g. {@code /reports}. */
    public Location pathname(String path) {
        return prop("pathname", path);
    }

    /** The query string, e.g. {@code ?year=2024}. */
    public Location search(String query) {
        return prop("search", query);
    }

    /** The fragment, e.g. {@code #top}. */
    public Location hash(String fragment) {
        return prop("hash", fragment);
    }

    /** The whole URL. */
    public Location href(String url) {
        return prop("href", url);
    }

    /** Reloads the page when a callback changes the URL (true by default); false changes it in place. */
    public Location refresh(boolean refresh) {
        return prop("refresh", refresh);
    }
}
