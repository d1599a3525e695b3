package io.jdash.server.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query string of a {@code _dash-update-component} request. The renderer adds {@code cacheKey} and {@code job}
 * when it polls a background callback, {@code oldJob} and {@code cancelJob} for superseded and cancelled runs, and
 * {@code endId} when the config sets {@code end_id} (dash-renderer {@code actions/callbacks.ts},
 * {@code executeCallback}). Parameters it does not know are kept in {@link #all()} and otherwise ignored.
 *
 * @param all every parameter (the first value of each), decoded
 */
public record UpdateQuery(Map<String, String> all) {
    /** No query string. */
    public static final UpdateQuery NONE = new UpdateQuery(Map.of());

    /** Copies the map. */
    public UpdateQuery {
        all = Collections.unmodifiableMap(new LinkedHashMap<>(all));
    }

    /**
     * Parses a raw query string ({@code a=1&b=2}, percent-encoded); null or empty gives {@link #NONE}.
     *
     * @throws BadRequest for a malformed percent escape
     */
    public static UpdateQuery parse(String query) {
        if (query == null || query.isEmpty()) {
            return NONE;
        }
        Map<String, String> all = new LinkedHashMap<>();
        try {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                all.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "the query string is not valid percent-encoding: " + e.getMessage());
        }
        return new UpdateQuery(all);
    }

    /** The background callback's cache key the renderer polls with, or null. */
    public String cacheKey() {
        return all.get("cacheKey");
    }

    /** The background job the renderer polls, or null. */
    public String job() {
        return all.get("job");
    }

    /** A superseded background job to drop, or null. */
    public String oldJob() {
        return all.get("oldJob");
    }

    /** A background job whose cancel inputs fired, or null. */
    public String cancelJob() {
        return all.get("cancelJob");
    }

    /** The config's {@code end_id}, which renderer 3.4.1 adds to every callback URL, or null. */
    public String endId() {
        return all.get("endId");
    }
}
