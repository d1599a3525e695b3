package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.DiagnosticCode;
import io.jdash.compiler.scan.CallbackMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs a user gives a callback, which {@code jdash:verify} always runs before the generated ones: a file
 * {@code <Class>.verify.json} next to the class (e.g. {@code src/main/resources/com/example/Callbacks.verify.json}
 * for {@code com.example.Callbacks}), mapping each method name to a list of examples. An example is the argument
 * array (inputs then states, as Dash sends them), or {@code {"args": [...], "context": {...}}} with the
 * {@code callback_context} to pass.
 */
public final class UserExamples {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The file name after the class's simple binary name. */
    public static final String SUFFIX = ".verify.json";

    private UserExamples() {}

    /** The examples for {@code method}; a malformed file adds an error to {@code problems}. */
    static List<JsonNode> read(List<Path> roots, CallbackMethod method, List<Diagnostic> problems) throws IOException {
        String relative = method.className().replace('.', '/') + SUFFIX;
        for (Path root : roots) {
            Path file = root.resolve(relative);
            if (!Files.isDirectory(root) || !Files.isRegularFile(file)) {
                continue;
            }
            JsonNode all;
            try {
                all = JSON.readTree(file.toFile());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
                problems.add(DiagnosticCode.VERIFY_BAD_EXAMPLES.error(
                        relative, line, method.element(), "the examples file is not JSON: " + e.getOriginalMessage()));
                return List.of();
            }
            JsonNode examples = all.get(method.methodName());
            if (examples == null) {
                return List.of();
            }
            if (!examples.isArray()) {
                problems.add(DiagnosticCode.VERIFY_BAD_EXAMPLES.error(
                        relative,
                        0,
                        method.element(),
                        "\"" + method.methodName() + "\" must be a list of examples, not " + examples));
                return List.of();
            }
            List<JsonNode> result = new ArrayList<>();
            for (JsonNode e : examples) {
                if (e.isArray() || e.isObject() && e.path("args").isArray()) {
                    result.add(e);
                } else {
                    problems.add(DiagnosticCode.VERIFY_BAD_EXAMPLES.error(
                            relative,
                            0,
                            method.element(),
                            "an example of " + method.methodName() + " must be an argument array or {\"args\": [...]},"
                                    + " not " + e));
                }
            }
            return result;
        }
        return List.of();
    }
}
