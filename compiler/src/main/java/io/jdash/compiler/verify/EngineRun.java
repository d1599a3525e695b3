package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one side answered: one outcome per call that finished, in order, and why it stopped early if it did.
 *
 * @param outcomes {@code {"value": v}}, {@code {"preventUpdate": true}}, {@code {"error": m, "name": n}},
 *        {@code {"timeout": true}} or {@code {"skipped": true}}, each with {@code "setProps"} when it was called
 * @param failure null when every call has an outcome; else what ended the engine (exit code, last error output)
 */
public record EngineRun(List<JsonNode> outcomes, String failure) {
    /** Copies the list. */
    public EngineRun {
        outcomes = List.copyOf(outcomes);
    }
}
