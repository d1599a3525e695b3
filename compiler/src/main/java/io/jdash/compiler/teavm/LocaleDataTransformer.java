package io.jdash.compiler.teavm;

import io.jdash.runtime.jvm.locale.LocaleTables;
import java.util.List;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * The build-time step that puts locale data into a bundle: it extracts the tables of {@code JvmLocales} from this
 * JVM's own locale providers ({@link LocaleTables}) for the locales the application uses ({@link LocaleScan}) and
 * makes {@code numberTable()}, {@code dateTable()} and the legacy date tables return them as constants. A table whose method no callback
 * reaches costs nothing.
 */
final class LocaleDataTransformer implements ClassHolderTransformer {
    private static final String LOCALES = "io.jdash.runtime.jvm.locale.JvmLocales";
    private final List<String> tags;

    LocaleDataTransformer(List<String> tags) {
        this.tags = tags;
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(LOCALES)) {
            return;
        }
        constant(cls, context, "numberTable", LocaleTables.numberTable(tags));
        constant(cls, context, "dateTable", LocaleTables.dateTable(tags));
        constant(cls, context, "legacyDateTable", LocaleTables.legacyDateTable(tags));
        constant(cls, context, "dateFormatPatternTable", LocaleTables.dateFormatPatternTable(tags));
        constant(cls, context, "weekTable", LocaleTables.weekTable());
        constant(cls, context, "calendarNameTable", LocaleTables.calendarNameTable(tags));
    }

    private static void constant(ClassHolder cls, ClassHolderTransformerContext context, String name, String value) {
        MethodHolder method = cls.getMethod(new MethodDescriptor(name, ValueType.object("java.lang.String")));
        if (method != null) {
            ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
            pe.constant(value).returnValue();
        }
    }
}
