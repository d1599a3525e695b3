package io.jdash.compiler.teavm;

import io.jdash.runtime.jvm.JvmStrings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.TextLocation;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.model.util.DefinitionExtractor;

/**
 * Runs {@code String.replaceAll}, {@code replaceFirst}, {@code matches} and {@code split} and
 * {@code Pattern.matches} with a constant pattern as a JavaScript {@code RegExp} translated at build time by
 * {@link RegexTranslator}, through {@code io.jdash.runtime.jvm.regex.JsRegex}, so that the bundle needs no regex
 * engine; {@code Pattern.quote} and {@code Matcher.quoteReplacement} go there too. {@code Pattern.compile} with a
 * constant pattern (and constant flags) makes a {@code JsPattern}, which {@link LeanPatternTransformer} makes a
 * {@code Pattern}. A constant pattern that cannot be
 * translated exactly (or that the JDK rejects) is recorded as a {@link Problem} at its call site; the compiler reports
 * it if a browser callback reaches the call. Calls with patterns that are not constants are left to TeaVM's engine.
 * TeaVM instantiates this transformer by name for each compilation.
 */
public final class LeanRegexTransformer implements ClassHolderTransformer {
    /** The start of every problem's text, by which the compiler gives it its own diagnostic code. */
    public static final String PROBLEM = "regular expression ";

    private static final String LEAN = "io.jdash.runtime.jvm.regex.JsRegex";
    private static final String STRING_CLASS = "java.lang.String";
    private static final ValueType STRING = ValueType.object(STRING_CLASS);
    private static final ValueType TEXT = ValueType.object("java.lang.CharSequence");
    private static final MethodReference REPLACE = new MethodReference(
            LEAN, "replace", STRING, STRING, ValueType.INTEGER, STRING, STRING, STRING, ValueType.BOOLEAN, STRING);
    private static final MethodReference MATCHES =
            new MethodReference(LEAN, "matches", STRING, STRING, ValueType.BOOLEAN);
    private static final MethodReference MATCHES_TEXT =
            new MethodReference(LEAN, "matches", TEXT, STRING, ValueType.BOOLEAN);
    private static final MethodReference SPLIT = new MethodReference(
            LEAN, "split", STRING, STRING, ValueType.INTEGER, ValueType.INTEGER, ValueType.arrayOf(STRING));
    private static final MethodReference QUOTE = new MethodReference(LEAN, "quote", STRING, STRING);
    private static final String JS_PATTERN = "io.jdash.runtime.jvm.regex.JsPattern";
    private static final MethodReference COMPILE = new MethodReference(
            JS_PATTERN,
            "compile",
            STRING,
            ValueType.INTEGER,
            STRING,
            ValueType.INTEGER,
            STRING,
            STRING,
            ValueType.object(JS_PATTERN));
    private static final MethodReference QUOTE_REPLACEMENT =
            new MethodReference(LEAN, "quoteReplacement", STRING, STRING);

    /** A constant pattern at a call site that the bundle cannot run exactly. */
    public record Problem(MethodReference method, TextLocation location, String text) {}

    private static final ThreadLocal<List<Problem>> PROBLEMS = new ThreadLocal<>();

    /** Starts collecting the problems of a compilation on this thread. */
    static void startCollecting() {
        PROBLEMS.set(new ArrayList<>());
    }

    /** The problems collected since {@link #startCollecting()}; stops collecting. */
    static List<Problem> collected() {
        List<Problem> problems = PROBLEMS.get();
        PROBLEMS.remove();
        return problems == null ? List.of() : problems;
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().startsWith("io.jdash.runtime.")) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                rewrite(method.getReference(), method.getProgram());
            }
        }
    }

    private static void rewrite(MethodReference owner, Program program) {
        List<Instruction> all = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            block.forEach(all::add);
        }
        Map<Variable, String> constants = constants(all);
        Map<Variable, Integer> integers = null;
        for (Instruction insn : all) {
            if (!(insn instanceof InvokeInstruction call)) {
                continue;
            }
            MethodReference m = call.getMethod();
            String cls = m.getClassName();
            String name = m.getName();
            List<? extends Variable> args = call.getArguments();
            if (cls.equals("java.util.regex.Pattern") && name.equals("quote") && args.size() == 1) {
                call.replace(invoke(QUOTE, call, args.get(0)));
                continue;
            }
            if (cls.equals("java.util.regex.Matcher") && name.equals("quoteReplacement") && args.size() == 1) {
                call.replace(invoke(QUOTE_REPLACEMENT, call, args.get(0)));
                continue;
            }
            if (cls.equals("java.util.regex.Pattern")
                    && name.equals("compile")
                    && !args.isEmpty()
                    && constants.containsKey(args.get(0))) {
                if (integers == null) {
                    integers = integerConstants(all);
                }
                Integer flags = args.size() == 1 ? Integer.valueOf(0) : integers.get(args.get(1));
                if (flags == null) {
                    continue; // flags known only at run time: TeaVM's engine, with JDASH-W006
                }
                String regex = constants.get(args.get(0));
                RegexTranslator.Translation t = translate(owner, call, regex, flags);
                if (t != null) {
                    call.replace(invoke(
                            COMPILE,
                            call,
                            args.get(0),
                            integer(
                                    java.util.regex.Pattern.compile(regex, flags)
                                            .flags(),
                                    call),
                            string(t.source(), call),
                            integer(t.options(), call),
                            string(t.groupsText(), call),
                            string(t.namesText(), call)));
                }
                continue;
            }
            boolean onString = cls.equals(STRING_CLASS)
                    && call.getInstance() != null
                    && !args.isEmpty()
                    && m.parameterType(0).equals(STRING);
            boolean patternMatches =
                    cls.equals("java.util.regex.Pattern") && name.equals("matches") && args.size() == 2;
            if (!onString && !patternMatches) {
                continue;
            }
            String regex = constants.get(args.get(0));
            if (regex == null) {
                continue;
            }
            switch (patternMatches ? "Pattern.matches" : name) {
                case "replaceAll", "replaceFirst" -> {
                    RegexTranslator.Translation t = translate(owner, call, regex);
                    if (t != null) {
                        call.replace(invoke(
                                REPLACE,
                                call,
                                call.getInstance(),
                                string(t.source(), call),
                                integer(t.options(), call),
                                string(t.groupsText(), call),
                                string(t.namesText(), call),
                                args.get(1),
                                integer(name.equals("replaceAll") ? 1 : 0, call)));
                    }
                }
                case "matches" -> {
                    RegexTranslator.Translation t = translate(owner, call, regex);
                    if (t != null) {
                        call.replace(invoke(MATCHES, call, call.getInstance(), string(anchored(t), call)));
                    }
                }
                case "Pattern.matches" -> {
                    RegexTranslator.Translation t = translate(owner, call, regex);
                    if (t != null) {
                        call.replace(invoke(MATCHES_TEXT, call, args.get(1), string(anchored(t), call)));
                    }
                }
                case "split" -> {
                    if (JvmStrings.delimiter(regex) != 0) {
                        continue; // the JDK's fast path, which LeanClasslibTransformer calls directly
                    }
                    RegexTranslator.Translation t = translate(owner, call, regex);
                    if (t != null) {
                        Variable limit = args.size() == 2 ? args.get(1) : integer(0, call);
                        call.replace(invoke(
                                SPLIT,
                                call,
                                call.getInstance(),
                                string(t.source(), call),
                                integer(t.options(), call),
                                limit));
                    }
                }
                default -> {}
            }
        }
    }

    private static String anchored(RegexTranslator.Translation t) {
        return "^(?:" + t.source() + ")$";
    }

    /** The translation, or null after recording why there is none. */
    private static RegexTranslator.Translation translate(MethodReference owner, InvokeInstruction call, String regex) {
        return translate(owner, call, regex, 0);
    }

    /** The translation with {@code flags}, or null after recording why there is none. */
    private static RegexTranslator.Translation translate(
            MethodReference owner, InvokeInstruction call, String regex, int flags) {
        String why;
        try {
            return RegexTranslator.translate(regex, flags);
        } catch (PatternSyntaxException e) {
            why = "\"" + regex + "\" is invalid: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "")
                    + "; the JDK throws PatternSyntaxException for it";
        } catch (IllegalArgumentException e) {
            why = "\"" + regex + "\" is compiled with flags 0x" + Integer.toHexString(flags)
                    + ", which the JDK refuses (" + e.getMessage() + ")";
        } catch (RegexTranslator.UnsupportedPatternException e) {
            why = "\"" + regex + "\" cannot run exactly in the browser: " + e.getMessage();
        } catch (RuntimeException e) {
            why = "\"" + regex + "\" could not be translated (" + e + "); this is a jdash bug, please report it";
        }
        List<Problem> problems = PROBLEMS.get();
        if (problems != null) {
            problems.add(new Problem(owner, call.getLocation(), PROBLEM + why));
        }
        return null;
    }

    /** The variables defined once, by a string constant. */
    private static Map<Variable, String> constants(List<Instruction> all) {
        Map<Variable, String> constants = new HashMap<>();
        Map<Variable, Integer> definitions = new HashMap<>();
        DefinitionExtractor defs = new DefinitionExtractor();
        for (Instruction insn : all) {
            insn.acceptVisitor(defs);
            for (Variable v : defs.getDefinedVariables()) {
                definitions.merge(v, 1, Integer::sum);
            }
            if (insn instanceof StringConstantInstruction c) {
                constants.put(c.getReceiver(), c.getConstant());
            }
        }
        constants.keySet().removeIf(v -> definitions.getOrDefault(v, 0) != 1);
        return constants;
    }

    /** The variables defined once, by an int constant. */
    private static Map<Variable, Integer> integerConstants(List<Instruction> all) {
        Map<Variable, Integer> constants = new HashMap<>();
        Map<Variable, Integer> definitions = new HashMap<>();
        DefinitionExtractor defs = new DefinitionExtractor();
        for (Instruction insn : all) {
            insn.acceptVisitor(defs);
            for (Variable v : defs.getDefinedVariables()) {
                definitions.merge(v, 1, Integer::sum);
            }
            if (insn instanceof IntegerConstantInstruction c) {
                constants.put(c.getReceiver(), c.getConstant());
            }
        }
        constants.keySet().removeIf(v -> definitions.getOrDefault(v, 0) != 1);
        return constants;
    }

    private static Variable string(String value, Instruction at) {
        StringConstantInstruction c = new StringConstantInstruction();
        c.setConstant(value);
        c.setReceiver(at.getProgram().createVariable());
        c.setLocation(at.getLocation());
        at.insertPrevious(c);
        return c.getReceiver();
    }

    private static Variable integer(int value, Instruction at) {
        IntegerConstantInstruction c = new IntegerConstantInstruction();
        c.setConstant(value);
        c.setReceiver(at.getProgram().createVariable());
        c.setLocation(at.getLocation());
        at.insertPrevious(c);
        return c.getReceiver();
    }

    private static InvokeInstruction invoke(MethodReference target, InvokeInstruction call, Variable... args) {
        InvokeInstruction lean = MethodBodies.staticCall(target, call.getReceiver(), args);
        lean.setLocation(call.getLocation());
        return lean;
    }
}
