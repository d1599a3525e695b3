package io.jdash.server.internal;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import io.jdash.api.Patch;
import io.jdash.api.PlainArrays;
import io.jdash.contract.Dependency;
import io.jdash.server.ClientsideCallback;
import io.jdash.server.values.ValueMapper;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which {@code figure} outputs the server writes with plotly's typed arrays ({@code docs/values.md}, "Figures on
 * the wire"): all of them, unless the setting {@value #SETTING} is {@code false}, the callback is
 * {@link PlainArrays}, or the app keeps that figure plain because dash-renderer would trip over a typed array in
 * it: a Java callback declares it a {@link Patch} output (list operations apply to the stored JSON), a JavaScript
 * callback writes it (it may patch), a callback writes the graph's {@code extendData} or {@code prependData}
 * ({@code Plotly.extendTraces} takes no typed array), or a server callback reads it as an input or state (plotly.js adds its decoded
 * copy to the figure, which the renderer would send back as an object of one key per number).
 */
final class FigureOutputs {
    /** The setting that turns typed arrays off for the whole app. */
    static final String SETTING = "jdash.typedArrays";

    private static final String FIGURE = "figure";

    private final boolean enabled;
    private final Set<String> plain = new HashSet<>();

    private FigureOutputs(boolean enabled) {
        this.enabled = enabled;
    }

    /** The figure outputs of an app's callbacks; {@code settings} reads the setting (null when unset). */
    static FigureOutputs of(List<Method> methods, List<ClientsideCallback> javaScript, UnaryOperator<String> settings) {
        String setting = settings.apply(SETTING);
        if (setting != null && !setting.equalsIgnoreCase("true") && !setting.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(SETTING + "=" + setting + ": write true or false");
        }
        FigureOutputs outputs = new FigureOutputs(setting == null || setting.equalsIgnoreCase("true"));
        for (Method m : methods) {
            Callback cb = m.getAnnotation(Callback.class);
            for (int i = 0; i < cb.outputs().length; i++) {
                if (patches(m, i, cb.outputs().length)) {
                    outputs.plain.add(key(cb.outputs()[i]));
                }
                outputs.plainIfExtended(cb.outputs()[i]);
            }
            if (!m.isAnnotationPresent(Clientside.class)) {
                for (String d : cb.inputs()) {
                    outputs.plain.add(key(d));
                }
                for (String d : cb.state()) {
                    outputs.plain.add(key(d));
                }
            }
        }
        for (ClientsideCallback js : javaScript) {
            js.outputs().forEach(o -> {
                outputs.plain.add(key(o));
                outputs.plainIfExtended(o);
            });
        }
        return outputs;
    }

    /** {@code extendData}/{@code prependData} of a graph go to Plotly.extendTraces, which takes no typed array. */
    private void plainIfExtended(String output) {
        Dependency d = Dependency.parse(key(output));
        if (d.property().equals("extendData") || d.property().equals("prependData")) {
            plain.add(new Dependency(d.id(), FIGURE).toString());
        }
    }

    /** Reads the setting from a system property, else the environment variable {@code JDASH_TYPEDARRAYS}. */
    static String systemSetting(String name) {
        String value = System.getProperty(name);
        return value != null
                ? value
                : System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_'));
    }

    /** The positions of {@code m}'s outputs written with typed arrays. */
    BitSet typed(Method m) {
        BitSet typed = new BitSet();
        if (!enabled || m.isAnnotationPresent(PlainArrays.class)) {
            return typed;
        }
        String[] outputs = m.getAnnotation(Callback.class).outputs();
        for (int i = 0; i < outputs.length; i++) {
            String key = key(outputs[i]);
            if (key.endsWith("." + FIGURE) && Dependency.parse(key).property().equals(FIGURE) && !plain.contains(key)) {
                typed.set(i);
            }
        }
        return typed;
    }

    /**
     * Whether output {@code output} of {@code m} can be a Patch: its declared type mentions {@link Patch} (a Patch,
     * or a list of them for an ALL output). Nothing else can carry one: the value mapping converts a record only
     * where the callback's signature declares it.
     */
    private static boolean patches(Method m, int output, int outputs) {
        Type type = m.getGenericReturnType();
        if (outputs > 1) {
            if (!m.getReturnType().isRecord()) {
                return false;
            }
            RecordComponent[] components = m.getReturnType().getRecordComponents();
            if (output >= components.length) {
                return false;
            }
            type = components[output].getGenericType();
        }
        return ValueMapper.declaredRecords(List.of(type)).contains(Patch.class);
    }

    private static String key(String dependency) {
        return Dependency.withoutAllowDuplicate(dependency);
    }
}
