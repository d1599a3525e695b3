package io.jdash.compiler.teavm;

import org.teavm.classlib.impl.JCLPlugin;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.vm.spi.After;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Installs jdash's string concatenation and record methods ({@link RecordObjectMethods}) into TeaVM (after TeaVM's
 * class library plugin, whose lowerings they replace)
 * and the workaround for TeaVM's reflective-array crash ({@link ReflectiveArrayFix}). TeaVM finds it through
 * {@code META-INF/services}; it acts only in compilations that jdash starts.
 */
@After(JCLPlugin.class)
public final class JdashTeaVMPlugin implements TeaVMPlugin {
    /** The TeaVM property by which {@link TeaVmStep} marks its compilations. */
    static final String MARKER = "io.jdash.compiler";
    /** The TeaVM property by which {@link TeaVmStep} asks for TeaVM's own string concatenation (measurements). */
    static final String NO_REPLACEMENTS = "io.jdash.compiler.noReplacements";
    /** The TeaVM property by which {@link TeaVmStep} names the locales whose data the bundle holds (tags, commas). */
    static final String LOCALES = "io.jdash.compiler.locales";

    @Override
    public void install(TeaVMHost host) {
        if (!"true".equals(host.getProperties().getProperty(MARKER))) {
            return;
        }
        host.add(new ReflectiveArrayFix());
        if ("true".equals(host.getProperties().getProperty(NO_REPLACEMENTS))) {
            return;
        }
        host.add(new CharacterDataTransformer());
        host.add(new HashSizingTransformer());
        host.add(new LocaleDataTransformer(
                java.util.List.of(host.getProperties().getProperty(LOCALES, "").split(",", -1))));
        host.add(
                new MethodReference(
                        "java.lang.runtime.ObjectMethods",
                        "bootstrap",
                        ValueType.object("java.lang.invoke.MethodHandles$Lookup"),
                        ValueType.object("java.lang.String"),
                        ValueType.object("java.lang.invoke.TypeDescriptor"),
                        ValueType.object("java.lang.Class"),
                        ValueType.object("java.lang.String"),
                        ValueType.arrayOf(ValueType.object("java.lang.invoke.MethodHandle")),
                        ValueType.object("java.lang.Object")),
                new RecordObjectMethods());
        JsStringConcat concat = new JsStringConcat();
        ValueType lookup = ValueType.object("java.lang.invoke.MethodHandles$Lookup");
        ValueType string = ValueType.object("java.lang.String");
        ValueType methodType = ValueType.object("java.lang.invoke.MethodType");
        ValueType callSite = ValueType.object("java.lang.invoke.CallSite");
        host.add(
                new MethodReference(
                        "java.lang.invoke.StringConcatFactory", "makeConcat", lookup, string, methodType, callSite),
                concat);
        host.add(
                new MethodReference(
                        "java.lang.invoke.StringConcatFactory",
                        "makeConcatWithConstants",
                        lookup,
                        string,
                        methodType,
                        string,
                        ValueType.arrayOf(ValueType.object("java.lang.Object")),
                        callSite),
                concat);
    }
}
