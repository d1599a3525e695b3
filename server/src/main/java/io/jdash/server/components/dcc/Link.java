package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Parent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;

/** {@code dcc.Link}: a link that changes the URL without reloading the page (for {@link Location}). */
public final class Link extends TypedComponent<Link> implements Styled<Link>, Parent<Link> {

    /** A link without a target; set {@link #href}. */
    public Link() {
        super("Link", Namespaces.DCC);
    }

    /** The URL it points to (required). */
    public Link href(String url) {
        return prop("href", url);
    }

    /** Where to open it, e.g. {@code _blank}. */
    public Link target(String target) {
        return prop("target", target);
    }

    /** Reloads the page instead of changing the URL in place. */
    public Link refresh(boolean refresh) {
        return prop("refresh", refresh);
    }

    /** The tooltip text. */
    public Link title(String title) {
        return prop("title", title);
    }
}
