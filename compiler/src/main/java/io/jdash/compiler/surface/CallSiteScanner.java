package io.jdash.compiler.surface;

import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.scan.ClassIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Finds the JDK methods a callback's code calls: walks from the callback method through the application's own
 * methods (calls, lambdas and method references into classes of the class path that are not the JDK's or jdash's)
 * and records every call that names a JDK class, with its source line. String concatenation counts as the
 * {@code String.valueOf} of each concatenated value, which is what it does.
 */
public final class CallSiteScanner {
    private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final String CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";

    private final ClassIndex index;
    private final Map<String, Optional<ClassData>> classes = new HashMap<>();

    /** A scanner reading classes from {@code index}. */
    public CallSiteScanner(ClassIndex index) {
        this.index = index;
    }

    private record MethodRef(String owner, String name, String descriptor) {}

    private record ClassData(
            String name,
            String superName,
            String sourceFile,
            Map<String, List<Visit>> methods,
            Map<String, List<ZoneNamePattern>> zoneNamePatterns) {}

    /**
     * A constant {@code SimpleDateFormat} pattern with a zone name field ({@code z}, outside quotes), given to its
     * constructor or {@code applyPattern}: the browser prints TeaVM's zone texts for it, not the JDK's.
     *
     * @param file the source file of the call
     * @param line the line of the call, or 0
     * @param pattern the pattern
     */
    public record ZoneNamePattern(String file, int line, String pattern) {}

    private static final String DATE_FORMAT = "java/text/SimpleDateFormat";

    /** One instruction of interest: a call to follow or record, at a line. */
    private record Visit(MethodRef target, int line) {}

    /** The constant zone-name patterns reachable from {@code callback} through application code. */
    public List<ZoneNamePattern> zoneNamePatterns(CallbackMethod callback) {
        Set<ZoneNamePattern> found = new LinkedHashSet<>();
        walk(callback, new LinkedHashSet<>(), found);
        return new ArrayList<>(found);
    }

    /** The JDK calls reachable from {@code callback} through application code, in the order found. */
    public List<CallSite> scan(CallbackMethod callback) {
        Set<CallSite> sites = new LinkedHashSet<>();
        walk(callback, sites, new LinkedHashSet<>());
        return new ArrayList<>(sites);
    }

    private void walk(CallbackMethod callback, Set<CallSite> sites, Set<ZoneNamePattern> patterns) {
        Set<MethodRef> seen = new HashSet<>();
        Deque<MethodRef> queue = new ArrayDeque<>();
        MethodRef root =
                new MethodRef(callback.className().replace('.', '/'), callback.methodName(), callback.descriptor());
        queue.add(root);
        seen.add(root);
        while (!queue.isEmpty()) {
            MethodRef m = queue.poll();
            Optional<ClassData> owner = declaring(m);
            if (owner.isEmpty()) {
                continue;
            }
            ClassData data = owner.get();
            String file = sourcePath(data);
            for (ZoneNamePattern p : data.zoneNamePatterns().getOrDefault(m.name() + m.descriptor(), List.of())) {
                patterns.add(new ZoneNamePattern(file, p.line(), p.pattern()));
            }
            for (Visit v : data.methods().get(m.name() + m.descriptor())) {
                String target = v.target().owner().replace('/', '.');
                if (JdkMethod.isJdk(target)) {
                    sites.add(new CallSite(
                            new JdkMethod(target, v.target().name(), v.target().descriptor()), file, v.line()));
                } else if (!isJdashLibrary(target) && seen.add(v.target())) {
                    queue.add(v.target());
                }
            }
        }
    }

    /**
     * jdash's own libraries, whose code the browser runs as jdash wrote it (not followed); an application's classes
     * are followed wherever they live, jdash's samples and test fixtures included.
     */
    static boolean isJdashLibrary(String className) {
        for (String library : JDASH_LIBRARIES) {
            if (className.startsWith(library)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> JDASH_LIBRARIES = List.of(
            "io.jdash.api.",
            "io.jdash.runtime.",
            "io.jdash.contract.",
            "io.jdash.server.",
            "io.jdash.cache.",
            "io.jdash.compiler.",
            "io.jdash.dev.");

    /** The class declaring {@code m}: its owner or the nearest superclass that has it. */
    private Optional<ClassData> declaring(MethodRef m) {
        String owner = m.owner();
        for (int depth = 0; owner != null && depth < 20; depth++) {
            if (JdkMethod.isJdk(owner.replace('/', '.'))) {
                return Optional.empty();
            }
            Optional<ClassData> data = read(owner);
            if (data.isEmpty()) {
                return Optional.empty();
            }
            if (data.get().methods().containsKey(m.name() + m.descriptor())) {
                return data;
            }
            owner = data.get().superName();
        }
        return Optional.empty();
    }

    private static String sourcePath(ClassData data) {
        int slash = data.name().lastIndexOf('/');
        String pkg = slash < 0 ? "" : data.name().substring(0, slash + 1);
        return data.sourceFile() == null ? data.name() + ".class" : pkg + data.sourceFile();
    }

    private Optional<ClassData> read(String internalName) {
        return classes.computeIfAbsent(
                internalName, n -> index.bytes(n.replace('/', '.')).map(CallSiteScanner::parse));
    }

    private static ClassData parse(byte[] bytes) {
        String[] header = new String[3];
        Map<String, List<Visit>> methods = new HashMap<>();
        new ClassReader(bytes)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(
                                    int version,
                                    int access,
                                    String name,
                                    String signature,
                                    String superName,
                                    String[] interfaces) {
                                header[0] = name;
                                header[1] = superName;
                            }

                            @Override
                            public void visitSource(String source, String debug) {
                                header[2] = source;
                            }

                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String descriptor, String signature, String[] exceptions) {
                                List<Visit> visits = new ArrayList<>();
                                methods.put(name + descriptor, visits);
                                return new MethodVisitor(Opcodes.ASM9) {
                                    private int line;

                                    @Override
                                    public void visitLineNumber(int l, Label start) {
                                        line = l;
                                    }

                                    @Override
                                    public void visitMethodInsn(
                                            int opcode, String owner, String n, String d, boolean itf) {
                                        if (!owner.startsWith("[")) {
                                            visits.add(new Visit(new MethodRef(owner, n, d), line));
                                        }
                                    }

                                    @Override
                                    public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                                        if (bsm.getOwner().equals(LAMBDA_FACTORY)
                                                && args.length > 1
                                                && args[1] instanceof Handle h) {
                                            visits.add(new Visit(
                                                    new MethodRef(h.getOwner(), h.getName(), h.getDesc()), line));
                                        } else if (bsm.getOwner().equals(CONCAT_FACTORY)) {
                                            for (Type t : Type.getArgumentTypes(d)) {
                                                visits.add(new Visit(
                                                        new MethodRef(
                                                                "java/lang/String",
                                                                "valueOf",
                                                                "(" + valueOfArgument(t) + ")Ljava/lang/String;"),
                                                        line));
                                            }
                                        }
                                    }
                                };
                            }
                        },
                        ClassReader.SKIP_FRAMES);
        return new ClassData(header[0], header[1], header[2], methods, zoneNamePatterns(bytes));
    }

    /**
     * Per method, the constant patterns with a zone name that it gives to {@code new SimpleDateFormat(pattern…)},
     * {@code applyPattern} or {@code applyLocalizedPattern}: the argument's only source is a string constant
     * (javac inlines constant fields). Only classes that name SimpleDateFormat are analysed.
     */
    private static Map<String, List<ZoneNamePattern>> zoneNamePatterns(byte[] bytes) {
        Map<String, List<ZoneNamePattern>> found = new HashMap<>();
        if (!new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(DATE_FORMAT)) {
            return found;
        }
        ClassNode cls = new ClassNode();
        new ClassReader(bytes).accept(cls, ClassReader.SKIP_FRAMES);
        for (MethodNode method : cls.methods) {
            if (!calls(method, DATE_FORMAT)) {
                continue;
            }
            Frame<SourceValue>[] frames;
            try {
                frames = new Analyzer<>(new SourceInterpreter()).analyze(cls.name, method);
            } catch (AnalyzerException e) {
                continue; // not verifiable bytecode: nothing to say about it
            }
            int line = 0;
            for (int i = 0; i < method.instructions.size(); i++) {
                AbstractInsnNode insn = method.instructions.get(i);
                if (insn instanceof LineNumberNode n) {
                    line = n.line;
                }
                if (!(insn instanceof MethodInsnNode call) || frames[i] == null || !takesPattern(call)) {
                    continue;
                }
                Frame<SourceValue> frame = frames[i];
                int patternSlot = frame.getStackSize() - Type.getArgumentTypes(call.desc).length;
                String pattern = constant(frame.getStack(patternSlot));
                if (pattern != null && hasZoneName(pattern)) {
                    found.computeIfAbsent(method.name + method.desc, k -> new ArrayList<>())
                            .add(new ZoneNamePattern(null, line, pattern));
                }
            }
        }
        return found;
    }

    private static boolean calls(MethodNode method, String owner) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && call.owner.equals(owner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean takesPattern(MethodInsnNode call) {
        return call.owner.equals(DATE_FORMAT)
                && call.desc.startsWith("(Ljava/lang/String;")
                && (call.name.equals("<init>")
                        || call.name.equals("applyPattern")
                        || call.name.equals("applyLocalizedPattern"));
    }

    /** The string constant that is a value's only source, or null. */
    private static String constant(SourceValue value) {
        if (value.insns.size() == 1
                && value.insns.iterator().next() instanceof LdcInsnNode ldc
                && ldc.cst instanceof String s) {
            return s;
        }
        return null;
    }

    /** Whether a SimpleDateFormat pattern has a {@code z} field: a {@code z} outside quotes. */
    static boolean hasZoneName(String pattern) {
        boolean inQuote = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                inQuote = !inQuote;
            } else if (c == 'z' && !inQuote) {
                return true;
            }
        }
        return false;
    }

    /** The {@code String.valueOf} overload concatenation uses for a value of type {@code t}. */
    private static String valueOfArgument(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.CHAR -> "C";
            case Type.BYTE, Type.SHORT, Type.INT -> "I";
            case Type.LONG -> "J";
            case Type.FLOAT -> "F";
            case Type.DOUBLE -> "D";
            default -> "Ljava/lang/Object;";
        };
    }
}
