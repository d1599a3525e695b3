package io.jdash.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a public static method as a Dash callback.
 *
 * <p>A dependency is written {@code "<component id>.<property>"}; the first {@code .} splits, because Dash forbids
 * {@code .} in string ids. A pattern-matching id is written as sorted-key JSON with Dash's wildcards, for example
 * {@code {"index":["MATCH"],"type":"item"}.value}.
 *
 * <p>Dash lets only one callback write an output. To let several write it, as Dash's {@code allow_duplicate=True},
 * end the output with {@value #ALLOW_DUPLICATE}: {@code "graph.figure@allow_duplicate"}. An {@code ALL} output
 * ({@code {"index":["ALL"],"type":"item"}.children}) receives a list: one value per matching component, in layout
 * order.
 *
 * <p>The method's parameters are an optional leading {@link CallbackContext}, then one per input, then one per
 * state, in order. It returns the value of its single output, or for several outputs a record (one component per
 * output, in order), an {@code Object[]} or a {@code List<?>}. A callback with no outputs returns {@code void}.
 *
 * <pre>{@code
 * @Callback(outputs = "label.children", inputs = "btn.n_clicks", state = "name.value")
 * public static String label(Integer clicks, String name) {
 *     if (clicks == null) throw new PreventUpdate();
 *     return "Hello " + name + ", " + clicks + " clicks";
 * }
 * }</pre>
 *
 * <p>Add {@link Clientside} to run the same method in the browser.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Callback {
    /** The suffix of an output that other callbacks may write too (Dash's {@code allow_duplicate}). */
    String ALLOW_DUPLICATE = "@allow_duplicate";

    /** The outputs, {@code "<id>.<property>"}, in the order the method supplies them. */
    String[] outputs();

    /** The inputs, {@code "<id>.<property>"}; a change to any of them fires the callback. */
    String[] inputs();

    /** The state values, {@code "<id>.<property>"}: read when the callback fires, but do not fire it. */
    String[] state() default {};

    /** When {@code true}, Dash does not call this callback when the page first loads. */
    boolean preventInitialCall() default false;
}
