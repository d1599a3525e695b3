package io.jdash.compiler.teavm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.DoubleConstantInstruction;
import org.teavm.model.instructions.FloatConstantInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NegateInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Keeps {@code a + (b - c)} from becoming {@code a + b - c} in the browser. TeaVM 0.16's JavaScript writer prints the
 * right operand of {@code +} and {@code *} without parentheses when it is an operation of the same precedence, as if
 * those operators were associative; for {@code double}s they are not: {@code a + (b - c)}, {@code a + (b + c)},
 * {@code a * (b * c)}, {@code a * (b / c)} and {@code a * (b % c)} were computed in another order than Java's, so
 * the last digits (or an overflow) could differ, and a Kahan sum stopped compensating. Such a right operand (or a
 * call's result, which TeaVM may inline into one) is negated twice, which is exact for every double and float (NaN
 * included) and which the writer prints with its parentheses. Closure Compiler then regroups what is left: it folds
 * a literal into a {@code *} or numeric {@code +} beside it ({@code x * 10 * 0.1} became {@code 1 * x} and
 * {@code x * 1e308 * 10} became {@code Infinity * x}); the operand it would fold into is negated twice too, which it
 * leaves alone. Integers are not affected (TeaVM wraps their results in {@code | 0} or a call). TeaVM instantiates
 * this transformer by name for each compilation.
 */
public final class NestedArithmeticTransformer implements ClassHolderTransformer {
    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                guard(method.getProgram());
            }
        }
    }

    static void guard(Program program) {
        Map<Variable, Instruction> definitions = null;
        for (int i = 0; i < program.basicBlockCount(); i++) {
            BasicBlock block = program.basicBlockAt(i);
            for (Instruction insn : block) {
                if (insn instanceof BinaryInstruction bin && floating(bin.getOperandType()) && rightGrouping(bin)) {
                    if (definitions == null) {
                        definitions = definitions(program);
                    }
                    Instruction first = definitions.get(bin.getFirstOperand());
                    Instruction second = definitions.get(bin.getSecondOperand());
                    if (regroups(bin, second) || isConstant(first) && foldsWithConstant(bin, second, definitions)) {
                        bin.setSecondOperand(negatedTwice(program, bin, bin.getSecondOperand()));
                    }
                    if (isConstant(second) && foldsWithConstant(bin, first, definitions)) {
                        bin.setFirstOperand(negatedTwice(program, bin, bin.getFirstOperand()));
                    }
                }
            }
        }
    }

    /** {@code -(-value)}, computed before {@code bin}: exact for every double and float, NaN included. */
    private static Variable negatedTwice(Program program, BinaryInstruction bin, Variable value) {
        Variable once = program.createVariable();
        Variable twice = program.createVariable();
        NegateInstruction first = new NegateInstruction(bin.getOperandType());
        first.setOperand(value);
        first.setReceiver(once);
        first.setLocation(bin.getLocation());
        NegateInstruction second = new NegateInstruction(bin.getOperandType());
        second.setOperand(once);
        second.setReceiver(twice);
        second.setLocation(bin.getLocation());
        bin.insertPrevious(first);
        bin.insertPrevious(second);
        return twice;
    }

    private static boolean isConstant(Instruction definition) {
        return definition instanceof DoubleConstantInstruction || definition instanceof FloatConstantInstruction;
    }

    /**
     * Whether Closure Compiler would fold the literal operand of {@code bin} into {@code definition} (the other
     * operand's): it rewrites {@code (x * 10) * 0.1} as {@code 1 * x}, {@code (x * 1e308) * 10} as
     * {@code Infinity * x} and {@code (2 * x + 1.5) + 2.25} as {@code 2 * x + 3.75}, as if {@code *} and numeric
     * {@code +} were associative. So an operation of the same kind with a literal operand, or a call (which TeaVM
     * may inline into one), is kept apart.
     */
    private static boolean foldsWithConstant(
            BinaryInstruction bin, Instruction definition, Map<Variable, Instruction> definitions) {
        if (definition instanceof InvokeInstruction) {
            return true;
        }
        return definition instanceof BinaryInstruction inner
                && inner.getOperation() == bin.getOperation()
                && inner.getOperandType() == bin.getOperandType()
                && (isConstant(definitions.get(inner.getFirstOperand()))
                        || isConstant(definitions.get(inner.getSecondOperand())));
    }

    private static boolean floating(NumericOperandType type) {
        return type == NumericOperandType.DOUBLE || type == NumericOperandType.FLOAT;
    }

    /** The operations whose right operand TeaVM prints at their own precedence. */
    private static boolean rightGrouping(BinaryInstruction bin) {
        return bin.getOperation() == BinaryOperation.ADD || bin.getOperation() == BinaryOperation.MULTIPLY;
    }

    /** Whether printing {@code definition} as the right operand of {@code bin} without parentheses regroups it. */
    private static boolean regroups(BinaryInstruction bin, Instruction definition) {
        if (definition instanceof InvokeInstruction) {
            return true;
        }
        if (!(definition instanceof BinaryInstruction inner)) {
            return false;
        }
        return bin.getOperation() == BinaryOperation.ADD
                ? List.of(BinaryOperation.ADD, BinaryOperation.SUBTRACT).contains(inner.getOperation())
                : List.of(BinaryOperation.MULTIPLY, BinaryOperation.DIVIDE, BinaryOperation.MODULO)
                        .contains(inner.getOperation());
    }

    private static Map<Variable, Instruction> definitions(Program program) {
        Map<Variable, Instruction> map = new HashMap<>();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof BinaryInstruction b) {
                    map.put(b.getReceiver(), b);
                } else if (insn instanceof DoubleConstantInstruction c) {
                    map.put(c.getReceiver(), c);
                } else if (insn instanceof FloatConstantInstruction c) {
                    map.put(c.getReceiver(), c);
                } else if (insn instanceof InvokeInstruction call && call.getReceiver() != null) {
                    map.put(call.getReceiver(), call);
                }
            }
        }
        return map;
    }
}
