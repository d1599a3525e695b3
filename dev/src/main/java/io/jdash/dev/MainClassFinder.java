package io.jdash.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Finds the app's main class: the one class whose {@code main} builds a {@code DashApp} or starts a server. */
public final class MainClassFinder {
    private static final String APP = "io/jdash/server/DashApp";
    private static final String SERVER = "io/jdash/server/DashServer";

    private MainClassFinder() {}

    /** The main class below {@code classes}; fails naming the candidates when there is not exactly one. */
    public static String find(Path classes) throws IOException {
        List<String> found = new ArrayList<>();
        if (Files.isDirectory(classes)) {
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".class"))
                        .sorted()
                        .toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        Finder finder = new Finder();
                        new ClassReader(in).accept(finder, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                        if (finder.startsApp) {
                            found.add(finder.name.replace('/', '.'));
                        }
                    }
                }
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        throw new IllegalArgumentException(
                found.isEmpty()
                        ? "jdash dev: no class in " + classes + " has a main method that builds a DashApp; name it with"
                                + " -Djdash.mainClass=<class>"
                        : "jdash dev: several classes have a main method that builds a DashApp ("
                                + String.join(", ", found) + "); choose one with -Djdash.mainClass=<class>");
    }

    private static final class Finder extends ClassVisitor {
        String name;
        boolean startsApp;

        Finder() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(
                int version, int access, String className, String signature, String superName, String[] interfaces) {
            this.name = className;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String method, String descriptor, String signature, String[] exceptions) {
            boolean main = method.equals("main")
                    && descriptor.equals("([Ljava/lang/String;)V")
                    && (access & Opcodes.ACC_STATIC) != 0
                    && (access & Opcodes.ACC_PUBLIC) != 0;
            if (!main) {
                return null;
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String called, String desc, boolean itf) {
                    if (owner.equals(APP) || owner.equals(SERVER) || desc.contains("L" + APP + ";")) {
                        startsApp = true;
                    }
                }
            };
        }
    }
}
