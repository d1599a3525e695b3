package io.jdash.compiler.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.CastNumberInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Gives {@code float} arithmetic the JVM's results in the browser. TeaVM 0.16 writes floats as JavaScript numbers
 * and rounds nothing to float: {@code 1.5f * 3.1f} stayed the double {@code 4.649999856948853} where the JVM has
 * {@code 4.6499996f}, {@code (float) 0.1} stayed {@code 0.1}, and every later step drifted from the JVM's. This rounds
 * the result of each float {@code +}, {@code -}, {@code *} and {@code /} to float ({@code %} and negation are exact),
 * and replaces each cast to float from an int, long or double by an exact conversion ({@code JvmFloats}).
 * <p>It also gives the application's casts from {@code double}/{@code float} to {@code int}/{@code long} Java's
 * saturation: TeaVM wrote
 * {@code x | 0} and a wrapping long conversion, so {@code (int) 1e13} was {@code 1316134912} and
 * {@code (int) Double.POSITIVE_INFINITY} was 0, where Java gives {@code Integer.MAX_VALUE} (NaN gives 0).
 * Both hold with or without {@code strict} (whose checks are {@link JvmChecksTransformer}'s). A long beyond 2^53 is
 * rounded to float once, not through the nearest double. TeaVM instantiates this transformer by name for each
 * compilation.
 */
public final class FloatingPointTransformer implements ClassHolderTransformer {
    private static final String FLOATS = "io.jdash.runtime.jvm.JvmFloats";
    private static final List<BinaryOperation> ROUNDED =
            List.of(BinaryOperation.ADD, BinaryOperation.SUBTRACT, BinaryOperation.MULTIPLY, BinaryOperation.DIVIDE);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(FLOATS)) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                round(method.getProgram(), JvmChecksTransformer.isApplicationClass(cls.getName()));
            }
        }
    }

    private static boolean toInteger(CastNumberInstruction cast) {
        return (cast.getSourceType() == NumericOperandType.DOUBLE || cast.getSourceType() == NumericOperandType.FLOAT)
                && (cast.getTargetType() == NumericOperandType.INT || cast.getTargetType() == NumericOperandType.LONG);
    }

    /**
     * Float results everywhere (the JDK's classes and jdash's runtime compute in floats too: {@code Random.nextFloat}
     * multiplies them); the saturating casts in the application's classes, where TeaVM's class library does not
     * depend on them.
     */
    static void round(Program program, boolean application) {
        for (int i = 0; i < program.basicBlockCount(); i++) {
            BasicBlock block = program.basicBlockAt(i);
            List<Instruction> instructions = new ArrayList<>();
            block.forEach(instructions::add);
            for (Instruction insn : instructions) {
                if (insn instanceof BinaryInstruction bin
                        && bin.getOperandType() == NumericOperandType.FLOAT
                        && ROUNDED.contains(bin.getOperation())) {
                    Variable exact = program.createVariable();
                    Variable result = bin.getReceiver();
                    bin.setReceiver(exact);
                    var call = MethodBodies.staticCall(
                            new MethodReference(FLOATS, "round", ValueType.FLOAT, ValueType.FLOAT), result, exact);
                    call.setLocation(bin.getLocation());
                    bin.insertNext(call);
                } else if (insn instanceof CastNumberInstruction cast && application && toInteger(cast)) {
                    boolean toLong = cast.getTargetType() == NumericOperandType.LONG;
                    ValueType source =
                            cast.getSourceType() == NumericOperandType.FLOAT ? ValueType.FLOAT : ValueType.DOUBLE;
                    MethodBodies.replaceWithCall(
                            cast,
                            new MethodReference(
                                    FLOATS,
                                    toLong ? "toLong" : "toInt",
                                    source,
                                    toLong ? ValueType.LONG : ValueType.INTEGER),
                            cast.getReceiver(),
                            cast.getValue());
                } else if (insn instanceof CastNumberInstruction cast
                        && cast.getTargetType() == NumericOperandType.FLOAT
                        && cast.getSourceType() != NumericOperandType.FLOAT) {
                    ValueType source =
                            switch (cast.getSourceType()) {
                                case INT -> ValueType.INTEGER;
                                case LONG -> ValueType.LONG;
                                default -> ValueType.DOUBLE;
                            };
                    String name =
                            switch (cast.getSourceType()) {
                                case INT -> "fromInt";
                                case LONG -> "fromLong";
                                default -> "fromDouble";
                            };
                    MethodBodies.replaceWithCall(
                            cast,
                            new MethodReference(FLOATS, name, source, ValueType.FLOAT),
                            cast.getReceiver(),
                            cast.getValue());
                }
            }
        }
    }
}
