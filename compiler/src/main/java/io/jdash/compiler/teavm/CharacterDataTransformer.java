package io.jdash.compiler.teavm;

import io.jdash.runtime.jvm.chars.CharacterTables;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * The build-time step that puts the build JDK's Unicode tables into a bundle: each {@code <name>Table()} method of
 * {@code JvmCharacters} returns the table {@link CharacterTables} extracts from this JVM's {@code Character}. A table
 * whose property no code reaches costs nothing.
 */
final class CharacterDataTransformer implements ClassHolderTransformer {
    private static final String CHARACTERS = "io.jdash.runtime.jvm.chars.JvmCharacters";
    private static final ValueType STRING = ValueType.object("java.lang.String");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(CHARACTERS)) {
            return;
        }
        for (String name : CharacterTables.names()) {
            MethodHolder method = cls.getMethod(new MethodDescriptor(name + "Table", STRING));
            if (method == null) {
                throw new IllegalStateException(CHARACTERS + " has no " + name + "Table()");
            }
            ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
            pe.constant(CharacterTables.table(name)).returnValue();
        }
    }
}
