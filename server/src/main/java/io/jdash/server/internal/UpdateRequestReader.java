package io.jdash.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jdash.server.values.JsText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the body of a {@code _dash-update-component} request into an {@link UpdateRequest}, or refuses it with a
 * {@link BadRequest} that names what is wrong. The shape is what dash-renderer 3.4 sends ({@code executeCallback}
 * in {@code actions/callbacks.ts}): {@code output} names the callback; {@code outputs} is one {@code {id, property}}
 * for a single output and a list for several, an ALL output being a list; {@code inputs} and {@code state} hold one
 * entry per declared dependency in order, {@code {id, property, value}}, or a list of them for ALL and ALLSMALLER;
 * {@code value} is left out when the prop is unset, {@code state} when the callback has none, {@code outputs} when it
 * has no output. Fields it does not know are ignored, as Dash ignores them. Thread-safe.
 */
public final class UpdateRequestReader {
    private final Callbacks callbacks;
    private final Map<String, CallbackSpec> hidden = new HashMap<>();
    private final Map<CallbackSpec, Shape> shapes = new IdentityHashMap<>();

    /** The declared outputs, inputs and state of one callback, prepared once. */
    private record Shape(List<DeclaredProp> outputs, List<DeclaredProp> inputs, List<DeclaredProp> state) {}

    /** Prepares checks for every callback of {@code callbacks}. */
    public UpdateRequestReader(Callbacks callbacks) {
        this(callbacks, List.of());
    }

    /**
     * Prepares checks for every callback of {@code callbacks} and of {@code hidden}: callbacks the server declares
     * for itself and answers without an invoker (a background callback's cancel component).
     */
    public UpdateRequestReader(Callbacks callbacks, List<CallbackSpec> hidden) {
        this.callbacks = callbacks;
        for (CallbackSpec spec : callbacks.all()) {
            shapes.put(spec, shape(spec));
        }
        for (CallbackSpec spec : hidden) {
            this.hidden.put(spec.outputKey(), spec);
            shapes.put(spec, shape(spec));
        }
    }

    private static Shape shape(CallbackSpec spec) {
        List<DeclaredProp> outputs = new ArrayList<>();
        List<String> keys = outputKeys(spec);
        for (int i = 0; i < spec.outputs().size(); i++) {
            String plain = CallbackSpec.plainOutput(spec.outputs().get(i));
            // The renderer names a duplicate-allowed output by its key, "<id>.<prop>@<hash>": the suffix is no part
            // of the declared dependency syntax, so split the plain output and carry the suffix over.
            String key = keys.get(i);
            String property = CallbackSpec.split(plain)[1] + key.substring(plain.length());
            outputs.add(DeclaredProp.of(plain, property));
        }
        return new Shape(outputs, declared(spec.inputs()), declared(spec.state()));
    }

    /** Each output as the dependencies declare it to the renderer (with its {@code @hash} if duplicates are allowed). */
    private static List<String> outputKeys(CallbackSpec spec) {
        String key = spec.outputKey();
        if (spec.outputs().size() <= 1) {
            return List.of(key);
        }
        return List.of(key.substring(2, key.length() - 2).split("\\.\\.\\."));
    }

    private static List<DeclaredProp> declared(List<String> dependencies) {
        return dependencies.stream()
                .map(d -> DeclaredProp.of(d, CallbackSpec.split(d)[1]))
                .toList();
    }

    /**
     * Reads and checks {@code body}.
     *
     * @throws BadRequest 400 for malformed JSON or a shape that does not fit the callback, 404 for an unknown
     *         {@code output}
     */
    public UpdateRequest read(byte[] body, UpdateQuery query) {
        JsonNode root;
        try {
            root = Http.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest(400, "unreadable request body");
        }
        if (root == null || !root.isObject() || !root.path("output").isTextual()) {
            throw new BadRequest(
                    400, "the request must be a JSON object with an 'output' string, as dash-renderer" + " sends it");
        }
        String output = root.get("output").textValue();
        CallbackSpec spec = callbacks.byOutput(output);
        if (spec == null) {
            spec = hidden.get(output);
        }
        if (spec == null) {
            throw new BadRequest(404, "no callback has the output " + shorten(output));
        }
        if (spec.invoker() == null && !hidden.containsKey(output)) {
            throw new BadRequest(400, spec.displayName() + " runs in the browser only");
        }
        Shape shape = shapes.get(spec);
        Check check = new Check(spec);
        List<UpdateRequest.Dependency> outputs = check.outputs(root.get("outputs"), shape.outputs());
        List<UpdateRequest.Dependency> inputs = check.list(root.get("inputs"), "inputs", shape.inputs());
        List<UpdateRequest.Dependency> state = check.list(root.get("state"), "state", shape.state());
        return new UpdateRequest(spec, outputs, inputs, state, check.changedPropIds(root.get("changedPropIds")), query);
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    /** The checks of one request, each refusal naming the callback. */
    private record Check(CallbackSpec spec, Map<String, JsonNode> matched) {
        Check(CallbackSpec spec) {
            this(spec, new java.util.HashMap<>());
        }

        BadRequest bad(String what) {
            return new BadRequest(400, "jdash: bad request for " + spec.displayName() + ": " + what);
        }

        List<UpdateRequest.Dependency> outputs(JsonNode outputs, List<DeclaredProp> declared) {
            if (declared.isEmpty()) {
                return List.of();
            }
            if (declared.size() == 1) {
                if (outputs == null) {
                    throw bad("'outputs' is missing; it names the component the answer is for");
                }
                return List.of(dependency(outputs, "outputs", declared.get(0), false));
            }
            if (outputs == null || !outputs.isArray() || outputs.size() != declared.size()) {
                throw bad("'outputs' must be a list of " + declared.size() + " entries, one per declared output,"
                        + " but is " + describe(outputs));
            }
            List<UpdateRequest.Dependency> list = new ArrayList<>();
            for (int i = 0; i < declared.size(); i++) {
                list.add(dependency(outputs.get(i), "outputs[" + i + "]", declared.get(i), false));
            }
            return list;
        }

        List<UpdateRequest.Dependency> list(JsonNode entries, String field, List<DeclaredProp> declared) {
            if (entries == null && declared.isEmpty()) {
                return List.of();
            }
            if (entries == null || !entries.isArray() || entries.size() != declared.size()) {
                throw bad("'" + field + "' must be a list of " + declared.size() + " entries, one per declared "
                        + (field.equals("inputs") ? "input" : "state") + " in order, but is " + describe(entries));
            }
            List<UpdateRequest.Dependency> list = new ArrayList<>(declared.size());
            for (int i = 0; i < declared.size(); i++) {
                list.add(dependency(entries.get(i), field + "[" + i + "]", declared.get(i), true));
            }
            return list;
        }

        private UpdateRequest.Dependency dependency(
                JsonNode entry, String where, DeclaredProp declared, boolean withValue) {
            if (!declared.many()) {
                return new UpdateRequest.Dependency(
                        declared.declared(), false, List.of(prop(entry, where, declared, withValue)));
            }
            if (entry == null || !entry.isArray()) {
                throw bad(where + " must be a list of {id, property" + (withValue ? ", value" : "") + "} entries for"
                        + " the pattern " + declared.declared() + ", but is " + describe(entry));
            }
            List<UpdateRequest.Prop> props = new ArrayList<>(entry.size());
            for (int j = 0; j < entry.size(); j++) {
                props.add(prop(entry.get(j), where + "[" + j + "]", declared, withValue));
            }
            return new UpdateRequest.Dependency(declared.declared(), true, props);
        }

        private UpdateRequest.Prop prop(JsonNode entry, String where, DeclaredProp declared, boolean withValue) {
            if (entry == null || !entry.isObject()) {
                throw bad(where + " must be an object {id, property" + (withValue ? ", value" : "") + "} for "
                        + declared.declared() + ", but is " + describe(entry));
            }
            JsonNode id = entry.get("id");
            String why = declared.mismatch(id);
            if (why != null) {
                throw bad(where + " " + why + ", but the callback declares " + declared.declared() + " there");
            }
            JsonNode property = entry.get("property");
            if (property == null
                    || !property.isTextual()
                    || !property.textValue().equals(declared.property())) {
                throw bad(where + " has the property " + (property == null ? "(none)" : DeclaredProp.shown(property))
                        + ", but the callback declares " + declared.declared() + " there");
            }
            for (String key : declared.matchKeys()) {
                // MATCH stands for one value across the callback's outputs, inputs and state
                JsonNode first = matched.putIfAbsent(key, id.get(key));
                if (first != null && !DeclaredProp.sameValue(first, id.get(key))) {
                    throw bad(where + " has the MATCH value " + DeclaredProp.shown(id.get(key)) + " for '" + key
                            + "', but an earlier part of the request has " + DeclaredProp.shown(first));
                }
            }
            return new UpdateRequest.Prop(id, property.textValue(), withValue ? entry.get("value") : null);
        }

        List<String> changedPropIds(JsonNode changed) {
            if (changed == null) {
                return List.of();
            }
            if (!changed.isArray()) {
                throw bad(
                        "'changedPropIds' must be a list of \"<id>.<property>\" strings, but is " + describe(changed));
            }
            List<String> list = new ArrayList<>(changed.size());
            for (JsonNode c : changed) {
                if (!c.isTextual() || c.textValue().lastIndexOf('.') <= 0) {
                    throw bad("'changedPropIds' must hold \"<id>.<property>\" strings, but has " + describe(c));
                }
                list.add(c.textValue());
            }
            return list;
        }

        private static String describe(JsonNode v) {
            if (v == null) {
                return "missing";
            }
            if (v.isArray()) {
                return "a list of " + v.size();
            }
            return JsText.describe(v).length() > 90 ? "a value of type " + JsText.type(v) : JsText.describe(v);
        }
    }
}
