package io.jdash.compiler.teavm;

import java.util.List;
import java.util.Map;
import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Makes {@code io.jdash.runtime.jvm.regex.JsPattern} and {@code JsMatcher} (what {@link LeanRegexTransformer} turns
 * {@code Pattern.compile(constant)} into) subclasses of TeaVM's {@code java.util.regex.Pattern} and
 * {@code Matcher}, so that they go wherever the JDK's types go and a virtual call reaches only their methods: when
 * no other {@code Pattern} is made, TeaVM's regex engine is not in the bundle. The classlib classes are opened
 * (final dropped, a constructor that builds nothing added) and given the JDK 17 methods TeaVM lacks. A method that
 * cannot run exactly on a RegExp gets a body that calls {@code JsRegex.refused()}; {@link TeaVmStep} reports each
 * call that reaches one as JDASH-E022 at the call ({@link #refusal}). TeaVM instantiates this transformer by name.
 */
public final class LeanPatternTransformer implements ClassHolderTransformer {
    static final String PATTERN = "java.util.regex.Pattern";
    static final String MATCHER = "java.util.regex.Matcher";
    private static final String JS_PATTERN = "io.jdash.runtime.jvm.regex.JsPattern";
    private static final String JS_MATCHER = "io.jdash.runtime.jvm.regex.JsMatcher";
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType TEXT = ValueType.object("java.lang.CharSequence");
    private static final ValueType MATCHER_TYPE = ValueType.object(MATCHER);
    private static final ValueType BUILDER = ValueType.object("java.lang.StringBuilder");
    private static final ValueType FUNCTION = ValueType.object("java.util.function.Function");
    private static final ValueType PREDICATE = ValueType.object("java.util.function.Predicate");
    private static final ValueType STREAM = ValueType.object("java.util.stream.Stream");
    /** The body of every refused method; reaching it from a callback is a build error at the call. */
    static final MethodReference REFUSED = new MethodReference(
            "io.jdash.runtime.jvm.regex.JsRegex", "refused", ValueType.object("java.lang.RuntimeException"));

    private static final MethodDescriptor OPEN_CONSTRUCTOR =
            new MethodDescriptor("<init>", ValueType.BOOLEAN, ValueType.VOID);

    /** JDK 17 methods TeaVM 0.16's classes lack: JsPattern and JsMatcher have them, TeaVM's engine does not. */
    private static final Map<String, List<MethodDescriptor>> MISSING = Map.of(
            PATTERN,
            List.of(
                    new MethodDescriptor("asPredicate", PREDICATE),
                    new MethodDescriptor("asMatchPredicate", PREDICATE),
                    new MethodDescriptor("splitAsStream", TEXT, STREAM)),
            MATCHER,
            List.of(
                    new MethodDescriptor("appendReplacement", BUILDER, STRING, MATCHER_TYPE),
                    new MethodDescriptor("appendTail", BUILDER, BUILDER),
                    new MethodDescriptor("replaceAll", FUNCTION, STRING),
                    new MethodDescriptor("replaceFirst", FUNCTION, STRING),
                    new MethodDescriptor("results", STREAM)));

    /** Why a refused method cannot run, by JsMatcher/JsPattern method name (others: not translated). */
    private static final Map<String, String> WHY = Map.of(
            "hitEnd", "a JavaScript RegExp does not tell whether a search read the end of the input",
            "requireEnd", "a JavaScript RegExp does not tell whether more input could change a match",
            "usePattern", "a matcher cannot change its pattern in the browser; make a new matcher",
            "useTransparentBounds", "only the JDK's default bounds (opaque, anchoring) are translated",
            "useAnchoringBounds", "only the JDK's default bounds (opaque, anchoring) are translated");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        switch (cls.getName()) {
            case PATTERN, MATCHER -> open(cls, context);
            case JS_PATTERN -> subclass(cls, context, PATTERN);
            case JS_MATCHER -> subclass(cls, context, MATCHER);
            default -> {}
        }
    }

    /**
     * What the build says about a call that reaches refused method {@code m} (its class and name), for
     * {@link LeanRegexTransformer#PROBLEM}'s message.
     */
    static String refusal(MethodReference m) {
        String cls = m.getClassName();
        String name = "Matcher." + m.getName() + "()";
        if (cls.equals(JS_PATTERN) || cls.equals(PATTERN)) {
            name = "Pattern." + m.getName() + "()";
        }
        if (cls.equals(PATTERN) || cls.equals(MATCHER)) {
            return name + " is not in TeaVM's regex engine, which runs patterns that are not constants: compile the"
                    + " pattern from a constant (jdash translates those at build time)";
        }
        return name + " cannot run exactly in the browser: "
                + WHY.getOrDefault(m.getName(), "it is not translated to a JavaScript RegExp");
    }

    /** Drops final, adds a constructor that builds nothing (for the subclasses) and the methods TeaVM lacks. */
    private static void open(ClassHolder cls, ClassHolderTransformerContext context) {
        cls.getModifiers().remove(ElementModifier.FINAL);
        MethodHolder constructor = new MethodHolder(OPEN_CONSTRUCTOR);
        constructor.setLevel(AccessLevel.PROTECTED);
        cls.addMethod(constructor);
        ProgramEmitter pe = ProgramEmitter.create(constructor, context.getHierarchy());
        pe.var(0, ValueType.object(cls.getName()))
                .invokeSpecial(new MethodReference("java.lang.Object", "<init>", ValueType.VOID));
        pe.exit();
        for (MethodDescriptor d : MISSING.get(cls.getName())) {
            if (cls.getMethod(d) == null) {
                refuse(cls, context, d);
            }
        }
    }

    /**
     * Reparents a runtime class under the classlib's, calls the parent's empty constructor, answers the JDK's
     * signatures for the methods that return the runtime types, and refuses every other public method of the parent.
     */
    private static void subclass(ClassHolder cls, ClassHolderTransformerContext context, String parent) {
        cls.setParent(parent);
        MethodReference superInit = new MethodReference(parent, OPEN_CONSTRUCTOR);
        for (MethodHolder method : cls.getMethods()) {
            if (method.getName().equals("<init>") && method.getProgram() != null) {
                callParentConstructor(method.getProgram(), superInit);
            }
        }
        for (MethodHolder method : List.copyOf(cls.getMethods())) {
            ValueType result = method.getResultType();
            if (method.hasModifier(ElementModifier.STATIC) || method.getLevel() != AccessLevel.PUBLIC) {
                continue;
            }
            ValueType jdk = result.equals(ValueType.object(JS_PATTERN))
                    ? ValueType.object(PATTERN)
                    : result.equals(ValueType.object(JS_MATCHER)) ? MATCHER_TYPE : null;
            if (jdk == null) {
                continue;
            }
            ValueType[] params = method.getParameterTypes();
            ValueType[] signature = java.util.Arrays.copyOf(params, params.length + 1);
            signature[params.length] = jdk;
            MethodDescriptor bridge = new MethodDescriptor(method.getName(), signature);
            if (cls.getMethod(bridge) != null) {
                continue;
            }
            MethodHolder added = new MethodHolder(bridge);
            added.setLevel(AccessLevel.PUBLIC);
            cls.addMethod(added);
            ProgramEmitter pe = ProgramEmitter.create(added, context.getHierarchy());
            ValueEmitter[] args = new ValueEmitter[params.length];
            for (int i = 0; i < params.length; i++) {
                args[i] = pe.var(i + 1, params[i]);
            }
            pe.var(0, ValueType.object(cls.getName()))
                    .invokeSpecial(method.getReference(), args)
                    .returnValue();
        }
        ClassReader parentClass = context.getHierarchy().getClassSource().get(parent);
        if (parentClass == null) {
            return;
        }
        for (MethodReader m : parentClass.getMethods()) {
            if (m.getLevel() == AccessLevel.PUBLIC
                    && !m.hasModifier(ElementModifier.STATIC)
                    && !m.getName().startsWith("<")
                    && cls.getMethod(m.getDescriptor()) == null) {
                refuse(cls, context, m.getDescriptor());
            }
        }
        for (MethodDescriptor d : MISSING.get(parent)) {
            if (cls.getMethod(d) == null) {
                refuse(cls, context, d);
            }
        }
    }

    private static void callParentConstructor(Program program, MethodReference superInit) {
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction insn : block) {
                if (insn instanceof InvokeInstruction call
                        && call.getMethod().getClassName().equals("java.lang.Object")
                        && call.getMethod().getName().equals("<init>")
                        && call.getInstance() == program.variableAt(0)) {
                    IntegerConstantInstruction flag = new IntegerConstantInstruction();
                    flag.setReceiver(program.createVariable());
                    flag.setLocation(call.getLocation());
                    call.insertPrevious(flag);
                    call.setMethod(superInit);
                    call.setArguments(flag.getReceiver());
                }
            }
        }
    }

    /** A body that throws {@code JsRegex.refused()}: a callback reaching it fails the build at the call. */
    private static void refuse(ClassHolder cls, ClassHolderTransformerContext context, MethodDescriptor d) {
        MethodHolder method = cls.getMethod(d);
        if (method == null) {
            method = new MethodHolder(d);
            method.setLevel(AccessLevel.PUBLIC);
            cls.addMethod(method);
        }
        method.getModifiers().remove(ElementModifier.NATIVE);
        method.getModifiers().remove(ElementModifier.ABSTRACT);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        pe.invoke(REFUSED).raise();
    }
}
