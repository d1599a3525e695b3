package io.jdash.compiler.teavm;

import io.jdash.runtime.jvm.locale.LocaleTables;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Which locales the application's classes name, decided from their bytecode before TeaVM runs: the
 * {@code Locale} constants ({@code Locale.GERMANY}), {@code new Locale("de", "DE")} and
 * {@code Locale.forLanguageTag("de-DE")} / {@code Locale.of(...)} with constant arguments. A locale made from
 * values known only at run time (a callback's argument, say) is a dynamic site: the bundle then carries the
 * {@link LocaleTables#STANDARD} set, and the compiler warns at the site that other locales fall back.
 */
final class LocaleScan {
    /** A call that makes a locale from run-time values. */
    record DynamicSite(String owner, String method, String descriptor, String file, int line) {}

    /** What the scan found. */
    record Result(Set<String> tags, List<DynamicSite> dynamic) {
        /** The tags the bundle's tables hold: the named ones, plus the standard set when a site is dynamic. */
        List<String> tableTags() {
            Set<String> all = new LinkedHashSet<>(tags);
            if (!dynamic.isEmpty()) {
                all.addAll(LocaleTables.STANDARD);
            }
            return new ArrayList<>(all);
        }

        /** The tags of this result and {@code other}'s, and both's dynamic sites. */
        Result with(Result other) {
            Set<String> allTags = new LinkedHashSet<>(tags);
            allTags.addAll(other.tags);
            List<DynamicSite> allDynamic = new ArrayList<>(dynamic);
            allDynamic.addAll(other.dynamic);
            return new Result(allTags, allDynamic);
        }
    }

    private LocaleScan() {}

    /**
     * Scans the classes named {@code classNames} (binary names) that the jars among {@code roots} hold; the classes
     * of the directories among them are what {@link #scan} reads. Used on the classes a compile reached, so that a
     * dependency jar's locales are found without reading every class of every jar.
     */
    static Result scanJarClasses(List<Path> roots, Collection<String> classNames) throws IOException {
        Set<String> tags = new LinkedHashSet<>();
        List<DynamicSite> dynamic = new ArrayList<>();
        List<JarFile> jars = new ArrayList<>();
        try {
            for (Path root : roots) {
                if (Files.isRegularFile(root) && root.toString().endsWith(".jar")) {
                    jars.add(new JarFile(root.toFile()));
                }
            }
            if (jars.isEmpty()) {
                return new Result(tags, dynamic);
            }
            for (String name : new TreeSet<>(classNames)) {
                String entry = name.replace('.', '/') + ".class";
                for (JarFile jar : jars) {
                    JarEntry found = jar.getJarEntry(entry);
                    if (found != null) {
                        try (InputStream in = jar.getInputStream(found)) {
                            new ClassReader(in).accept(new Visitor(tags, dynamic), ClassReader.SKIP_FRAMES);
                        }
                        break;
                    }
                }
            }
        } finally {
            for (JarFile jar : jars) {
                jar.close();
            }
        }
        return new Result(tags, dynamic);
    }

    /** Scans every class file under the directories of {@code roots}; see {@link #scanJarClasses} for jars. */
    static Result scan(List<Path> roots) throws IOException {
        Set<String> tags = new LinkedHashSet<>();
        List<DynamicSite> dynamic = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".class"))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(new Visitor(tags, dynamic), ClassReader.SKIP_FRAMES);
                }
            }
        }
        return new Result(tags, dynamic);
    }

    private static final class Visitor extends ClassVisitor {
        private final Set<String> tags;
        private final List<DynamicSite> dynamic;
        private String owner;
        private String source;

        Visitor(Set<String> tags, List<DynamicSite> dynamic) {
            super(Opcodes.ASM9);
            this.tags = tags;
            this.dynamic = dynamic;
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name;
        }

        @Override
        public void visitSource(String file, String debug) {
            source = file;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                /** The string constants pushed since the last other instruction. */
                private final List<String> constants = new ArrayList<>();

                private int line;

                @Override
                public void visitLineNumber(int number, Label start) {
                    line = number;
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof String s) {
                        constants.add(s);
                    } else {
                        constants.clear();
                    }
                }

                @Override
                public void visitFieldInsn(int opcode, String fieldOwner, String field, String type) {
                    if (opcode == Opcodes.GETSTATIC && fieldOwner.equals("java/util/Locale")) {
                        Locale constant = constant(field);
                        if (constant != null) {
                            tags.add(LocaleTables.tag(constant));
                        }
                    }
                    constants.clear();
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    if (opcode != Opcodes.NEW) {
                        constants.clear();
                    }
                }

                @Override
                public void visitInsn(int opcode) {
                    if (opcode != Opcodes.DUP) {
                        constants.clear();
                    }
                }

                @Override
                public void visitMethodInsn(
                        int opcode, String callOwner, String callName, String callDescriptor, boolean isInterface) {
                    if (callOwner.equals("java/util/Locale")) {
                        int args = Type.getArgumentTypes(callDescriptor).length;
                        boolean maker =
                                callName.equals("<init>") || callName.equals("of") || callName.equals("forLanguageTag");
                        boolean allLocales = callName.equals("getAvailableLocales")
                                || callName.equals("lookup")
                                || callName.equals("filter");
                        if (maker && args > 0 && constants.size() >= args) {
                            List<String> values = constants.subList(constants.size() - args, constants.size());
                            tags.add(LocaleTables.tag(make(callName, values)));
                        } else if (maker || allLocales) {
                            dynamic.add(new DynamicSite(owner.replace('/', '.'), name, descriptor, source, line));
                        }
                    }
                    constants.clear();
                }

                @Override
                public void visitVarInsn(int opcode, int varIndex) {
                    constants.clear();
                }

                @Override
                public void visitIntInsn(int opcode, int operand) {
                    constants.clear();
                }
            };
        }
    }

    private static Locale constant(String field) {
        try {
            Field f = Locale.class.getField(field);
            return f.getType() == Locale.class ? (Locale) f.get(null) : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    @SuppressWarnings("deprecation") // the constructors are what the scanned code calls
    private static Locale make(String name, List<String> values) {
        if (name.equals("forLanguageTag")) {
            return Locale.forLanguageTag(values.get(0));
        }
        return switch (values.size()) {
            case 1 -> new Locale(values.get(0));
            case 2 -> new Locale(values.get(0), values.get(1));
            default -> new Locale(values.get(0), values.get(1), values.get(2));
        };
    }
}
