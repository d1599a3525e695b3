package io.jdash.compiler.scan;

import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.DiagnosticCode;
import io.jdash.compiler.scan.TypeRef.Scalar;
import io.jdash.contract.Declaration;
import io.jdash.contract.DeclarationRules;
import io.jdash.contract.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every scanned callback against the declaration rules ({@code docs/architecture.md}) and collects every
 * problem, so that one build reports them all.
 */
public final class CallbackValidator {
    private final ClassIndex index;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private CallbackValidator(ClassIndex index) {
        this.index = index;
    }

    /**
     * Every problem of every callback, in callback order: first the rules the server enforces too
     * ({@link DeclarationRules}), then those only the build can check (types, parameters, class access).
     */
    public static List<Diagnostic> validate(List<CallbackMethod> callbacks, ClassIndex index) {
        CallbackValidator v = new CallbackValidator(index);
        Map<Declaration, CallbackMethod> methods = new IdentityHashMap<>();
        List<Declaration> declarations = new ArrayList<>();
        for (CallbackMethod cb : callbacks) {
            Declaration d = cb.declaration();
            methods.put(d, cb);
            declarations.add(d);
        }
        Map<CallbackMethod, List<Violation>> broken = new IdentityHashMap<>();
        for (Violation violation : DeclarationRules.check(declarations)) {
            broken.computeIfAbsent(methods.get(violation.subject()), k -> new ArrayList<>())
                    .add(violation);
        }
        for (CallbackMethod cb : callbacks) {
            for (Violation violation : broken.getOrDefault(cb, List.of())) {
                v.error(DiagnosticCode.of(violation.rule()), cb, violation.message());
            }
            v.check(cb);
        }
        return List.copyOf(v.diagnostics);
    }

    private void error(DiagnosticCode code, CallbackMethod cb, String message) {
        diagnostics.add(code.error(cb.sourceFile(), cb.line(), cb.element(), message));
    }

    private void check(CallbackMethod cb) {
        String name = cb.displayName();
        if (!cb.classAccessible()) {
            error(DiagnosticCode.CLASS_NOT_ACCESSIBLE, cb, DiagnosticCode.CLASS_NOT_ACCESSIBLE.message(name));
        }
        if (cb.inputs().isEmpty()) {
            error(DiagnosticCode.NO_INPUTS, cb, DiagnosticCode.NO_INPUTS.message(name));
        }
        checkParameters(cb);
        checkReturn(cb);
        checkBackground(cb);
    }

    private void checkBackground(CallbackMethod cb) {
        if (cb.background() && cb.clientside()) {
            error(
                    DiagnosticCode.CLIENTSIDE_BACKGROUND,
                    cb,
                    DiagnosticCode.CLIENTSIDE_BACKGROUND.message(cb.displayName()));
        }
        List<TypeRef> types = cb.parameterTypes();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) instanceof TypeRef.Simple s
                    && s.scalar() == Scalar.PROGRESS
                    && (!cb.background() || i >= cb.leadingParameters())) {
                error(
                        DiagnosticCode.PROGRESS_PARAMETER,
                        cb,
                        DiagnosticCode.PROGRESS_PARAMETER.message(
                                cb.parameterNames().get(i),
                                cb.displayName(),
                                cb.background()
                                        ? "but not the first parameter after an optional CallbackContext"
                                        : "but the callback is not @Background"));
                return;
            }
        }
    }

    private void checkParameters(CallbackMethod cb) {
        List<TypeRef> types = cb.parameterTypes();
        int offset = cb.leadingParameters();
        int expected = cb.inputs().size() + cb.state().size();
        for (int i = offset; i < types.size(); i++) {
            if (types.get(i) instanceof TypeRef.Simple s && s.scalar() == Scalar.CONTEXT) {
                error(
                        DiagnosticCode.CONTEXT_POSITION,
                        cb,
                        DiagnosticCode.CONTEXT_POSITION.message(
                                cb.parameterNames().get(i), cb.displayName()));
                return;
            }
        }
        if (types.size() - offset != expected) {
            error(
                    DiagnosticCode.PARAMETER_COUNT,
                    cb,
                    DiagnosticCode.PARAMETER_COUNT.message(
                            cb.displayName(),
                            types.size() - offset,
                            cb.inputs().size(),
                            cb.state().size(),
                            expected));
        }
        for (int i = offset; i < types.size(); i++) {
            String problem = unsupported(types.get(i), new HashSet<>());
            if (problem != null) {
                error(
                        DiagnosticCode.UNSUPPORTED_PARAMETER,
                        cb,
                        DiagnosticCode.UNSUPPORTED_PARAMETER.message(
                                cb.parameterNames().get(i),
                                cb.displayName(),
                                types.get(i).javaName(),
                                problem));
            }
        }
    }

    private void checkReturn(CallbackMethod cb) {
        TypeRef ret = cb.returnType();
        boolean isVoid = ret instanceof TypeRef.Simple s && s.scalar() == Scalar.VOID;
        int outputs = cb.outputs().size();
        if (outputs == 0) {
            if (!isVoid) {
                error(
                        DiagnosticCode.OUTPUTS_VS_RETURN,
                        cb,
                        DiagnosticCode.OUTPUTS_VS_RETURN.message(cb.displayName(), ret.javaName(), "no outputs"));
            }
            return;
        }
        if (isVoid) {
            error(
                    DiagnosticCode.OUTPUTS_VS_RETURN,
                    cb,
                    DiagnosticCode.OUTPUTS_VS_RETURN.message(cb.displayName(), "void", outputs + " output(s)"));
            return;
        }
        String problem = unsupported(ret, new HashSet<>());
        if (problem != null) {
            error(
                    DiagnosticCode.UNSUPPORTED_RETURN,
                    cb,
                    DiagnosticCode.UNSUPPORTED_RETURN.message(cb.displayName(), ret.javaName(), problem));
            return;
        }
        if (outputs > 1) {
            if (ret instanceof TypeRef.RecordOf r) {
                int components = index.info(r.className())
                        .map(i -> i.components().size())
                        .orElse(-1);
                if (components != outputs) {
                    error(
                            DiagnosticCode.MULTI_OUTPUT_RETURN,
                            cb,
                            DiagnosticCode.MULTI_OUTPUT_RETURN.message(
                                    cb.displayName(),
                                    outputs,
                                    "its record " + r.javaName() + " has " + components + " component(s)"));
                }
            } else if (!(ret instanceof TypeRef.ArrayOf
                    || ret instanceof TypeRef.ListOf
                    || ret instanceof TypeRef.Simple s && s.scalar() == Scalar.OBJECT)) {
                error(
                        DiagnosticCode.MULTI_OUTPUT_RETURN,
                        cb,
                        DiagnosticCode.MULTI_OUTPUT_RETURN.message(
                                cb.displayName(), outputs, "returns " + ret.javaName() + ", which holds one value"));
            }
        }
    }

    /** Why {@code type} is outside the value mapping, or {@code null} if it is inside. */
    private String unsupported(TypeRef type, Set<String> visiting) {
        if (type instanceof TypeRef.Unsupported u) {
            return u.why();
        }
        if (type instanceof TypeRef.Simple s) {
            return switch (s.scalar()) {
                case VOID -> "void is not a value";
                case CONTEXT -> "CallbackContext is not a value";
                case PROGRESS -> "Progress is not a value";
                default -> null;
            };
        }
        if (type instanceof TypeRef.ListOf l) {
            return unsupported(l.element(), visiting);
        }
        if (type instanceof TypeRef.ArrayOf a) {
            return unsupported(a.element(), visiting);
        }
        if (type instanceof TypeRef.MapOf m) {
            return unsupported(m.value(), visiting);
        }
        if (type instanceof TypeRef.RecordOf r) {
            if (!visiting.add(r.className())) {
                return null;
            }
            var info = index.info(r.className());
            if (info.isEmpty()) {
                return "its class file was not found";
            }
            if ((info.get().access() & org.objectweb.asm.Opcodes.ACC_PUBLIC) == 0) {
                return "record " + r.javaName() + " is not public";
            }
            TypeResolver resolver = new TypeResolver(index);
            for (ClassIndex.Component c : info.get().components()) {
                TypeRef ct = resolver.field(c.signature());
                String problem = unsupported(ct, visiting);
                if (problem != null) {
                    return "component '" + c.name() + "' (" + ct.javaName() + ") of record " + r.javaName() + ": "
                            + problem;
                }
            }
            return null;
        }
        return null;
    }
}
