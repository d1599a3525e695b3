package io.jdash.compiler.teavm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderSource;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ArrayLengthInstruction;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.CastInstruction;
import org.teavm.model.instructions.CastIntegerInstruction;
import org.teavm.model.instructions.CastNumberInstruction;
import org.teavm.model.instructions.ClassConstantInstruction;
import org.teavm.model.instructions.CloneArrayInstruction;
import org.teavm.model.instructions.ConstructArrayInstruction;
import org.teavm.model.instructions.ConstructInstruction;
import org.teavm.model.instructions.ConstructMultiArrayInstruction;
import org.teavm.model.instructions.DoubleConstantInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
import org.teavm.model.instructions.GetElementInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.IsInstanceInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.model.instructions.UnwrapArrayInstruction;
import org.teavm.model.optimization.GlobalValueNumbering;
import org.teavm.model.optimization.UnusedVariableElimination;
import org.teavm.model.transformation.NoSuchFieldCatchElimination;
import org.teavm.model.util.DefinitionExtractor;
import org.teavm.model.util.UsageExtractor;

/**
 * TeaVM's clean-up of every class it parses ({@code PreOptimizingClassHolderSource}), except that with jdash's
 * checks on, an application's computation that can throw on the JVM survives although nothing reads its value.
 * TeaVM deletes such computations as pure before {@link JvmChecksTransformer} sees them, but the JVM still throws:
 * {@code n = n + cells[i]} in a {@code finally} whose exceptional copy rethrows ({@code n} is dead there) throws
 * ArrayIndexOutOfBoundsException on the JVM, replacing the pending exception, and the browser kept the old one.
 * The same held for an unused cast, field read of null, array length, new array of negative size and integer
 * division by zero. Each such computation gets a call of {@code JvmChecks.keep} that reads its value, so the checks
 * go in; TeaVM's optimizer still drops the read itself later (the checks are calls, which it keeps).
 *
 * <p>Every class also has its {@code -0.0} and {@code -0.0f} constants replaced by calls that make them at run
 * time: TeaVM's class cache ({@code VarDataOutput.writeDouble}) writes a zero without its sign, so through the
 * cache {@code x == 0 ? -0.0 : y} became {@code 0.0}.
 */
final class JvmPreservingPreOptimization {
    private static final String CHECKS = "io.jdash.runtime.jvm.JvmChecks";
    private static final MethodReference NEGATIVE_ZERO =
            new MethodReference("io.jdash.runtime.jvm.JvmFloats", "negativeZero", ValueType.DOUBLE);
    private static final MethodReference NEGATIVE_ZERO_FLOAT =
            new MethodReference("io.jdash.runtime.jvm.JvmFloats", "negativeZeroFloat", ValueType.FLOAT);

    private JvmPreservingPreOptimization() {}

    /** The class {@code name} from {@code parsed}, cleaned up as TeaVM does; null when there is none. */
    static ClassHolder optimize(ClassHolderSource parsed, String name, boolean keepThrowingComputations) {
        ClassHolder cls = parsed.get(name);
        if (cls == null) {
            return null;
        }
        boolean keep = keepThrowingComputations && JvmChecksTransformer.isApplicationClass(name);
        NoSuchFieldCatchElimination noSuchFieldCatchElimination = new NoSuchFieldCatchElimination();
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program != null) {
                noSuchFieldCatchElimination.apply(program);
                new GlobalValueNumbering(true).optimize(program);
                if (keep) {
                    keepThrowingComputations(program);
                }
                new UnusedVariableElimination().optimize(method, program);
                negativeZerosAsCalls(program);
            }
        }
        return cls;
    }

    private static void negativeZerosAsCalls(Program program) {
        for (BasicBlock block : program.getBasicBlocks()) {
            List<Instruction> instructions = new ArrayList<>();
            block.forEach(instructions::add);
            for (Instruction insn : instructions) {
                if (insn instanceof DoubleConstantInstruction c
                        && Double.doubleToRawLongBits(c.getConstant()) == Long.MIN_VALUE) {
                    MethodBodies.replaceWithCall(insn, NEGATIVE_ZERO, c.getReceiver());
                } else if (insn instanceof FloatConstantInstruction c
                        && Float.floatToRawIntBits(c.getConstant()) == Integer.MIN_VALUE) {
                    MethodBodies.replaceWithCall(insn, NEGATIVE_ZERO_FLOAT, c.getReceiver());
                }
            }
        }
    }

    /** A computation that can throw on the JVM: its value and the type {@code keep} takes for it. */
    private record Throwing(Instruction insn, Variable value, ValueType type) {}

    /** Adds a {@code keep} call after each computation that can throw and whose value no kept instruction reads. */
    private static void keepThrowingComputations(Program program) {
        Map<Variable, Instruction> definitions = new HashMap<>();
        Map<Variable, Phi> phis = new HashMap<>();
        Set<Variable> live = new HashSet<>();
        Deque<Variable> work = new ArrayDeque<>();
        DefinitionExtractor defined = new DefinitionExtractor();
        UsageExtractor used = new UsageExtractor();
        List<Throwing> throwing = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Phi phi : block.getPhis()) {
                phis.put(phi.getReceiver(), phi);
            }
            for (Instruction insn : block) {
                insn.acceptVisitor(defined);
                for (Variable v : defined.getDefinedVariables()) {
                    definitions.put(v, insn);
                }
                if (!removable(insn)) {
                    insn.acceptVisitor(used);
                    for (Variable v : used.getUsedVariables()) {
                        work.add(v);
                    }
                    continue;
                }
                ValueType type = valueType(insn);
                if (type != null && defined.getDefinedVariables().length == 1) {
                    throwing.add(new Throwing(insn, defined.getDefinedVariables()[0], type));
                }
            }
        }
        while (!work.isEmpty()) {
            Variable v = work.pop();
            if (!live.add(v)) {
                continue;
            }
            Instruction definition = definitions.get(v);
            if (definition != null) {
                definition.acceptVisitor(used);
                for (Variable operand : used.getUsedVariables()) {
                    work.add(operand);
                }
            }
            Phi phi = phis.get(v);
            if (phi != null) {
                for (Incoming incoming : phi.getIncomings()) {
                    work.add(incoming.getValue());
                }
            }
        }
        for (Throwing t : throwing) {
            if (!live.contains(t.value())) {
                InvokeInstruction keep = MethodBodies.staticCall(
                        new MethodReference(CHECKS, "keep", t.type(), ValueType.VOID), null, t.value());
                keep.setLocation(t.insn().getLocation());
                t.insn().insertNext(keep);
            }
        }
    }

    /** Whether TeaVM's unused-variable elimination deletes {@code insn} when nothing reads its value. */
    private static boolean removable(Instruction insn) {
        return insn instanceof ClassConstantInstruction
                || insn instanceof NullConstantInstruction
                || insn instanceof IntegerConstantInstruction
                || insn instanceof LongConstantInstruction
                || insn instanceof FloatConstantInstruction
                || insn instanceof DoubleConstantInstruction
                || insn instanceof StringConstantInstruction
                || insn instanceof BinaryInstruction
                || insn instanceof NegateInstruction
                || insn instanceof AssignInstruction
                || insn instanceof CastInstruction
                || insn instanceof CastNumberInstruction
                || insn instanceof CastIntegerInstruction
                || insn instanceof ConstructArrayInstruction
                || insn instanceof ConstructInstruction
                || insn instanceof ConstructMultiArrayInstruction
                || insn instanceof GetFieldInstruction
                || insn instanceof ArrayLengthInstruction
                || insn instanceof CloneArrayInstruction
                || insn instanceof UnwrapArrayInstruction
                || insn instanceof GetElementInstruction
                || insn instanceof IsInstanceInstruction;
    }

    /**
     * The type {@code keep} takes for a removable computation that can throw on the JVM; null for one that cannot.
     */
    private static ValueType valueType(Instruction insn) {
        ValueType object = ValueType.object("java.lang.Object");
        if (insn instanceof BinaryInstruction b) {
            boolean division = b.getOperation() == BinaryOperation.DIVIDE || b.getOperation() == BinaryOperation.MODULO;
            if (division && b.getOperandType() == NumericOperandType.INT) {
                return ValueType.INTEGER;
            }
            return division && b.getOperandType() == NumericOperandType.LONG ? ValueType.LONG : null;
        }
        if (insn instanceof CastInstruction
                || insn instanceof ConstructArrayInstruction
                || insn instanceof ConstructMultiArrayInstruction
                || insn instanceof CloneArrayInstruction) {
            return object;
        }
        if (insn instanceof ArrayLengthInstruction) {
            return ValueType.INTEGER;
        }
        if (insn instanceof GetFieldInstruction get && get.getInstance() != null) {
            return kept(get.getFieldType());
        }
        if (insn instanceof GetElementInstruction get) {
            return switch (get.getType()) {
                case BYTE, SHORT, CHAR, INT -> ValueType.INTEGER;
                case LONG -> ValueType.LONG;
                case FLOAT -> ValueType.FLOAT;
                case DOUBLE -> ValueType.DOUBLE;
                case OBJECT -> object;
            };
        }
        return null;
    }

    private static ValueType kept(ValueType type) {
        if (type instanceof ValueType.Primitive p) {
            return switch (p.getKind()) {
                case BOOLEAN, BYTE, SHORT, CHARACTER, INTEGER -> ValueType.INTEGER;
                case LONG -> ValueType.LONG;
                case FLOAT -> ValueType.FLOAT;
                case DOUBLE -> ValueType.DOUBLE;
            };
        }
        return ValueType.object("java.lang.Object");
    }
}
