package io.jdash.compiler.teavm;

import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.util.ProgramUtils;

/**
 * New bodies for methods of TeaVM's class library, shared by the transformers that give a class the JDK's behaviour:
 * a fresh body replaces the old one (a native or generated one included), and the usual body is a single call to a
 * static method of {@code io.jdash.runtime.jvm}.
 */
final class MethodBodies {
    private MethodBodies() {}

    /** The JDK's name of a class of TeaVM's class library ({@code org.teavm.classlib.java.util.TRandom} read as such). */
    static String jdkName(String className) {
        return className.replace(".T", ".");
    }

    /** A fresh body for {@code descriptor} of {@code cls}, or null when the class has no such method. */
    static ProgramEmitter replaced(
            ClassHolder cls, ClassHolderTransformerContext context, MethodDescriptor descriptor) {
        MethodHolder method = cls.getMethod(descriptor);
        return method == null ? null : fresh(method, context);
    }

    /**
     * A fresh body for {@code descriptor} of {@code cls}, the method added with {@code level} where the class has none
     * of its own (where TeaVM inherits it, from a default method for instance).
     */
    static ProgramEmitter added(
            ClassHolder cls, ClassHolderTransformerContext context, MethodDescriptor descriptor, AccessLevel level) {
        return added(cls, context, descriptor, level, false);
    }

    /** As {@link #added(ClassHolder, ClassHolderTransformerContext, MethodDescriptor, AccessLevel)}, static if asked. */
    static ProgramEmitter added(
            ClassHolder cls,
            ClassHolderTransformerContext context,
            MethodDescriptor descriptor,
            AccessLevel level,
            boolean isStatic) {
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null) {
            method = new MethodHolder(descriptor);
            method.setLevel(level);
            if (isStatic) {
                method.getModifiers().add(ElementModifier.STATIC);
            }
            cls.addMethod(method);
        }
        return fresh(method, context);
    }

    private static ProgramEmitter fresh(MethodHolder method, ClassHolderTransformerContext context) {
        method.getModifiers().remove(ElementModifier.NATIVE);
        method.getModifiers().remove(ElementModifier.ABSTRACT);
        for (String generator : new String[] {
            "org.teavm.backend.javascript.spi.GeneratedBy",
            "org.teavm.backend.javascript.spi.InjectedBy",
            "org.teavm.interop.Import"
        }) {
            if (method.getAnnotations().get(generator) != null) {
                method.getAnnotations().remove(generator);
            }
        }
        return ProgramEmitter.create(method, context.getHierarchy());
    }

    /**
     * Makes {@code pe}'s body return {@code target(this, parameters…, extra…)} (or just call it, for a void method):
     * {@code this} as {@code self}, then the method's parameters, then {@code extra} int constants.
     */
    static void returnCall(
            ProgramEmitter pe, MethodDescriptor descriptor, MethodReference target, ValueType self, int... extra) {
        ValueEmitter result = pe.invoke(target, arguments(pe, descriptor, self, extra));
        if (descriptor.getResultType() == ValueType.VOID) {
            pe.exit();
        } else {
            result.returnValue();
        }
    }

    /** A call of the static {@code method} with {@code args}, its result (if any) into {@code receiver}. */
    static InvokeInstruction staticCall(MethodReference method, Variable receiver, Variable... args) {
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(method);
        call.setArguments(args);
        call.setReceiver(receiver);
        return call;
    }

    /** Puts a call of the static {@code method} with {@code args} in the place of {@code insn}, at its location. */
    static void replaceWithCall(Instruction insn, MethodReference method, Variable receiver, Variable... args) {
        InvokeInstruction call = staticCall(method, receiver, args);
        call.setLocation(insn.getLocation());
        insn.replace(call);
    }

    /** Makes a static method's body {@code pe} return {@code target(parameters…)}. */
    static void returnStaticCall(ProgramEmitter pe, MethodDescriptor descriptor, MethodReference target) {
        ValueType[] params = descriptor.getParameterTypes();
        ValueEmitter[] args = new ValueEmitter[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = pe.var(i + 1, params[i]);
        }
        pe.invoke(target, args).returnValue();
    }

    /** {@code this} as {@code self}, the parameters of {@code descriptor}, then {@code extra} int constants. */
    static ValueEmitter[] arguments(ProgramEmitter pe, MethodDescriptor descriptor, ValueType self, int... extra) {
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

    /**
     * Runs {@code check} on the parameters of the static method {@code descriptor} before its own body: the body moves
     * to a method of its own, and the method calls {@code check} with its parameters (each object parameter as an
     * element of one {@code Object[]}, or its one array parameter as is), then that method.
     */
    static void checkFirst(
            ClassHolder cls,
            ClassHolderTransformerContext context,
            MethodDescriptor descriptor,
            MethodReference check) {
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null || method.getProgram() == null || !method.hasModifier(ElementModifier.STATIC)) {
            return;
        }
        MethodDescriptor bodyDescriptor =
                new MethodDescriptor(descriptor.getName() + "$jdashChecked", descriptor.getSignature());
        if (cls.getMethod(bodyDescriptor) != null) {
            return;
        }
        MethodHolder body = new MethodHolder(bodyDescriptor);
        body.setLevel(AccessLevel.PUBLIC);
        body.getModifiers().add(ElementModifier.STATIC);
        body.setProgram(ProgramUtils.copy(method.getProgram()));
        cls.addMethod(body);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueType[] params = descriptor.getParameterTypes();
        ValueEmitter[] args = new ValueEmitter[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = pe.var(i + 1, params[i]);
        }
        ValueEmitter checked;
        if (params.length == 1 && params[0] instanceof ValueType.Array) {
            checked = args[0];
        } else {
            checked = pe.constructArray(ValueType.object("java.lang.Object"), params.length);
            for (int i = 0; i < params.length; i++) {
                checked.setElement(i, args[i]);
            }
        }
        pe.invoke(check, checked);
        pe.invoke(new MethodReference(cls.getName(), bodyDescriptor), args).returnValue();
    }
}
