package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.api.Callback;
import io.jdash.api.Memoize;
import io.jdash.server.cache.MemoCache;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Typed figures over real HTTP: memoized answers keep them, and a figure read back arrives as the plain one. */
class TypedFiguresHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A memoized figure and a callback that reads a figure back. */
    public static final class Figures {
        private Figures() {}

        @Memoize(ttl = "1h")
        @Callback(outputs = "fig.figure", inputs = "n.value")
        public static Map<String, Object> figure(Integer n) {
            double[] y = new Random(n).doubles(2000).map(v -> v * 1e3).toArray();
            return Map.of("data", List.of(Map.of("type", "scattergl", "y", y)));
        }

        @Callback(outputs = "sum.children", inputs = "m.value", state = "other.figure")
        public static String sum(Integer m, Map<String, Object> figure) {
            @SuppressWarnings("unchecked")
            List<Object> y = (List<Object>)
                    ((List<Map<String, Object>>) figure.get("data")).get(0).get("y");
            double sum = 0;
            StringBuilder types = new StringBuilder();
            for (Object v : y) {
                sum += v == null ? 0 : ((Number) v).doubleValue();
                types.append(v == null ? "null" : v.getClass().getSimpleName()).append(',');
            }
            return y.size() + " " + sum + " " + types;
        }
    }

    private static String request(String output, String input, String value, String state) {
        String[] o = output.split("\\.");
        return "{\"output\":\"" + output + "\",\"outputs\":{\"id\":\"" + o[0] + "\",\"property\":\"" + o[1]
                + "\"},\"inputs\":[{\"id\":\"" + input + "\",\"property\":\"value\",\"value\":" + value + "}],"
                + (state == null
                        ? ""
                        : "\"state\":[{\"id\":\"other\",\"property\":\"figure\",\"value\":" + state + "}],")
                + "\"changedPropIds\":[\"" + input + ".value\"]}";
    }

    @Test
    void memoizedFigure_isTypedAndServedByteForByte_andReadBackAsThePlainFigure() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(8 << 20);
                DashServer server = MemoizeHttpTest.start(Figures.class, cache)) {
            HttpResponse<byte[]> computed = MemoizeHttpTest.post(server, request("fig.figure", "n", "3", null));
            HttpResponse<byte[]> cached = MemoizeHttpTest.post(server, request("fig.figure", "n", "3", null));
            assertEquals(200, computed.statusCode());
            assertArrayEquals(computed.body(), cached.body());
            JsonNode y = JSON.readTree(computed.body()).at("/response/fig/figure/data/0/y");
            assertEquals("f8", y.path("dtype").asText(), y.toString().substring(0, 60));

            // the renderer sends a figure back as plotly left it: the typed array with its decoded copy beside it
            String typed = "{\"data\":[{\"y\":{\"dtype\":\"f8\",\"bdata\":\""
                    + y.get("bdata").asText() + "\",\"_inputArray\":{\"0\":1}}}]}";
            JsonNode plainY = JSON.valueToTree(Figures.figure(3)).at("/data/0/y");
            String plain = "{\"data\":[{\"y\":" + JSON.writeValueAsString(plainY) + "}]}";
            String fromTyped = new String(
                    MemoizeHttpTest.post(server, request("sum.children", "m", "1", typed))
                            .body(),
                    StandardCharsets.UTF_8);
            String fromPlain = new String(
                    MemoizeHttpTest.post(server, request("sum.children", "m", "1", plain))
                            .body(),
                    StandardCharsets.UTF_8);
            assertEquals(fromPlain, fromTyped);
            assertTrue(fromTyped.contains("2000 "), fromTyped);
        }
    }
}
