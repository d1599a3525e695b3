package io.jdash.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Callback} method to be compiled to JavaScript and run in the browser as a Dash clientside callback.
 *
 * <p>The jdash build compiles every {@code @Clientside} callback into one bundle and lists it in the manifest; the
 * server then declares it with {@code clientside_function}. If the method's code cannot run in the browser, the
 * build says which call is to blame (or, when so configured, the server runs it instead).
 *
 * <pre>{@code
 * @Clientside
 * @Callback(outputs = "out.children", inputs = "in.value")
 * public static String shout(String text) {
 *     return text == null ? "" : text.toUpperCase();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Clientside {}
