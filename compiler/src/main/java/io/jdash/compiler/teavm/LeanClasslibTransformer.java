package io.jdash.compiler.teavm;

import io.jdash.runtime.jvm.JvmStrings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.ClassConstantInstruction;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructInstruction;
import org.teavm.model.instructions.EmptyInstruction;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.model.instructions.StringConstantInstruction;

/**
 * Trims static state of TeaVM's class library that every bundle would otherwise carry, without changing what Java
 * code observes:
 * <ul>
 * <li>the wrappers' {@code TYPE} fields ({@code Integer.TYPE} is {@code int.class}) are read as the class constant,
 * so {@code Integer} and its kin need no class initializer (and no primitive class objects) for boxing;</li>
 * <li>{@code String}'s private {@code EMPTY_CHARS} array, which nothing reads in the JS backend (strings are JS
 * strings), is not built, so a bundle needs no {@code char[]} class unless its code uses one;</li>
 * <li>{@code String.CASE_INSENSITIVE_ORDER} is created on first read (always the same instance), so its lambda
 * class and {@code Comparator} are not in every bundle;</li>
 * <li>{@code s.split(",")} and the like, whose constant regex takes the JDK's fast path (one literal character),
 * call that fast path directly, so the bundle needs no regex engine (about 35 KB gzip).</li>
 * </ul>
 * TeaVM instantiates it by name for each compilation.
 */
public final class LeanClasslibTransformer implements ClassHolderTransformer {
    private static final Map<String, ValueType> PRIMITIVES = Map.of(
            "java.lang.Boolean", ValueType.BOOLEAN,
            "java.lang.Byte", ValueType.BYTE,
            "java.lang.Short", ValueType.SHORT,
            "java.lang.Character", ValueType.CHARACTER,
            "java.lang.Integer", ValueType.INTEGER,
            "java.lang.Long", ValueType.LONG,
            "java.lang.Float", ValueType.FLOAT,
            "java.lang.Double", ValueType.DOUBLE,
            "java.lang.Void", ValueType.VOID);
    private static final String STRING = "java.lang.String";
    private static final FieldReference CASE_INSENSITIVE_ORDER = new FieldReference(STRING, "CASE_INSENSITIVE_ORDER");
    private static final FieldReference EMPTY_CHARS = new FieldReference(STRING, "EMPTY_CHARS");
    private static final FieldReference EMPTY = new FieldReference(STRING, "EMPTY");
    private static final MethodReference LAZY_ORDER = new MethodReference(
            "io.jdash.runtime.jvm.JvmStrings", "caseInsensitiveOrder", ValueType.object("java.util.Comparator"));
    private static final MethodDescriptor CLINIT = new MethodDescriptor("<clinit>", ValueType.VOID);
    private static final MethodReference SPLIT_AT = new MethodReference(
            "io.jdash.runtime.jvm.JvmStrings",
            "splitAt",
            ValueType.object(STRING),
            ValueType.CHARACTER,
            ValueType.INTEGER,
            ValueType.arrayOf(ValueType.object(STRING)));

    private final boolean keepsEmptyInitializers;

    /** The transformer of production builds (TeaVM's ADVANCED level). */
    public LeanClasslibTransformer() {
        this(false);
    }

    private LeanClasslibTransformer(boolean keepsEmptyInitializers) {
        this.keepsEmptyInitializers = keepsEmptyInitializers;
    }

    /**
     * The same rewrites for TeaVM's SIMPLE level (the development profile), which keeps an initializer emptied by
     * them: at that level TeaVM does not analyse which classes need initializing, and its JS runtime calls
     * {@code String}'s initializer by name ({@code $rt_stringClassInit} in TeaVM's
     * {@code backend/javascript/string.js}), so a removed one is a ReferenceError when the bundle loads.
     */
    public static final class ForSimpleLevel implements ClassHolderTransformer {
        private final LeanClasslibTransformer lean = new LeanClasslibTransformer(true);

        @Override
        public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
            lean.transformClass(cls, context);
        }
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) {
                continue;
            }
            boolean initializer = method.getDescriptor().equals(CLINIT);
            Map<Variable, String> constants = new HashMap<>();
            for (Instruction insn : instructions(program)) {
                if (insn instanceof StringConstantInstruction c) {
                    constants.put(c.getReceiver(), c.getConstant());
                } else if (insn instanceof InvokeInstruction call
                        && call.getMethod().getClassName().equals(STRING)
                        && call.getMethod().getName().equals("split")
                        && call.getInstance() != null) {
                    splitAtLiteral(
                            program, call, constants.get(call.getArguments().get(0)));
                } else if (insn instanceof GetFieldInstruction get && get.getInstance() == null) {
                    rewriteRead(get);
                } else if (initializer
                        && insn instanceof PutFieldInstruction put
                        && put.getInstance() == null
                        && isDropped(cls.getName(), put.getField())) {
                    Variable value = put.getValue();
                    put.delete();
                    dropValue(program, value);
                }
            }
        }
        MethodHolder initializer = cls.getMethod(CLINIT);
        if (!keepsEmptyInitializers
                && initializer != null
                && initializer.getProgram() != null
                && doesNothing(initializer.getProgram())) {
            cls.removeMethod(initializer); // else TeaVM still calls the (now empty) initializer before each use
        }
    }

    /** The instructions of a program, collected first: rewriting unlinks them from their blocks. */
    private static List<Instruction> instructions(Program program) {
        List<Instruction> all = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            block.forEach(all::add);
        }
        return all;
    }

    private static void rewriteRead(GetFieldInstruction get) {
        FieldReference field = get.getField();
        ValueType primitive = PRIMITIVES.get(field.getClassName());
        if (primitive != null && field.getFieldName().equals("TYPE")) {
            ClassConstantInstruction constant = new ClassConstantInstruction();
            constant.setConstant(primitive);
            constant.setReceiver(get.getReceiver());
            constant.setLocation(get.getLocation());
            get.replace(constant);
        } else if (field.equals(EMPTY)) {
            StringConstantInstruction constant = new StringConstantInstruction();
            constant.setConstant("");
            constant.setReceiver(get.getReceiver());
            constant.setLocation(get.getLocation());
            get.replace(constant);
        } else if (field.equals(CASE_INSENSITIVE_ORDER)) {
            MethodBodies.replaceWithCall(get, LAZY_ORDER, get.getReceiver());
        }
    }

    /** Calls {@code JvmStrings.splitAt} for a split whose constant regex takes the JDK's fast path. */
    private static void splitAtLiteral(Program program, InvokeInstruction call, String regex) {
        char delimiter = regex != null ? JvmStrings.delimiter(regex) : 0;
        if (delimiter == 0) {
            return;
        }
        IntegerConstantInstruction character = new IntegerConstantInstruction();
        character.setConstant(delimiter);
        character.setReceiver(program.createVariable());
        character.setLocation(call.getLocation());
        call.insertPrevious(character);
        Variable limit;
        if (call.getArguments().size() == 2) {
            limit = call.getArguments().get(1);
        } else {
            IntegerConstantInstruction zero = new IntegerConstantInstruction();
            zero.setReceiver(program.createVariable());
            zero.setLocation(call.getLocation());
            call.insertPrevious(zero);
            limit = zero.getReceiver();
        }
        MethodBodies.replaceWithCall(
                call, SPLIT_AT, call.getReceiver(), call.getInstance(), character.getReceiver(), limit);
    }

    /** Whether the class initializer of {@code className} no longer stores {@code field}. */
    private static boolean isDropped(String className, FieldReference field) {
        if (!field.getClassName().equals(className)) {
            return false;
        }
        return PRIMITIVES.containsKey(className) && field.getFieldName().equals("TYPE")
                || field.equals(EMPTY_CHARS)
                || field.equals(EMPTY)
                || field.equals(CASE_INSENSITIVE_ORDER);
    }

    /**
     * Deletes the instructions that computed a value nothing uses any more: a constant, an array, or an object (a
     * lambda's, whose class would otherwise stay in the bundle) with its constructor call.
     */
    private static void dropValue(Program program, Variable value) {
        for (Instruction insn : instructions(program)) {
            if (insn instanceof AssignInstruction assign && assign.getReceiver() == value) {
                assign.delete();
                dropValue(program, assign.getAssignee());
            } else if (insn instanceof ClassConstantInstruction c && c.getReceiver() == value
                    || insn instanceof ConstructArrayInstruction a && a.getReceiver() == value
                    || insn instanceof ConstructInstruction n && n.getReceiver() == value
                    || insn instanceof InvokeInstruction init
                            && init.getInstance() == value
                            && init.getMethod().getName().equals("<init>")) {
                insn.delete();
            }
        }
    }

    /** Whether a program only computes constants and returns. */
    private static boolean doesNothing(Program program) {
        for (Instruction insn : instructions(program)) {
            boolean inert = insn instanceof ExitInstruction
                    || insn instanceof JumpInstruction
                    || insn instanceof EmptyInstruction
                    || insn instanceof IntegerConstantInstruction
                    || insn instanceof ClassConstantInstruction;
            if (!inert) {
                return false;
            }
        }
        return true;
    }
}
