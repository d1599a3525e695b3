package io.jdash.compiler.teavm;

import java.util.List;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ClassReader;
import org.teavm.model.ElementModifier;
import org.teavm.model.FieldHolder;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Gives {@code java.text.DecimalFormat}, {@code NumberFormat} and {@code DecimalFormatSymbols} the JDK's behaviour
 * and locale data in a bundle, in a few KB: each DecimalFormat carries a {@code JvmDecimalFormat} (the JDK's
 * pattern, rounding and parsing rules), and every public method of DecimalFormat, including those it inherits from
 * NumberFormat, calls the engine's method of the same signature. NumberFormat's factories build DecimalFormats from
 * the locale tables of {@code JvmLocales}, and {@code new DecimalFormatSymbols(locale)} reads them too (TeaVM's
 * own data is another CLDR version and, for a bundle, only en_US), and so do {@code Month.getDisplayName} and
 * {@code DayOfWeek.getDisplayName}; {@code Locale.forLanguageTag} is added. The class keeps its name and type, so a
 * DecimalFormat may go anywhere a NumberFormat or Format goes. TeaVM instantiates this transformer by name.
 */
public final class LeanNumberFormatTransformer implements ClassHolderTransformer {
    private static final String DECIMAL_FORMAT = "java.text.DecimalFormat";
    private static final String NUMBER_FORMAT = "java.text.NumberFormat";
    private static final String SYMBOLS = "java.text.DecimalFormatSymbols";
    private static final String ENGINE = "io.jdash.runtime.jvm.text.JvmDecimalFormat";
    private static final String LOCALES = "io.jdash.runtime.jvm.locale.JvmLocales";
    private static final String ENGINE_FIELD = "jdash$engine";
    private static final String CASE = "io.jdash.runtime.jvm.locale.JvmCase";
    private static final ValueType ENGINE_TYPE = ValueType.object(ENGINE);
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType LOCALE = ValueType.object("java.util.Locale");
    private static final ValueType SYMBOLS_TYPE = ValueType.object(SYMBOLS);
    private static final ValueType NUMBER_FORMAT_TYPE = ValueType.object(NUMBER_FORMAT);
    private static final MethodReference NUMBER_FORMAT_INIT =
            new MethodReference(NUMBER_FORMAT, "<init>", ValueType.VOID);
    /** The factories of NumberFormat, by name, and the kind of pattern of JvmLocales each uses. */
    private static final List<String> FACTORIES = List.of(
            "getInstance", "getNumberInstance", "getIntegerInstance", "getPercentInstance", "getCurrencyInstance");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(CASE)) {
            redirectCaseMapping(cls);
        }
        switch (cls.getName()) {
            case DECIMAL_FORMAT -> decimalFormat(cls, context);
            case NUMBER_FORMAT -> numberFormat(cls, context);
            case SYMBOLS -> symbols(cls, context);
            case "java.time.format.SimpleDateTimeTextProvider" -> dateTexts(cls, context);
            case "java.time.Month" -> displayName(cls, context, "monthName");
            case "java.time.DayOfWeek" -> displayName(cls, context, "dayName");
            case "java.util.Locale" -> {
                // Java 7's Locale.forLanguageTag, which TeaVM's Locale lacks
                MethodDescriptor forTag = new MethodDescriptor("forLanguageTag", STRING, LOCALE);
                ProgramEmitter pe = MethodBodies.added(cls, context, forTag, AccessLevel.PUBLIC);
                cls.getMethod(forTag).getModifiers().add(ElementModifier.STATIC);
                pe.invoke(new MethodReference(LOCALES, "forLanguageTag", STRING, LOCALE), pe.var(1, STRING))
                        .returnValue();
            }
            default -> {}
        }
    }

    private static void decimalFormat(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType self = ValueType.object(DECIMAL_FORMAT);
        FieldHolder field = new FieldHolder(ENGINE_FIELD);
        field.setType(ENGINE_TYPE);
        field.setLevel(AccessLevel.PRIVATE);
        cls.addField(field);
        constructor(cls, context, new MethodDescriptor("<init>", ValueType.VOID));
        constructor(cls, context, new MethodDescriptor("<init>", STRING, ValueType.VOID));
        constructor(cls, context, new MethodDescriptor("<init>", STRING, SYMBOLS_TYPE, ValueType.VOID));
        MethodDescriptor wrap = new MethodDescriptor("<init>", ENGINE_TYPE, ValueType.VOID);
        ProgramEmitter pe = MethodBodies.added(cls, context, wrap, AccessLevel.PRIVATE);
        pe.var(0, self).invokeSpecial(NUMBER_FORMAT_INIT);
        pe.var(0, self).setField(ENGINE_FIELD, pe.var(1, ENGINE_TYPE));
        pe.exit();

        pe = MethodBodies.added(cls, context, new MethodDescriptor("clone", OBJECT), AccessLevel.PUBLIC);
        ValueEmitter copy = engine(pe, self).invokeVirtual("copy", ENGINE_TYPE);
        pe.construct(DECIMAL_FORMAT, copy).returnValue();

        pe = MethodBodies.added(
                cls, context, new MethodDescriptor("equals", OBJECT, ValueType.BOOLEAN), AccessLevel.PUBLIC);
        engine(pe, self)
                .invokeVirtual("equalsFormat", ValueType.BOOLEAN, pe.var(1, OBJECT))
                .returnValue();
        pe = MethodBodies.added(cls, context, new MethodDescriptor("hashCode", ValueType.INTEGER), AccessLevel.PUBLIC);
        engine(pe, self).invokeVirtual("hashCode", ValueType.INTEGER).returnValue();

        // TeaVM's static tables (powers of ten) serve only its own formatting, which the engine replaced: without
        // them, a method still reading one fails the build naming it, rather than every bundle making them
        MethodHolder init = cls.getMethod(new MethodDescriptor("<clinit>", ValueType.VOID));
        if (init != null) {
            cls.removeMethod(init);
        }
        for (FieldHolder table : List.copyOf(cls.getFields())) {
            if (table.hasModifier(ElementModifier.STATIC)) {
                cls.removeField(table);
            }
        }
        // TeaVM's toPattern reads state the engine replaced: without it, a call is a build error naming the call
        MethodHolder toPattern = cls.getMethod(new MethodDescriptor("toPattern", STRING));
        if (toPattern != null) {
            cls.removeMethod(toPattern);
        }
        ClassReader engineClass = context.getHierarchy().getClassSource().get(ENGINE);
        for (MethodReader m : engineClass.getMethods()) {
            if (m.getLevel() != AccessLevel.PUBLIC
                    || m.hasModifier(ElementModifier.STATIC)
                    || m.getName().equals("<init>")
                    || m.getName().equals("copy")
                    || m.getName().equals("equalsFormat")
                    || m.getName().equals("hashCode")) {
                continue;
            }
            MethodDescriptor descriptor = m.getDescriptor();
            pe = MethodBodies.added(cls, context, descriptor, AccessLevel.PUBLIC);
            ValueType[] params = descriptor.getParameterTypes();
            ValueEmitter[] args = new ValueEmitter[params.length];
            for (int i = 0; i < params.length; i++) {
                args[i] = pe.var(i + 1, params[i]);
            }
            ValueEmitter result =
                    engine(pe, self).invokeVirtual(descriptor.getName(), descriptor.getResultType(), args);
            if (descriptor.getResultType() == ValueType.VOID) {
                pe.exit();
            } else {
                result.returnValue();
            }
        }
    }

    /** A DecimalFormat constructor: NumberFormat's, then an engine made from the same arguments. */
    private static void constructor(
            ClassHolder cls, ClassHolderTransformerContext context, MethodDescriptor descriptor) {
        ValueType self = ValueType.object(DECIMAL_FORMAT);
        ProgramEmitter pe = MethodBodies.added(cls, context, descriptor, AccessLevel.PUBLIC);
        pe.var(0, self).invokeSpecial(NUMBER_FORMAT_INIT);
        ValueType[] params = descriptor.getParameterTypes();
        ValueEmitter[] args = new ValueEmitter[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = pe.var(i + 1, params[i]);
        }
        pe.var(0, self).setField(ENGINE_FIELD, pe.construct(ENGINE, args));
        pe.exit();
    }

    private static ValueEmitter engine(ProgramEmitter pe, ValueType self) {
        return pe.var(0, self).getField(ENGINE_FIELD, ENGINE_TYPE);
    }

    private static void numberFormat(ClassHolder cls, ClassHolderTransformerContext context) {
        // TeaVM's currency accessors read a field its constructor (replaced below) set: without them, a call is a
        // build error naming the call, not a silent null
        ValueType currency = ValueType.object("java.util.Currency");
        for (MethodDescriptor d : List.of(
                new MethodDescriptor("getCurrency", currency),
                new MethodDescriptor("setCurrency", currency, ValueType.VOID))) {
            MethodHolder m = cls.getMethod(d);
            if (m != null) {
                cls.removeMethod(m);
            }
        }
        // NumberFormat's own state is never read (DecimalFormat answers every getter), so its constructor only
        // constructs a Format: TeaVM's would look up a Currency with its own locale data
        ProgramEmitter pe =
                MethodBodies.added(cls, context, new MethodDescriptor("<init>", ValueType.VOID), AccessLevel.PUBLIC);
        pe.var(0, NUMBER_FORMAT_TYPE).invokeSpecial(new MethodReference("java.text.Format", "<init>", ValueType.VOID));
        pe.exit();
        for (String name : FACTORIES) {
            int kind =
                    switch (name) {
                        case "getIntegerInstance" -> 1;
                        case "getPercentInstance" -> 2;
                        case "getCurrencyInstance" -> 3;
                        default -> 0;
                    };
            MethodReference factory =
                    new MethodReference(LOCALES, "numberFormat", LOCALE, ValueType.INTEGER, NUMBER_FORMAT_TYPE);
            MethodDescriptor withLocale = new MethodDescriptor(name, LOCALE, NUMBER_FORMAT_TYPE);
            if (cls.getMethod(withLocale) != null) {
                pe = MethodBodies.added(cls, context, withLocale, AccessLevel.PUBLIC);
                pe.invoke(factory, pe.var(1, LOCALE), pe.constant(kind)).returnValue();
            }
            MethodDescriptor plain = new MethodDescriptor(name, NUMBER_FORMAT_TYPE);
            if (cls.getMethod(plain) != null) {
                pe = MethodBodies.added(cls, context, plain, AccessLevel.PUBLIC);
                ValueEmitter locale = pe.invoke(new MethodReference(LOCALES, "defaultLocale", LOCALE));
                pe.invoke(factory, locale, pe.constant(kind)).returnValue();
            }
        }
        // format(double) takes the JDK's fast path where a DecimalFormat allows it: NumberFormat's final
        // format(double) calls formatNumber(double), which DecimalFormat overrides with the engine's
        MethodDescriptor formatNumber = new MethodDescriptor("formatNumber", ValueType.DOUBLE, STRING);
        ValueType buffer = ValueType.object("java.lang.StringBuffer");
        ValueType position = ValueType.object("java.text.FieldPosition");
        pe = MethodBodies.added(cls, context, formatNumber, AccessLevel.PUBLIC);
        pe.var(0, NUMBER_FORMAT_TYPE)
                .invokeVirtual(
                        "format",
                        buffer,
                        pe.var(1, ValueType.DOUBLE),
                        pe.construct("java.lang.StringBuffer"),
                        pe.construct("java.text.FieldPosition", pe.constant(0)))
                .invokeVirtual("toString", STRING)
                .returnValue();
        MethodDescriptor formatDouble = new MethodDescriptor("format", ValueType.DOUBLE, STRING);
        if (cls.getMethod(formatDouble) != null) {
            pe = MethodBodies.added(cls, context, formatDouble, AccessLevel.PUBLIC);
            pe.var(0, NUMBER_FORMAT_TYPE)
                    .invokeVirtual("formatNumber", STRING, pe.var(1, ValueType.DOUBLE))
                    .returnValue();
        }
        MethodDescriptor parse = new MethodDescriptor("parse", STRING, ValueType.object("java.lang.Number"));
        if (cls.getMethod(parse) != null) {
            pe = MethodBodies.added(cls, context, parse, AccessLevel.PUBLIC);
            pe.invoke(
                            new MethodReference(
                                    ENGINE,
                                    "parseOrThrow",
                                    NUMBER_FORMAT_TYPE,
                                    STRING,
                                    ValueType.object("java.lang.Number")),
                            pe.var(0, NUMBER_FORMAT_TYPE),
                            pe.var(1, STRING))
                    .returnValue();
        }
    }

    private static void symbols(ClassHolder cls, ClassHolderTransformerContext context) {
        // the JDK's symbols that TeaVM's class lacks: currency symbols and the monetary grouping separator
        accessor(cls, context, "currencySymbol", "CurrencySymbol", STRING);
        accessor(cls, context, "internationalCurrencySymbol", "InternationalCurrencySymbol", STRING);
        accessor(cls, context, "monetaryGroupingSeparator", "MonetaryGroupingSeparator", ValueType.CHARACTER);
        MethodDescriptor withLocale = new MethodDescriptor("<init>", LOCALE, ValueType.VOID);
        ProgramEmitter pe = MethodBodies.added(cls, context, withLocale, AccessLevel.PUBLIC);
        ValueEmitter self = pe.var(0, SYMBOLS_TYPE);
        self.invokeSpecial(new MethodReference("java.lang.Object", "<init>", ValueType.VOID));
        self.setField("locale", pe.var(1, LOCALE));
        pe.invoke(
                new MethodReference(LOCALES, "fillSymbols", SYMBOLS_TYPE, LOCALE, ValueType.VOID),
                self,
                pe.var(1, LOCALE));
        pe.exit();
        pe = MethodBodies.added(cls, context, new MethodDescriptor("<init>", ValueType.VOID), AccessLevel.PUBLIC);
        ValueEmitter locale = pe.invoke(new MethodReference(LOCALES, "defaultLocale", LOCALE));
        pe.var(0, SYMBOLS_TYPE).invokeSpecial(new MethodReference(SYMBOLS, withLocale), locale);
        pe.exit();
    }

    /** Points {@code s.toUpperCase(locale)} and {@code s.toLowerCase(locale)} at JvmCase. */
    private static void redirectCaseMapping(ClassHolder cls) {
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() == null) {
                continue;
            }
            for (org.teavm.model.BasicBlock block : method.getProgram().getBasicBlocks()) {
                for (org.teavm.model.Instruction insn : block) {
                    if (insn instanceof org.teavm.model.instructions.InvokeInstruction call
                            && call.getInstance() != null
                            && call.getMethod().getClassName().equals("java.lang.String")
                            && (call.getMethod().getName().equals("toUpperCase")
                                    || call.getMethod().getName().equals("toLowerCase"))
                            && call.getArguments().size() == 1) {
                        call.setMethod(
                                new MethodReference(CASE, call.getMethod().getName(), STRING, LOCALE, STRING));
                        call.setArguments(
                                call.getInstance(), call.getArguments().get(0));
                        call.setInstance(null);
                        call.setType(org.teavm.model.instructions.InvocationType.SPECIAL);
                    }
                }
            }
        }
    }

    /**
     * The texts java.time's formatter prints (month, day, AM/PM and era names) from the locale tables: TeaVM's
     * provider reads its own data, which in a bundle has en_US only. Parsing texts still reads TeaVM's.
     */
    private static void dateTexts(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType field = ValueType.object("java.time.temporal.TemporalField");
        ValueType style = ValueType.object("java.time.format.TextStyle");
        MethodDescriptor descriptor = new MethodDescriptor("getText", field, ValueType.LONG, style, LOCALE, STRING);
        if (cls.getMethod(descriptor) == null) {
            return;
        }
        ProgramEmitter pe = MethodBodies.added(cls, context, descriptor, AccessLevel.PUBLIC);
        pe.invoke(
                        new MethodReference(LOCALES, "text", field, ValueType.LONG, style, LOCALE, STRING),
                        pe.var(1, field),
                        pe.var(2, ValueType.LONG),
                        pe.var(3, style),
                        pe.var(4, LOCALE))
                .returnValue();
    }

    /** {@code getDisplayName(TextStyle, Locale)} of Month or DayOfWeek from the locale tables. */
    private static void displayName(ClassHolder cls, ClassHolderTransformerContext context, String target) {
        ValueType self = ValueType.object(cls.getName());
        ValueType style = ValueType.object("java.time.format.TextStyle");
        MethodDescriptor descriptor = new MethodDescriptor("getDisplayName", style, LOCALE, STRING);
        if (cls.getMethod(descriptor) == null) {
            return;
        }
        ProgramEmitter pe = MethodBodies.added(cls, context, descriptor, AccessLevel.PUBLIC);
        pe.invoke(
                        new MethodReference(LOCALES, target, self, style, LOCALE, STRING),
                        pe.var(0, self),
                        pe.var(1, style),
                        pe.var(2, LOCALE))
                .returnValue();
    }

    /** Adds a field and its getter and setter ({@code getX}/{@code setX}). */
    private static void accessor(
            ClassHolder cls, ClassHolderTransformerContext context, String name, String property, ValueType type) {
        String fieldName = "jdash$" + name;
        FieldHolder field = new FieldHolder(fieldName);
        field.setType(type);
        field.setLevel(AccessLevel.PRIVATE);
        cls.addField(field);
        ProgramEmitter pe =
                MethodBodies.added(cls, context, new MethodDescriptor("get" + property, type), AccessLevel.PUBLIC);
        pe.var(0, SYMBOLS_TYPE).getField(fieldName, type).returnValue();
        pe = MethodBodies.added(
                cls, context, new MethodDescriptor("set" + property, type, ValueType.VOID), AccessLevel.PUBLIC);
        pe.var(0, SYMBOLS_TYPE).setField(fieldName, pe.var(1, type));
        pe.exit();
    }
}
