package io.jdash.server.components;

/**
 * The namespaces of the Dash component libraries: the global each bundle defines, which dash-renderer resolves a
 * layout node's {@code namespace} against ({@code window[namespace][type]}, in dash-renderer's
 * {@code src/registry.js}). The builder packages use them; {@code Html}, {@code Dcc} and {@code DashTable} re-export
 * them, so the builders never depend on those facades.
 */
public final class Namespaces {
    /** The namespace of dash-html-components. */
    public static final String HTML = "dash_html_components";
    /** The namespace of dash-core-components. */
    public static final String DCC = "dash_core_components";
    /** The namespace of dash-table. */
    public static final String DASH_TABLE = "dash_table";

    private Namespaces() {}
}
