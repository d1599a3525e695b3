package io.jdash.compiler.teavm;

import java.util.List;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Gives {@code count()} of TeaVM's streams (object, int, long, double) the JDK's rule: when the stream knows its
 * size (its source is sized and every operation since keeps the size: {@code map}, {@code peek}, {@code sorted},
 * {@code boxed}, {@code skip}, {@code limit}, {@code asLongStream}…), the count is that size and no operation runs;
 * otherwise every operation runs on every element. TeaVM's streams skipped {@code map} in every pipeline (so
 * {@code filter(…).map(…).count()} did not run the map) and ran {@code peek} and {@code sorted} in sized ones.
 *
 * <p>TeaVM's {@code estimateSize()} becomes that exact size or -1: filtering and distinct streams no longer pass on
 * their source's size, a limit over an unsized source is unsized, a spliterator counts only when it is
 * {@code SIZED}, and boxed, close-handling and range streams say theirs. The base classes' {@code count()} returns
 * it when known, else traverses as TeaVM did; the subclasses' own {@code count()} overrides are removed. A
 * primitive stream's {@code sorted()} is lazy, as the object stream's (jdash's {@code TSorted…StreamImpl}).
 */
public final class StreamCountTransformer implements ClassHolderTransformer {
    private static final String STREAMS = "io.jdash.runtime.jvm.JvmStreams";
    private static final MethodDescriptor COUNT = new MethodDescriptor("count", ValueType.LONG);
    private static final MethodDescriptor TRAVERSE = new MethodDescriptor("jdashTraverseCount", ValueType.LONG);
    private static final MethodDescriptor ESTIMATE = new MethodDescriptor("estimateSize", ValueType.INTEGER);
    private static final List<String> PACKAGES = List.of(
            "java.util.stream.impl.",
            "java.util.stream.intimpl.",
            "java.util.stream.longimpl.",
            "java.util.stream.doubleimpl.");
    private static final List<String> KINDS = List.of("", "Int", "Long", "Double");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        int kind = kindOf(cls.getName());
        if (kind < 0) {
            return;
        }
        String pkg = PACKAGES.get(kind);
        String k = KINDS.get(kind);
        String simple = cls.getName().substring(pkg.length());
        ValueType base = ValueType.object(pkg + "Simple" + k + "StreamImpl");
        if (simple.equals("Simple" + k + "StreamImpl")) {
            countFromSize(cls, context);
            if (kind > 0) {
                lazySort(cls, context, "java.util.stream." + k + "Stream", pkg + "Sorted" + k + "StreamImpl", base);
            }
            return;
        }
        if (!simple.startsWith("GenericConcat") && cls.getMethod(COUNT) != null) {
            // the base class's count, from the size; a generic concatenation counts its two streams
            cls.removeMethod(cls.getMethod(COUNT));
        }
        if (simple.equals("Filtering" + k + "StreamImpl")
                || simple.equals("Distinct" + k + "StreamImpl")
                || simple.endsWith("CodePointsStream")) {
            // a code point stream's size is not its text's length (TeaVM said so, and counted surrogate pairs twice)
            ProgramEmitter pe = MethodBodies.added(cls, context, ESTIMATE, AccessLevel.PROTECTED);
            pe.constant(-1).returnValue();
        } else if (simple.equals("Limiting" + k + "StreamImpl")) {
            ProgramEmitter pe = MethodBodies.added(cls, context, ESTIMATE, AccessLevel.PROTECTED);
            ValueEmitter self = pe.var(0, ValueType.object(cls.getName()));
            ValueEmitter source = self.getField("sourceStream", base).invokeVirtual("estimateSize", ValueType.INTEGER);
            pe.invoke(
                            new MethodReference(
                                    STREAMS, "limited", ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER),
                            source,
                            self.getField("limit", ValueType.INTEGER))
                    .returnValue();
        } else if (simple.equals("Boxed" + k + "Stream")) {
            delegate(cls, context, "source", base);
        } else if (simple.equals("CloseHandling" + k + "Stream")) {
            delegate(cls, context, "innerStream", base);
        } else if (simple.equals("StreamOverSpliterator") || simple.equals("StreamOverSpliteratorSupplier")) {
            sizedSpliterator(cls, context, simple.endsWith("Supplier"));
        } else if (simple.equals("RangeIntStream") || simple.equals("RangeLongStream")) {
            ValueType bound = kind == 1 ? ValueType.INTEGER : ValueType.LONG;
            ProgramEmitter pe = MethodBodies.added(cls, context, ESTIMATE, AccessLevel.PROTECTED);
            ValueEmitter self = pe.var(0, ValueType.object(cls.getName()));
            pe.invoke(
                            new MethodReference(STREAMS, "range", bound, bound, ValueType.INTEGER),
                            self.getField("start", bound),
                            self.getField("end", bound))
                    .returnValue();
        }
    }

    /** Which of the four stream kinds' packages {@code className} is in, or -1. */
    private static int kindOf(String className) {
        for (int i = 0; i < PACKAGES.size(); i++) {
            if (className.startsWith(PACKAGES.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code count()}: the exact size when known, else TeaVM's traversal (moved to a method of its own). */
    private static void countFromSize(ClassHolder cls, ClassHolderTransformerContext context) {
        MethodHolder count = cls.getMethod(COUNT);
        if (count == null || count.getProgram() == null || cls.getMethod(TRAVERSE) != null) {
            return;
        }
        MethodHolder traverse = new MethodHolder(TRAVERSE);
        traverse.setLevel(AccessLevel.PRIVATE);
        traverse.setProgram(count.getProgram());
        cls.addMethod(traverse);
        count.setProgram(null);
        ProgramEmitter pe = ProgramEmitter.create(count, context.getHierarchy());
        ValueEmitter self = pe.var(0, ValueType.object(cls.getName()));
        ValueEmitter size = self.invokeVirtual("estimateSize", ValueType.INTEGER);
        pe.when(() -> size.isGreaterOrEqualTo(pe.constant(0)))
                .thenDo(() -> size.cast(ValueType.LONG).returnValue());
        self.invokeSpecial(cls.getName(), TRAVERSE.getName(), ValueType.LONG).returnValue();
    }

    /** {@code sorted()} of a primitive stream: jdash's lazy {@code sorted} class over this stream. */
    private static void lazySort(
            ClassHolder cls, ClassHolderTransformerContext context, String stream, String sortedClass, ValueType base) {
        ProgramEmitter pe =
                MethodBodies.replaced(cls, context, new MethodDescriptor("sorted", ValueType.object(stream)));
        if (pe == null) {
            return;
        }
        pe.construct(sortedClass, pe.var(0, base)).returnValue();
    }

    /** {@code estimateSize()} as the stream {@code field} (of type {@code base}) says. */
    private static void delegate(ClassHolder cls, ClassHolderTransformerContext context, String field, ValueType base) {
        ProgramEmitter pe = MethodBodies.added(cls, context, ESTIMATE, AccessLevel.PROTECTED);
        pe.var(0, ValueType.object(cls.getName()))
                .getField(field, base)
                .invokeVirtual("estimateSize", ValueType.INTEGER)
                .returnValue();
    }

    /** {@code estimateSize()} of a stream over a spliterator: its size when it is {@code SIZED}, else -1. */
    private static void sizedSpliterator(ClassHolder cls, ClassHolderTransformerContext context, boolean supplied) {
        ValueType spliterator = ValueType.object("java.util.Spliterator");
        ProgramEmitter pe = MethodBodies.added(cls, context, ESTIMATE, AccessLevel.PROTECTED);
        ValueEmitter self = pe.var(0, ValueType.object(cls.getName()));
        if (supplied) {
            self.invokeSpecial(cls.getName(), "init");
        }
        pe.invoke(
                        new MethodReference(STREAMS, "sized", spliterator, ValueType.INTEGER),
                        self.getField("spliterator", spliterator))
                .returnValue();
    }
}
