package io.jdash.contract;

import java.util.List;

/**
 * A callback's declaration as the rules see it, whether read from a class file (the build) or by reflection (the
 * server).
 *
 * @param displayName the name messages use, e.g. {@code Callbacks.label} (see {@link MethodKey#displayName})
 * @param location where it is declared for messages that point at another callback, e.g.
 *        {@code com/example/Callbacks.java:12}, or null when unknown
 * @param publicStatic whether the method is {@code public static} (true for callbacks written in JavaScript)
 * @param takesContext whether its first parameter is a {@code CallbackContext}
 * @param memoizeTtl the {@code @Memoize} ttl as written, or null when it is not memoized
 * @param outputs the outputs as declared (with any {@code @allow_duplicate} suffix)
 * @param inputs the inputs
 * @param state the state
 */
public record Declaration(
        String displayName,
        String location,
        boolean publicStatic,
        boolean takesContext,
        String memoizeTtl,
        List<String> outputs,
        List<String> inputs,
        List<String> state) {

    /** Copies the lists. */
    public Declaration {
        outputs = List.copyOf(outputs);
        inputs = List.copyOf(inputs);
        state = List.copyOf(state);
    }
}
