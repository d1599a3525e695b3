package io.jdash.compiler.teavm;

import java.util.HashMap;
import java.util.Map;
import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.LongConstantInstruction;

/**
 * Makes TeaVM's output behave as the JVM where its classlib or code generator differs (measured line by line against
 * the JVM in node; see {@code docs/architecture.md}):
 * integer division and remainder by zero throw {@code ArithmeticException}; {@code Math.round}, {@code Math.rint},
 * {@code Math.log10}, {@code Enum.compareTo} and {@code Random.nextInt(int)} give the JVM's results. The fixes
 * live in {@code io.jdash.runtime.jvm.JvmMath}; this transformer redirects the JDK methods and operators there.
 * TeaVM instantiates it by name for each compilation.
 */
public final class JvmSemanticsTransformer implements ClassHolderTransformer {
    private static final String JVM_MATH = "io.jdash.runtime.jvm.JvmMath";
    private static final String JVM_STRINGS = "io.jdash.runtime.jvm.JvmStrings";
    private static final String JVM_FORMATTER = "io.jdash.runtime.jvm.JvmFormatter";
    private static final String JVM_APIS = "io.jdash.runtime.jvm.JvmApis";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType OBJECTS = ValueType.arrayOf(OBJECT);
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType ENUM = ValueType.object("java.lang.Enum");
    private static final ValueType RANDOM = ValueType.object("java.util.Random");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().startsWith("io.jdash.runtime.jvm.")) {
            return;
        }
        switch (cls.getName()) {
            case "java.lang.Math", "java.lang.StrictMath" -> {
                redirectStatic(cls, context, "round", ValueType.DOUBLE, ValueType.LONG);
                redirectStatic(cls, context, "round", ValueType.FLOAT, ValueType.INTEGER);
                redirectStatic(cls, context, "rint", ValueType.DOUBLE, ValueType.DOUBLE);
                redirectStatic(cls, context, "log10", ValueType.DOUBLE, ValueType.DOUBLE);
                redirectStatic(cls, context, "cbrt", ValueType.DOUBLE, ValueType.DOUBLE);
            }
            case "java.lang.Object" ->
                replace(
                        cls,
                        context,
                        new MethodDescriptor("toString", STRING),
                        new MethodReference(JVM_STRINGS, "objectToString", OBJECT, STRING),
                        OBJECT);
            case "java.lang.Integer" -> {
                redirectStatic(cls, context, "toString", ValueType.INTEGER, STRING, JVM_STRINGS, "intToString");
                redirectStatic(
                        cls,
                        context,
                        "valueOf",
                        ValueType.INTEGER,
                        ValueType.object("java.lang.Integer"),
                        "io.jdash.runtime.jvm.JvmBoxes",
                        "integer");
            }
            case "java.lang.Long" ->
                // TeaVM's prints a long (a BigInt in JS) digit by digit through a StringBuilder; JS prints the same
                redirectStatic(cls, context, "toString", ValueType.LONG, STRING, JVM_STRINGS, "longToString");
            case "java.lang.Double" ->
                redirectStatic(cls, context, "toString", ValueType.DOUBLE, STRING, JVM_STRINGS, "doubleToString");
            case "java.lang.Float" ->
                redirectStatic(cls, context, "toString", ValueType.FLOAT, STRING, JVM_STRINGS, "floatToString");
            case "java.lang.String" -> {
                replaceStatic(
                        cls,
                        context,
                        new MethodDescriptor("format", STRING, OBJECTS, STRING),
                        new MethodReference(JVM_FORMATTER, "format", STRING, OBJECTS, STRING));
                ValueType locale = ValueType.object("java.util.Locale");
                replaceStatic(
                        cls,
                        context,
                        new MethodDescriptor("format", locale, STRING, OBJECTS, STRING),
                        new MethodReference(JVM_FORMATTER, "format", locale, STRING, OBJECTS, STRING));
                replace(
                        cls,
                        context,
                        new MethodDescriptor("formatted", OBJECTS, STRING),
                        new MethodReference(JVM_FORMATTER, "format", STRING, OBJECTS, STRING),
                        STRING);
                replace(
                        cls,
                        context,
                        new MethodDescriptor("split", STRING, ValueType.arrayOf(STRING)),
                        new MethodReference(
                                JVM_STRINGS, "split", STRING, STRING, ValueType.INTEGER, ValueType.arrayOf(STRING)),
                        STRING,
                        0);
                replace(
                        cls,
                        context,
                        new MethodDescriptor("split", STRING, ValueType.INTEGER, ValueType.arrayOf(STRING)),
                        new MethodReference(
                                JVM_STRINGS, "split", STRING, STRING, ValueType.INTEGER, ValueType.arrayOf(STRING)),
                        STRING);
            }
            case "java.time.LocalDate" -> redirectParse(cls, context, "parseIsoDate");
            case "java.time.LocalTime" -> redirectParse(cls, context, "parseIsoTime");
            case "java.time.LocalDateTime" -> redirectParse(cls, context, "parseIsoDateTime");
            case "java.util.stream.Collectors" -> {
                ValueType seq = ValueType.object("java.lang.CharSequence");
                ValueType collector = ValueType.object("java.util.stream.Collector");
                String target = "io.jdash.runtime.jvm.JvmCollectors";
                replaceStatic(
                        cls,
                        context,
                        new MethodDescriptor("joining", collector),
                        new MethodReference(target, "joining", collector));
                replaceStatic(
                        cls,
                        context,
                        new MethodDescriptor("joining", seq, collector),
                        new MethodReference(target, "joining", seq, collector));
                replaceStatic(
                        cls,
                        context,
                        new MethodDescriptor("joining", seq, seq, seq, collector),
                        new MethodReference(target, "joining", seq, seq, seq, collector));
                ValueType function = ValueType.object("java.util.function.Function");
                replaceStatic(
                        cls,
                        context,
                        new MethodDescriptor("toMap", function, function, collector),
                        new MethodReference(target, "toMap", function, function, collector));
            }
            case "java.util.Optional",
                    "java.util.OptionalDouble",
                    "java.util.OptionalInt",
                    "java.util.OptionalLong" -> {
                ValueType self = ValueType.object(cls.getName());
                replace(
                        cls,
                        context,
                        new MethodDescriptor("toString", STRING),
                        new MethodReference(JVM_APIS, "optionalText", self, STRING),
                        self);
            }
            case "java.util.DoubleSummaryStatistics",
                    "java.util.IntSummaryStatistics",
                    "java.util.LongSummaryStatistics" -> {
                ValueType self = ValueType.object(cls.getName());
                replace(
                        cls,
                        context,
                        new MethodDescriptor("toString", STRING),
                        new MethodReference(JVM_APIS, "summaryText", self, STRING),
                        self);
            }
            // TeaVM words their messages in the constructor; the JDK's getMessage says "d != java.lang.Double",
            // "Conversion = 'q'"
            case "java.util.IllegalFormatConversionException" -> message(cls, context, "conversionMessage");
            case "java.util.UnknownFormatConversionException" -> message(cls, context, "unknownConversionMessage");
            case "java.lang.AbstractStringBuilder" -> {
                ValueType self = ValueType.object(cls.getName());
                returnThisAfter(
                        cls,
                        context,
                        new MethodDescriptor("reverse", self),
                        new MethodReference(JVM_STRINGS, "reverse", OBJECT, ValueType.VOID));
                returnThisAfter(
                        cls,
                        context,
                        new MethodDescriptor("append", ValueType.DOUBLE, self),
                        new MethodReference(JVM_STRINGS, "appendDouble", OBJECT, ValueType.DOUBLE, ValueType.VOID));
                returnThisAfter(
                        cls,
                        context,
                        new MethodDescriptor("append", ValueType.FLOAT, self),
                        new MethodReference(JVM_STRINGS, "appendFloat", OBJECT, ValueType.FLOAT, ValueType.VOID));
            }
            case "java.lang.Enum" ->
                replace(
                        cls,
                        context,
                        new MethodDescriptor("compareTo", ENUM, ValueType.INTEGER),
                        new MethodReference(JVM_MATH, "enumCompare", ENUM, ENUM, ValueType.INTEGER),
                        ENUM);
            case "java.util.Random" -> {
                MethodDescriptor nextInt = new MethodDescriptor("nextInt", ValueType.INTEGER, ValueType.INTEGER);
                if (cls.getMethod(nextInt) == null) {
                    // TeaVM inherits nextInt(int) from a RandomGenerator default method with another algorithm
                    MethodHolder added = new MethodHolder(nextInt);
                    added.setLevel(AccessLevel.PUBLIC);
                    cls.addMethod(added);
                }
                replace(
                        cls,
                        context,
                        nextInt,
                        new MethodReference(JVM_MATH, "nextInt", RANDOM, ValueType.INTEGER, ValueType.INTEGER),
                        RANDOM);
            }
            default -> {
                String stream = distinctStream(cls.getName());
                if (stream != null) {
                    ValueType type = ValueType.object(stream);
                    replace(
                            cls,
                            context,
                            new MethodDescriptor("distinct", type),
                            new MethodReference("io.jdash.runtime.jvm.JvmStreams", "distinct", type, type),
                            ValueType.object(cls.getName()));
                }
            }
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                checkIntegerDivision(method.getProgram());
            }
        }
    }

    /**
     * The stream interface whose {@code distinct()} TeaVM's base stream class {@code name} implements (its simple
     * streams of objects, ints, longs and doubles), or null.
     */
    private static String distinctStream(String name) {
        return switch (name.replace(".T", ".")) {
            case "java.util.stream.impl.SimpleStreamImpl" -> "java.util.stream.Stream";
            case "java.util.stream.intimpl.SimpleIntStreamImpl" -> "java.util.stream.IntStream";
            case "java.util.stream.longimpl.SimpleLongStreamImpl" -> "java.util.stream.LongStream";
            case "java.util.stream.doubleimpl.SimpleDoubleStreamImpl" -> "java.util.stream.DoubleStream";
            default -> null;
        };
    }

    /** Gives an exception class of TeaVM's the JDK's {@code getMessage()}: JvmApis's {@code method(this)}. */
    private static void message(ClassHolder cls, ClassHolderTransformerContext context, String method) {
        ValueType self = ValueType.object(cls.getName());
        MethodDescriptor getMessage = new MethodDescriptor("getMessage", STRING);
        if (cls.getMethod(getMessage) == null) {
            MethodHolder added = new MethodHolder(getMessage);
            added.setLevel(AccessLevel.PUBLIC);
            cls.addMethod(added);
        }
        replace(cls, context, getMessage, new MethodReference(JVM_APIS, method, self, STRING), self);
    }

    /** Replaces the body of a static method with a call to JvmMath's method of the same name and signature. */
    private static void redirectStatic(
            ClassHolder cls, ClassHolderTransformerContext context, String name, ValueType param, ValueType result) {
        redirectStatic(cls, context, name, param, result, JVM_MATH, name);
    }

    private static void redirectStatic(
            ClassHolder cls,
            ClassHolderTransformerContext context,
            String name,
            ValueType param,
            ValueType result,
            String targetClass,
            String targetName) {
        ProgramEmitter pe = newBody(cls, context, new MethodDescriptor(name, param, result));
        if (pe == null) {
            return;
        }
        pe.invoke(new MethodReference(targetClass, targetName, param, result), pe.var(1, param))
                .returnValue();
    }

    /**
     * Replaces the body of an instance method with a static call taking {@code this}, the parameters and then
     * {@code extra} int constants, and returning its result.
     */
    private static void replace(
            ClassHolder cls,
            ClassHolderTransformerContext context,
            MethodDescriptor descriptor,
            MethodReference target,
            ValueType self,
            int... extra) {
        ProgramEmitter pe = newBody(cls, context, descriptor);
        if (pe == null) {
            return;
        }
        pe.invoke(target, arguments(pe, descriptor, self, extra)).returnValue();
    }

    /** Replaces the body of an instance method with a static void call taking {@code this}, then returns this. */
    private static void returnThisAfter(
            ClassHolder cls,
            ClassHolderTransformerContext context,
            MethodDescriptor descriptor,
            MethodReference target) {
        ProgramEmitter pe = newBody(cls, context, descriptor);
        if (pe == null) {
            return;
        }
        pe.invoke(target, arguments(pe, descriptor, OBJECT));
        pe.var(0, ValueType.object(cls.getName())).returnValue();
    }

    /** Replaces the body of a static method with a call to a static method of the same parameters. */
    private static void replaceStatic(
            ClassHolder cls,
            ClassHolderTransformerContext context,
            MethodDescriptor descriptor,
            MethodReference target) {
        ProgramEmitter pe = newBody(cls, context, descriptor);
        if (pe == null) {
            return;
        }
        ValueType[] params = descriptor.getParameterTypes();
        ValueEmitter[] args = new ValueEmitter[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = pe.var(i + 1, params[i]);
        }
        pe.invoke(target, args).returnValue();
    }

    private static ValueEmitter[] arguments(
            ProgramEmitter pe, MethodDescriptor descriptor, ValueType self, int... extra) {
        ValueType[] params = descriptor.getParameterTypes();
        ValueEmitter[] args = new ValueEmitter[params.length + 1 + extra.length];
        args[0] = pe.var(0, self);
        for (int i = 0; i < params.length; i++) {
            args[i + 1] = pe.var(i + 1, params[i]);
        }
        for (int i = 0; i < extra.length; i++) {
            args[params.length + 1 + i] = pe.constant(extra[i]);
        }
        return args;
    }

    /** Replaces {@code parse(CharSequence)} (the ISO form) of a java.time class with JvmDateFormat's lean parser. */
    private static void redirectParse(ClassHolder cls, ClassHolderTransformerContext context, String parser) {
        ValueType type = ValueType.object(cls.getName());
        ValueType text = ValueType.object("java.lang.CharSequence");
        replaceStatic(
                cls,
                context,
                new MethodDescriptor("parse", text, type),
                new MethodReference("io.jdash.runtime.jvm.JvmDateFormat", parser, text, type));
    }

    /** A fresh body for {@code descriptor} of {@code cls}, or null when the class has no such method. */
    private static ProgramEmitter newBody(
            ClassHolder cls, ClassHolderTransformerContext context, MethodDescriptor descriptor) {
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null) {
            return null;
        }
        prepare(method);
        return ProgramEmitter.create(method, context.getHierarchy());
    }

    private static void prepare(MethodHolder method) {
        method.getModifiers().remove(ElementModifier.NATIVE);
        for (String generator : new String[] {
            "org.teavm.backend.javascript.spi.GeneratedBy",
            "org.teavm.backend.javascript.spi.InjectedBy",
            "org.teavm.interop.Import"
        }) {
            if (method.getAnnotations().get(generator) != null) {
                method.getAnnotations().remove(generator);
            }
        }
    }

    /** Rewrites integer {@code /} and {@code %} whose divisor may be zero into checked JvmMath calls. */
    private static void checkIntegerDivision(Program program) {
        Map<Variable, Instruction> definitions = null;
        for (int i = 0; i < program.basicBlockCount(); i++) {
            BasicBlock block = program.basicBlockAt(i);
            for (Instruction insn : block) {
                if (!(insn instanceof BinaryInstruction bin)) {
                    continue;
                }
                BinaryOperation op = bin.getOperation();
                if (op != BinaryOperation.DIVIDE && op != BinaryOperation.MODULO) {
                    continue;
                }
                ValueType type =
                        switch (bin.getOperandType()) {
                            case INT -> ValueType.INTEGER;
                            case LONG -> ValueType.LONG;
                            default -> null;
                        };
                if (type == null) {
                    continue;
                }
                if (definitions == null) {
                    definitions = definitions(program);
                }
                if (isNonZeroConstant(definitions.get(bin.getSecondOperand()))) {
                    continue;
                }
                InvokeInstruction call = new InvokeInstruction();
                call.setType(InvocationType.SPECIAL);
                String name = (type == ValueType.INTEGER ? "i" : "l") + (op == BinaryOperation.DIVIDE ? "div" : "rem");
                call.setMethod(new MethodReference(JVM_MATH, name, type, type, type));
                call.setArguments(bin.getFirstOperand(), bin.getSecondOperand());
                call.setReceiver(bin.getReceiver());
                call.setLocation(bin.getLocation());
                bin.replace(call);
            }
        }
    }

    private static Map<Variable, Instruction> definitions(Program program) {
        Map<Variable, Instruction> map = new HashMap<>();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof IntegerConstantInstruction c) {
                    map.put(c.getReceiver(), c);
                } else if (insn instanceof LongConstantInstruction c) {
                    map.put(c.getReceiver(), c);
                }
            }
        }
        return map;
    }

    private static boolean isNonZeroConstant(Instruction definition) {
        if (definition instanceof IntegerConstantInstruction c) {
            return c.getConstant() != 0;
        }
        if (definition instanceof LongConstantInstruction c) {
            return c.getConstant() != 0;
        }
        return false;
    }
}
