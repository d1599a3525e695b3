package io.jdash.compiler.teavm;

import java.util.List;
import org.teavm.dependency.BootstrapMethodSubstitutor;
import org.teavm.dependency.DynamicCallSite;
import org.teavm.model.MethodReference;
import org.teavm.model.RuntimeConstant;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.IntegerSubtype;

/**
 * Lowers Java's string concatenation ({@code "Hello " + name + ", " + n}, compiled by javac to an
 * {@code invokedynamic} of {@code StringConcatFactory}) to JS string concatenation: each part becomes a String as
 * {@code String.valueOf} makes it, and the parts are joined with JS {@code +}. TeaVM's own lowering builds a
 * {@code StringBuilder} over a char array, which is an order of magnitude slower and pulls more code into the
 * bundle. The result is the JVM's: the same texts for every type of part.
 */
final class JsStringConcat implements BootstrapMethodSubstitutor {
    private static final String STRINGS = "io.jdash.runtime.jvm.JvmStrings";
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType INTEGER = ValueType.object("java.lang.Integer");
    private static final char VALUE_ARGUMENT = '\1';
    private static final char CONST_ARGUMENT = '\2';

    /** The most parts {@code JvmStrings.concat} joins in one call. */
    private static final int MAX_PARTS = 5;

    @Override
    public ValueEmitter substitute(DynamicCallSite callSite, ProgramEmitter pe) {
        List<ValueEmitter> args = callSite.getArguments();
        List<ValueEmitter> parts = new java.util.ArrayList<>();
        if (callSite.getBootstrapMethod().getName().equals("makeConcatWithConstants")) {
            String recipe = callSite.getBootstrapArguments().get(0).getString();
            StringBuilder literal = new StringBuilder();
            int value = 0;
            int constant = 0;
            for (int i = 0; i < recipe.length(); i++) {
                char c = recipe.charAt(i);
                if (c == VALUE_ARGUMENT || c == CONST_ARGUMENT) {
                    flush(pe, parts, literal);
                    ValueType type = callSite.getCalledMethod().parameterType(value);
                    ValueEmitter part = c == VALUE_ARGUMENT
                            ? args.get(value)
                            : constant(pe, callSite.getBootstrapArguments().get(1 + constant++));
                    value += c == VALUE_ARGUMENT ? 1 : 0;
                    parts.add(text(pe, type, part));
                } else {
                    literal.append(c);
                }
            }
            flush(pe, parts, literal);
        } else {
            for (int i = 0; i < args.size(); i++) {
                parts.add(text(pe, callSite.getCalledMethod().parameterType(i), args.get(i)));
            }
        }
        return join(pe, parts);
    }

    private static void flush(ProgramEmitter pe, List<ValueEmitter> parts, StringBuilder literal) {
        if (literal.length() > 0) {
            parts.add(pe.constant(literal.toString()));
            literal.setLength(0);
        }
    }

    /** Joins the parts left to right, up to {@link #MAX_PARTS} per call. */
    private static ValueEmitter join(ProgramEmitter pe, List<ValueEmitter> parts) {
        if (parts.isEmpty()) {
            return pe.constant("");
        }
        if (parts.size() == 1) {
            // a lone String-typed part may be null, which must read "null": join it with ""
            parts.add(pe.constant(""));
        }
        ValueEmitter result = null;
        int i = 0;
        while (i < parts.size()) {
            List<ValueEmitter> group = new java.util.ArrayList<>();
            if (result != null) {
                group.add(result);
            }
            while (group.size() < MAX_PARTS && i < parts.size()) {
                group.add(parts.get(i++));
            }
            if (group.size() == 1) {
                result = group.get(0);
                continue;
            }
            ValueType[] signature = new ValueType[group.size() + 1];
            java.util.Arrays.fill(signature, STRING);
            result = pe.invoke(new MethodReference(STRINGS, "concat", signature), group.toArray(new ValueEmitter[0]));
        }
        return result;
    }

    /** The part as String.valueOf would render it. */
    private static ValueEmitter text(ProgramEmitter pe, ValueType type, ValueEmitter value) {
        if (type.equals(STRING)) {
            return value; // JS + prints a null string as "null", as Java does
        }
        if (type.equals(INTEGER)) {
            return pe.invoke(new MethodReference(STRINGS, "valueOf", INTEGER, STRING), value);
        }
        if (!(type instanceof ValueType.Primitive p)) {
            return pe.invoke(new MethodReference(STRINGS, "valueOf", OBJECT, STRING), value.cast(OBJECT));
        }
        return switch (p.getKind()) {
            case BOOLEAN ->
                pe.invoke(new MethodReference(String.class.getName(), "valueOf", ValueType.BOOLEAN, STRING), value);
            case CHARACTER ->
                pe.invoke(new MethodReference(String.class.getName(), "valueOf", ValueType.CHARACTER, STRING), value);
            case BYTE -> intText(pe, value.castToInteger(IntegerSubtype.BYTE));
            case SHORT -> intText(pe, value.castToInteger(IntegerSubtype.SHORT));
            case INTEGER -> intText(pe, value);
            case LONG -> pe.invoke(new MethodReference(STRINGS, "longToString", ValueType.LONG, STRING), value);
            case FLOAT -> pe.invoke(new MethodReference(STRINGS, "floatToString", ValueType.FLOAT, STRING), value);
            case DOUBLE -> pe.invoke(new MethodReference(STRINGS, "doubleToString", ValueType.DOUBLE, STRING), value);
        };
    }

    private static ValueEmitter intText(ProgramEmitter pe, ValueEmitter value) {
        return pe.invoke(new MethodReference(STRINGS, "intToString", ValueType.INTEGER, STRING), value);
    }

    private static ValueEmitter constant(ProgramEmitter pe, RuntimeConstant value) {
        return switch (value.getKind()) {
            case RuntimeConstant.STRING -> pe.constant(value.getString());
            case RuntimeConstant.INT -> pe.constant(value.getInt());
            case RuntimeConstant.LONG -> pe.constant(value.getLong());
            case RuntimeConstant.FLOAT -> pe.constant(value.getFloat());
            case RuntimeConstant.DOUBLE -> pe.constant(value.getDouble());
            default -> pe.constant(value.getValueType());
        };
    }
}
