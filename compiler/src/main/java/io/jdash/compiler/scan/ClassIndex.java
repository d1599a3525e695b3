package io.jdash.compiler.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;

/**
 * Finds class files by name in directories and jars, and reads what the scanner needs of them (records and their
 * components). Closes its jars on {@link #close()}.
 */
public final class ClassIndex implements AutoCloseable {
    /** A record component: its name and declared (generic) signature or descriptor. */
    public record Component(String name, String signature) {}

    /** What a class file says about a class. */
    public record ClassInfo(String name, int access, boolean isRecord, List<Component> components, String sourceFile) {}

    private final List<Path> directories = new ArrayList<>();
    private final List<ZipFile> jars = new ArrayList<>();
    private final Map<String, Optional<ClassInfo>> cache = new HashMap<>();

    /** Indexes the given class directories and jars, searched in order. */
    public ClassIndex(List<Path> roots) {
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                directories.add(root);
            } else if (Files.isRegularFile(root)) {
                try {
                    jars.add(new ZipFile(root.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + root, e);
                }
            }
        }
    }

    /** The bytes of a class file by binary name ({@code com.example.A$B}), if any root has it. */
    public Optional<byte[]> bytes(String className) {
        String entry = className.replace('.', '/') + ".class";
        try {
            for (Path dir : directories) {
                Path file = dir.resolve(entry);
                if (Files.isRegularFile(file)) {
                    return Optional.of(Files.readAllBytes(file));
                }
            }
            for (ZipFile jar : jars) {
                ZipEntry e = jar.getEntry(entry);
                if (e != null) {
                    try (InputStream in = jar.getInputStream(e)) {
                        return Optional.of(in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class " + className, e);
        }
        return Optional.empty();
    }

    /** What the class file of {@code className} says, or empty if none of the roots has it. */
    public Optional<ClassInfo> info(String className) {
        return cache.computeIfAbsent(className, n -> bytes(n).map(ClassIndex::read));
    }

    private static ClassInfo read(byte[] bytes) {
        List<Component> components = new ArrayList<>();
        String[] name = new String[1];
        int[] access = new int[1];
        String[] source = new String[1];
        new ClassReader(bytes)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(
                                    int version, int acc, String n, String sig, String superName, String[] interfaces) {
                                name[0] = n.replace('/', '.');
                                access[0] = acc;
                            }

                            @Override
                            public void visitSource(String src, String debug) {
                                source[0] = src;
                            }

                            @Override
                            public RecordComponentVisitor visitRecordComponent(
                                    String n, String descriptor, String signature) {
                                components.add(new Component(n, signature != null ? signature : descriptor));
                                return null;
                            }
                        },
                        ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
        boolean isRecord = (access[0] & Opcodes.ACC_RECORD) != 0;
        return new ClassInfo(name[0], access[0], isRecord, List.copyOf(components), source[0]);
    }

    @Override
    public void close() {
        for (ZipFile jar : jars) {
            try {
                jar.close();
            } catch (IOException e) {
                // nothing was written; a jar that fails to close loses nothing
            }
        }
    }
}
