package io.jdash.compiler.teavm;

import io.jdash.runtime.jvm.JvmDateFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.ElementModifier;
import org.teavm.model.FieldHolder;
import org.teavm.model.FieldReference;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.model.util.DefinitionExtractor;
import org.teavm.model.util.ModelUtils;
import org.teavm.model.util.UsageExtractor;

/**
 * Replaces the application's {@code DateTimeFormatter.ofPattern("...")} (a constant numeric pattern that
 * {@code JvmDateFormat.supports}) with the lean {@code JvmDateFormat} (a few KB instead of java.time's ~100 KB
 * formatter machinery) where the formatter is only ever used by {@code formatter.format(t)},
 * {@code LocalDate/LocalDateTime/LocalTime.format(formatter)} and {@code .parse(text, formatter)}: a formatter
 * created and used in one method, or a private static final field set by its class initializer and read only for
 * such calls anywhere in the class's nest. Those calls go to JvmDateFormat.
 *
 * <p>A formatter used any other way (passed on, stored elsewhere, another of its methods, a method reference) stays
 * java.time's, so the code behaves as on the JVM whatever it does; java.time's formatter then comes into the bundle,
 * which the size report shows. TeaVM instantiates this transformer by name for each compilation.
 */
public final class LeanDateFormatTransformer implements ClassHolderTransformer {
    private static final String FORMATTER = "java.time.format.DateTimeFormatter";
    private static final String LEAN = "io.jdash.runtime.jvm.JvmDateFormat";
    private static final ValueType FORMATTER_TYPE = ValueType.object(FORMATTER);
    private static final ValueType LEAN_TYPE = ValueType.object(LEAN);
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType TEXT = ValueType.object("java.lang.CharSequence");
    private static final ValueType TEMPORAL = ValueType.object("java.time.temporal.TemporalAccessor");
    private static final MethodDescriptor OF_PATTERN = new MethodDescriptor("ofPattern", STRING, FORMATTER_TYPE);
    private static final MethodReference LEAN_OF_PATTERN = new MethodReference(LEAN, "ofPattern", STRING, LEAN_TYPE);
    private static final MethodDescriptor FORMAT = new MethodDescriptor("format", TEMPORAL, STRING);
    private static final MethodDescriptor CLINIT = new MethodDescriptor("<clinit>", ValueType.VOID);
    /** The java.time types whose format(formatter) and parse(text, formatter) have lean twins, by name suffix. */
    private static final Map<String, String> TEMPORALS =
            Map.of("java.time.LocalDate", "Date", "java.time.LocalDateTime", "DateTime", "java.time.LocalTime", "Time");

    /** Per compilation: whether a static field holds a lean formatter. */
    private final Map<FieldReference, Boolean> leanFields = new ConcurrentHashMap<>();

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!JvmChecksTransformer.isApplicationClass(cls.getName())) {
            return;
        }
        ClassReaderSource classes = context.getHierarchy().getClassSource();
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                rewrite(method.getProgram(), classes);
            }
        }
        for (FieldHolder field : cls.getFields()) {
            if (field.getType().equals(FORMATTER_TYPE) && isLeanField(field.getReference(), classes)) {
                field.setType(LEAN_TYPE);
            }
        }
    }

    private void rewrite(Program program, ClassReaderSource classes) {
        Uses uses = new Uses(program);
        for (Instruction insn : uses.instructions) {
            if (insn instanceof InvokeInstruction call
                    && call.getReceiver() != null
                    && isOfPattern(call, uses.constants)
                    && uses.onlyLeanUses(call.getReceiver(), f -> false)) {
                call.replace(invoke(
                        LEAN_OF_PATTERN,
                        call.getReceiver(),
                        call,
                        null,
                        call.getArguments().get(0)));
                rewriteUses(uses, call.getReceiver());
            } else if (insn instanceof GetFieldInstruction get
                    && get.getInstance() == null
                    && isLeanField(get.getField(), classes)) {
                get.setFieldType(LEAN_TYPE);
                rewriteUses(uses, get.getReceiver());
            } else if (insn instanceof PutFieldInstruction put
                    && put.getInstance() == null
                    && isLeanField(put.getField(), classes)) {
                put.setFieldType(LEAN_TYPE);
                Instruction def = uses.definitions.get(put.getValue()).get(0);
                if (def instanceof InvokeInstruction call && isOfPattern(call, uses.constants)) {
                    call.replace(invoke(
                            LEAN_OF_PATTERN,
                            call.getReceiver(),
                            call,
                            null,
                            call.getArguments().get(0)));
                }
            }
        }
    }

    /** Points the calls that use {@code formatter} (and its copies) at JvmDateFormat. */
    private static void rewriteUses(Uses uses, Variable formatter) {
        for (Instruction use : uses.uses.getOrDefault(formatter, List.of())) {
            if (use instanceof AssignInstruction copy) {
                rewriteUses(uses, copy.getReceiver());
            } else if (use instanceof InvokeInstruction call) {
                rewriteSite(call);
            }
        }
    }

    private static void rewriteSite(InvokeInstruction call) {
        MethodReference method = call.getMethod();
        List<? extends Variable> args = call.getArguments();
        if (method.getClassName().equals(FORMATTER)) {
            InvokeInstruction format = invoke(
                    new MethodReference(LEAN, FORMAT), call.getReceiver(), call, call.getInstance(), args.get(0));
            format.setType(InvocationType.VIRTUAL);
            call.replace(format);
            return;
        }
        String kind = TEMPORALS.get(method.getClassName());
        ValueType temporal = ValueType.object(method.getClassName());
        if (call.getInstance() != null) {
            call.replace(invoke(
                    new MethodReference(LEAN, "format" + kind, temporal, LEAN_TYPE, STRING),
                    call.getReceiver(),
                    call,
                    null,
                    call.getInstance(),
                    args.get(0)));
        } else {
            call.replace(invoke(
                    new MethodReference(LEAN, "parse" + kind, TEXT, LEAN_TYPE, temporal),
                    call.getReceiver(),
                    call,
                    null,
                    args.get(0),
                    args.get(1)));
        }
    }

    private static boolean isOfPattern(InvokeInstruction call, Map<Variable, String> constants) {
        MethodReference method = call.getMethod();
        boolean original = method.getClassName().equals(FORMATTER)
                && method.getDescriptor().equals(OF_PATTERN);
        return (original || method.equals(LEAN_OF_PATTERN))
                && call.getInstance() == null
                && JvmDateFormat.supports(constants.get(call.getArguments().get(0)));
    }

    /**
     * Whether a static field is private, final, set once by its class initializer to a lean-able
     * {@code ofPattern} and, in every class of its nest, read only for calls that JvmDateFormat serves.
     */
    private boolean isLeanField(FieldReference field, ClassReaderSource classes) {
        return leanFields.computeIfAbsent(field, f -> checkLeanField(f, classes));
    }

    private static boolean checkLeanField(FieldReference field, ClassReaderSource classes) {
        ClassHolder owner = holder(classes, field.getClassName());
        FieldHolder declared = owner != null ? owner.getField(field.getFieldName()) : null;
        if (declared == null
                || !declared.hasModifier(ElementModifier.STATIC)
                || !declared.hasModifier(ElementModifier.FINAL)
                || declared.getLevel() != org.teavm.model.AccessLevel.PRIVATE
                || !(declared.getType().equals(FORMATTER_TYPE)
                        || declared.getType().equals(LEAN_TYPE))) {
            return false;
        }
        int stores = 0;
        for (ClassHolder member : nest(owner, classes)) {
            if (member == null) {
                return false;
            }
            for (MethodHolder method : member.getMethods()) {
                if (method.getProgram() == null) {
                    continue;
                }
                Uses uses = new Uses(method.getProgram());
                for (Instruction insn : uses.instructions) {
                    if (insn instanceof GetFieldInstruction get
                            && get.getField().equals(field)
                            && !uses.onlyLeanUses(get.getReceiver(), f -> false)) {
                        return false;
                    }
                    if (insn instanceof PutFieldInstruction put
                            && put.getField().equals(field)) {
                        stores++;
                        if (member != owner
                                || !method.getDescriptor().equals(CLINIT)
                                || !uses.isLeanFormatterStoredOnly(put, field)) {
                            return false;
                        }
                    }
                }
            }
        }
        return stores == 1;
    }

    /** The classes that may read a private field of {@code cls}: its outermost class and all nested ones. */
    private static List<ClassHolder> nest(ClassHolder cls, ClassReaderSource classes) {
        ClassHolder host = cls;
        while (host != null && (host.getOwnerName() != null || host.getDeclaringClassName() != null)) {
            String outer = host.getOwnerName() != null ? host.getOwnerName() : host.getDeclaringClassName();
            host = holder(classes, outer);
        }
        List<ClassHolder> nest = new ArrayList<>();
        if (host == null) {
            nest.add(null);
            return nest;
        }
        Deque<ClassHolder> queue = new ArrayDeque<>(List.of(host));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            ClassHolder c = queue.poll();
            if (!seen.add(c.getName())) {
                continue;
            }
            nest.add(c);
            for (String inner : c.getInnerClasses()) {
                if (inner.startsWith(host.getName() + "$")) {
                    ClassHolder h = holder(classes, inner);
                    if (h == null) {
                        nest.add(null);
                    } else {
                        queue.add(h);
                    }
                }
            }
        }
        return nest;
    }

    /** The class as a holder with its programs: jdash's cached class source gives readers, copied here. */
    private static ClassHolder holder(ClassReaderSource classes, String name) {
        ClassReader reader = classes.get(name);
        if (reader == null) {
            return null;
        }
        return reader instanceof ClassHolder h ? h : ModelUtils.copyClass(reader);
    }

    /** The definitions and uses of the variables of one method. */
    private static final class Uses {
        final List<Instruction> instructions = new ArrayList<>();
        final Map<Variable, List<Instruction>> definitions = new HashMap<>();
        final Map<Variable, List<Instruction>> uses = new HashMap<>();
        final Set<Variable> inPhis = new HashSet<>();
        final Map<Variable, String> constants = new HashMap<>();

        Uses(Program program) {
            DefinitionExtractor defined = new DefinitionExtractor();
            UsageExtractor used = new UsageExtractor();
            for (BasicBlock block : program.getBasicBlocks()) {
                for (Phi phi : block.getPhis()) {
                    definitions
                            .computeIfAbsent(phi.getReceiver(), v -> new ArrayList<>())
                            .add(null);
                    for (Incoming incoming : phi.getIncomings()) {
                        inPhis.add(incoming.getValue());
                    }
                }
                for (Instruction insn : block) {
                    instructions.add(insn);
                    insn.acceptVisitor(defined);
                    for (Variable v : defined.getDefinedVariables()) {
                        definitions.computeIfAbsent(v, k -> new ArrayList<>()).add(insn);
                    }
                    insn.acceptVisitor(used);
                    for (Variable v : used.getUsedVariables()) {
                        uses.computeIfAbsent(v, k -> new ArrayList<>()).add(insn);
                    }
                    if (insn instanceof StringConstantInstruction c) {
                        constants.put(c.getReceiver(), c.getConstant());
                    }
                }
            }
        }

        /**
         * Whether {@code v} has this one definition and is used only as the formatter of calls that JvmDateFormat
         * serves (in their original or already rewritten form), directly or through copies.
         */
        boolean onlyLeanUses(Variable v, java.util.function.Predicate<Instruction> alsoAllowed) {
            if (definitions.getOrDefault(v, List.of()).size() != 1 || inPhis.contains(v)) {
                return false;
            }
            for (Instruction use : uses.getOrDefault(v, List.of())) {
                boolean ok = use instanceof AssignInstruction copy
                                && copy.getAssignee() == v
                                && onlyLeanUses(copy.getReceiver(), alsoAllowed)
                        || use instanceof InvokeInstruction call && isLeanSite(call, v)
                        || alsoAllowed.test(use);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code put} stores the result of a lean-able ofPattern that is used for nothing else. */
        boolean isLeanFormatterStoredOnly(PutFieldInstruction put, FieldReference field) {
            Variable value = put.getValue();
            List<Instruction> defs = definitions.getOrDefault(value, List.of());
            return defs.size() == 1
                    && defs.get(0) instanceof InvokeInstruction call
                    && isOfPattern(call, constants)
                    && onlyLeanUses(value, use -> use == put);
        }

        /** Whether {@code call} is a format or parse with formatter {@code v} that JvmDateFormat serves. */
        private static boolean isLeanSite(InvokeInstruction call, Variable v) {
            MethodReference method = call.getMethod();
            List<? extends Variable> args = call.getArguments();
            String owner = method.getClassName();
            if (owner.equals(FORMATTER) || owner.equals(LEAN)) {
                if (call.getInstance() == v && method.getDescriptor().equals(FORMAT) && args.get(0) != v) {
                    return true;
                }
                if (owner.equals(LEAN)
                        && call.getInstance() == null
                        && args.size() == 2
                        && args.get(1) == v
                        && args.get(0) != v) {
                    return method.getName().startsWith("format")
                            || method.getName().startsWith("parse");
                }
                return false;
            }
            String kind = TEMPORALS.get(owner);
            if (kind == null || args.isEmpty() || args.get(args.size() - 1) != v) {
                return false;
            }
            if (call.getInstance() != null) {
                return method.getName().equals("format")
                        && args.size() == 1
                        && call.getInstance() != v
                        && method.parameterType(0).equals(FORMATTER_TYPE);
            }
            return method.getName().equals("parse")
                    && args.size() == 2
                    && args.get(0) != v
                    && method.parameterType(0).equals(TEXT)
                    && method.parameterType(1).equals(FORMATTER_TYPE);
        }
    }

    private static InvokeInstruction invoke(
            MethodReference method, Variable receiver, Instruction at, Variable instance, Variable... args) {
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(method);
        call.setInstance(instance);
        call.setArguments(args);
        call.setReceiver(receiver);
        call.setLocation(at.getLocation());
        return call;
    }
}
