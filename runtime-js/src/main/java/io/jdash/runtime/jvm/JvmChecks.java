package io.jdash.runtime.jvm;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSObject;

/**
 * The checks the JVM makes implicitly, inserted by the compiler before each dereference, array access and cast in
 * the application's own code (not in the JDK classes, which are written not to need them). They throw what the JVM
 * throws, with the JVM's messages where the JVM specifies them.
 */
public final class JvmChecks {
    private JvmChecks() {}

    /** Before a field access, a method call or an array access on {@code value}. */
    public static void nonNull(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
    }

    /**
     * Reads a value that nothing else reads, so that the computation making it (an array read, a cast, a division)
     * keeps its checks: on the JVM it throws although its value is unused.
     */
    public static void keep(Object value) {}

    /** As {@link #keep(Object)}. */
    public static void keep(int value) {}

    /** As {@link #keep(Object)}. */
    public static void keep(long value) {}

    /** As {@link #keep(Object)}. */
    public static void keep(float value) {}

    /** As {@link #keep(Object)}. */
    public static void keep(double value) {}

    /**
     * Before reading an array's elements: the array itself, or NullPointerException. Returning it makes the element
     * access depend on the check, so TeaVM cannot move the access (which fails in JS with a TypeError) above it.
     */
    public static Object nonNullArray(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        return array;
    }

    /**
     * What the JVM throws for an error the JavaScript engine raised in code that has no checks of jdash's (the JDK's
     * classes): for a null dereference a {@link NullPointerException}, for an exhausted call stack a
     * {@link StackOverflowError}. Any other exception comes back as it is. The compiler calls it before the
     * application's {@code catch} clauses choose, so they choose as on the JVM.
     */
    public static Throwable javaException(Throwable thrown) {
        // TeaVM wraps an engine's error (TypeError, RangeError) in a plain RuntimeException
        if (thrown.getClass() == RuntimeException.class) {
            JSObject error = JSExceptions.getJSException(thrown);
            String type = error == null ? null : engineErrorType(error);
            if (type != null) {
                return type.endsWith("NullPointerException") ? new NullPointerException() : new StackOverflowError();
            }
        }
        return thrown;
    }

    /**
     * The JVM's exception class for a JavaScript error the engine raised: {@code java.lang.NullPointerException} for
     * a property of null or undefined (V8, SpiderMonkey and JavaScriptCore word it differently),
     * {@code java.lang.StackOverflowError} for a call stack too deep, else null (a parameter that did not fit the
     * Java type, reported as jdash's own TypeError, among them).
     */
    @JSBody(
            params = "e",
            script = "var m = String(e.message);"
                    + "return e instanceof TypeError && !e.jdashExpected && /\\b(null|undefined)\\b/.test(m)"
                    + " ? 'java.lang.NullPointerException' : (e instanceof RangeError || e.name == 'InternalError')"
                    + " && /call stack|too much recursion/.test(m) ? 'java.lang.StackOverflowError' : null;")
    public static native String engineErrorType(JSObject error);

    /** Before {@code array[index]}: the JVM's message is "Index 5 out of bounds for length 3". */
    public static void index(int index, int length) {
        if (index < 0 || index >= length) {
            throw new ArrayIndexOutOfBoundsException(outOfBounds(index, length));
        }
    }

    // composed in JS so that a bound check does not pull Java's int formatting into every bundle
    @JSBody(
            params = {"i", "n"},
            script = "return 'Index ' + i + ' out of bounds for length ' + n;")
    private static native String outOfBounds(int index, int length);

    /** Before {@code new T[size]}: the JVM's message is the size. */
    public static void arraySize(int size) {
        if (size < 0) {
            throw new NegativeArraySizeException(jsString(size));
        }
    }

    @JSBody(params = "n", script = "return String(n);")
    private static native String jsString(int n);

    /**
     * Before {@code array[i] = value} into an array of references: the JVM refuses a value the array's own element
     * type does not admit ({@code Object[] a = new String[1]; a[0] = 1;}), naming the value's class.
     */
    public static void store(Object array, Object value) {
        if (value != null && !array.getClass().getComponentType().isInstance(value)) {
            throw new ArrayStoreException(value.getClass().getName());
        }
    }

    /**
     * After a test {@code value instanceof Cloneable} or {@code Serializable}: every array is both, which TeaVM's
     * arrays do not say.
     */
    public static boolean arrayOr(boolean isInstance, Object value) {
        return isInstance || value != null && value.getClass().isArray();
    }

    /**
     * Before a sorted structure without a comparator places {@code value}: the JVM's cast to {@code Comparable}
     * fails for a value that is not one.
     */
    public static void comparable(Object value) {
        if (!(value instanceof Comparable)) {
            throw new ClassCastException(castMessage(value.getClass().getName(), "java.lang.Comparable"));
        }
    }

    /**
     * After an {@code instanceof} test of a cast's operand: a failed cast of a non-null value throws, with the
     * message HotSpot gives. {@code target} is the JVM name of the cast's type ({@code java.lang.String},
     * {@code [Ljava.lang.Integer;}).
     */
    public static void cast(boolean isInstance, Object value, String target) {
        if (!isInstance && value != null) {
            throw new ClassCastException(castMessage(value.getClass().getName(), target));
        }
    }

    /**
     * "class A cannot be cast to class B (A and B are in module java.base of loader 'bootstrap')". The browser knows
     * no modules or loaders: the JDK's classes (all in java.base) are named so, every other class as the server
     * sees a class loaded from its class path.
     */
    static String castMessage(String source, String target) {
        String from = moduleOf(source);
        String to = moduleOf(target);
        String where = from.equals(to)
                ? source + " and " + target + " are in " + from
                : source + " is in " + from + "; " + target + " is in " + to;
        return "class " + source + " cannot be cast to class " + target + " (" + where + ")";
    }

    private static String moduleOf(String name) {
        int dims = 0;
        while (name.charAt(dims) == '[') {
            dims++;
        }
        boolean primitiveArray = dims > 0 && name.charAt(dims) != 'L';
        boolean jdk = primitiveArray || name.startsWith("java.", dims > 0 ? dims + 1 : 0);
        return jdk ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }
}
