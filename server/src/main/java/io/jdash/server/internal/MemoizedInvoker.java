package io.jdash.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.api.CallbackContext;
import io.jdash.api.Memoize;
import io.jdash.server.cache.CacheKeys;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.values.CallbackInvoker;
import io.jdash.server.values.ValueMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Calls a {@code @Memoize} callback through the app's {@link MemoCache}: keyed by the method and the canonical JSON
 * of its arguments, keeping the JSON of the value it answered (so a cached answer is the computed one, byte for
 * byte). {@code PreventUpdate} and errors are answered as usual and not kept.
 */
public final class MemoizedInvoker extends CallbackInvoker {
    private static final System.Logger LOG = System.getLogger("io.jdash.server.cache");
    private static final ObjectMapper JSON = ValueMapper.newObjectMapper();

    /** The fix for a memoized callback with a context, as the build words it. */
    public static final String FIX = "remove the CallbackContext parameter (memoize a callback of its inputs only),"
            + " or remove @Memoize";

    private final Supplier<MemoCache> cache;
    private final Duration ttl;
    private final String identity;

    /** A memoized invoker of {@code method}; the cache is fetched on first use. */
    public MemoizedInvoker(Method method, int outputs, Memoize memoize, Supplier<MemoCache> cache) {
        super(method, outputs);
        String name = CallbackSpec.methodKey(method);
        if (method.getParameterCount() > 0 && method.getParameterTypes()[0] == CallbackContext.class) {
            throw new IllegalArgumentException("jdash: [JDASH-E013] " + name + " is @Memoize but takes a"
                    + " CallbackContext, so its result may depend on more than its arguments; fix: " + FIX);
        }
        try {
            this.ttl = Memoize.Ttl.parse(memoize.ttl());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jdash: [JDASH-E014] @Memoize on " + name + ": " + e.getMessage(), e);
        }
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
        return "callback:" + CallbackSpec.methodKey(method);
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
        try {
            return new Outcome(Kind.VALUE, JSON.readTree(json), null, null);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "jdash: the cached answer of " + displayName() + " is not JSON ("
                    + e.getMessage() + "); computing it anew");
            return super.invoke(args, context);
        }
    }

    private byte[] compute(List<JsonNode> args, CallbackContext context) {
        Outcome outcome = super.invoke(args, context);
        if (outcome.kind() != Kind.VALUE) {
            throw new Uncacheable(outcome);
        }
        try {
            return JSON.writeValueAsBytes(outcome.value());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
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
