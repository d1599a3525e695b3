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
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Reads a leading '+' of the application's {@code new BigInteger(text)} and {@code new BigInteger(text, radix)} as
 * Java does: the text goes through {@code JvmBigIntegers.withoutPlus} first. TeaVM's parser reads the sign as a
 * digit of its first group of digits, which fails when that group is the '+' alone
 * ({@code new BigInteger("+902854957757603084146304040")} threw {@code For input string: "+"}). It is part of the
 * values, not a check, so it runs with or without {@code strict}. TeaVM instantiates it by name for each compilation.
 */
public final class BigIntegerTextTransformer implements ClassHolderTransformer {
    private static final List<MethodReference> CONSTRUCTORS = List.of(
            new MethodReference("java.math.BigInteger", "<init>", ValueType.object("java.lang.String"), ValueType.VOID),
            new MethodReference(
                    "java.math.BigInteger",
                    "<init>",
                    ValueType.object("java.lang.String"),
                    ValueType.INTEGER,
                    ValueType.VOID));
    private static final MethodReference WITHOUT_PLUS = new MethodReference(
            "io.jdash.runtime.jvm.JvmBigIntegers",
            "withoutPlus",
            ValueType.object("java.lang.String"),
            ValueType.object("java.lang.String"));

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!JvmChecksTransformer.isApplicationClass(cls.getName())) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) {
                continue;
            }
            for (int i = 0; i < program.basicBlockCount(); i++) {
                BasicBlock block = program.basicBlockAt(i);
                List<Instruction> instructions = new ArrayList<>();
                block.forEach(instructions::add);
                for (Instruction insn : instructions) {
                    if (insn instanceof InvokeInstruction call && CONSTRUCTORS.contains(call.getMethod())) {
                        readSign(program, call);
                    }
                }
            }
        }
    }

    private static void readSign(Program program, InvokeInstruction call) {
        Variable read = program.createVariable();
        InvokeInstruction strip =
                MethodBodies.staticCall(WITHOUT_PLUS, read, call.getArguments().get(0));
        strip.setLocation(call.getLocation());
        call.insertPrevious(strip);
        Variable[] arguments = call.getArguments().toArray(Variable[]::new);
        arguments[0] = read;
        call.setArguments(arguments);
    }
}
