package io.jdash.server.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code NoUpdate.VALUE} inside a converted result tree. It is its own node class, so the server tells it apart
 * from user data by type: a JSON object of any shape that a callback returns, or that arrives in a request, is a
 * plain {@link ObjectNode} and is sent as it is. Written out (e.g. in a log or by the differential tests) it reads
 * {@code {"$jdash":"no_update"}}, the way the browser harness writes {@code dash_clientside.no_update}.
 */
public final class NoUpdateNode extends ObjectNode {
    private static final long serialVersionUID = 1L;

    NoUpdateNode() {
        super(JsonNodeFactory.instance);
        super.put("$jdash", ValueMapper.NO_UPDATE_MARKER);
    }

    /** A copy is a marker too. */
    @Override
    public ObjectNode deepCopy() {
        return new NoUpdateNode();
    }

    /** A new marker. */
    public static NoUpdateNode create() {
        return new NoUpdateNode();
    }

    /** Whether {@code v} stands for {@code NoUpdate.VALUE} (never true for data parsed from JSON). */
    public static boolean is(JsonNode v) {
        return v instanceof NoUpdateNode;
    }
}
