package io.jdash.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.server.values.NoUpdateNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A memo cache entry read back without a node per element below the levels an answer is taken apart at: written
 * out, the value is the bytes the tree it was made from writes, for generated values of every shape.
 */
class MemoEntryDecodeTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void generatedValues_writeBackAsTheTreeTheyCameFrom() throws Exception {
        Random random = new Random(16);
        int raw = 0;
        for (int i = 0; i < 2_000; i++) {
            JsonNode value = value(random, 0);
            byte[] entry = Http.JSON.writeValueAsBytes(
                    NODES.objectNode().<ObjectNode>set("value", value).set("noUpdate", NODES.arrayNode()));
            JsonNode decoded = MemoizedInvoker.decode(entry);
            // as answers are written: UTF-8 bytes
            assertEquals(
                    new String(Http.JSON.writeValueAsBytes(value), StandardCharsets.UTF_8),
                    new String(Http.JSON.writeValueAsBytes(decoded), StandardCharsets.UTF_8),
                    "case " + i);
            raw += countRaw(decoded);
        }
        assertTrue(raw > 300, "objects and deep lists stay text: " + raw);
    }

    @Test
    void theLevelsAnAnswerIsTakenApartAtAreNodes() throws Exception {
        JsonNode decoded = decode("{\"value\":[{\"a\":1},[{\"b\":[2]},[3,[4]],5],\"s\"],\"noUpdate\":[]}");
        assertInstanceOf(ArrayNode.class, decoded);
        assertInstanceOf(RawJsonNode.class, decoded.get(0));
        assertInstanceOf(ArrayNode.class, decoded.get(1));
        assertInstanceOf(RawJsonNode.class, decoded.get(1).get(0));
        assertInstanceOf(RawJsonNode.class, decoded.get(1).get(1));
        assertEquals(5, decoded.get(1).get(2).intValue());
        assertEquals("s", decoded.get(2).textValue());
        assertEquals(
                "[{\"a\":1},[{\"b\":[2]},[3,[4]],5],\"s\"]",
                new String(Http.JSON.writeValueAsBytes(decoded), StandardCharsets.UTF_8));
    }

    @Test
    void noUpdateMarksComeBackAtTheirPlaces() throws Exception {
        assertTrue(NoUpdateNode.is(decode("{\"value\":{\"x\":1},\"noUpdate\":[\"\"]}")));
        JsonNode decoded = decode("{\"value\":[{\"$jdash\":\"no_update\"},[1,{},3]],\"noUpdate\":[\"/0\",\"/1/1\"]}");
        assertTrue(NoUpdateNode.is(decoded.get(0)));
        assertTrue(NoUpdateNode.is(decoded.get(1).get(1)));
        assertEquals(3, decoded.get(1).get(2).intValue());
    }

    @Test
    void aDamagedEntryIsRefused() throws Exception {
        byte[] good = "{\"value\":{\"data\":[{\"x\":[1,2,3]}]},\"noUpdate\":[]}".getBytes(StandardCharsets.UTF_8);
        for (int cut = 1; cut < good.length - 1; cut++) {
            byte[] damaged = Arrays.copyOf(good, cut);
            assertThrows(IOException.class, () -> MemoizedInvoker.decode(damaged), new String(damaged));
        }
        for (String bad : new String[] {
            "[]",
            "{}",
            "{\"value\":1}",
            "{\"noUpdate\":[]}",
            "{\"value\":1,\"noUpdate\":{}}",
            "{\"value\":{\"a\":}}",
            "{\"value\":{\"a\":1]},\"noUpdate\":[]}",
            "{\"value\":[1,2,,3],\"noUpdate\":[]}"
        }) {
            assertThrows(IOException.class, () -> decode(bad), bad);
        }
    }

    private static JsonNode decode(String entry) throws IOException {
        return MemoizedInvoker.decode(entry.getBytes(StandardCharsets.UTF_8));
    }

    private static int countRaw(JsonNode n) {
        if (n instanceof RawJsonNode) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : n) {
            count += countRaw(child);
        }
        return count;
    }

    private static final String[] TEXTS = {"", "a", "é", "日本", "😀", "q\"uote", "back\\slash", "line\nbreak", "\u0001"};

    private static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 9);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
            case 5 -> NODES.textNode(TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(100));
            case 6, 7 -> {
                ArrayNode list = NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(value(random, depth + 1));
                }
                yield list;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(TEXTS[random.nextInt(TEXTS.length)] + i, value(random, depth + 1));
                }
                yield object;
            }
        };
    }
}
