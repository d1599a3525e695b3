package io.jdash.compiler.teavm;

import org.teavm.classlib.impl.record.ObjectMethodsSubstitutor;
import org.teavm.dependency.BootstrapMethodSubstitutor;
import org.teavm.dependency.DynamicCallSite;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * A record's {@code equals}, {@code hashCode} and {@code toString} as the JDK's {@code ObjectMethods} makes them.
 * TeaVM's {@code hashCode} starts its {@code h * 31 + hash(component)} fold from 1, the JDK's from 0: every record's
 * hash differed by 31 to the power of its component count (a record of none hashed 1, not 0). This takes TeaVM's and
 * subtracts that power; {@code equals} and {@code toString} are TeaVM's, which agree with the JDK.
 */
final class RecordObjectMethods implements BootstrapMethodSubstitutor {
    private final BootstrapMethodSubstitutor teavm = new ObjectMethodsSubstitutor();

    @Override
    public ValueEmitter substitute(DynamicCallSite callSite, ProgramEmitter pe) {
        ValueEmitter result = teavm.substitute(callSite, pe);
        if (!callSite.getCalledMethod().getName().equals("hashCode")) {
            return result;
        }
        String names = callSite.getBootstrapArguments().get(1).getString();
        int components = names.isEmpty() ? 0 : names.split(";", -1).length;
        int offset = 1;
        for (int i = 0; i < components; i++) {
            offset *= 31;
        }
        return result.sub(offset);
    }
}
