package io.jdash.compiler.teavm;

import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldHolder;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Sums of doubles as the JDK adds them, with Kahan compensation ({@code io.jdash.runtime.jvm.JvmSums}):
 * {@code DoubleSummaryStatistics} keeps a compensation and a plain sum beside TeaVM's sum, {@code DoubleStream.sum()}
 * and {@code average()} and {@code Collectors.summingDouble}/{@code averagingDouble} are JvmSums's. TeaVM added
 * plainly: the dashboard-code cases found averages that differed in the last digit. TeaVM instantiates this
 * transformer by name for each compilation.
 */
public final class CompensatedSumsTransformer implements ClassHolderTransformer {
    private static final String SUMS = "io.jdash.runtime.jvm.JvmSums";
    private static final String COMPENSATION = "jdashCompensation";
    private static final String SIMPLE_SUM = "jdashSimpleSum";
    private static final ValueType D = ValueType.DOUBLE;
    private static final ValueType J = ValueType.LONG;
    private static final ValueType STREAM = ValueType.object("java.util.stream.DoubleStream");
    private static final ValueType OPTIONAL = ValueType.object("java.util.OptionalDouble");
    private static final ValueType COLLECTOR = ValueType.object("java.util.stream.Collector");
    private static final ValueType MAPPER = ValueType.object("java.util.function.ToDoubleFunction");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        switch (MethodBodies.jdkName(cls.getName())) {
            case "java.util.DoubleSummaryStatistics" -> statistics(cls, context);
            case "java.util.stream.doubleimpl.SimpleDoubleStreamImpl" -> {
                ProgramEmitter sum = MethodBodies.replaced(cls, context, new MethodDescriptor("sum", D));
                if (sum != null) {
                    sum.invoke(new MethodReference(SUMS, "sum", STREAM, D), sum.var(0, STREAM))
                            .returnValue();
                }
                ProgramEmitter average = MethodBodies.replaced(cls, context, new MethodDescriptor("average", OPTIONAL));
                if (average != null) {
                    average.invoke(new MethodReference(SUMS, "average", STREAM, OPTIONAL), average.var(0, STREAM))
                            .returnValue();
                }
            }
            case "java.util.stream.Collectors" -> {
                for (String name : new String[] {"summingDouble", "averagingDouble"}) {
                    ProgramEmitter pe =
                            MethodBodies.replaced(cls, context, new MethodDescriptor(name, MAPPER, COLLECTOR));
                    if (pe != null) {
                        pe.invoke(new MethodReference(SUMS, name, MAPPER, COLLECTOR), pe.var(1, MAPPER))
                                .returnValue();
                    }
                }
            }
            default -> {}
        }
    }

    private static void statistics(ClassHolder cls, ClassHolderTransformerContext context) {
        for (String name : new String[] {COMPENSATION, SIMPLE_SUM}) {
            FieldHolder field = new FieldHolder(name);
            field.setType(D);
            field.setLevel(AccessLevel.PRIVATE);
            cls.addField(field);
        }
        ValueType self = ValueType.object(cls.getName());
        ProgramEmitter accept = MethodBodies.replaced(cls, context, new MethodDescriptor("accept", D, ValueType.VOID));
        if (accept != null) {
            ValueEmitter stats = accept.var(0, self);
            add(accept, stats, accept.var(1, D));
            stats.setField(SIMPLE_SUM, stats.getField(SIMPLE_SUM, D).add(accept.var(1, D)));
            stats.setField("count", stats.getField("count", J).add(accept.constant(1L)));
            minMax(accept, stats, accept.var(1, D), accept.var(1, D));
            accept.exit();
        }
        ProgramEmitter combine =
                MethodBodies.replaced(cls, context, new MethodDescriptor("combine", self, ValueType.VOID));
        if (combine != null) {
            ValueEmitter stats = combine.var(0, self);
            ValueEmitter other = combine.var(1, self);
            // as the JDK: the other's sum, then its compensation subtracted
            add(combine, stats, other.getField("sum", D));
            add(combine, stats, other.getField(COMPENSATION, D).neg());
            stats.setField(SIMPLE_SUM, stats.getField(SIMPLE_SUM, D).add(other.getField(SIMPLE_SUM, D)));
            stats.setField("count", stats.getField("count", J).add(other.getField("count", J)));
            minMax(combine, stats, other.getField("min", D), other.getField("max", D));
            combine.exit();
        }
        ProgramEmitter getSum = MethodBodies.replaced(cls, context, new MethodDescriptor("getSum", D));
        if (getSum != null) {
            ValueEmitter stats = getSum.var(0, self);
            getSum.invoke(
                            new MethodReference(SUMS, "finalSum", D, D, D, D),
                            stats.getField("sum", D),
                            stats.getField(COMPENSATION, D),
                            stats.getField(SIMPLE_SUM, D))
                    .returnValue();
        }
        ProgramEmitter getAverage = MethodBodies.replaced(cls, context, new MethodDescriptor("getAverage", D));
        if (getAverage != null) {
            ValueEmitter stats = getAverage.var(0, self);
            getAverage
                    .invoke(
                            new MethodReference(SUMS, "average", J, D, D, D, D),
                            stats.getField("count", J),
                            stats.getField("sum", D),
                            stats.getField(COMPENSATION, D),
                            stats.getField(SIMPLE_SUM, D))
                    .returnValue();
        }
    }

    /** Adds {@code value} to the compensated sum of {@code stats}. */
    private static void add(ProgramEmitter pe, ValueEmitter stats, ValueEmitter value) {
        ValueEmitter sum = stats.getField("sum", D);
        ValueEmitter comp = stats.getField(COMPENSATION, D);
        ValueEmitter newSum = pe.invoke(new MethodReference(SUMS, "sumAfter", D, D, D, D), sum, comp, value);
        ValueEmitter newComp = pe.invoke(new MethodReference(SUMS, "compensationAfter", D, D, D, D), sum, comp, value);
        stats.setField("sum", newSum);
        stats.setField(COMPENSATION, newComp);
    }

    private static void minMax(ProgramEmitter pe, ValueEmitter stats, ValueEmitter min, ValueEmitter max) {
        stats.setField(
                "min", pe.invoke(new MethodReference("java.lang.Math", "min", D, D, D), stats.getField("min", D), min));
        stats.setField(
                "max", pe.invoke(new MethodReference("java.lang.Math", "max", D, D, D), stats.getField("max", D), max));
    }
}
