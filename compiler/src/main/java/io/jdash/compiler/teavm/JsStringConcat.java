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
    private static final char VALUE_ARGUMENT = '\1';
    private static final char CONST_ARGUMENT = '\2';

    @Override
    public ValueEmitter substitute(DynamicCallSite callSite, ProgramEmitter pe) {
        List<ValueEmitter> args = callSite.getArguments();
        ValueEmitter result = null;
        if (callSite.getBootstrapMethod().getName().equals("makeConcatWithConstants")) {
            String recipe = callSite.getBootstrapArguments().get(0).getString();
            StringBuilder literal = new StringBuilder();
            int value = 0;
            int constant = 0;
            for (int i = 0; i < recipe.length(); i++) {
                char c = recipe.charAt(i);
                if (c == VALUE_ARGUMENT || c == CONST_ARGUMENT) {
                    result = join(pe, result, literal);
                    ValueType type = callSite.getCalledMethod().parameterType(value);
                    ValueEmitter part = c == VALUE_ARGUMENT ? args.get(value)
                            : constant(pe, callSite.getBootstrapArguments().get(1 + constant++));
                    value += c == VALUE_ARGUMENT ? 1 : 0;
                    result = join(pe, result, text(pe, type, part));
                } else {
                    literal.append(c);
                }
            }
            result = join(pe, result, literal);
        } else {
            for (int i = 0; i < args.size(); i++) {
                result = join(pe, result, text(pe, callSite.getCalledMethod().parameterType(i), args.get(i)));
            }
        }
        return result != null ? result : pe.constant("");
    }

    private static ValueEmitter join(ProgramEmitter pe, ValueEmitter left, StringBuilder literal) {
        if (literal.length() == 0) {
            return left;
        }
        ValueEmitter text = pe.constant(literal.toString());
        literal.setLength(0);
        return join(pe, left, text);
    }

    private static ValueEmitter join(ProgramEmitter pe, ValueEmitter left, ValueEmitter right) {
        if (left == null) {
            return right;
        }
        return pe.invoke(new MethodReference(STRINGS, "concat", STRING, STRING, STRING), left, right);
    }

    /** The part as String.valueOf would render it. */
    private static ValueEmitter text(ProgramEmitter pe, ValueType type, ValueEmitter value) {
        if (!(type instanceof ValueType.Primitive p)) {
            return pe.invoke(new MethodReference(STRINGS, "valueOf", OBJECT, STRING), value.cast(OBJECT));
        }
        return switch (p.getKind()) {
            case BOOLEAN -> pe.invoke(new MethodReference(String.class.getName(), "valueOf", ValueType.BOOLEAN,
                    STRING), value);
            case CHARACTER -> pe.invoke(new MethodReference(String.class.getName(), "valueOf", ValueType.CHARACTER,
                    STRING), value);
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
