package io.jdash.runtime;

import io.jdash.api.NoUpdate;
import io.jdash.api.PreventUpdate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSObject;

/**
 * The bridge between JS values and Java values, used by the generated adapters. It implements jdash's value
 * mapping ({@code docs/values.md}) in the browser.
 *
 * <p>Every check that can fail is done on the JS side and every message is composed there, so a bundle never pays
 * for Java's number formatting just to report an error.
 */
public final class Js {
    private Js() {}

    /** Converts records to JS objects; the generated entry class installs one for the records it knows. */
    public interface RecordWriter {
        /** Returns the JS object for {@code value}, or {@code null} if {@code value} is no record it knows. */
        JSObject write(Object value);
    }

    private static RecordWriter recordWriter;

    /** Installs the converter for the records that callbacks declare. */
    public static void setRecordWriter(RecordWriter writer) {
        recordWriter = writer;
    }

    // ---- kinds, descriptions and mismatches (JS side) ----

    @JSBody(params = "v", script = "return v == null ? 'null' : Array.isArray(v) ? 'array' : typeof v;")
    public static native String kind(JSObject v);

    /** JS that sets {@code s} to how value {@code v} is shown in messages: its JSON (cut at 60) and its JS type. */
    private static final String DESCRIBE = "var s;"
            + "try { s = JSON.stringify(v); } catch (e) {}"
            + "if (s === undefined) s = String(v);"
            + "if (s.length > 60) s = s.substring(0, 57) + '...';"
            + "s += ' (' + (Array.isArray(v) ? 'array' : typeof v) + ')';";

    @JSBody(params = "v", script = DESCRIBE + "return s;")
    private static native String describe(JSObject v);

    /**
     * A JS value that does not fit the declared Java type is reported by a JS {@code TypeError} that carries what
     * was expected, what arrived and the path to it inside the parameter; {@link #fail} words it with the callback
     * and the parameter. A JS error rather than a Java exception keeps the Java exception machinery for it out of
     * every bundle. Never returns; the result type lets callers write {@code throw mismatch(...)}.
     */
    static RuntimeException mismatch(String expected, JSObject v) {
        throwMismatch(expected, v);
        return null;
    }

    /**
     * A plotly typed array ({@code {"dtype": "f8", "bdata": "<base64>"}}, as the server writes figures) as the plain
     * array it stands for, decoded exactly as the server's {@code TypedArrays.decode} does: one of plotly's dtypes,
     * padded base64 of a whole number of elements, an optional {@code shape} of up to 3 dimensions that multiplies to
     * that number, none larger than it or 1 (nested arrays), NaN and the infinities as {@code null}; other keys (plotly's
     * {@code _inputArray}) are ignored. A JS typed array becomes a plain array of its numbers. Any other value is
     * returned as it is.
     */
    @JSBody(
            params = "v",
            script = "if (v == null || typeof v !== 'object' || Array.isArray(v)) return v;"
                    + "if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v);"
                    + "var dtype = v['dtype'], text = v['bdata'], shape = v['shape'],"
                    + " alias = /^(int|uint|float)(8|16|32|64)$/.exec(dtype);"
                    + "if (alias) dtype = alias[1][0] + alias[2] / 8;"
                    + "var type = {i1: Int8Array, u1: Uint8Array, i2: Int16Array, u2: Uint16Array, i4: Int32Array,"
                    + " u4: Uint32Array, f4: Float32Array, f8: Float64Array}[dtype];"
                    + "if (typeof dtype !== 'string' || !/^[iuf][1248]$/.test(dtype) || !type || typeof text !== 'string'"
                    + " || !/^(?:[A-Za-z0-9+\\/]{4})*(?:[A-Za-z0-9+\\/]{2}==|[A-Za-z0-9+\\/]{3}=)?$/.test(text))"
                    + " return v;"
                    + "text = atob(text);"
                    + "var count = text.length / type.BYTES_PER_ELEMENT;"
                    + "shape = shape === undefined ? String(count) : typeof shape === 'string' ? shape"
                    + " : Number.isInteger(shape) ? String(shape) : '';"
                    + "if (count % 1 || !/^[0-9]{1,9}(,[0-9]{1,9}){0,2}$/.test(shape)) return v;"
                    + "shape = shape.split(',').map(Number);"
                    + "if (shape.some(function (d) { return d > Math.max(count, 1); })"
                    + " || shape.reduce(function (p, d) { return p * d; }) !== count) return v;"
                    + "var bytes = new Uint8Array(text.length), next = 0;"
                    + "for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);"
                    + "var numbers = new type(bytes.buffer);"
                    + "function rows(dim) { var row = []; for (var r = 0; r < shape[dim]; r++, next += dim + 1 < shape.length ? 0 : 1)"
                    + " row.push(dim + 1 < shape.length ? rows(dim + 1) : isFinite(numbers[next]) ? numbers[next] : null);"
                    + " return row; }"
                    + "return rows(0);")
    static native JSObject plain(JSObject v);

    @JSBody(
            params = {"expected", "v"},
            script = DESCRIBE + "var e = new TypeError(expected);"
                    + "e.jdashExpected = expected; e.jdashArrived = s; e.jdashPath = ''; throw e;")
    private static native void throwMismatch(String expected, JSObject v);

    @JSBody(
            params = {"e", "prefix"},
            script = "if (e && e.jdashExpected) e.jdashPath = prefix + e.jdashPath;")
    private static native void prefixPath(JSObject e, String prefix);

    /** Adds a list or array index to the path of a mismatch that {@code e} carries; returns {@code e}. */
    public static RuntimeException atIndex(RuntimeException e, int index) {
        prefixPath(JSExceptions.getJSException(e), "[" + index + "]");
        return e;
    }

    /** Adds an object key or record component to the path of a mismatch that {@code e} carries; returns {@code e}. */
    public static RuntimeException atKey(RuntimeException e, String key) {
        prefixPath(JSExceptions.getJSException(e), "." + key);
        return e;
    }

    @JSBody(params = "v", script = "return v == null;")
    public static native boolean isNull(JSObject v);

    // ---- JS -> Java ----

    @JSBody(params = "v", script = "return typeof v === 'string';")
    private static native boolean isString(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native String asString(JSObject v);

    /** A JS string, or {@code null}/{@code undefined}, as a Java {@code String}. */
    public static String toStr(JSObject v) {
        if (isNull(v)) {
            return null;
        }
        if (!isString(v)) {
            throw mismatch("a string", v);
        }
        return asString(v);
    }

    @JSBody(params = "v", script = "return typeof v === 'number';")
    private static native boolean isNumber(JSObject v);

    @JSBody(params = "v", script = "return typeof v === 'number' && (v | 0) === v;")
    private static native boolean isInt(JSObject v);

    @JSBody(
            params = "v",
            script = "return typeof v === 'number' && Number.isInteger(v)"
                    + " && v >= -9223372036854775808 && v < 9223372036854775808;")
    private static native boolean isLong(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native int asInt(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native double asDouble(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native boolean asBoolean(JSObject v);

    /** A JS number that is an integer in {@code int} range; {@code null} for null or undefined. */
    public static Integer toIntObj(JSObject v) {
        return isNull(v) ? null : checkedInt(v);
    }

    /** As {@link #toIntObj}, for a primitive: null or undefined give 0. */
    public static int toInt(JSObject v) {
        return isNull(v) ? 0 : checkedInt(v);
    }

    private static int checkedInt(JSObject v) {
        if (!isInt(v)) {
            throw mismatch("an integral number in int range", v);
        }
        return asInt(v);
    }

    /** A JS number that is an integer in {@code long} range; {@code null} for null or undefined. */
    public static Long toLongObj(JSObject v) {
        return isNull(v) ? null : checkedLong(v);
    }

    /** As {@link #toLongObj}, for a primitive: null or undefined give 0. */
    public static long toLong(JSObject v) {
        return isNull(v) ? 0 : checkedLong(v);
    }

    private static long checkedLong(JSObject v) {
        if (!isLong(v)) {
            throw mismatch("an integral number in long range", v);
        }
        return (long) asDouble(v);
    }

    /** A JS number as a {@code Double}; {@code null} for null or undefined. */
    public static Double toDoubleObj(JSObject v) {
        return isNull(v) ? null : checkedDouble(v);
    }

    /** As {@link #toDoubleObj}, for a primitive: null or undefined give 0. */
    public static double toDouble(JSObject v) {
        return isNull(v) ? 0 : checkedDouble(v);
    }

    private static double checkedDouble(JSObject v) {
        if (!isNumber(v)) {
            throw mismatch("a number", v);
        }
        return asDouble(v);
    }

    @JSBody(params = "v", script = "return typeof v === 'boolean';")
    private static native boolean isBoolean(JSObject v);

    /** A JS boolean; {@code null} for null or undefined. */
    public static Boolean toBoolObj(JSObject v) {
        return isNull(v) ? null : checkedBool(v);
    }

    /** As {@link #toBoolObj}, for a primitive: null or undefined give {@code false}. */
    public static boolean toBool(JSObject v) {
        return isNull(v) ? false : checkedBool(v);
    }

    private static boolean checkedBool(JSObject v) {
        if (!isBoolean(v)) {
            throw mismatch("a boolean", v);
        }
        return asBoolean(v);
    }

    @JSBody(params = "v", script = "return Array.isArray(v);")
    private static native boolean isArray(JSObject v);

    @JSBody(params = "v", script = "return v.length;")
    public static native int length(JSObject v);

    @JSBody(
            params = {"v", "i"},
            script = "return v[i];")
    public static native JSObject at(JSObject v, int i);

    /**
     * Checks that {@code v} is a JS array (or a typed array, {@link #plain}) and returns it as a plain array;
     * {@code null} for null or undefined.
     */
    public static JSObject array(JSObject v) {
        if (isNull(v)) {
            return null;
        }
        v = plain(v);
        if (!isArray(v)) {
            throw mismatch("an array", v);
        }
        return v;
    }

    /** Converts one element of a list, adding its index to the path of a conversion error. */
    public interface Reader<T> {
        /** Converts one JS value. */
        T read(JSObject v);
    }

    /** A JS array as a mutable {@code List}; {@code null} for null or undefined. */
    public static <T> List<T> toList(JSObject v, Reader<T> element) {
        JSObject a = array(v);
        if (a == null) {
            return null;
        }
        int n = length(a);
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            try {
                list.add(element.read(at(a, i)));
            } catch (RuntimeException e) {
                throw atIndex(e, i);
            }
        }
        return list;
    }

    @JSBody(params = "v", script = "return v != null && typeof v === 'object' && !Array.isArray(v);")
    private static native boolean isPlainObject(JSObject v);

    @JSBody(params = "v", script = "return Object.keys(v);")
    private static native JSObject keys(JSObject v);

    @JSBody(
            params = {"v", "k"},
            script = "return v[k];")
    public static native JSObject get(JSObject v, String k);

    /** Checks that {@code v} is a JS object (not an array) and returns it; {@code null} for null or undefined. */
    public static JSObject object(JSObject v) {
        if (isNull(v)) {
            return null;
        }
        v = plain(v);
        if (!isPlainObject(v)) {
            throw mismatch("an object", v);
        }
        return v;
    }

    /** Reads one property of an object for a record component, adding its name to the path of an error. */
    public static <T> T field(JSObject o, String name, Reader<T> reader) {
        try {
            return reader.read(get(o, name));
        } catch (RuntimeException e) {
            throw atKey(e, name);
        }
    }

    /** A JS object as a {@code LinkedHashMap} in key order; {@code null} for null or undefined. */
    public static <T> Map<String, T> toMap(JSObject v, Reader<T> value) {
        JSObject o = object(v);
        if (o == null) {
            return null;
        }
        JSObject keys = keys(o);
        int n = length(keys);
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String key = asString(at(keys, i));
            map.put(key, field(o, key, value));
        }
        return map;
    }

    /**
     * Any JS value as the untyped Java value of the mapping: {@code null}, {@code Boolean}, {@code Integer} or
     * {@code Long} where integral, {@code Double}, {@code String}, {@code List<Object>}, {@code Map<String,Object>}.
     */
    public static Object toJava(JSObject v) {
        v = plain(v);
        switch (kind(v)) {
            case "null":
            case "undefined":
                return null;
            case "string":
                return asString(v);
            case "boolean":
                return asBoolean(v);
            case "number":
                if (isInt(v)) {
                    return asInt(v);
                }
                if (isLong(v)) {
                    return (long) asDouble(v);
                }
                return asDouble(v);
            case "array":
                return toList(v, Js::toJava);
            case "object":
                return toMap(v, Js::toJava);
            default:
                throw mismatch("a JSON value", v);
        }
    }

    // ---- Java -> JS ----

    @JSBody(params = "v", script = "return v;")
    private static native JSObject str(String v);

    @JSBody(params = "v", script = "return v;")
    private static native JSObject num(double v);

    @JSBody(params = "v", script = "return v;")
    private static native JSObject integer(int v);

    @JSBody(params = "v", script = "return v;")
    private static native JSObject bool(boolean v);

    @JSBody(script = "return null;")
    private static native JSObject nullValue();

    @JSBody(script = "return [];")
    public static native JSObject newArray();

    @JSBody(
            params = {"a", "v"},
            script = "a.push(v);")
    public static native void push(JSObject a, JSObject v);

    @JSBody(script = "return {};")
    public static native JSObject newObject();

    @JSBody(
            params = {"o", "k", "v"},
            script = "o[k] = v;")
    public static native void put(JSObject o, String k, JSObject v);

    @JSBody(
            script = "var v = window.dash_clientside && window.dash_clientside['no_update'];"
                    + "if (!v) throw new Error('jdash: window.dash_clientside.no_update is not defined;"
                    + " a callback returned NoUpdate.VALUE outside dash-renderer');"
                    + "return v;")
    private static native JSObject noUpdate();

    /** A {@code String} result as a JS string or null. */
    @JSBody(params = "value", script = "return value;")
    public static native JSObject fromStr(String value);

    /** An {@code int} result. */
    public static JSObject fromInt(int value) {
        return integer(value);
    }

    /** A {@code double} result. */
    public static JSObject fromDouble(double value) {
        return num(value);
    }

    /** A {@code boolean} result. */
    public static JSObject fromBool(boolean value) {
        return bool(value);
    }

    /** A {@code long} result (JS numbers hold integers up to 2^53 exactly). */
    public static JSObject fromLong(long value) {
        return num(value);
    }

    /** Converts a callback result (or part of one) to the JS value dash-renderer expects. */
    public static JSObject toJs(Object value) {
        if (value == null) {
            return nullValue();
        }
        if (value instanceof String) {
            return str((String) value);
        }
        if (value instanceof Integer) {
            return integer((Integer) value);
        }
        if (value instanceof Number) {
            return num(((Number) value).doubleValue());
        }
        if (value instanceof Boolean) {
            return bool((Boolean) value);
        }
        if (value instanceof Character) {
            return str(String.valueOf((char) (Character) value));
        }
        if (value == NoUpdate.VALUE) {
            return noUpdate();
        }
        if (value instanceof Map) {
            JSObject o = newObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                put(o, String.valueOf(e.getKey()), toJs(e.getValue()));
            }
            return o;
        }
        if (value instanceof Collection) {
            JSObject a = newArray();
            for (Object e : (Collection<?>) value) {
                push(a, toJs(e));
            }
            return a;
        }
        if (value instanceof Object[]) {
            JSObject a = newArray();
            for (Object e : (Object[]) value) {
                push(a, toJs(e));
            }
            return a;
        }
        if (value instanceof Enum) {
            return str(((Enum<?>) value).name());
        }
        JSObject converted = primitiveArray(value);
        if (converted == null && recordWriter != null) {
            converted = recordWriter.write(value);
        }
        if (converted == null) {
            throw new IllegalArgumentException(unsupportedResult(value));
        }
        return converted;
    }

    private static String unsupportedResult(Object value) {
        return "a " + value.getClass().getName() + " cannot be sent to Dash: return a String, number, Boolean,"
                + " List, Map, array, enum or a record that a callback declares";
    }

    private static JSObject primitiveArray(Object value) {
        JSObject a = newArray();
        if (value instanceof int[]) {
            for (int e : (int[]) value) {
                push(a, integer(e));
            }
        } else if (value instanceof double[]) {
            for (double e : (double[]) value) {
                push(a, num(e));
            }
        } else if (value instanceof long[]) {
            for (long e : (long[]) value) {
                push(a, num(e));
            }
        } else if (value instanceof boolean[]) {
            for (boolean e : (boolean[]) value) {
                push(a, bool(e));
            }
        } else {
            return null;
        }
        return a;
    }

    @JSBody(
            params = {"v", "n"},
            script = "return Array.isArray(v) && v.length === n;")
    private static native boolean isArrayOf(JSObject v, int n);

    /**
     * The result of a multi-output callback: {@code NoUpdate.VALUE} (nothing changes), or an array or list with
     * one value per output, checked for its length.
     */
    public static JSObject outputs(Object value, int count) {
        JSObject converted = toJs(value);
        if (value != null && value != NoUpdate.VALUE && !isArrayOf(converted, count)) {
            throw new IllegalStateException("a callback with " + count + " outputs must return one value per"
                    + " output, but returned " + describe(converted));
        }
        return converted;
    }

    // ---- failures ----

    @JSBody(
            script = "var p = window.dash_clientside['PreventUpdate'];"
                    + "if (!p) throw new Error('jdash: no dash_clientside.PreventUpdate (not in dash-renderer)');"
                    + "throw p;")
    private static native void throwPreventUpdate();

    @JSBody(
            params = {"e", "callback", "parameter"},
            script = "if (e && e.jdashExpected) throw new TypeError("
                    + "'jdash: ' + callback + \": parameter '\" + parameter + e.jdashPath + \"' expects \" + e.jdashExpected"
                    + " + ', but got ' + e.jdashArrived);")
    private static native void throwIfMismatch(JSObject e, String callback, String parameter);

    /**
     * Throws the Error dash-renderer reports for a Java exception. TeaVM's own error for the exception (made where
     * it was thrown, so its {@code stack} starts at the user's code; TeaVM's {@code exception.js}) becomes the
     * {@code cause}. In debug mode the server's debug script installs {@code window.jdash_error}, which rewrites
     * the error (title, Java frames through the source map) before it is thrown; production pages have no hook.
     */
    @JSBody(
            params = {"callback", "type", "message", "cause"},
            script = "var e = new Error('jdash: ' + callback + ' threw ' + type"
                    + " + (message == null ? '' : ': ' + message), {cause: cause});"
                    + " window.jdash_error && jdash_error(e, callback, type, message); throw e;")
    private static native void throwError(String callback, String type, String message, JSObject cause);

    /**
     * Turns what a callback threw into what dash-renderer understands: {@code PreventUpdate} becomes
     * {@code throw dash_clientside.PreventUpdate}; a parameter that did not fit becomes a {@code TypeError} naming
     * the callback and the parameter; anything else an {@code Error} naming the callback and the Java exception,
     * whose {@code cause} is TeaVM's error from the throw site. Never returns normally.
     */
    public static JSObject fail(Throwable t, String callback, String parameter) {
        if (t instanceof PreventUpdate) {
            throwPreventUpdate();
        }
        JSObject js = JSExceptions.getJSException(t);
        throwIfMismatch(js, callback, parameter);
        throwError(callback, t.getClass().getName(), t.getMessage(), js);
        return null;
    }
}
