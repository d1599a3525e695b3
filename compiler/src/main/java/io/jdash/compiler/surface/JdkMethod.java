package io.jdash.compiler.surface;

import org.objectweb.asm.Type;

/**
 * A JDK method as a call site names it.
 *
 * @param owner the class the call names, e.g. {@code java.lang.String}
 * @param name the method name ({@code <init>} for a constructor)
 * @param descriptor the JVM descriptor, e.g. {@code (Ljava/lang/String;)Z}
 */
public record JdkMethod(String owner, String name, String descriptor) {
    /** The exact identity used in the surface map: {@code java.lang.String#startsWith(Ljava/lang/String;)Z}. */
    public String key() {
        return owner + "#" + name + descriptor;
    }

    /** {@code java.lang.String#startsWith}: what an acknowledgement names (every overload). */
    public String nameKey() {
        return owner + "#" + name;
    }

    /** For messages: {@code String.startsWith(String)}, {@code new ArrayList(Collection)}. */
    public String display() {
        String simple = owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
        StringBuilder sb = new StringBuilder(name.equals("<init>") ? "new " + simple : simple + "." + name).append('(');
        Type[] args = Type.getArgumentTypes(descriptor);
        for (int i = 0; i < args.length; i++) {
            String n = args[i].getClassName();
            sb.append(i > 0 ? ", " : "").append(n.substring(n.lastIndexOf('.') + 1));
        }
        return sb.append(')').toString();
    }

    /** Whether a class (dotted name) is part of the JDK's class library. */
    public static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("javax.");
    }
}
