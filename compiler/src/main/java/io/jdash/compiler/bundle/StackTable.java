package io.jdash.compiler.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.compiler.scan.ClassIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The debug side table jdash adds to a bundle's source map as the extension field {@value #FIELD} (the V3 format
 * allows fields starting with {@code x_}), read by the server's debug script to turn a browser stack into Java
 * frames. TeaVM's maps give a Java file and line for each position but no names ({@code "names":[]} in TeaVM's
 * {@code SourceMapsWriter}), so the table gives, for each source of the map, the line range of every method of the
 * classes in that file, and for each callback the label Dash's error popup uses for its outputs.
 *
 * <p>Shape: {@code {"callbacks": {"<Class.method>": "<id.prop, …>"}, "sources": {"<path>.java": {"file":
 * "<File>.java", "classes": [["<Java class name>", "<method>", first, last, "<method>", first, last, …], …]}}}}.
 * TeaVM's class library is shown under the JDK names it stands for ({@code org.teavm.classlib.java.lang.TInteger}
 * as {@code java.lang.Integer}). The table lives only in the map, so the bundle itself does not grow.
 */
public final class StackTable {
    /** The source map field holding the table. */
    public static final String FIELD = "x_jdash";

    private static final String CLASSLIB = "org/teavm/classlib/";

    private StackTable() {}

    /**
     * The table for a map whose {@code sources} are {@code sources}, reading the classes from {@code index}.
     * Only methods with a line the code maps to are listed (the others were not compiled into the bundle).
     *
     * @param mapped the 1-based lines of each source that the map maps code to
     * @param labels the outputs label of each callback by its display name ({@code Class.method})
     */
    public static ObjectNode of(
            List<String> sources, Map<String, BitSet> mapped, ClassIndex index, Map<String, String> labels) {
        ObjectNode table = JsonNodeFactory.instance.objectNode();
        ObjectNode callbacks = table.putObject("callbacks");
        labels.forEach(callbacks::put);
        ObjectNode files = table.putObject("sources");
        for (String source : sources) {
            BitSet lines = mapped.get(source);
            if (!source.endsWith(".java") || lines == null) {
                continue;
            }
            ArrayNode classes = JsonNodeFactory.instance.arrayNode();
            Deque<String> pending = new ArrayDeque<>(List.of(source.substring(0, source.length() - 5)));
            Set<String> seen = new HashSet<>();
            while (!pending.isEmpty()) {
                String internal = pending.pop();
                if (seen.add(internal)) {
                    index.bytes(internal.replace('/', '.')).ifPresent(bytes -> {
                        ArrayNode row = methods(bytes, internal, pending, lines);
                        if (row.size() > 1) {
                            classes.add(row);
                        }
                    });
                }
            }
            if (!classes.isEmpty()) {
                ObjectNode file = files.putObject(source);
                file.put("file", jdkName(source.substring(source.lastIndexOf('/') + 1), source));
                file.set("classes", classes);
            }
        }
        return table;
    }

    /** The JDK name TeaVM's class library class (or file) {@code name} stands for; other names as they are. */
    static String jdkName(String name, String path) {
        if (!path.startsWith(CLASSLIB)) {
            return name;
        }
        String[] parts = name.split("\\.", -1);
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String[] nested = part.split("\\$", -1);
            for (int j = 0; j < nested.length; j++) {
                String n = nested[j];
                boolean className = !n.isEmpty() && Character.isUpperCase(n.charAt(0));
                if (className && n.length() > 1 && n.charAt(0) == 'T' && Character.isUpperCase(n.charAt(1))) {
                    n = n.substring(1);
                }
                inClass |= className;
                out.append(j > 0 ? "$" : "").append(n);
            }
            if (i < parts.length - 1) {
                out.append('.');
            }
        }
        return inClass ? out.toString() : name;
    }

    private static ArrayNode methods(byte[] bytes, String internal, Deque<String> nested, BitSet mapped) {
        ArrayNode row = JsonNodeFactory.instance.arrayNode();
        String binary = internal.replace('/', '.');
        row.add(internal.startsWith(CLASSLIB) ? jdkName(binary.substring(CLASSLIB.length()), internal) : binary);
        List<Object[]> found = new ArrayList<>();
        new ClassReader(bytes)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitInnerClass(String name, String outer, String inner, int access) {
                                if (name.startsWith(internal + "$")) {
                                    nested.add(name);
                                }
                            }

                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String desc, String sig, String[] exceptions) {
                                int[] range = {Integer.MAX_VALUE, 0};
                                return new MethodVisitor(Opcodes.ASM9) {
                                    @Override
                                    public void visitLineNumber(int line, Label start) {
                                        range[0] = Math.min(range[0], line);
                                        range[1] = Math.max(range[1], line);
                                    }

                                    @Override
                                    public void visitEnd() {
                                        int next = mapped.nextSetBit(range[0]);
                                        if (range[1] > 0 && next >= 0 && next <= range[1]) {
                                            found.add(new Object[] {name, range[0], range[1]});
                                        }
                                    }
                                };
                            }
                        },
                        ClassReader.SKIP_FRAMES);
        for (Object[] m : found) {
            row.add((String) m[0]).add((Integer) m[1]).add((Integer) m[2]);
        }
        return row;
    }
}
