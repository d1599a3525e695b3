package io.jdash.server.components.dcc;

import io.jdash.server.components.LowerCaseEnum;
import io.jdash.server.components.PropObject;
import java.util.List;
import java.util.Map;

/**
 * Plotly's config of a {@link Graph} (the mode bar, zooming, editing):
 * {@code new GraphConfig().displayModeBar(false).scrollZoom(true)}.
 */
public final class GraphConfig extends PropObject<GraphConfig> {

    /** The format of the mode bar's "download plot" image. */
    public enum ImageFormat implements LowerCaseEnum {
        /** PNG. */
        PNG,
        /** JPEG. */
        JPEG,
        /** WebP. */
        WEBP,
        /** SVG. */
        SVG
    }

    /** A static picture: no hover, zoom or pan. */
    public GraphConfig staticPlot(boolean staticPlot) {
        return put("staticPlot", staticPlot);
    }

    /** Lets the user edit titles, legends and annotations. */
    public GraphConfig editable(boolean editable) {
        return put("editable", editable);
    }

    /** Zooms with the mouse wheel. */
    public GraphConfig scrollZoom(boolean zoom) {
        return put("scrollZoom", zoom);
    }

    /** Resizes the plot with its container. */
    public GraphConfig responsive(boolean responsive) {
        return put("responsive", responsive);
    }

    /** Shows the mode bar always (true) or never (false); by default it shows on hover. */
    public GraphConfig displayModeBar(boolean display) {
        return put("displayModeBar", display);
    }

    /** Shows the Plotly logo in the mode bar. */
    public GraphConfig displaylogo(boolean display) {
        return put("displaylogo", display);
    }

    /** Mode bar buttons to leave out, by name, e.g. {@code "lasso2d", "select2d"}. */
    public GraphConfig modeBarButtonsToRemove(String... buttons) {
        return put("modeBarButtonsToRemove", List.of(buttons));
    }

    /** Shows hints on first use. */
    public GraphConfig showTips(boolean show) {
        return put("showTips", show);
    }

    /** The locale of numbers and dates, e.g. {@code "fr"} (its plotly locale must be loaded). */
    public GraphConfig locale(String locale) {
        return put("locale", locale);
    }

    /** The "download plot" button's image format and file name (without extension). */
    public GraphConfig toImageButtonOptions(ImageFormat format, String filename) {
        return put("toImageButtonOptions", Map.of("format", format.jsonValue(), "filename", filename));
    }
}
