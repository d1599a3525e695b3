package io.jdash.compiler.teavm;

import java.util.HashMap;
import java.util.Map;
import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
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
import org.teavm.model.instructions.CastNumberInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.model.util.InstructionVariableMapper;

/**
 * Makes TeaVM's output behave as the JVM where its classlib or code generator differs (measured line by line against
 * the JVM in node; see {@code docs/architecture.md}):
 * integer division and remainder by zero throw {@code ArithmeticException}; {@code Math.round}, {@code Math.rint},
 * {@code Math.log10}, {@code Enum.compareTo}, {@code Random}'s bounded numbers and streams, list iterators, stream
 * counts and {@code StringBuilder.setLength} give the JVM's results. The fixes live in
 * {@code io.jdash.runtime.jvm} ({@code JvmMath}, {@code JvmRandom}, {@code JvmLists}, …); this transformer redirects
 * the JDK methods and operators there.
 * TeaVM instantiates it by name for each compilation.
 */
public final class JvmSemanticsTransformer implements ClassHolderTransformer {
    private static final String JVM_MATH = "io.jdash.runtime.jvm.JvmMath";
    private static final String JVM_STRINGS = "io.jdash.runtime.jvm.JvmStrings";
    private static final String JVM_FORMATTER = "io.jdash.runtime.jvm.JvmFormatter";
    private static final String JVM_APIS = "io.jdash.runtime.jvm.JvmApis";
    private static final String JVM_RANDOM = "io.jdash.runtime.jvm.JvmRandom";
    private static final String JVM_LISTS = "io.jdash.runtime.jvm.JvmLists";
    private static final String BOXES = "io.jdash.runtime.jvm.JvmBoxes";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType OBJECTS = ValueType.arrayOf(OBJECT);
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType ENUM = ValueType.object("java.lang.Enum");
    private static final ValueType RANDOM = ValueType.object("java.util.Random");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(JVM_LISTS)) {
            // modCount is protected in java.util: read here in the IR, where no access rule applies
            ValueType list = ValueType.object("java.util.AbstractList");
            ProgramEmitter pe =
                    MethodBodies.replaced(cls, context, new MethodDescriptor("modCount", list, ValueType.INTEGER));
            if (pe != null) {
                pe.var(1, list).getField("modCount", ValueType.INTEGER).returnValue();
            }
        }
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
            case "java.lang.Long" -> {
                // TeaVM's prints a long (a BigInt in JS) digit by digit through a StringBuilder; JS prints the same
                redirectStatic(cls, context, "toString", ValueType.LONG, STRING, JVM_STRINGS, "longToString");
                redirectStatic(
                        cls, context, "valueOf", ValueType.LONG, ValueType.object("java.lang.Long"), BOXES, "longBox");
            }
            case "java.lang.Short" ->
                redirectStatic(
                        cls,
                        context,
                        "valueOf",
                        ValueType.SHORT,
                        ValueType.object("java.lang.Short"),
                        BOXES,
                        "shortBox");
            case "java.lang.Byte" ->
                redirectStatic(
                        cls, context, "valueOf", ValueType.BYTE, ValueType.object("java.lang.Byte"), BOXES, "byteBox");
            case "java.lang.Double" ->
                redirectStatic(cls, context, "toString", ValueType.DOUBLE, STRING, JVM_STRINGS, "doubleToString");
            case "java.lang.Float" ->
                redirectStatic(cls, context, "toString", ValueType.FLOAT, STRING, JVM_STRINGS, "floatToString");
            case "java.lang.String" -> {
                ValueType text = ValueType.object("java.lang.CharSequence");
                ValueType texts = ValueType.arrayOf(text);
                ValueType iterable = ValueType.object("java.lang.Iterable");
                replaceStatic(
                        cls,
                        context,
                        new MethodDescriptor("join", text, texts, ValueType.object(cls.getName())),
                        new MethodReference(JVM_STRINGS, "join", text, texts, STRING));
                replaceStatic(
                        cls,
                        context,
                        new MethodDescriptor("join", text, iterable, STRING),
                        new MethodReference(JVM_STRINGS, "join", text, iterable, STRING));
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
            case "java.time.temporal.ValueRange" -> {
                ValueType self = ValueType.object(cls.getName());
                ValueType field = ValueType.object("java.time.temporal.TemporalField");
                replace(
                        cls,
                        context,
                        new MethodDescriptor("checkValidIntValue", ValueType.LONG, field, ValueType.INTEGER),
                        new MethodReference(
                                "io.jdash.runtime.jvm.JvmTime",
                                "checkValidIntValue",
                                self,
                                ValueType.LONG,
                                field,
                                ValueType.INTEGER),
                        self);
            }
            case "java.time.LocalDate" -> redirectParse(cls, context, "parseIsoDate");
            case "java.time.LocalTime" -> redirectParse(cls, context, "parseIsoTime");
            case "java.time.LocalDateTime" -> redirectParse(cls, context, "parseIsoDateTime");
            case "java.time.Duration" -> {
                ValueType text = ValueType.object("java.lang.CharSequence");
                ValueType duration = ValueType.object(cls.getName());
                replaceStatic(
                        cls,
                        context,
                        new MethodDescriptor("parse", text, duration),
                        new MethodReference("io.jdash.runtime.jvm.JvmDurations", "parse", text, duration));
                replace(
                        cls,
                        context,
                        new MethodDescriptor("toMillis", ValueType.LONG),
                        new MethodReference("io.jdash.runtime.jvm.JvmDurations", "toMillis", duration, ValueType.LONG),
                        duration);
            }
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
            case "java.util.IllegalFormatFlagsException" -> message(cls, context, "illegalFlagsMessage");
            case "java.util.DuplicateFormatFlagsException" -> message(cls, context, "duplicateFlagsMessage");
            case "java.util.IllegalFormatPrecisionException" -> message(cls, context, "precisionMessage");
            case "java.util.FormatFlagsConversionMismatchException" -> message(cls, context, "mismatchMessage");
            case "java.util.IllegalFormatCodePointException" -> message(cls, context, "codePointMessage");
            case "java.util.MissingFormatWidthException" -> message(cls, context, "missingWidthMessage");
            case "java.lang.AbstractStringBuilder" -> {
                ValueType self = ValueType.object(cls.getName());
                // TeaVM's read the length of a null CharSequence; the JDK's append and insert "null"
                ValueType text = ValueType.object("java.lang.CharSequence");
                ValueType i = ValueType.INTEGER;
                nullAsText(cls, new MethodDescriptor("append", text, self), 1);
                nullAsText(cls, new MethodDescriptor("append", text, i, i, self), 1);
                nullAsText(cls, new MethodDescriptor("insert", i, text, self), 2);
                nullAsText(cls, new MethodDescriptor("insert", i, text, i, i, self), 2);
                replace(
                        cls,
                        context,
                        new MethodDescriptor("setLength", ValueType.INTEGER, ValueType.VOID),
                        new MethodReference(JVM_STRINGS, "setLength", OBJECT, ValueType.INTEGER, ValueType.VOID),
                        OBJECT);
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
            case "java.util.Random" -> random(cls, context);
            case "java.util.AbstractList" -> {
                ValueType list = ValueType.object("java.util.AbstractList");
                ValueType iterator = ValueType.object("java.util.Iterator");
                replace(
                        cls,
                        context,
                        new MethodDescriptor("iterator", iterator),
                        new MethodReference(JVM_LISTS, "iterator", list, iterator),
                        list);
                ValueType listIterator = ValueType.object("java.util.ListIterator");
                replace(
                        cls,
                        context,
                        new MethodDescriptor("listIterator", listIterator),
                        new MethodReference(JVM_LISTS, "listIterator", list, listIterator),
                        list);
                replace(
                        cls,
                        context,
                        new MethodDescriptor("listIterator", ValueType.INTEGER, listIterator),
                        new MethodReference(JVM_LISTS, "listIterator", list, ValueType.INTEGER, listIterator),
                        list);
            }
            case "java.util.ArrayList" -> {
                ValueType consumer = ValueType.object("java.util.function.Consumer");
                ValueType list = ValueType.object("java.util.AbstractList");
                replace(
                        cls,
                        context,
                        new MethodDescriptor("forEach", consumer, ValueType.VOID),
                        new MethodReference(JVM_LISTS, "forEach", list, consumer, ValueType.VOID),
                        list);
            }
            case "java.util.LinkedList$SequentialListIterator" -> {
                ValueType linkedList = ValueType.object("java.util.LinkedList");
                if (cls.getField("this$0") != null && cls.getField("index") != null) {
                    ProgramEmitter pe =
                            MethodBodies.replaced(cls, context, new MethodDescriptor("hasNext", ValueType.BOOLEAN));
                    if (pe != null) {
                        ValueEmitter self = pe.var(0, ValueType.object(cls.getName()));
                        pe.invoke(
                                        new MethodReference(
                                                JVM_LISTS,
                                                "hasNextAt",
                                                ValueType.INTEGER,
                                                ValueType.object("java.util.List"),
                                                ValueType.BOOLEAN),
                                        self.getField("index", ValueType.INTEGER),
                                        self.getField("this$0", linkedList).cast(ValueType.object("java.util.List")))
                                .returnValue();
                    }
                }
            }
            case "java.util.random.RandomGenerator" -> {
                // its default draws from nextGaussian(); the JDK's from a ziggurat of its own: refused (JDASH-E020)
                MethodHolder gaussian = cls.getMethod(
                        new MethodDescriptor("nextGaussian", ValueType.DOUBLE, ValueType.DOUBLE, ValueType.DOUBLE));
                if (gaussian != null) {
                    cls.removeMethod(gaussian);
                }
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
                    for (String name : new String[] {"limit", "skip"}) {
                        MethodHolder method = cls.getMethod(new MethodDescriptor(name, ValueType.LONG, type));
                        if (method != null && method.getProgram() != null) {
                            checkStreamSize(method.getProgram());
                        }
                    }
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
     * Gives {@code Random} the JDK's bounded numbers, streams and bytes ({@code JvmRandom}): TeaVM inherits them from
     * {@code RandomGenerator} default methods with other algorithms, so each is added to the class.
     */
    private static void random(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType i = ValueType.INTEGER;
        ValueType j = ValueType.LONG;
        ValueType f = ValueType.FLOAT;
        ValueType d = ValueType.DOUBLE;
        ValueType ints = ValueType.object("java.util.stream.IntStream");
        ValueType longs = ValueType.object("java.util.stream.LongStream");
        ValueType doubles = ValueType.object("java.util.stream.DoubleStream");
        for (MethodDescriptor descriptor : new MethodDescriptor[] {
            new MethodDescriptor("nextInt", i, i),
            new MethodDescriptor("nextInt", i, i, i),
            new MethodDescriptor("nextLong", j, j),
            new MethodDescriptor("nextLong", j, j, j),
            new MethodDescriptor("nextDouble", d, d),
            new MethodDescriptor("nextDouble", d, d, d),
            new MethodDescriptor("nextFloat", f, f),
            new MethodDescriptor("nextFloat", f, f, f),
            new MethodDescriptor("nextBytes", ValueType.arrayOf(ValueType.BYTE), ValueType.VOID),
            new MethodDescriptor("ints", j, ints),
            new MethodDescriptor("ints", i, i, ints),
            new MethodDescriptor("ints", j, i, i, ints),
            new MethodDescriptor("longs", j, longs),
            new MethodDescriptor("longs", j, j, longs),
            new MethodDescriptor("longs", j, j, j, longs),
            new MethodDescriptor("doubles", j, doubles),
            new MethodDescriptor("doubles", d, d, doubles),
            new MethodDescriptor("doubles", j, d, d, doubles)
        }) {
            ValueType[] params = descriptor.getParameterTypes();
            ValueType[] signature = new ValueType[params.length + 2];
            signature[0] = RANDOM;
            System.arraycopy(params, 0, signature, 1, params.length);
            signature[signature.length - 1] = descriptor.getResultType();
            MethodBodies.returnCall(
                    MethodBodies.added(cls, context, descriptor, AccessLevel.PUBLIC),
                    descriptor,
                    new MethodReference(JVM_RANDOM, descriptor.getName(), signature),
                    RANDOM);
        }
    }

    /**
     * The stream interface whose {@code distinct()} TeaVM's base stream class {@code name} implements (its simple
     * streams of objects, ints, longs and doubles), or null.
     */
    private static String distinctStream(String name) {
        return switch (MethodBodies.jdkName(name)) {
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
        MethodBodies.returnCall(
                MethodBodies.added(cls, context, getMessage, AccessLevel.PUBLIC),
                getMessage,
                new MethodReference(JVM_APIS, method, self, STRING),
                self);
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
        ProgramEmitter pe = MethodBodies.replaced(cls, context, new MethodDescriptor(name, param, result));
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
        ProgramEmitter pe = MethodBodies.replaced(cls, context, descriptor);
        if (pe != null) {
            MethodBodies.returnCall(pe, descriptor, target, self, extra);
        }
    }

    /**
     * Makes an instance method read a null {@code CharSequence} parameter (number {@code parameter}, from 1) as
     * {@code "null"}: its first instruction passes it through {@code JvmStrings.nullAsText}, and every use reads the
     * result.
     */
    private static void nullAsText(ClassHolder cls, MethodDescriptor descriptor, int parameter) {
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null || method.getProgram() == null || method.getProgram().basicBlockCount() == 0) {
            return;
        }
        Program program = method.getProgram();
        Variable given = program.variableAt(parameter);
        Variable read = program.createVariable();
        var mapper = new InstructionVariableMapper(v -> v == given ? read : v);
        for (int b = 0; b < program.basicBlockCount(); b++) {
            mapper.apply(program.basicBlockAt(b));
        }
        ValueType text = ValueType.object("java.lang.CharSequence");
        program.basicBlockAt(0)
                .addFirst(MethodBodies.staticCall(
                        new MethodReference(JVM_STRINGS, "nullAsText", text, text), read, given));
    }

    /** Replaces the body of an instance method with a static void call taking {@code this}, then returns this. */
    private static void returnThisAfter(
            ClassHolder cls,
            ClassHolderTransformerContext context,
            MethodDescriptor descriptor,
            MethodReference target) {
        ProgramEmitter pe = MethodBodies.replaced(cls, context, descriptor);
        if (pe == null) {
            return;
        }
        pe.invoke(target, MethodBodies.arguments(pe, descriptor, OBJECT));
        pe.var(0, ValueType.object(cls.getName())).returnValue();
    }

    /** Replaces the body of a static method with a call to a static method of the same parameters. */
    private static void replaceStatic(
            ClassHolder cls,
            ClassHolderTransformerContext context,
            MethodDescriptor descriptor,
            MethodReference target) {
        ProgramEmitter pe = MethodBodies.replaced(cls, context, descriptor);
        if (pe != null) {
            MethodBodies.returnStaticCall(pe, descriptor, target);
        }
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

    /**
     * TeaVM's {@code limit(long)} and {@code skip(long)} cast the count to an int: {@code limit(Long.MAX_VALUE)} ended
     * the stream after one element and a negative count was taken. The cast becomes {@code JvmStreams.size}: the
     * JDK's exception for a negative count, and a count beyond the int range as the largest int (no stream in a
     * browser is that long).
     */
    private static void checkStreamSize(Program program) {
        for (int b = 0; b < program.basicBlockCount(); b++) {
            for (Instruction insn : program.basicBlockAt(b)) {
                if (insn instanceof CastNumberInstruction cast
                        && cast.getSourceType() == NumericOperandType.LONG
                        && cast.getTargetType() == NumericOperandType.INT) {
                    MethodBodies.replaceWithCall(
                            cast,
                            new MethodReference(
                                    "io.jdash.runtime.jvm.JvmStreams", "size", ValueType.LONG, ValueType.INTEGER),
                            cast.getReceiver(),
                            cast.getValue());
                }
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
                String name = (type == ValueType.INTEGER ? "i" : "l") + (op == BinaryOperation.DIVIDE ? "div" : "rem");
                MethodBodies.replaceWithCall(
                        bin,
                        new MethodReference(JVM_MATH, name, type, type, type),
                        bin.getReceiver(),
                        bin.getFirstOperand(),
                        bin.getSecondOperand());
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
