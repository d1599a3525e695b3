package io.jdash.server.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jdash.api.CallbackContext;
import io.jdash.api.NoUpdate;
import io.jdash.api.PreventUpdate;
import io.jdash.api.Progress;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Calls a callback method on the JVM with JSON arguments, following the value mapping, and turns what happens into
 * an {@link Outcome}, worded exactly as the browser runtime words the same outcome. Stateless and thread-safe.
 * Subclasses may put something around {@link #invoke} (memoization does).
 */
public class CallbackInvoker {
    /** What a call came to. */
    public enum Kind {
        /** The callback returned a value. */
        VALUE,
        /** The callback threw {@code PreventUpdate}. */
        PREVENT_UPDATE,
        /** An argument did not fit its declared type (the browser throws a TypeError). */
        BAD_ARGUMENT,
        /** The callback threw, or its result could not be converted (the browser throws an Error). */
        ERROR
    }

    /**
     * The outcome of one call.
     *
     * @param kind what happened
     * @param value the result for {@link Kind#VALUE} (an array with one entry per output for multi-output callbacks)
     * @param message the error message for the error kinds, e.g.
     *        {@code jdash: Counter.label: parameter 'clicks' expects a number, but got "3" (string)}
     * @param cause the exception, for logging
     * @param mismatch for {@link Kind#BAD_ARGUMENT}: which argument did not fit and how, else null
     */
    public record Outcome(Kind kind, JsonNode value, String message, Throwable cause, ArgumentMismatch mismatch) {
        /** An outcome that is not a bad argument. */
        public Outcome(Kind kind, JsonNode value, String message, Throwable cause) {
            this(kind, value, message, cause, null);
        }
    }

    /**
     * An argument that does not fit the declared type.
     *
     * @param callback the callback's name, e.g. {@code Counter.label}
     * @param argument the argument's position among the inputs then the states (a context parameter not counted)
     * @param parameter the parameter's source name
     * @param path where in the value the bad part is: empty for the value itself, else e.g. {@code [1]} or
     *        {@code .name[0]}
     * @param element the index of the list element the bad part is in, when the value is a list ({@code path}
     *        starts with {@code [i]}), else -1; for a pattern-matching input it names the component
     * @param expected what the value should have been, e.g. {@code an integral number in int range}
     * @param actual what arrived, e.g. {@code "3" (string)}
     */
    public record ArgumentMismatch(
            String callback, int argument, String parameter, String path, int element, String expected, String actual) {
        /** The message, exactly as the browser runtime words it. */
        public String message() {
            return "jdash: " + callback + ": parameter '" + parameter + path + "' expects " + expected + ", but got "
                    + actual;
        }
    }

    private final Method method;
    private final String displayName;
    private final Type[] parameterTypes;
    private volatile String[] parameterNames;
    private final boolean takesContext;
    private final boolean takesProgress;
    private final int outputs;
    private final Set<Class<?>> records;
    private final BitSet typedFigures;

    /**
     * Prepares calls of {@code method}, whose results are written with plain JSON arrays.
     *
     * @param outputs how many outputs the callback declares
     */
    public CallbackInvoker(Method method, int outputs) {
        this(method, outputs, new BitSet());
    }

    /**
     * Prepares calls of {@code method}.
     *
     * @param outputs how many outputs the callback declares
     * @param typedFigures the positions of the outputs that are figures whose numeric trace arrays are written as
     *        plotly typed arrays where smaller ({@link TypedArrays#inFigure})
     */
    public CallbackInvoker(Method method, int outputs, BitSet typedFigures) {
        this.typedFigures = (BitSet) typedFigures.clone();
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new IllegalArgumentException(method + " is not static");
        }
        this.method = method;
        this.outputs = outputs;
        method.setAccessible(true);
        String cls = method.getDeclaringClass().getName();
        this.displayName = cls.substring(cls.lastIndexOf('.') + 1).replace('$', '.') + "." + method.getName();
        Parameter[] params = method.getParameters();
        this.takesContext = params.length > 0 && params[0].getType() == CallbackContext.class;
        this.takesProgress =
                params.length > (takesContext ? 1 : 0) && params[takesContext ? 1 : 0].getType() == Progress.class;
        int first = (takesContext ? 1 : 0) + (takesProgress ? 1 : 0);
        this.parameterTypes = new Type[params.length - first];
        List<Type> declared = new ArrayList<>();
        declared.add(method.getGenericReturnType());
        for (int i = first; i < params.length; i++) {
            parameterTypes[i - first] = params[i].getParameterizedType();
            declared.add(params[i].getParameterizedType());
        }
        this.records = ValueMapper.declaredRecords(declared);
    }

    /**
     * The source name of argument {@code index} (inputs then states). Read from the class file on first need when
     * the class was compiled without {@code -parameters}, so a message names {@code clicks}, not {@code arg1}.
     */
    public String parameterName(int index) {
        String[] names = parameterNames;
        if (names == null) {
            names = ParameterNames.of(method);
            parameterNames = names;
        }
        return names[index + (takesContext ? 1 : 0)];
    }

    /** The positions of the outputs written with typed arrays (a copy). */
    public BitSet typedFigures() {
        return (BitSet) typedFigures.clone();
    }

    /** Whether the method's first parameter is a {@link CallbackContext}. */
    public boolean takesContext() {
        return takesContext;
    }

    /** Whether the method declares a {@link Progress} (after the optional context): a background job's handle. */
    public boolean takesProgress() {
        return takesProgress;
    }

    /** The callback's name for messages, e.g. {@code Counter.label}. */
    public String displayName() {
        return displayName;
    }

    /**
     * Calls the callback.
     *
     * @param args the input values then the state values, as JSON ({@code null} or missing for absent props)
     * @param context the context, passed if the method declares one
     */
    public Outcome invoke(List<JsonNode> args, CallbackContext context) {
        return invoke(args, context, null);
    }

    /**
     * Calls the callback as a background job.
     *
     * @param progress passed if the method declares a {@link Progress}
     */
    public Outcome invoke(List<JsonNode> args, CallbackContext context, Progress progress) {
        Object[] values = new Object[parameterTypes.length + (takesContext ? 1 : 0) + (takesProgress ? 1 : 0)];
        int offset = 0;
        if (takesContext) {
            values[offset++] = context;
        }
        if (takesProgress) {
            values[offset++] = progress;
        }
        for (int i = 0; i < parameterTypes.length; i++) {
            JsonNode arg = i < args.size() ? args.get(i) : null;
            try {
                values[i + offset] = ValueMapper.fromJson(arg, parameterTypes[i]);
            } catch (ValueMismatchException e) {
                ArgumentMismatch mismatch = new ArgumentMismatch(
                        displayName, i, parameterName(i), e.path(), e.element(), e.expected(), e.arrived());
                return new Outcome(Kind.BAD_ARGUMENT, null, mismatch.message(), e, mismatch);
            }
        }
        Object result;
        try {
            result = method.invoke(null, values);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof PreventUpdate) {
                return new Outcome(Kind.PREVENT_UPDATE, null, null, null);
            }
            return failure(t);
        } catch (IllegalAccessException e) {
            return failure(e);
        }
        try {
            return new Outcome(Kind.VALUE, convertResult(result), null, null);
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    private Outcome failure(Throwable t) {
        String message = t.getMessage();
        return new Outcome(
                Kind.ERROR,
                null,
                "jdash: " + displayName + " threw " + t.getClass().getName() + (message != null ? ": " + message : ""),
                t);
    }

    private JsonNode convertResult(Object result) {
        if (method.getReturnType() == void.class) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (outputs <= 1) {
            return wire(0, ValueMapper.toJson(result, records));
        }
        if (result instanceof Record r && method.getReturnType().isRecord()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    a.add(wire(a.size(), ValueMapper.toJson(c.getAccessor().invoke(r), records)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
            return a;
        }
        JsonNode converted = ValueMapper.toJson(result, records);
        if (result != null && result != NoUpdate.VALUE && !(converted.isArray() && converted.size() == outputs)) {
            throw new IllegalStateException("a callback with " + outputs + " outputs must return one value per"
                    + " output, but returned " + JsText.describe(converted));
        }
        if (converted instanceof ArrayNode a && !typedFigures.isEmpty()) {
            for (int i = 0; i < a.size(); i++) {
                wire(i, a.get(i));
            }
        }
        return converted;
    }

    private JsonNode wire(int output, JsonNode value) {
        return typedFigures.get(output) ? TypedArrays.inFigure(value) : value;
    }
}
