package io.jdash.compiler;

import io.jdash.contract.DiagnosticText;
import io.jdash.contract.Rule;

/**
 * The stable diagnostic codes. A code never changes meaning; new problems get new codes. Each carries what it means
 * (its title, as the README's table shows it), the template of its message and the fix shown with it, so the
 * wording stays the same everywhere; the codes of the declaration rules the server enforces too take all of that
 * from {@link Rule}.
 */
public enum DiagnosticCode {
    /** The callback method is not {@code public static}. */
    NOT_PUBLIC_STATIC(Rule.NOT_PUBLIC_STATIC),
    /** The class declaring the callback cannot be called from generated code. */
    CLASS_NOT_ACCESSIBLE(
            "JDASH-E002",
            "declaring class not public",
            "callback %s is declared in a class that is not public",
            "make the class (and any class enclosing it) public"),
    /** The parameters do not match inputs + state. */
    PARAMETER_COUNT(
            "JDASH-E003",
            "parameters do not match inputs + state",
            "%s has %d value parameter(s) but declares %d input(s) and %d state(s) = %d",
            "declare one parameter per input, then one per state, in order (optionally preceded by a"
                    + " CallbackContext)"),
    /** A parameter type outside the value mapping. */
    UNSUPPORTED_PARAMETER(
            "JDASH-E004",
            "parameter type outside the value mapping",
            "parameter '%s' of %s has type %s: %s",
            "use String, Integer/int, Long/long, Double/double,"
                    + " Boolean/boolean, List<T>, T[], Map<String, T>, a record of these, or Object"),
    /** A return type outside the value mapping. */
    UNSUPPORTED_RETURN(
            "JDASH-E005",
            "return type outside the value mapping",
            "%s returns %s: %s",
            "return String, a number, Boolean, List<T>, T[], Map<String, T>, a record or Object"),
    /** The return type of a multi-output callback cannot supply its outputs. */
    MULTI_OUTPUT_RETURN(
            "JDASH-E006",
            "multi-output return type cannot supply its outputs",
            "%s declares %d outputs but %s",
            "return a record with one component per output (in output order)," + " an Object[] or a List<?>"),
    /** A dependency string that is not {@code <id>.<property>}. */
    BAD_DEPENDENCY(Rule.BAD_DEPENDENCY),
    /** Outputs and return type disagree: a value with no outputs, or void with outputs. */
    OUTPUTS_VS_RETURN(
            "JDASH-E008",
            "a value but no outputs, or `void` with outputs",
            "%s returns %s but declares %s",
            "declare the outputs the returned value is for, or make a callback" + " without outputs return void"),
    /** Two callbacks write the same output. */
    DUPLICATE_OUTPUT(Rule.DUPLICATE_OUTPUT),
    /** {@code @Clientside} on a method without {@code @Callback}. */
    CLIENTSIDE_WITHOUT_CALLBACK(
            "JDASH-E010",
            "`@Clientside` without `@Callback`",
            "@Clientside on %s has no @Callback, so nothing calls it",
            "add @Callback(outputs = ..., inputs = ...) to the method, or remove @Clientside"),
    /** A callback without inputs. */
    NO_INPUTS(
            "JDASH-E011",
            "no inputs",
            "callback %s has no inputs",
            "give the callback at least one input: Dash fires a callback when an input changes"),
    /** CallbackContext anywhere but first. */
    CONTEXT_POSITION(
            "JDASH-E012",
            "`CallbackContext` not first",
            "parameter '%s' of %s is a CallbackContext but not the first parameter",
            "declare CallbackContext as the first parameter"),
    /** {@code @Memoize} on a callback that takes a CallbackContext. */
    MEMOIZE_WITH_CONTEXT(Rule.MEMOIZE_WITH_CONTEXT),
    /** A {@code @Memoize} ttl that is not a duration. */
    BAD_TTL(Rule.BAD_TTL),
    /** {@code @Clientside} together with {@code @Background}: a job runs on the server only. */
    CLIENTSIDE_BACKGROUND(
            "JDASH-E015",
            "`@Clientside` together with `@Background` (a job runs on the server)",
            "%s is both @Clientside and @Background, but a background job runs on the server only",
            "remove @Clientside (a background job runs on the server, with progress and cancel), or remove"
                    + " @Background to run the callback in the browser"),
    /** A {@code Progress} parameter on a callback that is not {@code @Background}, or not where it belongs. */
    PROGRESS_PARAMETER(
            "JDASH-E016",
            "a `Progress` parameter on a callback that is not `@Background`, or not first"
                    + " (after an optional `CallbackContext`)",
            "parameter '%s' of %s is a Progress, %s",
            "add @Background to the callback and declare Progress first (after an optional CallbackContext), or"
                    + " remove the Progress parameter"),
    /** Code reachable from a browser callback that TeaVM cannot compile. */
    UNSUPPORTED_CODE(
            "JDASH-E020",
            "code that cannot run in the browser (names the callback, the API and the call" + " chain)",
            "@Clientside %s cannot run in the browser: %s\n    call chain: %s%s",
            "keep this call out of the @Clientside callback (compute it on the server and pass it in through a"
                    + " dcc.Store), or set onUnsupported=server to run the callback on the server"),
    /** TeaVM failed for a reason of its own. */
    TEAVM_FAILED(
            "JDASH-E021",
            "TeaVM failure (a bug: please report)",
            "%s",
            "this is a jdash or TeaVM bug; please report it with the callback's code"),
    /** A constant regular expression that the browser cannot run with the JDK's results, or that the JDK rejects. */
    REGEX_NOT_EXACT(
            "JDASH-E022",
            "a constant regular expression the browser cannot run with the JDK's results, or one the JDK rejects",
            "@Clientside %s cannot run in the browser: %s\n    call chain: %s%s",
            "rewrite the pattern without the"
                    + " construct named (the message says why it cannot run exactly in the browser), or compute it on"
                    + " the server, or set onUnsupported=server"),
    /** Closure Compiler reported an error. */
    CLOSURE_FAILED(
            "JDASH-E030",
            "Closure Compiler failure (a bug: please report)",
            "%s",
            "build with minify=NONE to get a bundle, and report the error"),
    /** ADVANCED minification was asked for. */
    ADVANCED_REFUSED(
            "JDASH-E031",
            "`minify=ADVANCED` refused",
            "minify=ADVANCED is refused: Closure's ADVANCED"
                    + " mode renames the properties through which TeaVM installs and calls virtual methods, and the bundle"
                    + " fails at run time (every callback that makes a virtual call)",
            "use minify=SIMPLE (the default): it is safe and within 1-3% of ADVANCED"),
    /** The generated adapter did not compile. */
    ADAPTER_FAILED(
            "JDASH-E032",
            "generated adapter did not compile (a bug: please report)",
            "%s",
            "this is a jdash bug; please report it with the callback's signature"),
    /** A size budget was exceeded. */
    BUDGET_EXCEEDED(
            "JDASH-E040",
            "a size budget exceeded (names the biggest contributors and why they are in)",
            "%s, over the budget of %s (%s)%s",
            "make the callback smaller (see the largest contributors), or raise the budget"),
    /**
     * Retired, never reported: divergences between the JVM and the browser are reported by what they are
     * ({@link #MATH_LAST_DIGIT}, {@link #HASH_ORDER}) or fixed. Kept so that the code is never given another meaning.
     */
    @Deprecated
    DIVERGES_IN_BROWSER(
            "JDASH-W001",
            "retired, never reported (divergences are JDASH-W002 and JDASH-W003)",
            "%s",
            "see the README section 'What Java works in the browser'"),
    /** A floating-point function whose last digit may differ between the JVM and the browser. */
    MATH_LAST_DIGIT(
            "JDASH-W002",
            "a `Math` function whose last digit may differ between the JVM and the browser",
            "%s %s (in %s)",
            "round the result (Math.round, String.format(\"%.6f\", x)) before showing or comparing"
                    + " it; Java only promises 1 ulp for this function, and the JVM and the browser differ within"
                    + " that"),
    /** Hash-ordered collections whose iteration order differs in the browser. */
    HASH_ORDER(
            "JDASH-W003",
            "a hash-ordered collection whose iteration order differs in the browser",
            "%s %s (in %s)",
            "use LinkedHashMap/LinkedHashSet, TreeMap/TreeSet, or a map factory such as"
                    + " Collectors.groupingBy(f, TreeMap::new, downstream) where the order can be seen"),
    /** A call from browser code to a JDK method that jdash's conformance suite does not cover. */
    UNVERIFIED_METHOD(
            "JDASH-W004",
            "a call to a JDK method not verified to give the JVM's result in the browser",
            "%s",
            "test it with jdash:verify (on by default; add examples that reach this call), move the call to the"
                    + " server, or report it; once checked, acknowledge the method by listing it as <class>#<name> in"
                    + " the plugin's acknowledgedMethods (jdash.acknowledgedMethods) to keep a strict build"),
    /** A browser callback that jdash:verify could not check. */
    NOT_VERIFIED(
            "JDASH-W005",
            "a browser callback jdash:verify could not check (names the reason)",
            "%s",
            "make the callback return on every input within the time limit (jdash.verify.timeout), give it"
                    + " parameter types of the value mapping, add examples (<Class>.verify.json next to the class),"
                    + " or move it to the server"),
    /** A regular expression that is not a constant, which the browser runs with TeaVM's regex engine. */
    REGEX_ENGINE(
            "JDASH-W006",
            "a regex that is not a constant (TeaVM's regex engine runs it; results may differ)",
            "%s %s (in %s)",
            "use a constant pattern (a string literal or static final constant, with constant flags for"
                    + " Pattern.compile): jdash translates those at build time with the JDK's semantics and without a"
                    + " regex engine in the bundle"),
    /** A locale made from run-time values: the bundle holds the standard locale set, other locales fall back. */
    LOCALE_FALLBACK(
            "JDASH-W007",
            "a locale made from run-time values (the bundle holds the standard set; others fall" + " back)",
            "%s %s (in %s)",
            "name the locale with a constant (Locale.GERMANY, Locale.forLanguageTag(\"de-DE\")) so the"
                    + " build includes its data, or run the callback on the server"),
    /**
     * Retired, never reported: {@code new BigDecimal(String)} and {@code new BigInteger(String[, int])} accept and
     * refuse the JDK's texts with its messages in the browser too. Kept so that the code is never given another
     * meaning.
     */
    @Deprecated
    BIG_NUMBER_TEXT(
            "JDASH-W008",
            "retired, never reported (BigDecimal and BigInteger texts are read and refused as the JDK's)",
            "%s %s (in %s)",
            "see the README section 'What Java works in the browser'"),
    /** Parsing with java.time's own formatter in the browser: results agree, texts of invalid input may not. */
    TIME_PARSE_TEXT(
            "JDASH-W009",
            "a java.time parse with java.time's own formatter (invalid text: another message)",
            "%s %s (in %s)",
            "keep the formatter in a private static final field or a local made by DateTimeFormatter.ofPattern with"
                    + " a numeric pattern (jdash's lean formatter gives the JVM's texts), or show your own message for"
                    + " text that does not parse"),
    /** A SimpleDateFormat pattern with a zone name, whose text in the browser is TeaVM's, not the JDK's. */
    ZONE_NAME_PATTERN(
            "JDASH-W010",
            "a SimpleDateFormat pattern with a zone name (z), which the browser writes with TeaVM's zone texts",
            "%s",
            "use an offset instead (Z: +0100, XXX: +01:00, which are the JVM's in the browser), format with java.time"
                    + " (DateTimeFormatter), or run the callback on the server; to keep a strict build, acknowledge it by listing"
                    + " java.text.SimpleDateFormat#zoneNames in the plugin's acknowledgedMethods"),
    /** jdash:verify found an input on which the browser answers differently from the JVM. */
    VERIFY_DIVERGENCE(
            "JDASH-E050",
            "jdash:verify found an input on which the browser answers differently",
            "%s",
            "report it (the JVM's answer is the reference), move the callback to the server (remove @Clientside), or"
                    + " acknowledge it (list the callback in verifyAcknowledged); the seed reproduces the inputs"
                    + " (-Djdash.verify.seed)"),
    /** jdash:verify could not run one of the two sides. */
    VERIFY_ENGINE_FAILED(
            "JDASH-E051",
            "jdash:verify could not run the JVM or the JS side",
            "%s",
            "see the engine's last messages; a crash on one input is a bug in the callback or in jdash (please"
                    + " report it), a missing runner means jdash-server is not on the class path"),
    /** A file of verification examples that cannot be read. */
    VERIFY_BAD_EXAMPLES(
            "JDASH-E052",
            "a verification examples file that cannot be read",
            "%s",
            "write <Class>.verify.json as {\"method\": [[arg, ...], {\"args\": [...], \"context\": {\"triggered\":"
                    + " [...]}}]}: per callback method, a list of argument arrays (inputs then states)");

    private final DiagnosticText text;

    DiagnosticCode(String code, String title, String template, String fix) {
        this.text = new DiagnosticText(code, title, template, fix);
    }

    /** A code the server enforces too: its words are the contract's. */
    DiagnosticCode(Rule rule) {
        this.text = rule.text();
    }

    /** The code of a declaration rule the build shares with the server. */
    public static DiagnosticCode of(Rule rule) {
        for (DiagnosticCode c : values()) {
            if (c.text == rule.text()) {
                return c;
            }
        }
        throw new IllegalStateException("no diagnostic code for " + rule);
    }

    /** Its code, title (as the README's table of codes shows it), message template and fix. */
    public DiagnosticText text() {
        return text;
    }

    /** The stable code, e.g. {@code JDASH-E003}. */
    public String code() {
        return text.code();
    }

    /** Whether the code is retired: kept for its meaning, never reported. */
    public boolean retired() {
        return this == DIVERGES_IN_BROWSER || this == BIG_NUMBER_TEXT;
    }

    /** A message of this code: its template filled with {@code args}. */
    public String message(Object... args) {
        return text.message(args);
    }

    /** The fix text shown with every diagnostic of this code. */
    public String fix() {
        return text.fix();
    }

    /** A diagnostic of this code at a place. */
    public Diagnostic at(Severity severity, String file, int line, String element, String message) {
        return new Diagnostic(severity, text.code(), file, line, element, message, text.fix());
    }

    /** An error of this code at a place. */
    public Diagnostic error(String file, int line, String element, String message) {
        return at(Severity.ERROR, file, line, element, message);
    }
}
