package io.jdash.server.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.api.CallbackContext;
import io.jdash.api.Memoize;
import io.jdash.contract.MethodKey;
import io.jdash.server.cache.CacheKeys;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.values.CallbackInvoker;
import io.jdash.server.values.NoUpdateNode;
import io.jdash.server.values.ValueMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Calls a {@code @Memoize} callback through the app's {@link MemoCache}: keyed by the method and the canonical JSON
 * of its arguments, keeping the JSON of the value it answered (so a cached answer is the computed one, byte for
 * byte). {@code PreventUpdate} and errors are answered as usual and not kept.
 *
 * <p>An entry is {@code {"value": <the answer>, "noUpdate": [<JSON pointers>]}}: where the answer held
 * {@code NoUpdate.VALUE} (the whole value, an output of several, or one component's value of an ALL output) is kept
 * beside it, so a user value that looks like the marker stays a value after the round trip.
 */
public final class MemoizedInvoker extends CallbackInvoker {
    private static final System.Logger LOG = System.getLogger("io.jdash.server.cache");
    private static final ObjectMapper JSON = ValueMapper.newObjectMapper();

    private final Supplier<MemoCache> cache;
    private final Duration ttl;
    private final String identity;

    /**
     * A memoized invoker of {@code method}, whose declaration passed {@link io.jdash.contract.DeclarationRules}
     * (no CallbackContext, a valid ttl); the cache is fetched on first use. The outputs in {@code typedFigures}
     * are kept as they are answered: with typed arrays.
     */
    public MemoizedInvoker(
            Method method, int outputs, BitSet typedFigures, Memoize memoize, Supplier<MemoCache> cache) {
        super(method, outputs, typedFigures);
        this.ttl = Memoize.Ttl.parse(memoize.ttl());
        this.cache = cache;
        this.identity = identity(method);
    }

    /**
     * The cache key of {@code method}'s result for {@code args} (inputs, then state): the method's identity and the
     * SHA-256 of the arguments' canonical JSON. Background jobs keep their results under the same key.
     */
    public static String cacheKey(Method method, List<JsonNode> args) {
        return identity(method) + ":" + CacheKeys.sha256(CacheKeys.canonical(args));
    }

    private static String identity(Method method) {
        return "callback:" + MethodKey.of(method);
    }

    /** How long results are kept. */
    public Duration ttl() {
        return ttl;
    }

    @Override
    public Outcome invoke(List<JsonNode> args, CallbackContext context) {
        String key = identity + ":" + CacheKeys.sha256(CacheKeys.canonical(args));
        byte[] json;
        try {
            json = cache.get().getBytes(key, ttl, () -> compute(args, context));
        } catch (Uncacheable u) {
            return u.outcome;
        }
        return read(json, args, context);
    }

    /**
     * As {@link #invoke(List, CallbackContext)}, recording in {@code timing} whether the answer came from the cache
     * (a hit: computed before, or by another request meanwhile) and the time spent in the cache besides computing.
     */
    public Outcome invoke(List<JsonNode> args, CallbackContext context, ServerTiming timing) {
        long start = System.nanoTime();
        long[] computing = {-1};
        String key = identity + ":" + CacheKeys.sha256(CacheKeys.canonical(args));
        Outcome outcome;
        try {
            byte[] json = cache.get().getBytes(key, ttl, () -> {
                long t = System.nanoTime();
                try {
                    return compute(args, context);
                } finally {
                    computing[0] = System.nanoTime() - t;
                }
            });
            outcome = read(json, args, context);
        } catch (Uncacheable u) {
            outcome = u.outcome;
        }
        long total = System.nanoTime() - start;
        timing.memo(computing[0] < 0, computing[0] < 0 ? total : total - computing[0]);
        return outcome;
    }

    private Outcome read(byte[] json, List<JsonNode> args, CallbackContext context) {
        try {
            return new Outcome(Kind.VALUE, decode(json), null, null);
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "jdash: the cached answer of " + displayName() + " cannot be read (" + e.getMessage()
                            + "); computing it anew");
            return super.invoke(args, context);
        }
    }

    private byte[] compute(List<JsonNode> args, CallbackContext context) {
        Outcome outcome = super.invoke(args, context);
        if (outcome.kind() != Kind.VALUE) {
            throw new Uncacheable(outcome);
        }
        ObjectNode entry = JSON.createObjectNode();
        entry.set("value", outcome.value());
        markNoUpdates(outcome.value(), "", 0, entry.putArray("noUpdate"));
        try {
            return JSON.writeValueAsBytes(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /** Records where {@code NoUpdate.VALUE} stands, down to the depth the answer is read at. */
    private static void markNoUpdates(JsonNode v, String pointer, int depth, ArrayNode marks) {
        if (NoUpdateNode.is(v)) {
            marks.add(pointer);
        } else if (v != null && v.isArray() && depth < 2) {
            for (int i = 0; i < v.size(); i++) {
                markNoUpdates(v.get(i), pointer + "/" + i, depth + 1, marks);
            }
        }
    }

    /**
     * The value of an entry. Only the levels the answer is taken apart at (the outputs of several, the components
     * of an ALL output) become nodes; every object or list below them stays the text it was kept as, checked to be
     * well-formed but not parsed into nodes, and is written out as those bytes.
     */
    public static JsonNode decode(byte[] entry) throws IOException {
        JsonNode value = null;
        JsonNode marks = null;
        try (JsonParser p = JSON.getFactory().createParser(entry)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a jdash cache entry");
            }
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "value" -> value = keep(p, entry, 0);
                    case "noUpdate" -> marks = JSON.readTree(p);
                    default -> p.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IOException("a cut entry");
            }
        }
        if (value == null || marks == null || !marks.isArray()) {
            throw new IOException("not a jdash cache entry");
        }
        for (JsonNode mark : marks) {
            String pointer = mark.asText();
            if (pointer.isEmpty()) {
                return NoUpdateNode.create();
            }
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = value.at(pointer.substring(0, slash));
            if (parent instanceof ArrayNode list) {
                list.set(Integer.parseInt(pointer.substring(slash + 1)), NoUpdateNode.create());
            }
        }
        return value;
    }

    /** The value at the parser's current token, {@code depth} lists down from the entry's value. */
    private static JsonNode keep(JsonParser p, byte[] entry, int depth) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_ARRAY && depth < 2) {
            ArrayNode list = JSON.createArrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(keep(p, entry, depth + 1));
            }
            return list;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            long start = p.currentTokenLocation().getByteOffset();
            p.skipChildren();
            long end = p.currentLocation().getByteOffset();
            if (start < 0
                    || end > entry.length
                    || end <= start
                    || entry[(int) end - 1] != (token == JsonToken.START_OBJECT ? '}' : ']')) {
                throw new IOException("cannot locate a value in the entry");
            }
            return new RawJsonNode(Arrays.copyOfRange(entry, (int) start, (int) end));
        }
        JsonNode scalar = JSON.readTree(p);
        return scalar == null ? JSON.nullNode() : scalar;
    }

    /** Carries an outcome that is answered but not kept (PreventUpdate, errors) out of the cache's loader. */
    private static final class Uncacheable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        Uncacheable(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
