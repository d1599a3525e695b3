package io.jdash.compiler.scan;

import io.jdash.contract.Declaration;
import io.jdash.contract.MethodKey;
import java.util.List;

/**
 * One {@code @Callback} method as read from its class file.
 *
 * @param className the declaring class's binary name, e.g. {@code com.example.Outer$Callbacks}
 * @param methodName the method's name
 * @param descriptor the JVM method descriptor
 * @param isPublicStatic whether the method is {@code public static}
 * @param classAccessible whether generated code in another package can call it (public class and outers)
 * @param parameterNames the parameter names (from MethodParameters or the local variable table, else argN)
 * @param parameterTypes the parameter types as the value mapping sees them
 * @param returnType the return type
 * @param sourceFile the source file relative to its source root, e.g. {@code com/example/Callbacks.java}
 * @param line the first line of the method's code, or 0
 * @param outputs the outputs as declared
 * @param inputs the inputs as declared
 * @param state the state as declared
 * @param preventInitialCall as declared
 * @param clientside whether the method is {@code @Clientside}
 * @param memoizeTtl the {@code @Memoize} ttl as written, or null when the method is not memoized
 * @param background whether the method is {@code @Background} (a job on the server)
 */
public record CallbackMethod(
        String className,
        String methodName,
        String descriptor,
        boolean isPublicStatic,
        boolean classAccessible,
        List<String> parameterNames,
        List<TypeRef> parameterTypes,
        TypeRef returnType,
        String sourceFile,
        int line,
        List<String> outputs,
        List<String> inputs,
        List<String> state,
        boolean preventInitialCall,
        boolean clientside,
        String memoizeTtl,
        boolean background) {

    /** Copies the lists. */
    public CallbackMethod {
        parameterNames = List.copyOf(parameterNames);
        parameterTypes = List.copyOf(parameterTypes);
        outputs = List.copyOf(outputs);
        inputs = List.copyOf(inputs);
        state = List.copyOf(state);
    }

    /** {@code Callbacks.label}: the simple class name (nested names joined by '.') and the method. */
    public String displayName() {
        return MethodKey.displayName(className, methodName);
    }

    /** {@code com.example.Callbacks#label}. */
    public String element() {
        return className + "#" + methodName;
    }

    /**
     * The method's identity in the manifest, {@code com.example.Callbacks#label(java.lang.Integer,java.lang.String)}:
     * the contract's {@link MethodKey}, which the server computes from the reflected method.
     */
    public String methodKey() {
        return MethodKey.of(className, methodName, descriptor);
    }

    /**
     * Where it is declared: {@code com/example/Callbacks.java:12}, the file alone when the line is unknown, or null
     * when the class names no source file.
     */
    public String location() {
        return sourceFile == null || line <= 0 ? sourceFile : sourceFile + ":" + line;
    }

    /** The declaration as the rules the build shares with the server see it. */
    public Declaration declaration() {
        return new Declaration(
                displayName(), location(), isPublicStatic, takesContext(), memoizeTtl, outputs, inputs, state);
    }

    /** How long {@code @Memoize} keeps a result, in milliseconds; null when not memoized or not a valid ttl. */
    public Long memoizeMillis() {
        if (memoizeTtl == null) {
            return null;
        }
        try {
            return io.jdash.api.Memoize.Ttl.parse(memoizeTtl).toMillis();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the first parameter is a {@code CallbackContext}. */
    public boolean takesContext() {
        return !parameterTypes.isEmpty()
                && parameterTypes.get(0) instanceof TypeRef.Simple s
                && s.scalar() == TypeRef.Scalar.CONTEXT;
    }

    /** How many leading parameters the server supplies (a {@code CallbackContext}, then a {@code Progress}). */
    public int leadingParameters() {
        int n = takesContext() ? 1 : 0;
        return n < parameterTypes.size()
                        && parameterTypes.get(n) instanceof TypeRef.Simple s
                        && s.scalar() == TypeRef.Scalar.PROGRESS
                ? n + 1
                : n;
    }
}
