package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.server.fixtures.WireCallbacks;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Thousands of requests mutated from the ones dash-renderer sent in a recorded session: wrong types, missing and
 * extra fields, huge strings and numbers, deep nesting, odd Unicode, duplicate keys, broken bytes and other content
 * types. Every one is answered within a timeout with 2xx or 4xx, a 500 only for the callback that throws by design,
 * never with internals in the body, and the only errors logged are that callback's.
 */
class UpdateFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MUTATIONS = Integer.getInteger("jdash.fuzz.mutations", 3000);
    private static final long SEED = Long.getLong("jdash.fuzz.seed", 20261201L);
    private static final Set<Integer> EXPECTED = Set.of(200, 204, 400, 403, 404, 413, 415);

    @Test
    void mutatedRendererRequests_getShortAnswersAndNeverInternals() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(r);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("io.jdash.server").addHandler(handler);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (DashServer server = DashServer.start(
                DashApp.builder()
                        .layout(Html.div())
                        .callbacks(WireCallbacks.class)
                        .maxRequestBytes(1 << 20)
                        .build(),
                0)) {
            List<ObjectNode> seeds = seeds(http, server);
            Random random = new Random(SEED);
            Map<Integer, Integer> statuses = new TreeMap<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < MUTATIONS; i++) {
                ObjectNode seed = seeds.get(random.nextInt(seeds.size()));
                Mutation m = mutate(seed, random);
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                        .timeout(Duration.ofSeconds(15))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(m.body()));
                if (m.contentType() != null) {
                    b.header("Content-Type", m.contentType());
                }
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                statuses.merge(r.statusCode(), 1, Integer::sum);
                String what = "mutation " + i + " (" + m.how() + ") of seed " + seed.path("output") + ": "
                        + r.statusCode() + " "
                        + (r.body().length() > 400 ? r.body().substring(0, 400) + "..." : r.body());
                boolean ownFailure = r.statusCode() == 500
                        && r.body()
                                .matches(
                                        "\\{\"error\":\"jdash: WireCallbacks.boom failed \\(error id [0-9a-f]{12}\\)\"}");
                assertTrue(EXPECTED.contains(r.statusCode()) || ownFailure, what);
                for (String internal : List.of(
                        "Exception", "\tat ", "at io.jdash", "at org.eclipse", "at java.", "jackson", "Jackson")) {
                    assertTrue(!r.body().contains(internal), internal + " in " + what);
                }
                if (r.statusCode() >= 400) {
                    assertTrue(r.body().startsWith("{\"error\":\"") && r.body().length() < 1000, what);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.println("jdash fuzz: " + MUTATIONS + " mutations in " + String.format("%.1f", seconds)
                    + " s, statuses " + statuses);
            for (LogRecord e : errors) {
                assertTrue(
                        e.getThrown() instanceof IllegalStateException
                                && "boom".equals(e.getThrown().getMessage()),
                        "only boom's own failure is logged, got: " + e.getMessage() + " " + e.getThrown());
            }
            assertTrue(statuses.getOrDefault(200, 0) > MUTATIONS / 20, "some mutations stay valid: " + statuses);
            assertTrue(statuses.getOrDefault(400, 0) > MUTATIONS / 4, "most are refused: " + statuses);
            HttpResponse<String> still = http.send(
                    HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    seeds.get(0).toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, still.statusCode(), "still serving");
        } finally {
            Logger.getLogger("io.jdash.server").removeHandler(handler);
        }
    }

    /** The recorded requests, with the allow_duplicate output renamed to this server's key. */
    private static List<ObjectNode> seeds(HttpClient http, DashServer server) throws Exception {
        JsonNode deps = JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(server.url() + "_dash-dependencies"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        String duplicate = null;
        for (JsonNode d : deps) {
            if (d.get("output").asText().startsWith("graph.figure@")) {
                duplicate = d.get("output").asText();
            }
        }
        List<ObjectNode> seeds = new ArrayList<>();
        try (InputStream in = UpdateFuzzTest.class.getResourceAsStream("wire-requests.json")) {
            for (JsonNode r : JSON.readTree(in).get("requests")) {
                ObjectNode seed = (ObjectNode) r;
                if (seed.get("output").asText().startsWith("graph.figure@")) {
                    seed.put("output", duplicate);
                    ((ObjectNode) seed.get("outputs")).put("property", duplicate.substring("graph.".length()));
                }
                seeds.add(seed);
            }
        }
        HttpClient check = http;
        for (ObjectNode seed : seeds) {
            int status = check.send(
                            HttpRequest.newBuilder(URI.create(server.url() + "_dash-update-component"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(seed.toString()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
            assertTrue(
                    status == 200
                            || status == 204
                            || status == 500 && seed.toString().contains("out-500"),
                    "the unmutated request is answered as recorded: " + status + " " + seed);
        }
        return seeds;
    }

    record Mutation(String how, byte[] body, String contentType) {}

    private static Mutation mutate(ObjectNode seed, Random random) {
        ObjectNode tree = seed.deepCopy();
        int kind = random.nextInt(10);
        String json = "application/json";
        switch (kind) {
            case 0, 1, 2 -> {
                JsonNode value = randomValue(random);
                String where = replaceRandomNode(tree, value, random);
                return new Mutation("replace " + where + " with " + shortly(value), bytes(tree), json);
            }
            case 3 -> {
                String where = removeRandomField(tree, random);
                return new Mutation("remove " + where, bytes(tree), json);
            }
            case 4 -> {
                String where = addRandomField(tree, random);
                return new Mutation("add a field at " + where, bytes(tree), json);
            }
            case 5 -> {
                String text = tree.toString();
                String key = List.of("output", "outputs", "inputs", "state", "changedPropIds")
                        .get(random.nextInt(5));
                String dup = "{\"" + key + "\":" + randomValue(random) + "," + text.substring(1);
                return new Mutation("duplicate key " + key, dup.getBytes(StandardCharsets.UTF_8), json);
            }
            case 6 -> {
                byte[] b = bytes(tree);
                int cut = random.nextInt(b.length);
                return new Mutation("truncate at " + cut, java.util.Arrays.copyOf(b, cut), json);
            }
            case 7 -> {
                byte[] b = bytes(tree);
                int n = 1 + random.nextInt(4);
                for (int j = 0; j < n; j++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return new Mutation("flip " + n + " bytes", b, json);
            }
            case 8 -> {
                String type = List.of(
                                "text/plain",
                                "application/x-www-form-urlencoded",
                                "multipart/form-data",
                                "application/json5",
                                "application/octet-stream")
                        .get(random.nextInt(5));
                return new Mutation("content type " + type, bytes(tree), random.nextInt(6) == 0 ? null : type);
            }
            default -> {
                String nesting = random.nextBoolean()
                        ? "[".repeat(5000) + "]".repeat(5000)
                        : "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
                JsonNode marker = NODES.textNode("__deep__");
                String where = replaceRandomNode(tree, marker, random);
                String body = tree.toString().replace("\"__deep__\"", nesting);
                return new Mutation("deep nesting at " + where, body.getBytes(StandardCharsets.UTF_8), json);
            }
        }
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(random.nextDouble() * 1e300);
            case 4 -> NODES.numberNode(new java.math.BigInteger("9".repeat(1 + random.nextInt(600))));
            case 5 -> NODES.numberNode(new java.math.BigDecimal("1e" + (300 + random.nextInt(400))));
            case 6 -> NODES.textNode("x".repeat(random.nextInt(200_000)));
            case 7 -> NODES.textNode("\u0000\ud800\udfff\u202e\ufeff😀 ünï " + "\ud83d");
            case 8 -> NODES.arrayNode();
            case 9 -> NODES.objectNode();
            case 10 -> NODES.arrayNode().add(1).add("a").addNull();
            case 11 -> NODES.objectNode().put("id", "x").put("property", "y");
            case 12 -> NODES.objectNode().put("$jdash", "no_update");
            case 13 ->
                NODES.objectNode().set("id", NODES.objectNode().put("index", 2).put("type", "pm-btn"));
            case 14 -> NODES.textNode("__proto__");
            default -> NODES.numberNode(random.nextLong());
        };
    }

    /** Replaces one node somewhere in {@code tree} (or a value field) and says where. */
    private static String replaceRandomNode(ObjectNode tree, JsonNode value, Random random) {
        List<Object[]> slots = new ArrayList<>();
        collect(tree, "", slots);
        Object[] slot = slots.get(random.nextInt(slots.size()));
        if (slot[0] instanceof ObjectNode o) {
            o.set((String) slot[1], value);
        } else {
            ((ArrayNode) slot[0]).set((Integer) slot[1], value);
        }
        return (String) slot[2];
    }

    private static void collect(JsonNode node, String path, List<Object[]> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                slots.add(new Object[] {o, name, path + "/" + name});
                collect(o.get(name), path + "/" + name, slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Object[] {a, i, path + "/" + i});
                collect(a.get(i), path + "/" + i, slots);
            }
        }
    }

    private static String removeRandomField(ObjectNode tree, Random random) {
        List<Object[]> slots = new ArrayList<>();
        collect(tree, "", slots);
        slots.removeIf(s -> !(s[0] instanceof ObjectNode));
        Object[] slot = slots.get(random.nextInt(slots.size()));
        ((ObjectNode) slot[0]).remove((String) slot[1]);
        return (String) slot[2];
    }

    private static String addRandomField(ObjectNode tree, Random random) {
        List<Object[]> slots = new ArrayList<>();
        slots.add(new Object[] {null, null, ""});
        collect(tree, "", slots);
        slots.removeIf(s -> s[0] != null
                && !(s[0] instanceof ObjectNode o && o.get((String) s[1]).isObject()));
        Object[] slot = slots.get(random.nextInt(slots.size()));
        ObjectNode target = slot[0] == null ? tree : (ObjectNode) ((ObjectNode) slot[0]).get((String) slot[1]);
        target.set(
                List.of("extra", "value", "id", "property", "__proto__").get(random.nextInt(5)), randomValue(random));
        return (String) slot[2];
    }

    private static byte[] bytes(JsonNode tree) {
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String shortly(JsonNode v) {
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
