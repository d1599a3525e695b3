package io.jdash.server.internal;

import io.jdash.server.values.CallbackInvoker;

/**
 * An argument of the wrong type, placed in the request: the component and property it came from. For a
 * pattern-matching input (a list of components) it is the component whose value holds the bad part.
 *
 * @param mismatch what did not fit, as the invoker found it
 * @param kind {@code input} or {@code state}
 * @param componentId the component's id as Dash stringifies it (a string, or sorted-key JSON), or null when the
 *        bad part is not inside one component's value (e.g. the list of an ALL input itself)
 * @param property the property
 * @param declared the dependency as the callback declares it, e.g. {@code {"index":["ALL"],"type":"row"}.value}
 */
public record BadArgument(
        CallbackInvoker.ArgumentMismatch mismatch, String kind, String componentId, String property, String declared) {

    /** Places {@code mismatch} in {@code request}. */
    public static BadArgument of(UpdateRequest request, CallbackInvoker.ArgumentMismatch mismatch) {
        int index = mismatch.argument();
        boolean input = index < request.inputs().size();
        UpdateRequest.Dependency d = input
                ? request.inputs().get(index)
                : request.state().get(index - request.inputs().size());
        String property = CallbackSpec.split(d.declared())[1];
        if (!d.many()) {
            return new BadArgument(
                    mismatch,
                    input ? "input" : "state",
                    UpdateHandler.stringifyId(d.props().get(0).id()),
                    property,
                    d.declared());
        }
        int element = mismatch.element();
        String id = element >= 0 && element < d.props().size()
                ? UpdateHandler.stringifyId(d.props().get(element).id())
                : null;
        return new BadArgument(mismatch, input ? "input" : "state", id, property, d.declared());
    }

    /**
     * The answer's message: the browser's wording, then where the value came from, e.g.
     * {@code ... (input {"index":1,"type":"row"}.value)}.
     */
    public String message() {
        return mismatch.message() + " (" + kind + " " + (componentId != null ? componentId + "." + property : declared)
                + ")";
    }
}
