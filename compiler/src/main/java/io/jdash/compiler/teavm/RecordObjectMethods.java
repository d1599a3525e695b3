package io.jdash.compiler.teavm;

import java.util.Objects;
import org.teavm.classlib.impl.record.ObjectMethodsSubstitutor;
import org.teavm.dependency.BootstrapMethodSubstitutor;
import org.teavm.dependency.DynamicCallSite;
import org.teavm.model.BasicBlock;
import org.teavm.model.MethodHandle;
import org.teavm.model.PrimitiveType;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ConditionEmitter;
import org.teavm.model.emit.ConditionProducer;
import org.teavm.model.emit.PhiEmitter;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.util.InvokeDynamicUtil;

/**
 * A record's {@code equals}, {@code hashCode} and {@code toString} as the JDK's {@code ObjectMethods} makes them.
 * TeaVM's {@code hashCode} starts its {@code h * 31 + hash(component)} fold from 1, the JDK's from 0: every record's
 * hash differed by 31 to the power of its component count (a record of none hashed 1, not 0). This takes TeaVM's and
 * subtracts that power. TeaVM's {@code equals} compared {@code float} and {@code double} components numerically, so
 * {@code -0.0} equalled {@code 0.0} and {@code NaN} did not equal itself; the JDK compares them as
 * {@code Float.compare}/{@code Double.compare} do, and so does the {@code equals} this makes for a record with such a
 * component. {@code toString} is TeaVM's, which agrees with the JDK.
 */
final class RecordObjectMethods implements BootstrapMethodSubstitutor {
    private final BootstrapMethodSubstitutor teavm = new ObjectMethodsSubstitutor();

    @Override
    public ValueEmitter substitute(DynamicCallSite callSite, ProgramEmitter pe) {
        String method = callSite.getCalledMethod().getName();
        if (method.equals("equals") && hasFloatingComponent(callSite)) {
            return equalsComparingFloatsAsTheJdk(callSite, pe);
        }
        ValueEmitter result = teavm.substitute(callSite, pe);
        if (!method.equals("hashCode")) {
            return result;
        }
        int offset = 1;
        for (int i = 0; i < componentCount(callSite); i++) {
            offset *= 31;
        }
        return result.sub(offset);
    }

    private static int componentCount(DynamicCallSite callSite) {
        String names = callSite.getBootstrapArguments().get(1).getString();
        return names.isEmpty() ? 0 : names.split(";", -1).length;
    }

    private static MethodHandle getter(DynamicCallSite callSite, int component) {
        return callSite.getBootstrapArguments().get(2 + component).getMethodHandle();
    }

    private static boolean hasFloatingComponent(DynamicCallSite callSite) {
        for (int i = 0; i < componentCount(callSite); i++) {
            PrimitiveType kind = kind(getter(callSite, i).getValueType());
            if (kind == PrimitiveType.FLOAT || kind == PrimitiveType.DOUBLE) {
                return true;
            }
        }
        return false;
    }

    /** {@code this == o}, else the same class and every component equal, floats and doubles by their compare. */
    private static ValueEmitter equalsComparingFloatsAsTheJdk(DynamicCallSite callSite, ProgramEmitter pe) {
        ValueType type = callSite.getBootstrapArguments().get(0).getValueType();
        ValueEmitter self = callSite.getArguments().get(0);
        ValueEmitter other = callSite.getArguments().get(1);
        BasicBlock joint = pe.prepareBlock();
        PhiEmitter result = pe.phi(ValueType.INTEGER, joint);
        pe.when(self.isSame(other)).thenDo(() -> {
            pe.constant(1).propagateTo(result);
            pe.jump(joint);
        });
        ConditionProducer otherClass = () -> other.isNull()
                .or(() -> other.invokeSpecial("getClass", Class.class).isNotSame(pe.constant(type)));
        pe.when(otherClass).thenDo(() -> {
            pe.constant(0).propagateTo(result);
            pe.jump(joint);
        });
        ValueEmitter that = other.cast(type);
        for (int i = 0; i < componentCount(callSite); i++) {
            MethodHandle getter = getter(callSite, i);
            ValueEmitter mine = InvokeDynamicUtil.invoke(pe, getter, self);
            ValueEmitter theirs = InvokeDynamicUtil.invoke(pe, getter, that);
            pe.when(same(pe, getter.getValueType(), mine, theirs).not()).thenDo(() -> {
                pe.constant(0).propagateTo(result);
                pe.jump(joint);
            });
        }
        pe.constant(1).propagateTo(result);
        pe.jump(joint);
        pe.enter(joint);
        return result.getValue();
    }

    private static PrimitiveType kind(ValueType type) {
        return type instanceof ValueType.Primitive primitive ? primitive.getKind() : null;
    }

    private static ConditionEmitter same(ProgramEmitter pe, ValueType type, ValueEmitter a, ValueEmitter b) {
        PrimitiveType kind = kind(type);
        if (kind == PrimitiveType.FLOAT) {
            return pe.invoke(Float.class, "compare", int.class, a, b).isEqualTo(pe.constant(0));
        }
        if (kind == PrimitiveType.DOUBLE) {
            return pe.invoke(Double.class, "compare", int.class, a, b).isEqualTo(pe.constant(0));
        }
        if (kind == PrimitiveType.LONG) {
            return a.compareTo(b).isEqualTo(pe.constant(0));
        }
        if (kind != null) {
            return a.isEqualTo(b);
        }
        return pe.invoke(Objects.class, "equals", boolean.class, a.cast(Object.class), b.cast(Object.class))
                .isTrue();
    }
}
