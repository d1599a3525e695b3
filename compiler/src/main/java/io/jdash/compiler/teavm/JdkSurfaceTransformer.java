package io.jdash.compiler.teavm;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Gives JDK methods the JVM's behaviour, or adds the Java 9-17 methods TeaVM 0.16's class library lacks: each entry
 * of {@link #REDIRECTS} makes a JDK method (replacing TeaVM's body, or adding the method where TeaVM has none) call a
 * static method of {@code io.jdash.runtime.jvm} with the same parameters, preceded by {@code this} for an instance
 * method. Covers number parsing ({@code JvmNumbers}), {@code Math}/{@code StrictMath} methods ({@code JvmMath}),
 * {@code java.time} additions ({@code JvmTime}) and {@code String}/{@code Stream}/{@code Character} additions
 * ({@code JvmApis}). TeaVM instantiates it by name for each compilation.
 */
public final class JdkSurfaceTransformer implements ClassHolderTransformer {
    private static final String NUMBERS = "io.jdash.runtime.jvm.JvmNumbers";
    private static final String MATH = "io.jdash.runtime.jvm.JvmMath";
    private static final String TIME = "io.jdash.runtime.jvm.JvmTime";
    private static final String APIS = "io.jdash.runtime.jvm.JvmApis";
    private static final String CHARACTERS = "io.jdash.runtime.jvm.chars.JvmCharacters";
    private static final List<String> COMPARABLE_BUILDERS =
            List.of("java.lang.StringBuilder", "java.lang.StringBuffer");
    private static final String CHECKS = "io.jdash.runtime.jvm.JvmIndexChecks";
    private static final String BIG = "io.jdash.runtime.jvm.JvmBigDecimal";

    /** One JDK method and the static method that implements it. */
    record Redirect(String owner, MethodDescriptor method, boolean instance, String target, String targetName) {}

    static final List<Redirect> REDIRECTS = new ArrayList<>();

    /**
     * A check to run at the start of a JDK method, before TeaVM's body: a static void method taking the JDK
     * method's arguments, preceded by {@code this} as {@code self} for an instance method (null for a static one);
     * of {@code JvmIndexChecks}, or of the class a qualified {@code targetName} ({@code Class.method}) names.
     */
    record Precheck(String owner, MethodDescriptor method, ValueType self, String targetName) {}

    static final List<Precheck> PRECHECKS = new ArrayList<>();

    static {
        String string = "Ljava/lang/String;";
        for (String owner : List.of("Integer", "Long", "Short", "Byte")) {
            String type =
                    switch (owner) {
                        case "Integer" -> "I";
                        case "Long" -> "J";
                        case "Short" -> "S";
                        default -> "B";
                    };
            String parse = owner.equals("Integer") ? "parseInt" : "parse" + owner;
            add("java.lang." + owner, parse + "(" + string + ")" + type, false, NUMBERS, parse);
            add("java.lang." + owner, parse + "(" + string + "I)" + type, false, NUMBERS, parse);
            add(
                    "java.lang." + owner,
                    "decode(" + string + ")Ljava/lang/" + owner + ";",
                    false,
                    NUMBERS,
                    "decode" + (owner.equals("Integer") ? "Int" : owner));
        }
        add("java.lang.Integer", "parseUnsignedInt(" + string + ")I", false, NUMBERS, "parseUnsignedInt");
        add("java.lang.Integer", "parseUnsignedInt(" + string + "I)I", false, NUMBERS, "parseUnsignedInt");
        add("java.lang.Long", "parseUnsignedLong(" + string + ")J", false, NUMBERS, "parseUnsignedLong");
        add("java.lang.Long", "parseUnsignedLong(" + string + "I)J", false, NUMBERS, "parseUnsignedLong");
        for (String type : List.of("I", "J")) {
            String owner = type.equals("I") ? "java.lang.Integer" : "java.lang.Long";
            for (String name : List.of("divideUnsigned", "remainderUnsigned")) {
                add(owner, name + "(" + type + type + ")" + type, false, NUMBERS, name);
            }
        }
        add("java.lang.Double", "parseDouble(" + string + ")D", false, NUMBERS, "parseDouble");
        add("java.lang.Float", "parseFloat(" + string + ")F", false, NUMBERS, "parseFloat");

        for (String owner : List.of("java.lang.Math", "java.lang.StrictMath")) {
            add(owner, "fma(DDD)D", false, MATH, "fma");
            add(owner, "fma(FFF)F", false, MATH, "fma");
            add(owner, "multiplyHigh(JJ)J", false, MATH, "multiplyHigh");
            add(owner, "multiplyFull(II)J", false, MATH, "multiplyFull");
            add(owner, "absExact(I)I", false, MATH, "absExact");
            add(owner, "absExact(J)J", false, MATH, "absExact");
            for (String method : List.of(
                    "scalb(DI)D",
                    "scalb(FI)F",
                    "ulp(D)D",
                    "nextAfter(DD)D",
                    "nextAfter(FD)F",
                    "IEEEremainder(DD)D",
                    "toRadians(D)D",
                    "toDegrees(D)D",
                    "addExact(II)I",
                    "addExact(JJ)J",
                    "subtractExact(II)I",
                    "subtractExact(JJ)J",
                    "multiplyExact(II)I",
                    "multiplyExact(JI)J",
                    "multiplyExact(JJ)J",
                    "incrementExact(I)I",
                    "incrementExact(J)J",
                    "decrementExact(I)I",
                    "decrementExact(J)J",
                    "negateExact(I)I",
                    "negateExact(J)J",
                    "toIntExact(J)I")) {
                add(owner, method, false, MATH, method.substring(0, method.indexOf('(')));
            }
        }

        // exactly specified, so StrictMath's result is Math's; TeaVM's StrictMath lacks them
        for (String method : List.of("nextDown(D)D", "nextDown(F)F")) {
            add("java.lang.StrictMath", method, false, "java.lang.Math", method.substring(0, method.indexOf('(')));
        }

        String duration = "java.time.Duration";
        for (String part : List.of(
                "toDaysPart()J",
                "toHoursPart()I",
                "toMinutesPart()I",
                "toSecondsPart()I",
                "toMillisPart()I",
                "toNanosPart()I",
                "toSeconds()J")) {
            add(duration, part, true, TIME, part.substring(0, part.indexOf('(')));
        }
        add(duration, "dividedBy(Ljava/time/Duration;)J", true, TIME, "dividedBy");
        add(duration, "truncatedTo(Ljava/time/temporal/TemporalUnit;)Ljava/time/Duration;", true, TIME, "truncatedTo");
        add(
                "java.time.LocalDate",
                "ofInstant(Ljava/time/Instant;Ljava/time/ZoneId;)Ljava/time/LocalDate;",
                false,
                TIME,
                "dateOfInstant");
        add(
                "java.time.LocalTime",
                "ofInstant(Ljava/time/Instant;Ljava/time/ZoneId;)Ljava/time/LocalTime;",
                false,
                TIME,
                "timeOfInstant");
        add(
                "java.time.LocalDate",
                "toEpochSecond(Ljava/time/LocalTime;Ljava/time/ZoneOffset;)J",
                true,
                TIME,
                "toEpochSecond");
        add(
                "java.time.LocalTime",
                "toEpochSecond(Ljava/time/LocalDate;Ljava/time/ZoneOffset;)J",
                true,
                TIME,
                "toEpochSecond");
        add("java.time.OffsetTime", "toEpochSecond(Ljava/time/LocalDate;)J", true, TIME, "toEpochSecond");
        add(
                "java.time.LocalDate",
                "datesUntil(Ljava/time/LocalDate;)Ljava/util/stream/Stream;",
                true,
                TIME,
                "datesUntil");
        add(
                "java.time.LocalDate",
                "datesUntil(Ljava/time/LocalDate;Ljava/time/Period;)Ljava/util/stream/Stream;",
                true,
                TIME,
                "datesUntil");

        add("java.lang.String", "lines()Ljava/util/stream/Stream;", true, APIS, "lines");
        add("java.lang.String", "indent(I)" + string, true, APIS, "indent");
        add("java.lang.String", "transform(Ljava/util/function/Function;)Ljava/lang/Object;", true, APIS, "transform");
        add("java.lang.Character", "toString(I)" + string, false, APIS, "codePointToString");
        // Character's Unicode properties from the build JDK's tables (CharacterDataTransformer fills them)
        for (String property : List.of(
                "isLetter",
                "isDigit",
                "isLetterOrDigit",
                "isUpperCase",
                "isLowerCase",
                "isJavaIdentifierStart",
                "isJavaIdentifierPart",
                "isUnicodeIdentifierStart",
                "isUnicodeIdentifierPart",
                "isIdentifierIgnorable",
                "isDefined",
                "isMirrored",
                "isSpaceChar",
                "isWhitespace")) {
            add("java.lang.Character", property + "(I)Z", false, CHARACTERS, property);
            add("java.lang.Character", property + "(C)Z", false, CHARACTERS, property);
        }
        add("java.lang.Character", "isAlphabetic(I)Z", false, CHARACTERS, "isAlphabetic");
        add("java.lang.Character", "isIdeographic(I)Z", false, CHARACTERS, "isIdeographic");
        for (String[] mapping : new String[][] {
            {"getType", "I"},
            {"getNumericValue", "I"},
            {"getDirectionality", "B"},
            {"toUpperCase", null},
            {"toLowerCase", null},
            {"toTitleCase", null}
        }) {
            String name = mapping[0];
            add("java.lang.Character", name + "(I)" + (mapping[1] == null ? "I" : mapping[1]), false, CHARACTERS, name);
            add("java.lang.Character", name + "(C)" + (mapping[1] == null ? "C" : mapping[1]), false, CHARACTERS, name);
        }
        add("java.lang.Character", "digit(II)I", false, CHARACTERS, "digit");
        add("java.lang.Character", "digit(CI)I", false, CHARACTERS, "digit");
        String stringCase = "io.jdash.runtime.jvm.chars.JvmStringCase";
        add("java.lang.String", "toUpperCase()" + string, true, stringCase, "toUpperCase");
        add("java.lang.String", "toLowerCase()" + string, true, stringCase, "toLowerCase");
        add("java.lang.String", "equalsIgnoreCase(" + string + ")Z", true, stringCase, "equalsIgnoreCase");
        add("java.lang.String", "compareToIgnoreCase(" + string + ")I", true, stringCase, "compareToIgnoreCase");
        add("java.lang.String", "regionMatches(ZI" + string + "II)Z", true, stringCase, "regionMatches");

        String chars = "Ljava/lang/CharSequence;";
        add("java.lang.CharSequence", "compare(" + chars + chars + ")I", false, APIS, "compareChars");
        for (String builder : COMPARABLE_BUILDERS) {
            String type = "L" + builder.replace('.', '/') + ";";
            add(builder, "compareTo(" + type + ")I", true, APIS, "compareTo");
            add(builder, "compareTo(Ljava/lang/Object;)I", true, APIS, "compareTo");
        }
        add(
                "java.util.stream.Stream",
                "ofNullable(Ljava/lang/Object;)Ljava/util/stream/Stream;",
                false,
                APIS,
                "streamOfNullable");
    }

    static {
        ValueType string = ValueType.object("java.lang.String");
        ValueType chars = ValueType.object("java.lang.CharSequence");
        ValueType list = ValueType.object("java.util.List");
        String builder = "java.lang.AbstractStringBuilder";
        String self = "Ljava/lang/AbstractStringBuilder;";
        check("java.lang.String", "charAt(I)C", string, "stringCharAt");
        check("java.lang.String", "codePointAt(I)I", chars, "index");
        check("java.lang.String", "substring(I)Ljava/lang/String;", string, "substring");
        check("java.lang.String", "substring(II)Ljava/lang/String;", string, "substring");
        check("java.lang.String", "subSequence(II)Ljava/lang/CharSequence;", string, "substring");
        check("java.lang.String", "repeat(I)Ljava/lang/String;", string, "repeatCount");
        check("java.lang.String", "valueOf([CII)Ljava/lang/String;", null, "offsetCount");
        check(builder, "charAt(I)C", chars, "index");
        check(builder, "codePointAt(I)I", chars, "index");
        check(builder, "deleteCharAt(I)" + self, chars, "index");
        checkFirst(builder, "setCharAt(IC)V", chars, "index");
        for (String value : List.of(
                "Ljava/lang/String;",
                "C",
                "I",
                "J",
                "Z",
                "F",
                "D",
                "Ljava/lang/Object;",
                "Ljava/lang/CharSequence;",
                "[C")) {
            checkFirst(builder, "insert(I" + value + ")" + self, chars, "insertOffset");
        }
        check(builder, "substring(I)Ljava/lang/String;", chars, "builderRange");
        check(builder, "substring(II)Ljava/lang/String;", chars, "builderRange");
        check(builder, "delete(II)" + self, chars, "builderDelete");
        check(builder, "replace(IILjava/lang/String;)" + self, chars, "builderReplace");
        check("java.util.ArrayList", "get(I)Ljava/lang/Object;", list, "elementIndex");
        check("java.util.ArrayList", "set(ILjava/lang/Object;)Ljava/lang/Object;", list, "elementIndex");
        check("java.util.ArrayList", "remove(I)Ljava/lang/Object;", list, "elementIndex");
        check("java.util.ArrayList", "add(ILjava/lang/Object;)V", list, "addPosition");
        for (String owner : List.of("java.util.LinkedList", "java.util.AbstractSequentialList")) {
            check(owner, "get(I)Ljava/lang/Object;", list, "linkedIndex");
            check(owner, "set(ILjava/lang/Object;)Ljava/lang/Object;", list, "linkedIndex");
            check(owner, "remove(I)Ljava/lang/Object;", list, "linkedIndex");
            check(owner, "add(ILjava/lang/Object;)V", list, "linkedPosition");
        }
        check("java.util.AbstractList", "subList(II)Ljava/util/List;", list, "subList");
        check("java.util.ArrayList", "subList(II)Ljava/util/List;", list, "subList");
        check(
                "java.util.AbstractList$1",
                "next()Ljava/lang/Object;",
                ValueType.object("java.util.Iterator"),
                "hasNext");
        check("java.util.Objects", "checkIndex(II)I", null, "checkIndex");
        check("java.util.Objects", "checkFromToIndex(III)I", null, "checkFromToIndex");
        check("java.util.Objects", "checkFromIndexSize(III)I", null, "checkFromIndexSize");
        check("java.util.Collections", "nCopies(ILjava/lang/Object;)Ljava/util/List;", null, "copies");
        check("java.util.Optional", "get()Ljava/lang/Object;", ValueType.object("java.util.Optional"), "present");
        check(
                "java.util.Optional",
                "orElseThrow()Ljava/lang/Object;",
                ValueType.object("java.util.Optional"),
                "present");
        add(
                "java.lang.Enum",
                "valueOf(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Enum;",
                false,
                APIS,
                "enumValueOf");
        add("java.lang.String", "isBlank()Z", true, APIS, "isBlank");
        for (String strip : List.of("strip", "stripLeading", "stripTrailing")) {
            add("java.lang.String", strip + "()Ljava/lang/String;", true, APIS, strip);
        }
        add("java.time.Duration", "toString()Ljava/lang/String;", true, TIME, "durationToString");
    }

    static {
        String decimal = "java.math.BigDecimal";
        String bd = "Ljava/math/BigDecimal;";
        String mc = "Ljava/math/MathContext;";
        String mode = "Ljava/math/RoundingMode;";
        add(decimal, "floatValue()F", true, BIG, "floatValue");
        add(decimal, "hashCode()I", true, BIG, "hashCode");
        add("java.math.BigInteger", "hashCode()I", true, BIG, "bigIntegerHashCode");
        add(decimal, "round(" + mc + ")" + bd, true, BIG, "round");
        add(decimal, "plus(" + mc + ")" + bd, true, BIG, "round");
        add(decimal, "divide(" + bd + mc + ")" + bd, true, BIG, "divide");
        add(decimal, "movePointLeft(I)" + bd, true, BIG, "movePointLeft");
        add(decimal, "movePointRight(I)" + bd, true, BIG, "movePointRight");
        add(decimal, "longValueExact()J", true, BIG, "longValueExact");
        add(decimal, "intValueExact()I", true, BIG, "intValueExact");
        add(decimal, "precision()I", true, BIG, "precision");
        add(decimal, "compareTo(" + bd + ")I", true, BIG, "compareTo");
        add(decimal, "equals(Ljava/lang/Object;)Z", true, BIG, "equals");
        check(decimal, "<init>(Ljava/lang/String;)V", null, BIG + ".checkDecimalText");
        ValueType self = ValueType.object(decimal);
        for (String method : List.of("divide", "remainder", "divideToIntegralValue")) {
            check(decimal, method + "(" + bd + ")" + bd, self, BIG + ".checkDivisor");
        }
        for (String method : List.of("remainder", "divideToIntegralValue")) {
            check(decimal, method + "(" + bd + mc + ")" + bd, self, BIG + ".checkDivisor");
        }
        check(decimal, "divideAndRemainder(" + bd + ")[" + bd, self, BIG + ".checkDivisor");
        check(decimal, "divideAndRemainder(" + bd + mc + ")[" + bd, self, BIG + ".checkDivisor");
        check(decimal, "divide(" + bd + "I" + mode + ")" + bd, self, BIG + ".checkScaledDivisor");
        check(decimal, "divide(" + bd + "II)" + bd, self, BIG + ".checkScaledDivisor");
        check(decimal, "divide(" + bd + mode + ")" + bd, self, BIG + ".checkRoundedDivisor");
        check(decimal, "divide(" + bd + "I)" + bd, self, BIG + ".checkRoundedDivisor");
    }

    private static void check(String owner, String method, ValueType self, String targetName) {
        PRECHECKS.add(new Precheck(owner, MethodDescriptor.parse(method), self, targetName));
    }

    /** A check of only the first (offset) argument. */
    private static void checkFirst(String owner, String method, ValueType self, String targetName) {
        PRECHECKS.add(new Precheck(owner, MethodDescriptor.parse(method), self, targetName + "#1"));
    }

    private static void add(String owner, String method, boolean instance, String target, String targetName) {
        REDIRECTS.add(new Redirect(owner, MethodDescriptor.parse(method), instance, target, targetName));
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (COMPARABLE_BUILDERS.contains(cls.getName())) {
            // Comparable since Java 11; TeaVM's are not
            cls.getInterfaces().add("java.lang.Comparable");
        }
        for (Redirect r : REDIRECTS) {
            if (r.owner().equals(cls.getName())) {
                redirect(cls, context, r);
            }
        }
        for (Precheck p : PRECHECKS) {
            if (p.owner().equals(cls.getName())) {
                precheck(cls, p);
            }
        }
    }

    private static void precheck(ClassHolder cls, Precheck p) {
        MethodHolder method = cls.getMethod(p.method());
        if (method == null || method.getProgram() == null || method.getProgram().basicBlockCount() == 0) {
            return;
        }
        Program program = method.getProgram();
        String name = p.targetName();
        String target = CHECKS;
        if (name.contains(".")) {
            target = name.substring(0, name.lastIndexOf('.'));
            name = name.substring(name.lastIndexOf('.') + 1);
        }
        int count = p.method().parameterCount();
        if (name.endsWith("#1")) {
            name = name.substring(0, name.length() - 2);
            count = 1;
        }
        List<ValueType> types = new ArrayList<>();
        List<Variable> args = new ArrayList<>();
        if (p.self() != null) {
            types.add(p.self());
            args.add(program.variableAt(0));
        }
        for (int i = 0; i < count; i++) {
            types.add(p.method().parameterType(i));
            args.add(program.variableAt(i + 1));
        }
        types.add(ValueType.VOID);
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(new MethodReference(target, name, types.toArray(ValueType[]::new)));
        call.setArguments(args.toArray(Variable[]::new));
        program.basicBlockAt(0).addFirst(call);
    }

    private static void redirect(ClassHolder cls, ClassHolderTransformerContext context, Redirect r) {
        ProgramEmitter pe = MethodBodies.added(cls, context, r.method(), AccessLevel.PUBLIC, !r.instance());
        ValueType[] params = r.method().getParameterTypes();
        int self = r.instance() ? 1 : 0;
        ValueType[] targetParams = new ValueType[params.length + self + 1];
        ValueEmitter[] args = new ValueEmitter[params.length + self];
        if (r.instance()) {
            targetParams[0] = ValueType.object(cls.getName());
            args[0] = pe.var(0, targetParams[0]);
        }
        for (int i = 0; i < params.length; i++) {
            targetParams[i + self] = params[i];
            args[i + self] = pe.var(i + 1, params[i]);
        }
        targetParams[targetParams.length - 1] = r.method().getResultType();
        pe.invoke(new MethodReference(r.target(), r.targetName(), targetParams), args)
                .returnValue();
    }
}
