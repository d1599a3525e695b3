package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.Parent;
import io.jdash.server.components.Styled;
import io.jdash.server.components.TypedComponent;
import java.util.Map;

/**
 * {@code dcc.Upload}: a drop zone and file picker; callbacks receive {@code contents} (base64 data URLs),
 * {@code filename} and {@code last_modified}.
 */
public final class Upload extends TypedComponent<Upload> implements Styled<Upload>, Parent<Upload> {

    /** A drop zone; give it children to show. */
    public Upload() {
        super("Upload", Namespaces.DCC);
    }

    /** The file types accepted, e.g. {@code ".csv,text/csv"} or {@code "image/*"}. */
    public Upload accept(String types) {
        return prop("accept", types);
    }

    /** Disables it. */
    public Upload disabled(boolean disabled) {
        return prop("disabled", disabled);
    }

    /** Accepts only dropped files: clicking does not open the file picker. */
    public Upload disableClick(boolean disable) {
        return prop("disable_click", disable);
    }

    /** The largest file accepted, in bytes (-1, the default, is no limit). */
    public Upload maxSize(long bytes) {
        return prop("max_size", bytes);
    }

    /** The smallest file accepted, in bytes. */
    public Upload minSize(long bytes) {
        return prop("min_size", bytes);
    }

    /** Accepts several files at once; the props are then lists. */
    public Upload multiple(boolean multiple) {
        return prop("multiple", multiple);
    }

    /** The class while a file is dragged over it. */
    public Upload classNameActive(String className) {
        return prop("className_active", className);
    }

    /** The class while a refused file is dragged over it. */
    public Upload classNameReject(String className) {
        return prop("className_reject", className);
    }

    /** The class while disabled. */
    public Upload classNameDisabled(String className) {
        return prop("className_disabled", className);
    }

    /** The style while a file is dragged over it. */
    public Upload styleActive(Map<String, ?> style) {
        return prop("style_active", style);
    }

    /** The style while a refused file is dragged over it. */
    public Upload styleReject(Map<String, ?> style) {
        return prop("style_reject", style);
    }

    /** The style while disabled. */
    public Upload styleDisabled(Map<String, ?> style) {
        return prop("style_disabled", style);
    }
}
