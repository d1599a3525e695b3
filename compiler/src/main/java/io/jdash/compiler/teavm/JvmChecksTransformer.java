package io.jdash.compiler.teavm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.teavm.model.instructions.ArrayElementType;
import org.teavm.model.instructions.ArrayLengthInstruction;
import org.teavm.model.instructions.CastInstruction;
import org.teavm.model.instructions.ClassConstantInstruction;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.GetElementInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.IsInstanceInstruction;
import org.teavm.model.instructions.PutElementInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.model.instructions.RaiseInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;
import org.teavm.model.util.DefinitionExtractor;

/**
 * Gives the application's own code (every class outside the JDK, TeaVM and jdash's runtime) the JVM's implicit
 * checks: {@code NullPointerException}, {@code ArrayIndexOutOfBoundsException} (with the JVM's message) and
 * {@code ClassCastException}. (The JVM's float arithmetic and numeric casts are {@link FloatingPointTransformer}'s,
 * with or without these checks.)
 *
 * <p>It replaces TeaVM's strict mode, which checks every class (the JDK's too, at a size cost) and, in TeaVM 0.16,
 * miscompiles a variable whose bound check failed inside a {@code try} block. The inserted checks are calls without
 * results, so no variable is redefined.
 */
public final class JvmChecksTransformer implements ClassHolderTransformer {
    private static final String CHECKS = "io.jdash.runtime.jvm.JvmChecks";
    private static final MethodReference NON_NULL =
            new MethodReference(CHECKS, "nonNull", ValueType.object("java.lang.Object"), ValueType.VOID);
    private static final MethodReference NON_NULL_ARRAY = new MethodReference(
            CHECKS, "nonNullArray", ValueType.object("java.lang.Object"), ValueType.object("java.lang.Object"));
    private static final MethodReference INDEX =
            new MethodReference(CHECKS, "index", ValueType.INTEGER, ValueType.INTEGER, ValueType.VOID);
    private static final MethodReference ARRAYCOPY = new MethodReference(
            "java.lang.System",
            "arraycopy",
            ValueType.object("java.lang.Object"),
            ValueType.INTEGER,
            ValueType.object("java.lang.Object"),
            ValueType.INTEGER,
            ValueType.INTEGER,
            ValueType.VOID);
    private static final MethodReference ARRAYCOPY_CHECK = new MethodReference(
            "io.jdash.runtime.jvm.JvmArrays",
            "arraycopy",
            ARRAYCOPY.getDescriptor().getSignature());
    private static final Set<String> STREAM_TYPES = Set.of(
            "java.util.stream.Stream",
            "java.util.stream.IntStream",
            "java.util.stream.LongStream",
            "java.util.stream.DoubleStream",
            "java.util.stream.BaseStream");
    private static final MethodReference CAST = new MethodReference(
            CHECKS,
            "cast",
            ValueType.BOOLEAN,
            ValueType.object("java.lang.Object"),
            ValueType.object("java.lang.String"),
            ValueType.VOID);
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final MethodDescriptor COMPARE_TO_OBJECT =
            new MethodDescriptor("compareTo", OBJECT, ValueType.INTEGER);
    private static final MethodReference STORE = new MethodReference(
            CHECKS,
            "store",
            ValueType.object("java.lang.Object"),
            ValueType.object("java.lang.Object"),
            ValueType.VOID);
    private static final MethodReference ARRAY_OR = new MethodReference(
            CHECKS, "arrayOr", ValueType.BOOLEAN, ValueType.object("java.lang.Object"), ValueType.BOOLEAN);
    /** The interfaces every array implements. */
    private static final Set<ValueType> ARRAY_INTERFACES =
            Set.of(ValueType.object("java.lang.Cloneable"), ValueType.object("java.io.Serializable"));

    private static final MethodReference ARRAY_SIZE =
            new MethodReference(CHECKS, "arraySize", ValueType.INTEGER, ValueType.VOID);
    private static final List<String> TRUSTED = List.of(
            "java.",
            "javax.",
            "jdk.",
            "sun.",
            "org.teavm.",
            "org.threeten.",
            "io.jdash.runtime.",
            "io.jdash.api.",
            "io.jdash.generated.");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(CHECKS)) {
            return;
        }
        // array bounds are also checked in java.util: code such as List.of(...).get(i) relies on the JVM's check
        boolean application = isApplicationClass(cls.getName());
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null && method.getProgram().basicBlockCount() > 0) {
                transform(cls.getName(), method.getProgram(), !method.hasModifier(ElementModifier.STATIC), application);
                if (!application && isComparableBridge(method)) {
                    bridgeCastChecks(method.getProgram());
                }
            }
        }
    }

    /**
     * The application's {@code System.arraycopy} becomes {@code JvmArrays.arraycopy}: the JVM's checks and messages,
     * which TeaVM's throws without, and the JVM's copy between arrays of references of different types; the class
     * library's own copies, whose arguments it has checked, are left alone.
     */
    private static void arraycopyCheck(InvokeInstruction call) {
        MethodBodies.replaceWithCall(
                call, ARRAYCOPY_CHECK, null, call.getArguments().toArray(Variable[]::new));
    }

    /**
     * Before the application's operation on a stream: the JDK's rule that a stream is used once
     * ({@code JvmStreamUse}). {@code isParallel}, {@code sequential}, {@code parallel} and {@code unordered} do
     * not use it,
     * {@code onClose} is refused on a used one, {@code close} ends it.
     */
    private static void streamUse(InvokeInstruction call) {
        if (!STREAM_TYPES.contains(call.getMethod().getClassName())) {
            return;
        }
        String name =
                switch (call.getMethod().getName()) {
                    // TeaVM's unordered() answers the stream itself, as the JDK's does for an unordered one
                    case "isParallel", "sequential", "parallel", "unordered" -> null;
                    case "onClose" -> "usable";
                    case "close" -> "closing";
                    default -> "use";
                };
        if (name == null) {
            return;
        }
        InvokeInstruction check = MethodBodies.staticCall(
                new MethodReference(
                        "io.jdash.runtime.jvm.JvmStreamUse",
                        name,
                        ValueType.object("java.lang.Object"),
                        ValueType.VOID),
                null,
                call.getInstance());
        check.setLocation(call.getLocation());
        call.insertPrevious(check);
    }

    /**
     * Whether {@code method} is the {@code compareTo(Object)} bridge javac writes for a {@code Comparable<T>}: its
     * cast of the argument to {@code T} is what refuses {@code "a".compareTo(1)} behind a raw {@code Comparable}
     * (a sort, a {@code TreeSet} or a {@code PriorityQueue} of mixed values) on the JVM.
     */
    private static boolean isComparableBridge(MethodHolder method) {
        return method.hasModifier(ElementModifier.BRIDGE)
                && method.getName().equals("compareTo")
                && method.getDescriptor().equals(COMPARE_TO_OBJECT);
    }

    private static void bridgeCastChecks(Program program) {
        for (BasicBlock block : program.getBasicBlocks()) {
            List<CastInstruction> casts = new ArrayList<>();
            for (Instruction insn : block) {
                if (insn instanceof CastInstruction cast) {
                    casts.add(cast);
                }
            }
            casts.forEach(cast -> castCheck(program, cast));
        }
    }

    /** Whether a class is the application's (or a library's it uses), not the JDK's, TeaVM's or jdash's. */
    static boolean isApplicationClass(String className) {
        return TRUSTED.stream().noneMatch(className::startsWith);
    }

    private static void transform(String cls, Program program, boolean hasThis, boolean application) {
        Set<Variable> nonNull = freshObjects(program);
        Set<Variable> constants = nonNegativeConstants(program);
        Map<Variable, UnwrapArrayInstruction> unwraps = new HashMap<>();
        Set<Variable> objectArrays = new HashSet<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof UnwrapArrayInstruction u) {
                    unwraps.put(u.getReceiver(), u);
                } else if (insn instanceof ConstructArrayInstruction c
                        && c.getItemType().equals(OBJECT)) {
                    objectArrays.add(c.getReceiver());
                }
            }
        }
        if (hasThis) {
            nonNull.add(program.variableAt(0));
        }
        for (int i = 0; i < program.basicBlockCount(); i++) {
            BasicBlock block = program.basicBlockAt(i);
            List<Instruction> instructions = new ArrayList<>();
            block.forEach(instructions::add);
            for (Instruction insn : instructions) {
                if (!application && !cls.startsWith("java.util.")) {
                    continue;
                }
                if (insn instanceof GetElementInstruction get) {
                    boundCheck(program, insn, get.getArray(), get.getIndex());
                } else if (insn instanceof PutElementInstruction put) {
                    boundCheck(program, insn, put.getArray(), put.getIndex());
                    if (application) {
                        storeCheck(put, unwraps.get(put.getArray()), objectArrays);
                    }
                }
                if (!application) {
                    continue;
                }
                if (insn instanceof InvokeInstruction call
                        && call.getInstance() != null
                        && call.getType() == InvocationType.VIRTUAL) {
                    nullCheck(insn, call.getInstance(), nonNull);
                    streamUse(call);
                } else if (insn instanceof InvokeInstruction call
                        && call.getMethod().equals(ARRAYCOPY)) {
                    arraycopyCheck(call);
                } else if (insn instanceof GetFieldInstruction get && get.getInstance() != null) {
                    nullCheck(insn, get.getInstance(), nonNull);
                } else if (insn instanceof PutFieldInstruction put && put.getInstance() != null) {
                    nullCheck(insn, put.getInstance(), nonNull);
                } else if (insn instanceof UnwrapArrayInstruction u) {
                    nullCheckUnwrap(program, u, nonNull);
                } else if (insn instanceof ArrayLengthInstruction len) {
                    nullCheck(insn, len.getArray(), nonNull);
                } else if (insn instanceof RaiseInstruction raise) {
                    nullCheck(insn, raise.getException(), nonNull);
                } else if (insn instanceof ConstructArrayInstruction array) {
                    sizeCheck(insn, array.getSize(), constants);
                } else if (insn instanceof ConstructMultiArrayInstruction array) {
                    array.getDimensions().forEach(size -> sizeCheck(insn, size, constants));
                } else if (insn instanceof CastInstruction cast) {
                    castCheck(program, cast);
                } else if (insn instanceof IsInstanceInstruction test) {
                    arraysImplement(program, test);
                }
            }
        }
    }

    /**
     * The variables that can never be null: each definition of them creates an object, an array or a constant (so
     * {@code throw new X()} needs no check, and a bundle no NullPointerException for it).
     */
    private static Set<Variable> freshObjects(Program program) {
        Set<Variable> fresh = new HashSet<>();
        Set<Variable> other = new HashSet<>();
        DefinitionExtractor defined = new DefinitionExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            block.getPhis().forEach(phi -> other.add(phi.getReceiver()));
            for (Instruction insn : block) {
                insn.acceptVisitor(defined);
                boolean creates = insn instanceof ConstructInstruction
                        || insn instanceof ConstructArrayInstruction
                        || insn instanceof StringConstantInstruction
                        || insn instanceof ClassConstantInstruction;
                for (Variable v : defined.getDefinedVariables()) {
                    (creates ? fresh : other).add(v);
                }
            }
        }
        fresh.removeAll(other);
        return fresh;
    }

    private static Set<Variable> nonNegativeConstants(Program program) {
        Set<Variable> constants = new HashSet<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof IntegerConstantInstruction c && c.getConstant() >= 0) {
                    constants.add(c.getReceiver());
                }
            }
        }
        return constants;
    }

    /** Before {@code new T[size]}: a negative size throws NegativeArraySizeException (JS would throw a RangeError). */
    private static void sizeCheck(Instruction insn, Variable size, Set<Variable> constants) {
        if (constants.contains(size)) {
            return;
        }
        InvokeInstruction check = MethodBodies.staticCall(ARRAY_SIZE, null, size);
        check.setLocation(insn.getLocation());
        insn.insertPrevious(check);
    }

    private static void nullCheck(Instruction insn, Variable value, Set<Variable> nonNull) {
        if (value == null || nonNull.contains(value)) {
            return;
        }
        InvokeInstruction check = MethodBodies.staticCall(NON_NULL, null, value);
        check.setLocation(insn.getLocation());
        insn.insertPrevious(check);
    }

    /**
     * Before {@code data := unwrap array}: {@code checked := nonNullArray(array)}, and the unwrap reads
     * {@code checked}. TeaVM's ArrayUnwrapMotion moves an unwrap up to the definition of its array; a separate
     * check call would end up after the access.
     */
    private static void nullCheckUnwrap(Program program, UnwrapArrayInstruction unwrap, Set<Variable> nonNull) {
        if (nonNull.contains(unwrap.getArray())) {
            return;
        }
        InvokeInstruction check = MethodBodies.staticCall(NON_NULL_ARRAY, program.createVariable(), unwrap.getArray());
        check.setLocation(unwrap.getLocation());
        unwrap.insertPrevious(check);
        unwrap.setArray(check.getReceiver());
    }

    /** {@code data} is the unwrapped array, whose length TeaVM renders as {@code data.length}. */
    private static void boundCheck(Program program, Instruction insn, Variable data, Variable index) {
        Variable array = data;
        ArrayLengthInstruction length = new ArrayLengthInstruction();
        length.setArray(array);
        length.setReceiver(program.createVariable());
        length.setLocation(insn.getLocation());
        InvokeInstruction check = MethodBodies.staticCall(INDEX, null, index, length.getReceiver());
        check.setLocation(insn.getLocation());
        insn.insertPrevious(length);
        insn.insertPrevious(check);
    }

    /**
     * Before storing a reference into an array, which may be of a narrower type than the code sees
     * ({@code Object[] a = new String[1]}): the JVM's {@code ArrayStoreException}. A {@code new Object[n]} of this
     * method's own takes anything.
     */
    private static void storeCheck(PutElementInstruction put, UnwrapArrayInstruction unwrap, Set<Variable> objects) {
        if (put.getType() != ArrayElementType.OBJECT || unwrap == null || objects.contains(unwrap.getArray())) {
            return;
        }
        InvokeInstruction check = MethodBodies.staticCall(STORE, null, unwrap.getArray(), put.getValue());
        check.setLocation(put.getLocation());
        put.insertPrevious(check);
    }

    private static void castCheck(Program program, CastInstruction cast) {
        ValueType target = cast.getTargetType();
        if (target instanceof ValueType.Object o && o.getClassName().equals("java.lang.Object")) {
            return;
        }
        IsInstanceInstruction test = new IsInstanceInstruction();
        test.setType(target);
        test.setValue(cast.getValue());
        test.setReceiver(program.createVariable());
        test.setLocation(cast.getLocation());
        StringConstantInstruction name = new StringConstantInstruction();
        name.setConstant(jvmName(target));
        name.setReceiver(program.createVariable());
        name.setLocation(cast.getLocation());
        InvokeInstruction check =
                MethodBodies.staticCall(CAST, null, test.getReceiver(), cast.getValue(), name.getReceiver());
        check.setLocation(cast.getLocation());
        cast.insertPrevious(test);
        arraysImplement(program, test);
        cast.insertPrevious(name);
        cast.insertPrevious(check);
    }

    /** After {@code value instanceof Cloneable} (or {@code Serializable}): true for an array too. */
    private static void arraysImplement(Program program, IsInstanceInstruction test) {
        if (!ARRAY_INTERFACES.contains(test.getType())) {
            return;
        }
        Variable answer = test.getReceiver();
        test.setReceiver(program.createVariable());
        InvokeInstruction call = MethodBodies.staticCall(ARRAY_OR, answer, test.getReceiver(), test.getValue());
        call.setLocation(test.getLocation());
        test.insertNext(call);
    }

    /** What {@code Class.getName()} says of {@code type}: {@code p.Outer$Inner}, {@code [Ljava.lang.String;}, {@code [[I}. */
    static String jvmName(ValueType type) {
        return type instanceof ValueType.Object o
                ? o.getClassName()
                : type.toString().replace('/', '.');
    }
}
