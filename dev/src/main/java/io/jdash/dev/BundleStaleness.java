package io.jdash.dev;

import io.jdash.compiler.BundleContents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Decides whether recompiled classes change what the bundle was built from: only the methods TeaVM compiled into it
 * (with their line numbers, which the source map carries) and the shape of its classes count, so an edit to a
 * server callback that shares a class with a browser callback does not rebuild the bundle.
 */
final class BundleStaleness {
    private BundleContents contents = BundleContents.NONE;
    private final Map<String, Digest> built = new HashMap<>();

    /** A class as the bundle sees it: its header and the digest of each method. */
    private record Digest(String header, Map<String, String> methods) {}

    /** Records the classes the bundle was just built from, reading them through {@code classFile}. */
    void built(BundleContents value, Function<String, Path> classFile) throws IOException {
        contents = value;
        built.clear();
        for (String method : value.methods()) {
            String owner = method.substring(0, method.indexOf('#'));
            if (!built.containsKey(owner)) {
                Path file = classFile.apply(owner);
                built.put(owner, Files.exists(file) ? digest(Files.readAllBytes(file)) : null);
            }
        }
    }

    /** Whether the class {@code binaryName}, now as in {@code file} (absent when deleted), changes the bundle. */
    boolean changesBundle(String binaryName, Path file) throws IOException {
        if (!built.containsKey(binaryName)) {
            return false;
        }
        Digest before = built.get(binaryName);
        Digest now = Files.exists(file) ? digest(Files.readAllBytes(file)) : null;
        if (before == null || now == null) {
            return before != now;
        }
        if (!before.header().equals(now.header())) {
            return true;
        }
        String prefix = binaryName + "#";
        for (String method : contents.methods()) {
            if (method.startsWith(prefix)) {
                String key = method.substring(prefix.length());
                if (!java.util.Objects.equals(
                        before.methods().get(key), now.methods().get(key))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the bundle holds code of the class {@code binaryName}. */
    boolean holds(String binaryName) {
        return built.containsKey(binaryName);
    }

    private static Digest digest(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
        StringBuilder header = new StringBuilder()
                .append(node.access)
                .append(' ')
                .append(node.superName)
                .append(' ')
                .append(node.interfaces)
                .append(' ')
                .append(node.signature);
        for (FieldNode f : node.fields) {
            header.append(" f:")
                    .append(f.access)
                    .append(f.name)
                    .append(f.desc)
                    .append('=')
                    .append(f.value);
        }
        Map<String, String> methods = new HashMap<>();
        for (MethodNode m : node.methods) {
            methods.put(m.name + m.desc, method(m));
        }
        return new Digest(header.toString(), methods);
    }

    private static String method(MethodNode m) {
        Map<LabelNode, Integer> labels = new IdentityHashMap<>();
        for (AbstractInsnNode insn : m.instructions) {
            if (insn instanceof LabelNode label) {
                labels.put(label, labels.size());
            }
        }
        StringBuilder out = new StringBuilder()
                .append(m.access)
                .append(' ')
                .append(m.exceptions)
                .append('\n');
        // a callback's annotation is its declaration (outputs, inputs, state): the adapter and manifest follow it
        annotations(m.visibleAnnotations, out);
        annotations(m.invisibleAnnotations, out);
        for (AbstractInsnNode insn : m.instructions) {
            out.append(insn.getOpcode()).append(' ');
            if (insn instanceof LabelNode label) {
                out.append('L').append(labels.get(label));
            } else if (insn instanceof LineNumberNode line) {
                out.append("line ").append(line.line);
            } else if (insn instanceof MethodInsnNode call) {
                out.append(call.owner).append('.').append(call.name).append(call.desc);
            } else if (insn instanceof FieldInsnNode field) {
                out.append(field.owner).append('.').append(field.name).append(field.desc);
            } else if (insn instanceof LdcInsnNode ldc) {
                out.append(ldc.cst.getClass().getSimpleName()).append(':').append(ldc.cst);
            } else if (insn instanceof IntInsnNode i) {
                out.append(i.operand);
            } else if (insn instanceof VarInsnNode v) {
                out.append(v.var);
            } else if (insn instanceof TypeInsnNode t) {
                out.append(t.desc);
            } else if (insn instanceof JumpInsnNode jump) {
                out.append('L').append(labels.get(jump.label));
            } else if (insn instanceof IincInsnNode inc) {
                out.append(inc.var).append(' ').append(inc.incr);
            } else if (insn instanceof TableSwitchInsnNode table) {
                out.append(table.min).append(' ').append(table.max).append(" L").append(labels.get(table.dflt));
                table.labels.forEach(l -> out.append(" L").append(labels.get(l)));
            } else if (insn instanceof LookupSwitchInsnNode lookup) {
                out.append(lookup.keys).append(" L").append(labels.get(lookup.dflt));
                lookup.labels.forEach(l -> out.append(" L").append(labels.get(l)));
            } else if (insn instanceof MultiANewArrayInsnNode multi) {
                out.append(multi.desc).append(' ').append(multi.dims);
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                out.append(indy.name).append(indy.desc).append(' ').append(handle(indy.bsm));
                for (Object arg : indy.bsmArgs) {
                    out.append(' ').append(arg instanceof Handle h ? handle(h) : String.valueOf(arg));
                }
            }
            out.append('\n');
        }
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            out.append("try L")
                    .append(labels.get(t.start))
                    .append(" L")
                    .append(labels.get(t.end))
                    .append(" L")
                    .append(labels.get(t.handler))
                    .append(' ')
                    .append(t.type)
                    .append('\n');
        }
        return out.toString();
    }

    private static void annotations(List<AnnotationNode> list, StringBuilder out) {
        if (list != null) {
            for (AnnotationNode a : list) {
                out.append('@')
                        .append(a.desc)
                        .append(' ')
                        .append(value(a.values))
                        .append('\n');
            }
        }
    }

    private static String value(Object v) {
        if (v instanceof List<?> items) {
            StringBuilder b = new StringBuilder("[");
            items.forEach(i -> b.append(value(i)).append(','));
            return b.append(']').toString();
        }
        if (v instanceof AnnotationNode a) {
            return "@" + a.desc + value(a.values);
        }
        if (v instanceof String[] e) {
            return e[0] + "." + e[1];
        }
        return String.valueOf(v);
    }

    private static String handle(Handle h) {
        return h.getTag() + ":" + h.getOwner() + "." + h.getName() + h.getDesc();
    }
}
