package io.jdash.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.jdash.server.values.ValueMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Serialization of a 100,000-point figure (one scatter trace, x and y as {@code double[]}), the way the server
 * answers a callback: the value mapping builds a JSON tree, Jackson writes it. Measured: building the tree; writing
 * it with Jackson as configured before (JDK {@code Double.toString}) and now (Jackson's fast double writer,
 * Schubfach); and, for reference, streaming the Java value without a tree, plain and with Blackbird.
 */
final class FigureBenchmark {
    private static final int POINTS = 100_000;
    private static final int WARMUP = 15;
    private static final int RUNS = 41;

    private FigureBenchmark() {}

    /** A trace of a record type, for the Blackbird measurement (Blackbird speeds up bean and record access). */
    public record Trace(String type, String mode, double[] x, double[] y) {}

    /** The measured figure: x a ramp of 100,000 steps of 0.001, y Gaussian noise (seeded). */
    static Map<String, Object> figure() {
        Random random = new Random(42);
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = i * 0.001;
            y[i] = random.nextGaussian() * 100;
        }
        return figure(x, y);
    }

    static ObjectNode run() throws Exception {
        Map<String, Object> figure = figure();
        @SuppressWarnings("unchecked")
        Map<String, Object> trace = ((List<Map<String, Object>>) figure.get("data")).get(0);
        double[] x = (double[]) trace.get("x");
        double[] y = (double[]) trace.get("y");
        ObjectMapper before = new ObjectMapper();
        ObjectMapper now = ValueMapper.newObjectMapper();
        ObjectMapper streaming = new ObjectMapper(JsonFactory.builder()
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build());
        ObjectMapper blackbird = streaming.copy().registerModule(new BlackbirdModule());
        Map<String, Object> recordFigure = Map.of("data", List.of(new Trace("scattergl", "markers", x, y)));

        JsonNode tree = ValueMapper.toJson(figure, Set.of());
        byte[] reference = now.writeValueAsBytes(tree);
        if (!now.readTree(reference).equals(before.readTree(before.writeValueAsBytes(tree)))) {
            throw new IllegalStateException("the setups before and after write different figures");
        }
        Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
        variants.put("before", () -> write(before, ValueMapper.toJson(figure, Set.of())));
        variants.put("after", () -> write(now, ValueMapper.toJson(figure, Set.of())));
        variants.put("treeBuild", () -> ValueMapper.toJson(figure, Set.of()));
        variants.put("treeWriteJdkDoubleToString", () -> write(before, tree));
        variants.put("treeWriteFastDoubleWriter", () -> write(now, tree));
        variants.put("streamingNoTree", () -> write(streaming, figure));
        variants.put("streamingNoTreeBlackbirdRecords", () -> write(blackbird, recordFigure));
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("points", 2 * POINTS);
        o.put("bytes", reference.length);
        o.setAll(measure(reference.length, variants));
        return o;
    }

    private static Map<String, Object> figure(Object x, Object y) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("type", "scattergl");
        trace.put("mode", "markers");
        trace.put("x", x);
        trace.put("y", y);
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("data", List.of(trace));
        figure.put("layout", Map.of("title", Map.of("text", "100,000 points")));
        return figure;
    }

    private static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Median milliseconds and MB/s (of the figure's JSON size) of each variant over {@link #RUNS} rounds after a
     * warm-up; the variants take turns within a round, so that a busy machine slows them alike.
     */
    private static ObjectNode measure(int bytes, Map<String, Supplier<Object>> variants) {
        Map<String, double[]> millis = new LinkedHashMap<>();
        variants.keySet().forEach(name -> millis.put(name, new double[RUNS]));
        for (int round = 0; round < WARMUP + RUNS; round++) {
            for (Map.Entry<String, Supplier<Object>> v : variants.entrySet()) {
                long t0 = System.nanoTime();
                Object result = v.getValue().get();
                long took = System.nanoTime() - t0;
                if (result == null) {
                    throw new IllegalStateException(v.getKey());
                }
                if (round >= WARMUP) {
                    millis.get(v.getKey())[round - WARMUP] = took / 1e6;
                }
            }
        }
        ObjectNode all = new ObjectMapper().createObjectNode();
        millis.forEach((name, samples) -> {
            Arrays.sort(samples);
            double median = samples[RUNS / 2];
            all.putObject(name)
                    .put("medianMillis", CacheBenchmark.round(median))
                    .put("megabytesPerSecond", CacheBenchmark.round(bytes / 1e6 / (median / 1e3)));
        });
        return all;
    }
}
