package io.jdash.server.values;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The source names of a method's parameters. Reflection knows them only when the class was compiled with
 * {@code -parameters}; otherwise they are read from the class file: its {@code MethodParameters} attribute, else the
 * {@code LocalVariableTable} that {@code javac -g} (Maven's default) writes. {@code argN} when neither is there,
 * as reflection and the browser build both say.
 */
final class ParameterNames {
    private ParameterNames() {}

    /** One name per parameter of {@code method}, including a leading {@code CallbackContext}. */
    static String[] of(Method method) {
        Parameter[] params = method.getParameters();
        String[] names = new String[params.length];
        boolean complete = true;
        for (int i = 0; i < params.length; i++) {
            if (params[i].isNamePresent()) {
                names[i] = params[i].getName();
            } else {
                complete = false;
            }
        }
        if (!complete) {
            fromClassFile(method, names);
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                names[i] = "arg" + i;
            }
        }
        return names;
    }

    private static void fromClassFile(Method method, String[] names) {
        Class<?> owner = method.getDeclaringClass();
        String resource = owner.getName().replace('.', '/') + ".class";
        ClassLoader loader =
                owner.getClassLoader() != null ? owner.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            new ClassReader(in).accept(new Finder(method, names), ClassReader.SKIP_FRAMES);
        } catch (IOException | RuntimeException e) {
            // a class file we cannot read only costs the message its real names
        }
    }

    /** Fills the names of one method from its MethodParameters attribute or local variable table. */
    private static final class Finder extends ClassVisitor {
        private final String name;
        private final String descriptor;
        private final String[] names;
        private final int[] slots;

        Finder(Method method, String[] names) {
            super(Opcodes.ASM9);
            this.name = method.getName();
            this.descriptor = Type.getMethodDescriptor(method);
            this.names = names;
            this.slots = new int[names.length];
            int slot = 0;
            for (int i = 0; i < names.length; i++) {
                slots[i] = slot;
                Class<?> t = method.getParameterTypes()[i];
                slot += t == long.class || t == double.class ? 2 : 1;
            }
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String methodName, String desc, String signature, String[] exceptions) {
            if (!methodName.equals(name) || !desc.equals(descriptor)) {
                return null;
            }
            String[] declared = new String[names.length];
            String[] locals = new String[names.length];
            return new MethodVisitor(Opcodes.ASM9) {
                private int next;

                @Override
                public void visitParameter(String parameter, int parameterAccess) {
                    if (next < declared.length) {
                        declared[next++] = parameter;
                    }
                }

                @Override
                public void visitLocalVariable(
                        String local, String desc, String sig, Label start, Label end, int index) {
                    int at = Arrays.binarySearch(slots, index);
                    if (at >= 0 && locals[at] == null) {
                        locals[at] = local;
                    }
                }

                @Override
                public void visitEnd() {
                    for (int i = 0; i < names.length; i++) {
                        if (names[i] == null) {
                            names[i] = declared[i] != null ? declared[i] : locals[i];
                        }
                    }
                }
            };
        }
    }
}
