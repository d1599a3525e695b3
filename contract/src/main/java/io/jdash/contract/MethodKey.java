package io.jdash.contract;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The text that joins a manifest entry to a Java method:
 * {@code com.example.Callbacks#label(java.lang.Integer,java.lang.String)}, parameter types as
 * {@link Class#getTypeName()} writes them ({@code int[]}, {@code com.example.Outer$Inner}). The build computes it
 * from a class file's method descriptor, the server from the reflected method; both give the same text.
 */
public final class MethodKey {
    private MethodKey() {}

    /** The key of a reflected method. */
    public static String of(Method method) {
        List<String> types = new ArrayList<>();
        for (Class<?> type : method.getParameterTypes()) {
            types.add(type.getTypeName());
        }
        return format(method.getDeclaringClass().getName(), method.getName(), types);
    }

    /**
     * The key of a method read from a class file.
     *
     * @param className the binary name, e.g. {@code com.example.Outer$Callbacks}
     * @param methodName the method's name
     * @param descriptor its JVM method descriptor, e.g. {@code (Ljava/lang/Integer;[I)Ljava/lang/String;}
     * @throws IllegalArgumentException when {@code descriptor} is not a method descriptor
     */
    public static String of(String className, String methodName, String descriptor) {
        return format(className, methodName, parameterTypeNames(descriptor));
    }

    /**
     * The name people know a callback by: the simple class name (nested names joined by {@code .}) and the method,
     * e.g. {@code Callbacks.label} or {@code Outer.Callbacks.label}.
     */
    public static String displayName(String className, String methodName) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.') + "." + methodName;
    }

    private static String format(String className, String methodName, List<String> parameterTypes) {
        return className + "#" + methodName + "(" + String.join(",", parameterTypes) + ")";
    }

    /** The parameter types of a method descriptor, as {@link Class#getTypeName()} names them. */
    static List<String> parameterTypeNames(String descriptor) {
        if (descriptor == null || !descriptor.startsWith("(") || descriptor.indexOf(')') < 0) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        List<String> types = new ArrayList<>();
        int i = 1;
        int end = descriptor.indexOf(')');
        while (i < end) {
            int dimensions = 0;
            while (descriptor.charAt(i) == '[') {
                dimensions++;
                i++;
            }
            String element;
            char c = descriptor.charAt(i);
            if (c == 'L') {
                int semicolon = descriptor.indexOf(';', i);
                if (semicolon < 0 || semicolon > end) {
                    throw new IllegalArgumentException("not a method descriptor: " + descriptor);
                }
                element = descriptor.substring(i + 1, semicolon).replace('/', '.');
                i = semicolon + 1;
            } else {
                element = primitive(c, descriptor);
                i++;
            }
            types.add(element + "[]".repeat(dimensions));
        }
        return types;
    }

    private static String primitive(char c, String descriptor) {
        return switch (c) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            default -> throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        };
    }
}
