package io.jdash.server.components.dcc;

import io.jdash.server.components.Namespaces;
import io.jdash.server.components.TypedComponent;
import java.util.Map;

/** {@code dcc.Download}: downloads a file when a callback sets its {@code data}; it renders nothing. */
public final class Download extends TypedComponent<Download> {

    /** A download with nothing to download yet. */
    public Download() {
        super("Download", Namespaces.DCC);
    }

    /** Downloads {@code content} (text, or base64 with {@link #base64}) as {@code filename}. */
    public Download data(String filename, String content) {
        return prop("data", Map.of("filename", filename, "content", content));
    }

    /** Whether the content is base64-encoded (for binary files). */
    public Download base64(boolean base64) {
        return prop("base64", base64);
    }

    /** The file's MIME type (text/plain by default). */
    public Download type(String mimeType) {
        return prop("type", mimeType);
    }
}
