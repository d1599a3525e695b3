package io.jdash.compiler.scan;

import io.jdash.api.Callback;
import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.DiagnosticCode;
import io.jdash.compiler.scan.TypeRef.Scalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every scanned callback against the rules of design.md and collects every problem, so that one build
 * reports them all.
 */
public final class CallbackValidator {
    private final ClassIndex index;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private CallbackValidator(ClassIndex index) {
        this.index = index;
    }

    /** Every problem of every callback, in callback order. */
    public static List<Diagnostic> validate(List<CallbackMethod> callbacks, ClassIndex index) {
        CallbackValidator v = new CallbackValidator(index);
        Map<String, CallbackMethod> outputOwners = new LinkedHashMap<>();
        for (CallbackMethod cb : callbacks) {
            v.check(cb);
            for (String output : cb.outputs()) {
                if (output.endsWith(Callback.ALLOW_DUPLICATE)) {
                    continue;
                }
                CallbackMethod first = outputOwners.putIfAbsent(output, cb);
                if (first != null && first != cb) {
                    v.error(DiagnosticCode.DUPLICATE_OUTPUT, cb, "output \"" + output + "\" of " + cb.displayName()
                            + " is also written by " + first.displayName() + " (" + first.sourceFile() + ":"
                            + first.line() + ")");
                }
            }
        }
        return List.copyOf(v.diagnostics);
    }

    private void error(DiagnosticCode code, CallbackMethod cb, String message) {
        diagnostics.add(code.error(cb.sourceFile(), cb.line(), cb.element(), message));
    }

    private void check(CallbackMethod cb) {
        String name = cb.displayName();
        if (!cb.isPublicStatic()) {
            error(DiagnosticCode.NOT_PUBLIC_STATIC, cb, "callback " + name + " is not public static");
        }
        if (!cb.classAccessible()) {
            error(DiagnosticCode.CLASS_NOT_ACCESSIBLE, cb, "callback " + name + " is declared in a class that is"
                    + " not public");
        }
        Set<String> seen = new HashSet<>();
        checkDependencies(cb, "outputs", cb.outputs(), seen);
        checkDependencies(cb, "inputs", cb.inputs(), new HashSet<>());
        checkDependencies(cb, "state", cb.state(), new HashSet<>());
        if (cb.inputs().isEmpty()) {
            error(DiagnosticCode.NO_INPUTS, cb, "callback " + name + " has no inputs");
        }
        checkParameters(cb);
        checkReturn(cb);
        checkMemoize(cb);
        checkBackground(cb);
    }

    private void checkBackground(CallbackMethod cb) {
        if (cb.background() && cb.clientside()) {
            error(DiagnosticCode.CLIENTSIDE_BACKGROUND, cb, cb.displayName() + " is both @Clientside and"
                    + " @Background, but a background job runs on the server only");
        }
        List<TypeRef> types = cb.parameterTypes();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) instanceof TypeRef.Simple s && s.scalar() == Scalar.PROGRESS
                    && (!cb.background() || i >= cb.leadingParameters())) {
                error(DiagnosticCode.PROGRESS_PARAMETER, cb, "parameter '" + cb.parameterNames().get(i) + "' of "
                        + cb.displayName() + " is a Progress, " + (cb.background()
                        ? "but not the first parameter after an optional CallbackContext"
                        : "but the callback is not @Background"));
                return;
            }
        }
    }

    private void checkMemoize(CallbackMethod cb) {
        if (cb.memoizeTtl() == null) {
            return;
        }
        if (cb.takesContext()) {
            error(DiagnosticCode.MEMOIZE_WITH_CONTEXT, cb, "@Memoize on " + cb.displayName() + ", which takes a"
                    + " CallbackContext: its result may depend on more than its arguments");
        }
        try {
            io.jdash.api.Memoize.Ttl.parse(cb.memoizeTtl());
        } catch (IllegalArgumentException e) {
            error(DiagnosticCode.BAD_TTL, cb, "@Memoize on " + cb.displayName() + ": " + e.getMessage());
        }
    }

    private void checkDependencies(CallbackMethod cb, String kind, List<String> deps, Set<String> seen) {
        for (String dep : deps) {
            String[] problem = new String[1];
            String plain = kind.equals("outputs") && dep.endsWith(Callback.ALLOW_DUPLICATE)
                    ? dep.substring(0, dep.length() - Callback.ALLOW_DUPLICATE.length()) : dep;
            if (DependencyRef.parse(plain, problem).isEmpty()) {
                error(DiagnosticCode.BAD_DEPENDENCY, cb, kind + " \"" + dep + "\" of " + cb.displayName() + " "
                        + problem[0]);
            } else if (!seen.add(dep)) {
                error(DiagnosticCode.DUPLICATE_OUTPUT, cb, "output \"" + dep + "\" is listed twice by "
                        + cb.displayName());
            }
        }
    }

    private void checkParameters(CallbackMethod cb) {
        List<TypeRef> types = cb.parameterTypes();
        int offset = cb.leadingParameters();
        int expected = cb.inputs().size() + cb.state().size();
        for (int i = offset; i < types.size(); i++) {
            if (types.get(i) instanceof TypeRef.Simple s && s.scalar() == Scalar.CONTEXT) {
                error(DiagnosticCode.CONTEXT_POSITION, cb, "parameter '" + cb.parameterNames().get(i) + "' of "
                        + cb.displayName() + " is a CallbackContext but not the first parameter");
                return;
            }
        }
        if (types.size() - offset != expected) {
            error(DiagnosticCode.PARAMETER_COUNT, cb, cb.displayName() + " has " + (types.size() - offset)
                    + " value parameter(s) but declares " + cb.inputs().size() + " input(s) and "
                    + cb.state().size() + " state(s) = " + expected);
        }
        for (int i = offset; i < types.size(); i++) {
            String problem = unsupported(types.get(i), new HashSet<>());
            if (problem != null) {
                error(DiagnosticCode.UNSUPPORTED_PARAMETER, cb, "parameter '" + cb.parameterNames().get(i) + "' of "
                        + cb.displayName() + " has type " + types.get(i).javaName() + ": " + problem);
            }
        }
    }

    private void checkReturn(CallbackMethod cb) {
        TypeRef ret = cb.returnType();
        boolean isVoid = ret instanceof TypeRef.Simple s && s.scalar() == Scalar.VOID;
        int outputs = cb.outputs().size();
        if (outputs == 0) {
            if (!isVoid) {
                error(DiagnosticCode.OUTPUTS_VS_RETURN, cb, cb.displayName() + " returns " + ret.javaName()
                        + " but declares no outputs");
            }
            return;
        }
        if (isVoid) {
            error(DiagnosticCode.OUTPUTS_VS_RETURN, cb, cb.displayName() + " returns void but declares "
                    + outputs + " output(s)");
            return;
        }
        String problem = unsupported(ret, new HashSet<>());
        if (problem != null) {
            error(DiagnosticCode.UNSUPPORTED_RETURN, cb, cb.displayName() + " returns " + ret.javaName() + ": "
                    + problem);
            return;
        }
        if (outputs > 1) {
            if (ret instanceof TypeRef.RecordOf r) {
                int components = index.info(r.className()).map(i -> i.components().size()).orElse(-1);
                if (components != outputs) {
                    error(DiagnosticCode.MULTI_OUTPUT_RETURN, cb, cb.displayName() + " declares " + outputs
                            + " outputs but its record " + r.javaName() + " has " + components + " component(s)");
                }
            } else if (!(ret instanceof TypeRef.ArrayOf || ret instanceof TypeRef.ListOf
                    || ret instanceof TypeRef.Simple s && s.scalar() == Scalar.OBJECT)) {
                error(DiagnosticCode.MULTI_OUTPUT_RETURN, cb, cb.displayName() + " declares " + outputs
                        + " outputs but returns " + ret.javaName() + ", which holds one value");
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
