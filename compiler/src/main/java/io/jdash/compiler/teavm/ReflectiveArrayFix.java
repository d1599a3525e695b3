package io.jdash.compiler.teavm;

import org.teavm.dependency.AbstractDependencyListener;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.MethodDependency;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * Works around a TeaVM 0.16 compiler crash (NullPointerException in ClassInfoGenerator.generateNewArrayInstance):
 * the generator of {@code ClassInfo.newArrayInstance} reads the dependency node of {@code Array.newInstance}, which
 * exists only if something linked that method, so code such as {@code Stream.of(a, b).toArray()} in a program that
 * never creates an array reflectively kills the build. Linking (not using) the method whenever the generator's
 * method is reached creates the node; no code is added to the bundle.
 */
final class ReflectiveArrayFix extends AbstractDependencyListener {
    private static final MethodReference NEW_ARRAY_INSTANCE = new MethodReference(
            "org.teavm.runtime.reflect.ClassInfo",
            "newArrayInstance",
            ValueType.INTEGER,
            ValueType.object("java.lang.Object"));
    private static final MethodReference ARRAY_NEW_INSTANCE = new MethodReference(
            "java.lang.reflect.Array",
            "newInstance",
            ValueType.object("java.lang.Class"),
            ValueType.INTEGER,
            ValueType.object("java.lang.Object"));

    @Override
    public void methodReached(DependencyAgent agent, MethodDependency method) {
        if (method.getReference().equals(NEW_ARRAY_INSTANCE)) {
            agent.linkMethod(ARRAY_NEW_INSTANCE);
        }
    }
}
