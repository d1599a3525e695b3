package io.jdash.compiler;

/**
 * The stable diagnostic codes. A code never changes meaning; new problems get new codes. Each carries the fix
 * text shown with it, so the wording stays the same everywhere.
 */
public enum DiagnosticCode {
    /** The callback method is not {@code public static}. */
    NOT_PUBLIC_STATIC("JDASH-E001", "make the method 'public static'; a callback is a static function of its inputs"),
    /** The class declaring the callback cannot be called from generated code. */
    CLASS_NOT_ACCESSIBLE("JDASH-E002", "make the class (and any class enclosing it) public"),
    /** The parameters do not match inputs + state. */
    PARAMETER_COUNT("JDASH-E003", "declare one parameter per input, then one per state, in order"
            + " (optionally preceded by a CallbackContext)"),
    /** A parameter type outside the value mapping. */
    UNSUPPORTED_PARAMETER("JDASH-E004", "use String, Integer/int, Long/long, Double/double, Boolean/boolean,"
            + " List<T>, T[], Map<String, T>, a record of these, or Object"),
    /** A return type outside the value mapping. */
    UNSUPPORTED_RETURN("JDASH-E005", "return String, a number, Boolean, List<T>, T[], Map<String, T>, a record or"
            + " Object"),
    /** The return type of a multi-output callback cannot supply its outputs. */
    MULTI_OUTPUT_RETURN("JDASH-E006", "return a record with one component per output (in output order),"
            + " an Object[] or a List<?>"),
    /** A dependency string that is not {@code <id>.<property>}. */
    BAD_DEPENDENCY("JDASH-E007", "write a dependency as \"<component id>.<property>\", e.g. \"graph.figure\";"
            + " a pattern-matching id as sorted-key JSON, e.g. {\"index\":[\"MATCH\"],\"type\":\"item\"}.value"),
    /** Outputs and return type disagree: a value with no outputs, or void with outputs. */
    OUTPUTS_VS_RETURN("JDASH-E008", "declare the outputs the returned value is for, or make a callback without"
            + " outputs return void"),
    /** Two callbacks write the same output. */
    DUPLICATE_OUTPUT("JDASH-E009", "let one callback write the output (merge the two), give each its own"
            + " output component, or end the second one's output with @allow_duplicate"),
    /** {@code @Clientside} on a method without {@code @Callback}. */
    CLIENTSIDE_WITHOUT_CALLBACK("JDASH-E010", "add @Callback(outputs = ..., inputs = ...) to the method, or remove"
            + " @Clientside"),
    /** A callback without inputs. */
    NO_INPUTS("JDASH-E011", "give the callback at least one input: Dash fires a callback when an input changes"),
    /** CallbackContext anywhere but first. */
    CONTEXT_POSITION("JDASH-E012", "declare CallbackContext as the first parameter"),
    /** {@code @Memoize} on a callback that takes a CallbackContext. */
    MEMOIZE_WITH_CONTEXT("JDASH-E013", "remove the CallbackContext parameter (memoize a callback of its inputs only),"
            + " or remove @Memoize"),
    /** A {@code @Memoize} ttl that is not a duration. */
    BAD_TTL("JDASH-E014", "write the ttl as a whole number and a unit: \"500ms\", \"20s\", \"5m\", \"1h\" or \"1d\""),
    /** {@code @Clientside} together with {@code @Background}: a job runs on the server only. */
    CLIENTSIDE_BACKGROUND("JDASH-E015", "remove @Clientside (a background job runs on the server, with progress"
            + " and cancel), or remove @Background to run the callback in the browser"),
    /** A {@code Progress} parameter on a callback that is not {@code @Background}, or not where it belongs. */
    PROGRESS_PARAMETER("JDASH-E016", "add @Background to the callback and declare Progress first (after an"
            + " optional CallbackContext), or remove the Progress parameter"),
    /** Code reachable from a browser callback that TeaVM cannot compile. */
    UNSUPPORTED_CODE("JDASH-E020", "keep this call out of the @Clientside callback (compute it on the server"
            + " and pass it in through a dcc.Store), or set onUnsupported=server to run the callback on the server"),
    /** TeaVM failed for a reason of its own. */
    TEAVM_FAILED("JDASH-E021", "this is a jdash or TeaVM bug; please report it with the callback's code"),
    /** Closure Compiler reported an error. */
    CLOSURE_FAILED("JDASH-E030", "build with minify=NONE to get a bundle, and report the error"),
    /** ADVANCED minification was asked for. */
    ADVANCED_REFUSED("JDASH-E031", "use minify=SIMPLE (the default): it is safe and within 1-3% of ADVANCED"),
    /** The generated adapter did not compile. */
    ADAPTER_FAILED("JDASH-E032", "this is a jdash bug; please report it with the callback's signature"),
    /** A size budget was exceeded. */
    BUDGET_EXCEEDED("JDASH-E040", "make the callback smaller (see the largest contributors), or raise the budget"),
    /** Code whose browser behaviour provably differs from the JVM's. */
    DIVERGES_IN_BROWSER("JDASH-W001", "see the README section 'What Java works in the browser'"),
    /** A floating-point function whose last digit may differ between the JVM and the browser. */
    MATH_LAST_DIGIT("JDASH-W002", "round the result (Math.round, String.format(\"%.6f\", x)) before showing or"
            + " comparing it; Java only promises 1 ulp for this function, and the JVM and the browser differ within"
            + " that"),
    /** Hash-ordered collections whose iteration order differs in the browser. */
    HASH_ORDER("JDASH-W003", "use LinkedHashMap/LinkedHashSet, TreeMap/TreeSet, or a map factory such as"
            + " Collectors.groupingBy(f, TreeMap::new, downstream) where the order can be seen");

    private final String code;
    private final String fix;

    DiagnosticCode(String code, String fix) {
        this.code = code;
        this.fix = fix;
    }

    /** The stable code, e.g. {@code JDASH-E003}. */
    public String code() {
        return code;
    }

    /** The fix text shown with every diagnostic of this code. */
    public String fix() {
        return fix;
    }

    /** A diagnostic of this code at a place. */
    public Diagnostic at(Severity severity, String file, int line, String element, String message) {
        return new Diagnostic(severity, code, file, line, element, message, fix);
    }

    /** An error of this code at a place. */
    public Diagnostic error(String file, int line, String element, String message) {
        return at(Severity.ERROR, file, line, element, message);
    }
}
