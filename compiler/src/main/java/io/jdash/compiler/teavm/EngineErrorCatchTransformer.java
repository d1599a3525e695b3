package io.jdash.compiler.teavm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Incoming;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.TryCatchBlock;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.BranchingCondition;
import org.teavm.model.instructions.BranchingInstruction;
import org.teavm.model.instructions.IsInstanceInstruction;
import org.teavm.model.instructions.JumpInstruction;
import org.teavm.model.instructions.RaiseInstruction;

/**
 * Lets the application's {@code catch} clauses see what the JVM throws where the JDK's classes (which carry no
 * checks of jdash's) meet a null or run out of stack: the JavaScript engine raises a {@code TypeError} or a
 * {@code RangeError} there, which TeaVM hands to a handler as a plain {@code RuntimeException}, so
 * {@code catch (NullPointerException e)} missed it and {@code catch (Exception e)} caught a stack overflow.
 *
 * <p>In an application method, every protected block's clauses become one catch-all clause whose handler (one per
 * distinct list of clauses) asks {@code JvmChecks.javaException} for the JVM's exception and tests it against the
 * original clauses in their order, jumping to the first that matches, else throwing it on. (A handler cannot throw to
 * its siblings: TeaVM renders a block's clauses as one JavaScript {@code try}.) The values the handlers' phis took
 * from the protected blocks pass through phis of the dispatching handler. An exception no clause matches leaves
 * as the JVM's, so a callback reports it by the JVM's name.
 */
public final class EngineErrorCatchTransformer implements ClassHolderTransformer {
    private static final MethodReference JAVA_EXCEPTION = new MethodReference(
            "io.jdash.runtime.jvm.JvmChecks",
            "javaException",
            ValueType.object("java.lang.Throwable"),
            ValueType.object("java.lang.Throwable"));

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!JvmChecksTransformer.isApplicationClass(cls.getName())) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null && method.getProgram().basicBlockCount() > 0) {
                transform(method.getProgram());
            }
        }
    }

    private record Clause(String exceptionType, BasicBlock handler) {}

    private static void transform(Program program) {
        int blocks = program.basicBlockCount();
        // every protected block is rewritten, so each handler is entered from dispatchers only
        Map<List<Clause>, Dispatcher> dispatchers = new LinkedHashMap<>();
        Map<BasicBlock, Dispatcher> dispatcherOf = new HashMap<>();
        for (int i = 0; i < blocks; i++) {
            BasicBlock block = program.basicBlockAt(i);
            if (block.getTryCatchBlocks().isEmpty()) {
                continue;
            }
            List<Clause> clauses = new ArrayList<>();
            for (TryCatchBlock tryCatch : block.getTryCatchBlocks()) {
                clauses.add(new Clause(tryCatch.getExceptionType(), tryCatch.getHandler()));
            }
            Dispatcher dispatcher = dispatchers.computeIfAbsent(clauses, c -> dispatcher(program, c));
            dispatcherOf.put(block, dispatcher);
            block.getTryCatchBlocks().clear();
            TryCatchBlock all = new TryCatchBlock();
            all.setHandler(dispatcher.entry());
            block.getTryCatchBlocks().add(all);
        }
        Map<BasicBlock, List<Dispatcher>> reaching = new LinkedHashMap<>();
        dispatchers.values().forEach(d -> d.jumps().keySet().forEach(handler -> reaching.computeIfAbsent(
                        handler, h -> new ArrayList<>())
                .add(d)));
        reaching.forEach((handler, from) -> enterNormally(program, handler, from, dispatcherOf));
    }

    /**
     * A dispatcher: its entry catches everything, asks for the JVM's exception and tests it against the clauses in
     * order; {@code jumps} names, for each handler, the blocks that jump to it (a multi-catch clause is one
     * handler for several types).
     */
    private record Dispatcher(BasicBlock entry, Variable exception, Map<BasicBlock, List<BasicBlock>> jumps) {}

    private static Dispatcher dispatcher(Program program, List<Clause> clauses) {
        BasicBlock entry = program.createBasicBlock();
        Variable caught = program.createVariable();
        entry.setExceptionVariable(caught);
        Variable translated = program.createVariable();
        entry.add(MethodBodies.staticCall(JAVA_EXCEPTION, translated, caught));
        Map<BasicBlock, List<BasicBlock>> jumps = new LinkedHashMap<>();
        BasicBlock test = entry;
        for (Clause clause : clauses) {
            List<BasicBlock> into = jumps.computeIfAbsent(clause.handler(), h -> new ArrayList<>());
            if (clause.exceptionType() == null) {
                JumpInstruction jump = new JumpInstruction();
                jump.setTarget(clause.handler());
                test.add(jump);
                into.add(test);
                return new Dispatcher(entry, translated, jumps);
            }
            Variable matches = program.createVariable();
            IsInstanceInstruction isInstance = new IsInstanceInstruction();
            isInstance.setValue(translated);
            isInstance.setType(ValueType.object(clause.exceptionType()));
            isInstance.setReceiver(matches);
            test.add(isInstance);
            BasicBlock next = program.createBasicBlock();
            BranchingInstruction branch = new BranchingInstruction(BranchingCondition.NOT_EQUAL);
            branch.setOperand(matches);
            branch.setConsequent(clause.handler());
            branch.setAlternative(next);
            test.add(branch);
            into.add(test);
            test = next;
        }
        RaiseInstruction raise = new RaiseInstruction();
        raise.setException(translated);
        test.add(raise);
        return new Dispatcher(entry, translated, jumps);
    }

    /**
     * Makes {@code handler} a block its dispatchers jump to: its exception variable becomes a phi of their
     * exceptions, and each of its phis takes, from each dispatcher, the value current where the exception was thrown
     * (a phi of the dispatcher's entry, which is the protected blocks' handler now).
     */
    private static void enterNormally(
            Program program, BasicBlock handler, List<Dispatcher> from, Map<BasicBlock, Dispatcher> dispatcherOf) {
        for (Phi phi : handler.getPhis()) {
            List<Incoming> incomings = new ArrayList<>(phi.getIncomings());
            phi.getIncomings().clear();
            for (Dispatcher d : from) {
                Phi relay = new Phi();
                relay.setReceiver(program.createVariable());
                for (Incoming incoming : incomings) {
                    if (dispatcherOf.get(incoming.getSource()) == d) {
                        Incoming copy = new Incoming();
                        copy.setSource(incoming.getSource());
                        copy.setValue(incoming.getValue());
                        relay.getIncomings().add(copy);
                    }
                }
                if (relay.getIncomings().isEmpty()) {
                    continue;
                }
                d.entry().getPhis().add(relay);
                for (BasicBlock jump : d.jumps().get(handler)) {
                    Incoming fromDispatcher = new Incoming();
                    fromDispatcher.setSource(jump);
                    fromDispatcher.setValue(relay.getReceiver());
                    phi.getIncomings().add(fromDispatcher);
                }
            }
        }
        Variable exception = handler.getExceptionVariable();
        handler.setExceptionVariable(null);
        if (exception != null) {
            Phi phi = new Phi();
            phi.setReceiver(exception);
            for (Dispatcher d : from) {
                for (BasicBlock jump : d.jumps().get(handler)) {
                    Incoming incoming = new Incoming();
                    incoming.setSource(jump);
                    incoming.setValue(d.exception());
                    phi.getIncomings().add(incoming);
                }
            }
            handler.getPhis().add(phi);
        }
    }
}
