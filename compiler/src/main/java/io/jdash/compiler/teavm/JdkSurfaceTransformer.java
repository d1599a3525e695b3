package io.jdash.compiler.teavm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.GetFieldInstruction;
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
    record Redirect(
            String owner,
            MethodDescriptor method,
            boolean instance,
            String target,
            String targetName,
            boolean packed) {}

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

        timeRules();

        add("java.lang.String", "lines()Ljava/util/stream/Stream;", true, APIS, "lines");
        add("java.lang.String", "indent(I)" + string, true, APIS, "indent");
        add("java.lang.String", "transform(Ljava/util/function/Function;)Ljava/lang/Object;", true, APIS, "transform");
        add("java.lang.String", "describeConstable()Ljava/util/Optional;", true, APIS, "describeConstable");
        add("java.lang.String", "translateEscapes()Ljava/lang/String;", true, APIS, "translateEscapes");
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
        add("java.lang.Long", "hashCode(J)I", false, APIS, "longHashCode");
        add("java.util.Vector", "elements()Ljava/util/Enumeration;", true, APIS, "vectorElements");
        add("java.util.Collection", "parallelStream()Ljava/util/stream/Stream;", true, APIS, "parallelStream");
        for (String kind : List.of("Int", "Long", "Double")) {
            String stream = "java.util.stream." + kind + "Stream";
            String type = "()Ljava/util/stream/" + kind + "Stream;";
            add(stream, "parallel" + type, true, APIS, "same" + kind + "s");
            add(stream, "sequential" + type, true, APIS, "same" + kind + "s");
        }
        add("java.util.Enumeration", "asIterator()Ljava/util/Iterator;", true, APIS, "asIterator");
        add("java.math.BigInteger", "sqrtAndRemainder()[Ljava/math/BigInteger;", true, APIS, "sqrtAndRemainder");
        integerTexts();
        for (String[] range : new String[][] {{"I", "parseInt"}, {"J", "parseLong"}}) {
            String owner = range[0].equals("I") ? "java.lang.Integer" : "java.lang.Long";
            String name = range[1];
            String unsigned = name.equals("parseInt") ? "parseUnsignedInt" : "parseUnsignedLong";
            add(owner, name + "(" + chars + "III)" + range[0], false, NUMBERS, name);
            add(owner, unsigned + "(" + chars + "III)" + range[0], false, NUMBERS, unsigned);
        }
        addArrayComparisons();
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
        for (String owner : List.of("java.lang.StringBuilder", "java.lang.StringBuffer")) {
            check(owner, "<init>(I)V", null, "builderCapacity");
            add(owner, "indexOf(Ljava/lang/String;I)I", true, APIS, "indexOf");
        }
        check(builder, "appendCodePoint(I)" + self, chars, "codePoint");
        check(builder, "insert(I[CII)" + self, chars, "insertChars");
        check(builder, "append([CII)" + self, chars, "appendChars");
        check(builder, "append(Ljava/lang/CharSequence;II)" + self, chars, "appendRange");
        check(builder, "insert(ILjava/lang/CharSequence;II)" + self, chars, "insertRange");
        check(builder, "getChars(II[CI)V", chars, "builderGetChars");
        check("java.lang.String", "getChars(II[CI)V", string, "stringGetChars");
        for (String owner : List.of("java.lang.String", builder)) {
            check(owner, "codePointCount(II)I", chars, "codePointRange");
            check(owner, "codePointBefore(I)I", chars, "codePointBefore");
        }
        check("java.lang.String", "<init>([III)V", null, "codePoints");
        add("java.lang.String", "indexOf(Ljava/lang/String;I)I", true, APIS, "indexOf");
        add("java.lang.String", "startsWith(Ljava/lang/String;I)Z", true, APIS, "startsWith");
        add("java.lang.String", "stripIndent()Ljava/lang/String;", true, APIS, "stripIndent");
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
        // sub-lists of ArrayList and of the AbstractList subclasses: the JDK's check their index as ArrayList does
        String sub = "java.util.AbstractList$SubAbstractList";
        check(sub, "get(I)Ljava/lang/Object;", list, "elementIndex");
        check(sub, "set(ILjava/lang/Object;)Ljava/lang/Object;", list, "elementIndex");
        check(sub, "remove(I)Ljava/lang/Object;", list, "elementIndex");
        check(sub, "add(ILjava/lang/Object;)V", list, "addPosition");
        check(sub, "listIterator(I)Ljava/util/ListIterator;", list, "position");
        check("java.util.AbstractList", "listIterator(I)Ljava/util/ListIterator;", list, "position");
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
        check("java.util.Optional", "get()Ljava/lang/Object;", ValueType.object("java.util.Optional"), "present");
        check(
                "java.util.Optional",
                "orElseThrow()Ljava/lang/Object;",
                ValueType.object("java.util.Optional"),
                "present");
        for (String[] optional : new String[][] {{"Int", "I"}, {"Long", "J"}, {"Double", "D"}}) {
            String owner = "java.util.Optional" + optional[0];
            ValueType type = ValueType.object(owner);
            check(owner, "getAs" + optional[0] + "()" + optional[1], type, "present" + optional[0]);
            check(owner, "orElseThrow()" + optional[1], type, "present" + optional[0]);
        }
        check("java.util.ArrayList", "<init>(I)V", null, "capacity");
        add(
                "java.lang.Enum",
                "valueOf(Ljava/lang/Class;Ljava/lang/String;)Ljava/lang/Enum;",
                false,
                APIS,
                "enumValueOf");
        collections();
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

    /**
     * Radix texts of longs and unsigned ints ({@code JvmIntegerTexts}), {@code Character}'s surrogate arithmetic
     * ({@code JvmCodePoints}), {@code BigInteger}'s bitwise operations, conversions to floating point, inverse
     * and text check ({@code JvmBigIntegers}), and the boxes' saturating {@code intValue}/{@code longValue} ({@code JvmFloats}).
     */
    private static void integerTexts() {
        String texts = "io.jdash.runtime.jvm.JvmIntegerTexts";
        add("java.lang.Long", "toString(JI)Ljava/lang/String;", false, texts, "toString");
        add("java.lang.Long", "toUnsignedString(JI)Ljava/lang/String;", false, texts, "toUnsignedString");
        add("java.lang.Integer", "toUnsignedString(II)Ljava/lang/String;", false, texts, "toUnsignedString");
        String codePoints = "io.jdash.runtime.jvm.chars.JvmCodePoints";
        add("java.lang.Character", "isBmpCodePoint(I)Z", false, codePoints, "isBmpCodePoint");
        add("java.lang.Character", "highSurrogate(I)C", false, codePoints, "highSurrogate");
        add("java.lang.Character", "lowSurrogate(I)C", false, codePoints, "lowSurrogate");
        add("java.lang.Character", "toCodePoint(CC)I", false, codePoints, "toCodePoint");
        add("java.lang.Character", "toChars(I)[C", false, codePoints, "toChars");
        add("java.lang.Character", "toChars(I[CI)I", false, codePoints, "toChars");
        String big = "io.jdash.runtime.jvm.JvmBigIntegers";
        String type = "Ljava/math/BigInteger;";
        for (String operation : List.of("and", "or", "xor", "andNot")) {
            add("java.math.BigInteger", operation + "(" + type + ")" + type, true, big, operation);
        }
        for (String operation : List.of("setBit", "clearBit", "flipBit")) {
            add("java.math.BigInteger", operation + "(I)" + type, true, big, operation);
        }
        add("java.math.BigInteger", "modInverse(" + type + ")" + type, true, big, "modInverse");
        add("java.lang.Double", "intValue()I", true, "io.jdash.runtime.jvm.JvmFloats", "intValue");
        add("java.lang.Float", "intValue()I", true, "io.jdash.runtime.jvm.JvmFloats", "intValue");
        add("java.lang.Double", "longValue()J", true, "io.jdash.runtime.jvm.JvmFloats", "longValue");
        add("java.lang.Float", "longValue()J", true, "io.jdash.runtime.jvm.JvmFloats", "longValue");
        check(
                "java.math.BigDecimal",
                "valueOf(D)Ljava/math/BigDecimal;",
                null,
                BIG + (valueOfReadsText() ? ".checkValueOf" : ".checkValueOfFinite"));
        add("java.math.BigInteger", "doubleValue()D", true, big, "doubleValue");
        add("java.math.BigInteger", "floatValue()F", true, big, "floatValue");
        check("java.math.BigInteger", "<init>(Ljava/lang/String;I)V", null, big + ".checkText");
        add("java.util.OptionalDouble", "equals(Ljava/lang/Object;)Z", true, APIS, "optionalEquals");
        add("java.lang.Class", "toString()Ljava/lang/String;", true, APIS, "classText");
        String bitSet = "java.util.BitSet";
        String bits = "io.jdash.runtime.jvm.JvmBitSets.";
        check(bitSet, "<init>(I)V", null, bits + "size");
        for (String one : List.of("get(I)Z", "set(I)V", "clear(I)V", "flip(I)V")) {
            check(bitSet, one, null, bits + "bitIndex");
        }
        checkFirst(bitSet, "set(IZ)V", null, bits + "bitIndex", 1);
        for (String range : List.of("get(II)Ljava/util/BitSet;", "set(II)V", "clear(II)V", "flip(II)V")) {
            check(bitSet, range, null, bits + "range");
        }
        checkFirst(bitSet, "set(IIZ)V", null, bits + "range", 2);
        check(bitSet, "nextSetBit(I)I", null, bits + "next");
        check(bitSet, "nextClearBit(I)I", null, bits + "next");
        check(bitSet, "previousSetBit(I)I", null, bits + "previous");
        check(bitSet, "previousClearBit(I)I", null, bits + "previous");
        String throwables = "io.jdash.runtime.jvm.JvmThrowables";
        ValueType throwable = ValueType.object("java.lang.Throwable");
        for (String constructor : List.of(
                "<init>(Ljava/lang/String;Ljava/lang/Throwable;)V",
                "<init>(Ljava/lang/Throwable;)V",
                "<init>(Ljava/lang/String;Ljava/lang/Throwable;ZZ)V")) {
            checkFirst("java.lang.Throwable", constructor, throwable, throwables + ".causeGiven", 0);
        }
        check(
                "java.lang.Throwable",
                "initCause(Ljava/lang/Throwable;)Ljava/lang/Throwable;",
                throwable,
                throwables + ".initCause");
        check("java.lang.Throwable", "addSuppressed(Ljava/lang/Throwable;)V", throwable, throwables + ".addSuppressed");
        String units = "io.jdash.runtime.jvm.JvmTimeUnits";
        String unit = "java.util.concurrent.TimeUnit";
        add(unit, "convert(JLjava/util/concurrent/TimeUnit;)J", true, units, "convert");
        for (String to : List.of("toNanos", "toMicros", "toMillis", "toSeconds", "toMinutes", "toHours", "toDays")) {
            add(unit, to + "(J)J", true, units, to);
        }
        check(
                "java.util.EnumSet",
                "range(Ljava/lang/Enum;Ljava/lang/Enum;)Ljava/util/EnumSet;",
                null,
                APIS + ".enumRange");
        check("java.util.EnumMap", "<init>(Ljava/util/Map;)V", null, APIS + ".enumMapSource");
        ValueType vector = ValueType.object("java.util.Vector");
        String legacy = "io.jdash.runtime.jvm.JvmLegacyTime";
        add("java.util.Date", "from(Ljava/time/Instant;)Ljava/util/Date;", false, legacy, "dateFrom");
        add("java.util.Date", "toInstant()Ljava/time/Instant;", true, legacy, "toInstant");
        add("java.util.Calendar", "toInstant()Ljava/time/Instant;", true, legacy, "toInstant");
        add("java.util.Calendar", "getWeekYear()I", true, legacy, "weekYear");
        add("java.util.TimeZone", "getTimeZone(Ljava/time/ZoneId;)Ljava/util/TimeZone;", false, legacy, "timeZoneOf");
        add("java.util.TimeZone", "toZoneId()Ljava/time/ZoneId;", true, legacy, "toZoneId");
        add("java.util.Calendar", "setWeekDate(III)V", true, legacy, "setWeekDate");
        add(
                "java.util.Calendar",
                "getDisplayName(IILjava/util/Locale;)Ljava/lang/String;",
                true,
                legacy,
                "displayName");
        add("java.util.Calendar", "getDisplayNames(IILjava/util/Locale;)Ljava/util/Map;", true, legacy, "displayNames");
        String locales = "io.jdash.runtime.jvm.locale.JvmLocales";
        add("java.util.Calendar", "resolveFirstDayOfWeek(Ljava/util/Locale;)I", false, locales, "firstDayOfWeek");
        add(
                "java.util.Calendar",
                "resolveMinimalDaysInFirstWeek(Ljava/util/Locale;)I",
                false,
                locales,
                "minimalDaysInFirstWeek");
        String vectors = "io.jdash.runtime.jvm.JvmVectors.";
        checkFirst("java.util.Vector", "add(ILjava/lang/Object;)V", vector, vectors + "position", 1);
        check("java.util.Vector", "get(I)Ljava/lang/Object;", vector, vectors + "index");
        check("java.util.Vector", "remove(I)Ljava/lang/Object;", vector, vectors + "index");
        checkFirst("java.util.Vector", "set(ILjava/lang/Object;)Ljava/lang/Object;", vector, vectors + "index", 1);
        check("java.util.Vector", "elementAt(I)Ljava/lang/Object;", vector, vectors + "element");
        check("java.util.Vector", "setElementAt(Ljava/lang/Object;I)V", vector, vectors + "setElement");
        check("java.util.Vector", "removeElementAt(I)V", vector, vectors + "removeElement");
        check("java.util.Vector", "insertElementAt(Ljava/lang/Object;I)V", vector, vectors + "insertElement");
        check("java.util.Vector", "lastIndexOf(Ljava/lang/Object;I)I", vector, vectors + "lastIndex");
        check("java.util.Vector", "indexOf(Ljava/lang/Object;I)I", vector, vectors + "firstIndex");
        check("java.util.Vector", "copyInto([Ljava/lang/Object;)V", vector, vectors + "copyInto");
        check("java.util.Vector", "<init>(I)V", null, vectors + "capacity");
        checkFirst("java.util.Vector", "<init>(II)V", null, vectors + "capacity", 1);
        check("java.util.EnumSet", "copyOf(Ljava/util/Collection;)Ljava/util/EnumSet;", null, APIS + ".enumSetSource");
    }

    /**
     * Whether the build JDK's {@code BigDecimal.valueOf(NaN)} reads {@code Double.toString}'s text and refuses its
     * first letter (Java 17), or refuses the value first ({@code Infinite or NaN}, later JDKs): observed, so the
     * bundle answers as the server that built it.
     */
    private static boolean valueOfReadsText() {
        try {
            java.math.BigDecimal.valueOf(Double.NaN);
            return true;
        } catch (NumberFormatException e) {
            return !"Infinite or NaN".equals(e.getMessage());
        }
    }

    /**
     * {@code Arrays.compare}/{@code compareUnsigned} and the {@code Comparator} forms of Java 9, and Java 8's
     * {@code parallelPrefix}, which TeaVM lacks ({@code JvmArrays}).
     */
    private static void addArrayComparisons() {
        String arrays = "java.util.Arrays";
        String target = "io.jdash.runtime.jvm.JvmArrays";
        for (String element : List.of("Z", "B", "C", "S", "I", "J", "F", "D", "Ljava/lang/Comparable;")) {
            add(arrays, "compare([" + element + "[" + element + ")I", false, target, "compare");
            add(arrays, "compare([" + element + "II[" + element + "II)I", false, target, "compare");
        }
        String ranges = target + ".";
        for (String element : List.of("Z", "B", "C", "S", "I", "J", "F", "D", "Ljava/lang/Object;")) {
            String array = "[" + element;
            arrayRangeChecks(arrays, array, element, ranges);
        }
        checkFirst(arrays, "sort([Ljava/lang/Object;IILjava/util/Comparator;)V", null, ranges + "range", 3);
        checkFirst(
                arrays,
                "binarySearch([Ljava/lang/Object;IILjava/lang/Object;Ljava/util/Comparator;)I",
                null,
                ranges + "range",
                3);
        checkArgument(
                arrays, "copyOf([Ljava/lang/Object;ILjava/lang/Class;)[Ljava/lang/Object;", ranges + "newLength", 1);
        checkFirst(
                arrays,
                "copyOfRange([Ljava/lang/Object;IILjava/lang/Class;)[Ljava/lang/Object;",
                null,
                ranges + "copyRange",
                3);
        for (String element : List.of("I", "J", "D", "Ljava/lang/Object;")) {
            String stream = element.equals("I")
                    ? "IntStream"
                    : element.equals("J") ? "LongStream" : element.equals("D") ? "DoubleStream" : "Stream";
            check(arrays, "stream([" + element + "II)Ljava/util/stream/" + stream + ";", null, ranges + "streamRange");
        }
        String function = "Ljava/util/function/";
        for (String[] prefix : new String[][] {
            {"I", "IntBinaryOperator"},
            {"J", "LongBinaryOperator"},
            {"D", "DoubleBinaryOperator"},
            {"Ljava/lang/Object;", "BinaryOperator"}
        }) {
            String operator = function + prefix[1] + ";";
            add(arrays, "parallelPrefix([" + prefix[0] + operator + ")V", false, target, "parallelPrefix");
            add(arrays, "parallelPrefix([" + prefix[0] + "II" + operator + ")V", false, target, "parallelPrefix");
        }
        for (String element : List.of("B", "S", "I", "J")) {
            add(arrays, "compareUnsigned([" + element + "[" + element + ")I", false, target, "compareUnsigned");
            add(arrays, "compareUnsigned([" + element + "II[" + element + "II)I", false, target, "compareUnsigned");
        }
        for (String element : List.of("Z", "B", "C", "S", "I", "J", "F", "D", "Ljava/lang/Object;")) {
            add(arrays, "mismatch([" + element + "[" + element + ")I", false, target, "mismatch");
            add(arrays, "mismatch([" + element + "II[" + element + "II)I", false, target, "mismatch");
            add(arrays, "equals([" + element + "II[" + element + "II)Z", false, target, "equals");
        }
        String objects = "[Ljava/lang/Object;";
        String cmp = "Ljava/util/Comparator;";
        for (String[] method : new String[][] {{"compare", "I"}, {"mismatch", "I"}, {"equals", "Z"}}) {
            add(arrays, method[0] + "(" + objects + objects + cmp + ")" + method[1], false, target, method[0]);
            add(
                    arrays,
                    method[0] + "(" + objects + "II" + objects + "II" + cmp + ")" + method[1],
                    false,
                    target,
                    method[0]);
        }
    }

    /**
     * Where TeaVM's java.time refuses with another exception class or message than the JDK's, or finds another
     * error first ({@code JvmTimeRules}): truncation and duration units ({@code UnsupportedTemporalTypeException}),
     * {@code get} of a field too large for an int, invalid {@code ZoneId.of} texts, {@code LocalDate.plusDays}
     * near the end of the range, and {@code LocalDate.getEra()} as Java 9+ declares it.
     */
    private static void timeRules() {
        String rules = "io.jdash.runtime.jvm.JvmTimeRules";
        String unit = "Ljava/time/temporal/TemporalUnit;";
        String field = "(Ljava/time/temporal/TemporalField;)I";
        ValueType object = ValueType.object("java.lang.Object");
        check(
                "java.time.LocalTime",
                "truncatedTo(" + unit + ")Ljava/time/LocalTime;",
                object,
                rules + ".truncationUnit");
        check("java.time.Instant", "truncatedTo(" + unit + ")Ljava/time/Instant;", object, rules + ".truncationUnit");
        check(
                "java.time.Duration",
                "plus(J" + unit + ")Ljava/time/Duration;",
                ValueType.object("java.time.Duration"),
                rules + ".durationUnit");
        check("java.time.LocalDate", "get" + field, ValueType.object("java.time.LocalDate"), rules + ".dateIntField");
        check("java.time.LocalTime", "get" + field, ValueType.object("java.time.LocalTime"), rules + ".timeIntField");
        for (String owner : List.of("java.time.OffsetDateTime", "java.time.ZonedDateTime")) {
            check(owner, "get" + field, object, rules + ".instantIntField");
        }
        check("java.time.ZoneId", "of(Ljava/lang/String;)Ljava/time/ZoneId;", null, rules + ".zoneId");
        add("java.time.LocalDate", "plusDays(J)Ljava/time/LocalDate;", true, rules, "plusDays");
        add("java.time.LocalDate", "getEra()Ljava/time/chrono/IsoEra;", true, rules, "era");
    }

    static {
        // an object stream's null first element or null reduction is refused, as the JDK's Optional.of does; a
        // collector's null reduction is an empty Optional
        String streams = "java.util.stream.impl.SimpleStreamImpl";
        String terminals = "java.util.stream.impl.StreamTerminals";
        add(streams, "findFirst()Ljava/util/Optional;", true, terminals, "findFirst");
        add(streams, "reduce(Ljava/util/function/BinaryOperator;)Ljava/util/Optional;", true, terminals, "reduce");
        // a null mapped stream is an empty one
        String function = "(Ljava/util/function/Function;)Ljava/util/stream/";
        add(streams, "flatMap" + function + "Stream;", true, terminals, "flatMap");
        add(streams, "flatMapToInt" + function + "IntStream;", true, terminals, "flatMapToInt");
        add(streams, "flatMapToLong" + function + "LongStream;", true, terminals, "flatMapToLong");
        add(streams, "flatMapToDouble" + function + "DoubleStream;", true, terminals, "flatMapToDouble");
        for (String kind : List.of("Int", "Long", "Double")) {
            String impl = "java.util.stream." + kind.toLowerCase() + "impl.Simple" + kind + "StreamImpl";
            add(
                    impl,
                    "flatMap(Ljava/util/function/" + kind + "Function;)Ljava/util/stream/" + kind + "Stream;",
                    true,
                    terminals,
                    "flatMap");
        }
        add(
                "java.util.stream.IntStream",
                "rangeClosed(II)Ljava/util/stream/IntStream;",
                false,
                terminals,
                "rangeClosed");
        add(
                "java.util.stream.LongStream",
                "rangeClosed(JJ)Ljava/util/stream/LongStream;",
                false,
                terminals,
                "rangeClosed");
        add(
                "java.util.stream.Collectors",
                "reducing(Ljava/util/function/BinaryOperator;)Ljava/util/stream/Collector;",
                false,
                "io.jdash.runtime.jvm.JvmCollectors",
                "reducing");
    }

    /**
     * The JDK methods this transformer gives a body of jdash's, as {@code owner} and TeaVM's method descriptor
     * ({@code java.lang.String} and {@code lines()Ljava/util/stream/Stream;}): the ones TeaVM lacks among them are
     * added to its class library. For tools that list what the browser lacks.
     */
    public static List<Map.Entry<String, MethodDescriptor>> redirectedMethods() {
        return REDIRECTS.stream()
                .<Map.Entry<String, MethodDescriptor>>map(r -> Map.entry(r.owner(), r.method()))
                .toList();
    }

    private static void check(String owner, String method, ValueType self, String targetName) {
        PRECHECKS.add(new Precheck(owner, MethodDescriptor.parse(method), self, targetName));
    }

    /**
     * The range checks of {@code Arrays.fill}, {@code sort} and {@code binarySearch} over a range, and the lengths of
     * {@code copyOf}/{@code copyOfRange}, for arrays of {@code element}, with Java 17's exceptions and texts.
     */
    private static void arrayRangeChecks(String arrays, String array, String element, String ranges) {
        checkFirst(arrays, "fill(" + array + "II" + element + ")V", null, ranges + "range", 3);
        if (!element.equals("Z")) {
            checkFirst(arrays, "sort(" + array + "II)V", null, ranges + "range", 3);
            checkFirst(arrays, "binarySearch(" + array + "II" + element + ")I", null, ranges + "range", 3);
        }
        String result = element.startsWith("L") ? "[Ljava/lang/Object;" : array;
        checkArgument(arrays, "copyOf(" + array + "I)" + result, ranges + "newLength", 1);
        check(arrays, "copyOfRange(" + array + "II)" + result, null, ranges + "copyRange");
    }

    /** A check of the first {@code count} arguments only. */
    private static void checkFirst(String owner, String method, ValueType self, String targetName, int count) {
        PRECHECKS.add(new Precheck(owner, MethodDescriptor.parse(method), self, targetName + "#" + count));
    }

    /** A check of argument {@code index} only. */
    private static void checkArgument(String owner, String method, String targetName, int index) {
        PRECHECKS.add(new Precheck(owner, MethodDescriptor.parse(method), null, targetName + "@" + index));
    }

    /** A check of only the first (offset) argument. */
    private static void checkFirst(String owner, String method, ValueType self, String targetName) {
        PRECHECKS.add(new Precheck(owner, MethodDescriptor.parse(method), self, targetName + "#1"));
    }

    private static void add(String owner, String method, boolean instance, String target, String targetName) {
        REDIRECTS.add(new Redirect(owner, MethodDescriptor.parse(method), instance, target, targetName, false));
    }

    /** A static JDK method whose arguments go to {@code targetName} as one {@code Object[]}. */
    private static void addPacked(String owner, MethodDescriptor method, String target, String targetName) {
        REDIRECTS.add(new Redirect(owner, method, false, target, targetName, true));
    }

    /**
     * The JDK's immutable and unmodifiable collections, singletons, empties and {@code nCopies}
     * ({@code JvmCollections}): {@code List.of}, {@code Set.of} and {@code Map.of} of every arity, their
     * {@code copyOf}, {@code Map.entry}/{@code ofEntries}, {@code Stream.toList}, the unmodifiable collectors, and the
     * {@code Collections} factories and algorithms that write through {@code set}.
     */
    private static void collections() {
        String target = "io.jdash.runtime.jvm.collections.JvmCollections";
        ValueType object = ValueType.object("java.lang.Object");
        for (String kind : List.of("List", "Set", "Map")) {
            ValueType result = ValueType.object("java.util." + kind);
            int step = kind.equals("Map") ? 2 : 1;
            for (int n = 0; n <= 10 * step; n += step) {
                ValueType[] signature = new ValueType[n + 1];
                java.util.Arrays.fill(signature, object);
                signature[n] = result;
                addPacked(
                        "java.util." + kind, new MethodDescriptor("of", signature), target, kind.toLowerCase() + "Of");
            }
            String lower = kind.toLowerCase();
            if (kind.equals("Map")) {
                add("java.util.Map", "ofEntries([Ljava/util/Map$Entry;)Ljava/util/Map;", false, target, "mapOfEntries");
                add("java.util.Map", "copyOf(Ljava/util/Map;)Ljava/util/Map;", false, target, "mapCopyOf");
                add(
                        "java.util.Map",
                        "entry(Ljava/lang/Object;Ljava/lang/Object;)Ljava/util/Map$Entry;",
                        false,
                        target,
                        "entry");
            } else {
                String type = "Ljava/util/" + kind + ";";
                add("java.util." + kind, "of([Ljava/lang/Object;)" + type, false, target, lower + "OfArray");
                add("java.util." + kind, "copyOf(Ljava/util/Collection;)" + type, false, target, lower + "CopyOf");
            }
        }
        for (String kind : List.of("SortedSet", "NavigableSet", "SortedMap", "NavigableMap")) {
            String type = "Ljava/util/" + kind + ";";
            add(
                    "java.util.Collections",
                    "unmodifiable" + kind + "(" + type + ")" + type,
                    false,
                    target,
                    "unmodifiable" + kind);
            add("java.util.Collections", "empty" + kind + "()" + type, false, target, "empty" + kind);
        }
        add("java.util.Collections", "asLifoQueue(Ljava/util/Deque;)Ljava/util/Queue;", false, target, "asLifoQueue");
        for (String kind : List.of("Collection", "Queue", "Set", "SortedSet", "NavigableSet", "List")) {
            String type = "Ljava/util/" + kind + ";";
            add(
                    "java.util.Collections",
                    "checked" + kind + "(" + type + "Ljava/lang/Class;)" + type,
                    false,
                    target,
                    "checked" + kind);
        }
        for (String kind : List.of("Map", "SortedMap", "NavigableMap")) {
            String type = "Ljava/util/" + kind + ";";
            add(
                    "java.util.Collections",
                    "checked" + kind + "(" + type + "Ljava/lang/Class;Ljava/lang/Class;)" + type,
                    false,
                    target,
                    "checked" + kind);
        }
        add("java.util.stream.Stream", "toList()Ljava/util/List;", true, target, "streamToList");
        String collector = "Ljava/util/stream/Collector;";
        String function = "Ljava/util/function/Function;";
        String collectors = "java.util.stream.Collectors";
        add(collectors, "toUnmodifiableList()" + collector, false, target, "toUnmodifiableList");
        add(collectors, "toUnmodifiableSet()" + collector, false, target, "toUnmodifiableSet");
        add(
                collectors,
                "toUnmodifiableMap(" + function + function + ")" + collector,
                false,
                target,
                "toUnmodifiableMap");
        add(
                collectors,
                "toUnmodifiableMap(" + function + function + "Ljava/util/function/BinaryOperator;)" + collector,
                false,
                target,
                "toUnmodifiableMap");
        String c = "java.util.Collections";
        for (String type : List.of("Collection", "List", "Set", "Map")) {
            add(
                    c,
                    "unmodifiable" + type + "(Ljava/util/" + type + ";)Ljava/util/" + type + ";",
                    false,
                    target,
                    "unmodifiable" + type);
        }
        add(c, "emptyList()Ljava/util/List;", false, target, "emptyList");
        add(c, "emptySet()Ljava/util/Set;", false, target, "emptySet");
        add(c, "emptyMap()Ljava/util/Map;", false, target, "emptyMap");
        add(c, "singletonList(Ljava/lang/Object;)Ljava/util/List;", false, target, "singletonList");
        add(c, "singleton(Ljava/lang/Object;)Ljava/util/Set;", false, target, "singleton");
        add(c, "singletonMap(Ljava/lang/Object;Ljava/lang/Object;)Ljava/util/Map;", false, target, "singletonMap");
        add(c, "nCopies(ILjava/lang/Object;)Ljava/util/List;", false, target, "nCopies");
        add(c, "sort(Ljava/util/List;)V", false, target, "sort");
        add(c, "sort(Ljava/util/List;Ljava/util/Comparator;)V", false, target, "sort");
        add("java.util.List", "sort(Ljava/util/Comparator;)V", true, target, "listSort");
        add(
                "java.util.Arrays",
                "sort([Ljava/lang/Object;Ljava/util/Comparator;)V",
                false,
                "io.jdash.runtime.jvm.JvmSorting",
                "sort");
        add("java.util.Arrays", "asList([Ljava/lang/Object;)Ljava/util/List;", false, target, "asList");
        add(c, "disjoint(Ljava/util/Collection;Ljava/util/Collection;)Z", false, target, "disjoint");
        add(c, "copy(Ljava/util/List;Ljava/util/List;)V", false, target, "copy");
        add(c, "rotate(Ljava/util/List;I)V", false, target, "rotate");
        add(c, "addAll(Ljava/util/Collection;[Ljava/lang/Object;)Z", false, target, "addAll");
        add(c, "indexOfSubList(Ljava/util/List;Ljava/util/List;)I", false, target, "indexOfSubList");
        add(c, "lastIndexOfSubList(Ljava/util/List;Ljava/util/List;)I", false, target, "lastIndexOfSubList");
        add(c, "swap(Ljava/util/List;II)V", false, target, "swap");
        add(c, "reverse(Ljava/util/List;)V", false, target, "reverse");
        add(c, "fill(Ljava/util/List;Ljava/lang/Object;)V", false, target, "fill");
    }

    /**
     * Index exceptions made from an index, and the JDK's wording of their message (TeaVM's gives the bare number, or
     * "out of bounds"); {@code IndexOutOfBoundsException(long)} (Java 16) is added.
     */
    private static final Map<String, String> INDEX_MESSAGES = Map.of(
            "java.lang.ArrayIndexOutOfBoundsException", "Array index out of range: ",
            "java.lang.StringIndexOutOfBoundsException", "String index out of range: ",
            "java.lang.IndexOutOfBoundsException", "Index out of range: ");

    /**
     * Static fields of Java 9-17 that TeaVM's classes lack, by owner and name, and the static method of
     * {@code io.jdash.runtime.jvm} whose result a read of the field becomes.
     */
    private static final Map<String, MethodReference> FIELD_READS = Map.of(
            "java.time.LocalDate.EPOCH",
            new MethodReference(TIME, "epochDate", ValueType.object("java.time.LocalDate")));

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                redirectFieldReads(method.getProgram());
            }
        }
        String indexMessage = INDEX_MESSAGES.get(cls.getName());
        if (indexMessage != null) {
            indexConstructor(cls, context, ValueType.INTEGER, indexMessage);
            if (cls.getName().equals("java.lang.IndexOutOfBoundsException")) {
                indexConstructor(cls, context, ValueType.LONG, indexMessage);
            }
        }
        if (cls.getName().equals("java.lang.String")) {
            stringRangeCheck(cls);
            emptySubstring(cls);
        }
        if (cls.getName().equals("java.util.GregorianCalendar")) {
            weekOfMonthByTheJdkRule(cls, context);
        }
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

    /**
     * TeaVM's GregorianCalendar counts WEEK_OF_MONTH as if a month's first partial week always counted, whatever the
     * minimal days of a first week, both when it computes the fields and when it computes the time from them. Its
     * {@code computeFields} and {@code computeTime} run under other names: the fields are followed by
     * {@code JvmLegacyTime.weekOfMonth}, which sets that field by the JDK's rule, and the time is computed from the
     * field translated into TeaVM's count for the call ({@code teaVmWeekOfMonth}, then {@code jdkWeekOfMonth}).
     */
    private static void weekOfMonthByTheJdkRule(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType intArray = ValueType.arrayOf(ValueType.INTEGER);
        ValueType booleanArray = ValueType.arrayOf(ValueType.BOOLEAN);
        ValueType calendar = ValueType.object("java.util.Calendar");
        String legacy = "io.jdash.runtime.jvm.JvmLegacyTime";
        ProgramEmitter fields = wrapped(cls, context, "computeFields");
        if (fields != null) {
            ValueEmitter self = fields.var(0, calendar);
            fields.invoke(
                    new MethodReference(legacy, "weekOfMonth", calendar, intArray, ValueType.VOID),
                    self,
                    self.getField("fields", intArray));
            fields.exit();
        }
        ProgramEmitter time = wrapped(cls, context, "computeTime");
        if (time != null) {
            ValueEmitter self = time.var(0, calendar);
            ValueEmitter delta = time.invoke(
                    new MethodReference(
                            legacy, "teaVmWeekOfMonth", calendar, intArray, booleanArray, ValueType.INTEGER),
                    self,
                    self.getField("fields", intArray),
                    self.getField("isSet", booleanArray));
            time.var(0, ValueType.object(cls.getName())).invokeSpecial("computeTimeOfTeaVM");
            time.invoke(
                    new MethodReference(legacy, "jdkWeekOfMonth", intArray, ValueType.INTEGER, ValueType.VOID),
                    self.getField("fields", intArray),
                    delta);
            time.exit();
        }
    }

    /**
     * Moves TeaVM's body of the no-argument void method {@code name} to a private {@code nameOfTeaVM} and answers a
     * fresh body for {@code name} that starts by calling it, or null where TeaVM has no such body.
     */
    private static ProgramEmitter wrapped(ClassHolder cls, ClassHolderTransformerContext context, String name) {
        MethodDescriptor descriptor = new MethodDescriptor(name, ValueType.VOID);
        MethodHolder original = cls.getMethod(descriptor);
        if (original == null || original.getProgram() == null) {
            return null;
        }
        MethodHolder moved = new MethodHolder(new MethodDescriptor(name + "OfTeaVM", ValueType.VOID));
        moved.setLevel(AccessLevel.PRIVATE);
        moved.setProgram(original.getProgram());
        original.setProgram(null);
        cls.addMethod(moved);
        ProgramEmitter pe = MethodBodies.replaced(cls, context, descriptor);
        if (name.equals("computeFields")) {
            pe.var(0, ValueType.object(cls.getName())).invokeSpecial(moved.getName());
        }
        return pe;
    }

    /**
     * {@code new String(char[], offset, count)}: TeaVM's checks the range with {@code Objects.checkFromIndexSize},
     * whose text is not the JDK's ("offset 1, count 5, length 4", a {@code StringIndexOutOfBoundsException}); the
     * call becomes one of the JDK's check, so the range is checked once.
     */
    private static void stringRangeCheck(ClassHolder cls) {
        MethodHolder init = cls.getMethod(new MethodDescriptor(
                "<init>",
                ValueType.arrayOf(ValueType.CHARACTER),
                ValueType.INTEGER,
                ValueType.INTEGER,
                ValueType.VOID));
        if (init == null || init.getProgram() == null) {
            return;
        }
        MethodReference jdkCheck = new MethodReference(
                "java.util.Objects",
                "checkFromIndexSize",
                ValueType.INTEGER,
                ValueType.INTEGER,
                ValueType.INTEGER,
                ValueType.INTEGER);
        MethodReference stringCheck = new MethodReference(
                CHECKS, "stringRange", ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER, ValueType.INTEGER);
        Program program = init.getProgram();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof InvokeInstruction call && call.getMethod().equals(jdkCheck)) {
                    call.setMethod(stringCheck);
                }
            }
        }
    }

    /**
     * TeaVM's {@code substring(begin, end)} answers a string of its own for an empty range; the JDK answers the string
     * itself when it is the whole (empty) string, else the literal {@code ""} (so {@code "".trim() == ""} holds, and
     * {@code s.substring(0) == s} for every {@code s}).
     */
    private static void emptySubstring(ClassHolder cls) {
        ValueType string = ValueType.object("java.lang.String");
        MethodHolder substring =
                cls.getMethod(new MethodDescriptor("substring", ValueType.INTEGER, ValueType.INTEGER, string));
        if (substring == null || substring.getProgram() == null) {
            return;
        }
        MethodReference empty =
                new MethodReference("io.jdash.runtime.jvm.JvmStrings", "emptySubstring", string, string);
        Program program = substring.getProgram();
        for (int i = 0; i < program.basicBlockCount(); i++) {
            List<Instruction> reads = new ArrayList<>();
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof GetFieldInstruction get
                        && get.getInstance() == null
                        && get.getField().getFieldName().equals("EMPTY")) {
                    reads.add(get);
                }
            }
            for (Instruction read : reads) {
                MethodBodies.replaceWithCall(
                        read, empty, ((GetFieldInstruction) read).getReceiver(), program.variableAt(0));
            }
        }
    }

    private static void redirectFieldReads(Program program) {
        for (int i = 0; i < program.basicBlockCount(); i++) {
            List<Instruction> reads = new ArrayList<>();
            for (Instruction insn : program.basicBlockAt(i)) {
                if (insn instanceof GetFieldInstruction get && get.getInstance() == null) {
                    reads.add(insn);
                }
            }
            for (Instruction insn : reads) {
                GetFieldInstruction get = (GetFieldInstruction) insn;
                MethodReference target = FIELD_READS.get(
                        get.getField().getClassName() + "." + get.getField().getFieldName());
                if (target != null) {
                    MethodBodies.replaceWithCall(get, target, get.getReceiver());
                }
            }
        }
    }

    /** Makes {@code cls(index)} call {@code cls(String)} with {@code prefix + index}. */
    private static void indexConstructor(
            ClassHolder cls, ClassHolderTransformerContext context, ValueType index, String prefix) {
        ProgramEmitter pe = MethodBodies.added(
                cls, context, new MethodDescriptor("<init>", index, ValueType.VOID), AccessLevel.PUBLIC);
        ValueType string = ValueType.object("java.lang.String");
        ValueEmitter message = pe.invoke(
                new MethodReference(APIS, "indexMessage", string, index, string),
                pe.constant(prefix),
                pe.var(1, index));
        pe.var(0, ValueType.object(cls.getName()))
                .invokeSpecial(new MethodReference(cls.getName(), "<init>", string, ValueType.VOID), message);
        pe.exit();
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
        // "#k": the first k arguments only; "@i": argument i only
        int first = 0;
        int count = p.method().parameterCount();
        int mark = Math.max(name.indexOf('#'), name.indexOf('@'));
        if (mark >= 0) {
            int n = Integer.parseInt(name.substring(mark + 1));
            first = name.charAt(mark) == '@' ? n : 0;
            count = name.charAt(mark) == '@' ? n + 1 : n;
            name = name.substring(0, mark);
        }
        List<ValueType> types = new ArrayList<>();
        List<Variable> args = new ArrayList<>();
        if (p.self() != null) {
            types.add(p.self());
            args.add(program.variableAt(0));
        }
        for (int i = first; i < count; i++) {
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
        if (r.packed()) {
            ValueType object = ValueType.object("java.lang.Object");
            ValueEmitter array = pe.constructArray(object, params.length);
            for (int i = 0; i < params.length; i++) {
                array.setElement(i, pe.var(i + 1, params[i]));
            }
            pe.invoke(
                            new MethodReference(
                                    r.target(),
                                    r.targetName(),
                                    ValueType.arrayOf(object),
                                    r.method().getResultType()),
                            array)
                    .returnValue();
            return;
        }
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
        ValueEmitter result = pe.invoke(new MethodReference(r.target(), r.targetName(), targetParams), args);
        if (result == null) {
            pe.exit();
        } else {
            result.returnValue();
        }
    }
}
