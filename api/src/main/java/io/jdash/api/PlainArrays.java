package io.jdash.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes the {@code figure} outputs of this callback with plain JSON arrays, never as plotly's typed arrays
 * ({@code {"dtype": "f8", "bdata": "…"}}). Use it for a chart that other callbacks change with list operations of a
 * {@link Patch} ({@code append}, {@code extend}, {@code insert}, …): dash-renderer applies those to the JSON it
 * holds, and a typed array is no list to it. jdash already keeps a figure plain when a Java callback of the app
 * declares it a {@code Patch} output or reads it on the server, or a JavaScript callback writes it
 * ({@code docs/values.md}, "Figures on the wire"); this annotation covers the other cases. The whole app opts out
 * with the setting {@code jdash.typedArrays=false}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PlainArrays {}
