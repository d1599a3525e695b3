package io.jdash.compiler.scan;

import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.DiagnosticCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Finds the {@code @Callback} methods in class directories and jars, reading class files with ASM (nothing is
 * loaded or run). Reports {@code @Clientside} without {@code @Callback} as it goes.
 */
public final class CallbackScanner {
    private static final String CALLBACK = "Lio/jdash/api/Callback;";
    private static final String CLIENTSIDE = "Lio/jdash/api/Clientside;";
    private static final String MEMOIZE = "Lio/jdash/api/Memoize;";
    private static final String BACKGROUND = "Lio/jdash/api/Background;";
    private static final byte[] CALLBACK_NAME = CALLBACK.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] CLIENTSIDE_NAME = CLIENTSIDE.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** What a scan found: callbacks in a stable order, and problems seen while reading. */
    public record Result(List<CallbackMethod> callbacks, List<Diagnostic> diagnostics) {}

    private final TypeResolver types;
    private final List<CallbackMethod> callbacks = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private CallbackScanner(ClassIndex index) {
        this.types = new TypeResolver(index);
    }

    /** Scans {@code roots}; record types are resolved through {@code index}. */
    public static Result scan(List<Path> roots, ClassIndex index) {
        CallbackScanner scanner = new CallbackScanner(index);
        for (Path root : roots) {
            scanner.scanRoot(root);
        }
        scanner.callbacks.sort(Comparator.comparing(CallbackMethod::className)
                .thenComparing(CallbackMethod::methodName)
                .thenComparing(CallbackMethod::descriptor));
        return new Result(List.copyOf(scanner.callbacks), List.copyOf(scanner.diagnostics));
    }

    private void scanRoot(Path root) {
        try {
            if (Files.isDirectory(root)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(root)) {
                    files = walk.filter(p -> p.toString().endsWith(".class"))
                            .sorted()
                            .toList();
                }
                for (Path file : files) {
                    scanClass(Files.readAllBytes(file));
                }
            } else if (Files.isRegularFile(root)) {
                try (ZipFile jar = new ZipFile(root.toFile())) {
                    List<? extends ZipEntry> entries = jar.stream()
                            .filter(e -> e.getName().endsWith(".class")
                                    && !e.getName().startsWith("META-INF/"))
                            .sorted(Comparator.comparing(ZipEntry::getName))
                            .toList();
                    for (ZipEntry e : entries) {
                        try (InputStream in = jar.getInputStream(e)) {
                            scanClass(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classes from " + root, e);
        }
    }

    private void scanClass(byte[] bytes) {
        // the annotation descriptors are stored verbatim in the constant pool: skip classes without them cheaply
        if (!contains(bytes, CALLBACK_NAME) && !contains(bytes, CLIENTSIDE_NAME)) {
            return;
        }
        new ClassReader(bytes).accept(new ClassScan(), ClassReader.SKIP_FRAMES);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private final class ClassScan extends ClassVisitor {
        private String className;
        private String internalName;
        private int classAccess;
        private boolean accessible = true;
        private String sourceFile;

        ClassScan() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            internalName = name;
            className = name.replace('/', '.');
            classAccess = access;
            accessible = (access & Opcodes.ACC_PUBLIC) != 0;
        }

        @Override
        public void visitSource(String source, String debug) {
            sourceFile = source;
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int access) {
            if (internalName.equals(name) || internalName.startsWith(name + "$")) {
                if ((access & Opcodes.ACC_PUBLIC) == 0) {
                    accessible = false;
                }
            }
        }

        String sourcePath() {
            int slash = internalName.lastIndexOf('/');
            String pkg = slash >= 0 ? internalName.substring(0, slash + 1) : "";
            String file = sourceFile;
            if (file == null) {
                String top = internalName.substring(slash + 1);
                int dollar = top.indexOf('$');
                file = (dollar > 0 ? top.substring(0, dollar) : top) + ".java";
            }
            return pkg + file;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodScan(this, access, name, descriptor, signature);
        }
    }

    private final class MethodScan extends MethodVisitor {
        private final ClassScan owner;
        private final int access;
        private final String name;
        private final String descriptor;
        private final String signature;
        private final String[] parameterNames;
        private final int[] parameterSlots;
        private boolean callback;
        private boolean clientside;
        private final List<String> outputs = new ArrayList<>();
        private final List<String> inputs = new ArrayList<>();
        private final List<String> state = new ArrayList<>();
        private boolean preventInitialCall;
        private String memoizeTtl;
        private boolean background;
        private int firstLine;

        MethodScan(ClassScan owner, int access, String name, String descriptor, String signature) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.access = access;
            this.name = name;
            this.descriptor = descriptor;
            this.signature = signature;
            Type[] args = Type.getArgumentTypes(descriptor);
            parameterNames = new String[args.length];
            parameterSlots = new int[args.length];
            int slot = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
            for (int i = 0; i < args.length; i++) {
                parameterSlots[i] = slot;
                slot += args[i].getSize();
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
            if (CLIENTSIDE.equals(desc)) {
                clientside = true;
            } else if (BACKGROUND.equals(desc)) {
                background = true;
            } else if (MEMOIZE.equals(desc)) {
                memoizeTtl = defaultTtl();
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String key, Object value) {
                        if ("ttl".equals(key)) {
                            memoizeTtl = String.valueOf(value);
                        }
                    }
                };
            } else if (CALLBACK.equals(desc)) {
                callback = true;
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String key, Object value) {
                        if ("preventInitialCall".equals(key)) {
                            preventInitialCall = Boolean.TRUE.equals(value);
                        }
                    }

                    @Override
                    public AnnotationVisitor visitArray(String key) {
                        List<String> target =
                                switch (key) {
                                    case "outputs" -> outputs;
                                    case "inputs" -> inputs;
                                    case "state" -> state;
                                    default -> new ArrayList<>();
                                };
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(String k, Object value) {
                                target.add(String.valueOf(value));
                            }
                        };
                    }
                };
            }
            return null;
        }

        @Override
        public void visitParameter(String paramName, int paramAccess) {
            for (int i = 0; i < parameterNames.length; i++) {
                if (parameterNames[i] == null) {
                    parameterNames[i] = paramName;
                    return;
                }
            }
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            if (firstLine == 0 || line < firstLine) {
                firstLine = line;
            }
        }

        @Override
        public void visitLocalVariable(String varName, String desc, String sig, Label start, Label end, int index) {
            for (int i = 0; i < parameterSlots.length; i++) {
                if (parameterSlots[i] == index && parameterNames[i] == null) {
                    parameterNames[i] = varName;
                }
            }
        }

        @Override
        public void visitEnd() {
            if (!callback) {
                if (clientside) {
                    diagnostics.add(DiagnosticCode.CLIENTSIDE_WITHOUT_CALLBACK.error(
                            owner.sourcePath(),
                            firstLine,
                            owner.className + "#" + name,
                            DiagnosticCode.CLIENTSIDE_WITHOUT_CALLBACK.message(simple(owner.className) + "." + name)));
                }
                return;
            }
            List<TypeRef> resolved = types.method(signature != null ? signature : descriptor);
            List<TypeRef> params = resolved.subList(0, resolved.size() - 1);
            if (params.size() != parameterNames.length) {
                // a signature attribute may omit synthetic parameters; the descriptor is authoritative
                resolved = types.method(descriptor);
                params = resolved.subList(0, resolved.size() - 1);
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < parameterNames.length; i++) {
                names.add(parameterNames[i] != null ? parameterNames[i] : "arg" + i);
            }
            boolean publicStatic = (access & Opcodes.ACC_PUBLIC) != 0 && (access & Opcodes.ACC_STATIC) != 0;
            callbacks.add(new CallbackMethod(
                    owner.className,
                    name,
                    descriptor,
                    publicStatic,
                    owner.accessible,
                    names,
                    params,
                    resolved.get(resolved.size() - 1),
                    owner.sourcePath(),
                    firstLine,
                    outputs,
                    inputs,
                    state,
                    preventInitialCall,
                    clientside,
                    memoizeTtl,
                    background));
        }
    }

    private static String defaultTtl() {
        try {
            return (String) io.jdash.api.Memoize.class.getMethod("ttl").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("jdash-api's @Memoize has no ttl", e);
        }
    }

    static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }
}
