package org.teavm.classlib.java.util;

import io.jdash.runtime.jvm.JvmChecks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code java.util.Properties} as the JDK's since Java 9: the entries live in a {@code ConcurrentHashMap} of initial
 * capacity 8 (so they print and iterate in its order, not {@code Hashtable}'s), nulls are refused as that map
 * refuses them, and {@code load}, {@code store} and {@code list} read and write the JDK's format: comments, the
 * separators {@code =}, {@code :} and white space, continued lines, the escapes and {@code \\uxxxx}. {@code store}
 * writes the entries sorted by key where the build JDK does (Java 18+), in the map's order before. TeaVM's own kept
 * them in a {@code Hashtable}, so they came out in another order than on the JVM.
 */
public class TProperties extends Hashtable<Object, Object> {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The properties looked up when this list lacks a key. */
    protected volatile TProperties defaults;

    private transient ConcurrentHashMap<Object, Object> map;

    public TProperties() {
        this(null, 8);
    }

    public TProperties(int initialCapacity) {
        this(null, initialCapacity);
    }

    public TProperties(TProperties defaults) {
        this(defaults, 8);
    }

    private TProperties(TProperties defaults, int initialCapacity) {
        super(1);
        map = new ConcurrentHashMap<>(initialCapacity);
        this.defaults = defaults;
    }

    /** Whether {@code store} sorts the entries by key (Java 18+) or writes them in the map's order. */
    static boolean storesSortedByKey() {
        return true;
    }

    public Object setProperty(String key, String value) {
        return put(key, value);
    }

    public String getProperty(String key) {
        Object value = map.get(key);
        String text = value instanceof String s ? s : null;
        TProperties d = defaults;
        return text == null && d != null ? d.getProperty(key) : text;
    }

    public String getProperty(String key, String defaultValue) {
        String value = getProperty(key);
        return value == null ? defaultValue : value;
    }

    public Enumeration<?> propertyNames() {
        Hashtable<String, Object> names = new Hashtable<>();
        enumerate(names);
        return names.keys();
    }

    public Set<String> stringPropertyNames() {
        Map<String, String> names = new HashMap<>();
        enumerateStrings(names);
        return Collections.unmodifiableSet(names.keySet());
    }

    private void enumerate(Map<String, Object> into) {
        if (defaults != null) {
            defaults.enumerate(into);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            into.put(string(e.getKey()), e.getValue());
        }
    }

    private void enumerateStrings(Map<String, String> into) {
        if (defaults != null) {
            defaults.enumerateStrings(into);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            if (e.getKey() instanceof String k && e.getValue() instanceof String v) {
                into.put(k, v);
            }
        }
    }

    public void list(PrintStream out) {
        out.println("-- listing properties --");
        for (String line : listing()) {
            out.println(line);
        }
    }

    public void list(PrintWriter out) {
        out.println("-- listing properties --");
        for (String line : listing()) {
            out.println(line);
        }
    }

    private List<String> listing() {
        Map<String, Object> all = new HashMap<>();
        enumerate(all);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Object> e : all.entrySet()) {
            String value = string(e.getValue());
            if (value.length() > 40) {
                value = value.substring(0, 37) + "...";
            }
            lines.add(e.getKey() + "=" + value);
        }
        return lines;
    }

    /** The JDK's cast to {@code String}, with HotSpot's text: the class library's casts are not checked. */
    private static String string(Object value) {
        JvmChecks.cast(value instanceof String, value, "java.lang.String");
        return (String) value;
    }

    // ---- reading

    public synchronized void load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader parameter is null");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        parse(text);
    }

    public synchronized void load(InputStream in) throws IOException {
        Objects.requireNonNull(in, "inStream parameter is null");
        load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static boolean isEnd(char c) {
        return c == '\n' || c == '\r';
    }

    /** Reads logical lines: comments and blank lines skipped, a line ending in an odd backslash continued. */
    private void parse(CharSequence text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return;
            }
            char c = text.charAt(i);
            if (isEnd(c)) {
                i++;
                continue;
            }
            if (c == '#' || c == '!') {
                while (i < n && !isEnd(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            StringBuilder line = new StringBuilder();
            while (true) {
                int start = i;
                while (i < n && !isEnd(text.charAt(i))) {
                    i++;
                }
                int end = i;
                if (i < n) {
                    i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                }
                int backslashes = 0;
                while (end - backslashes > start && text.charAt(end - backslashes - 1) == '\\') {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    line.append(text, start, end);
                    break;
                }
                line.append(text, start, end - 1);
                while (i < n && isBlank(text.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
            }
            putLine(line);
        }
    }

    private void putLine(CharSequence line) {
        int limit = line.length();
        int keyLength = 0;
        int valueStart = limit;
        boolean separated = false;
        boolean escaped = false;
        while (keyLength < limit) {
            char c = line.charAt(keyLength);
            if ((c == '=' || c == ':') && !escaped) {
                valueStart = keyLength + 1;
                separated = true;
                break;
            }
            if (isBlank(c) && !escaped) {
                valueStart = keyLength + 1;
                break;
            }
            escaped = c == '\\' && !escaped;
            keyLength++;
        }
        while (valueStart < limit) {
            char c = line.charAt(valueStart);
            if (!isBlank(c)) {
                if (!separated && (c == '=' || c == ':')) {
                    separated = true;
                } else {
                    break;
                }
            }
            valueStart++;
        }
        put(unescape(line, 0, keyLength), unescape(line, valueStart, limit));
    }

    private static String unescape(CharSequence in, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = in.charAt(i++);
            if (c != '\\' || i >= to) {
                out.append(c);
                continue;
            }
            c = in.charAt(i++);
            if (c == 'u') {
                if (i > to - 4) {
                    throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                }
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    int digit = Character.digit(in.charAt(i++), 16);
                    if (digit < 0) {
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                    }
                    value = (value << 4) + digit;
                }
                out.append((char) value);
            } else {
                out.append(c == 't' ? '\t' : c == 'r' ? '\r' : c == 'n' ? '\n' : c == 'f' ? '\f' : c);
            }
        }
        return out.toString();
    }

    // ---- writing

    public void store(Writer writer, String comments) throws IOException {
        store(writer instanceof BufferedWriter b ? b : new BufferedWriter(writer), comments, false);
    }

    public void store(OutputStream out, String comments) throws IOException {
        store(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.ISO_8859_1)), comments, true);
    }

    @Deprecated
    public void save(OutputStream out, String comments) {
        try {
            store(out, comments);
        } catch (IOException e) {
            // as the JDK's: a failed save says nothing
        }
    }

    private void store(BufferedWriter out, String comments, boolean escapeUnicode) throws IOException {
        if (comments != null) {
            writeComments(out, comments);
        }
        out.write("#" + new Date());
        out.newLine();
        List<Map.Entry<Object, Object>> entries = new ArrayList<>(entrySet());
        if (storesSortedByKey()) {
            entries.sort((x, y) -> string(x.getKey()).compareTo(string(y.getKey())));
        }
        for (Map.Entry<Object, Object> e : entries) {
            String key = escape(string(e.getKey()), true, escapeUnicode);
            String value = escape(string(e.getValue()), false, escapeUnicode);
            out.write(key + "=" + value);
            out.newLine();
        }
        out.flush();
    }

    private static void writeComments(BufferedWriter out, String comments) throws IOException {
        out.write("#");
        int length = comments.length();
        int last = 0;
        for (int current = 0; current < length; current++) {
            char c = comments.charAt(current);
            if (c > '\u00ff' || isEnd(c)) {
                if (last != current) {
                    out.write(comments.substring(last, current));
                }
                if (c > '\u00ff') {
                    out.write("\\u");
                    out.write(hex(c));
                } else {
                    out.newLine();
                    if (c == '\r' && current != length - 1 && comments.charAt(current + 1) == '\n') {
                        current++;
                    }
                    if (current == length - 1
                            || comments.charAt(current + 1) != '#' && comments.charAt(current + 1) != '!') {
                        out.write("#");
                    }
                }
                last = current + 1;
            }
        }
        if (last != length) {
            out.write(comments.substring(last));
        }
        out.newLine();
    }

    private static String hex(char c) {
        return new String(new char[] {HEX[(c >> 12) & 0xF], HEX[(c >> 8) & 0xF], HEX[(c >> 4) & 0xF], HEX[c & 0xF]});
    }

    private static String escape(String text, boolean escapeSpace, boolean escapeUnicode) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (int x = 0; x < text.length(); x++) {
            char c = text.charAt(x);
            if (c > 61 && c < 127) {
                out.append(c == '\\' ? "\\\\" : String.valueOf(c));
                continue;
            }
            switch (c) {
                case ' ' -> out.append(x == 0 || escapeSpace ? "\\ " : " ");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                default -> {
                    if ((c < 0x0020 || c > 0x007e) && escapeUnicode) {
                        out.append("\\u").append(hex(c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    // ---- the Hashtable methods, on the map

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public Enumeration<Object> keys() {
        return Collections.enumeration(map.keySet());
    }

    @Override
    public Enumeration<Object> elements() {
        return Collections.enumeration(map.values());
    }

    @Override
    public boolean contains(Object value) {
        return map.contains(value);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public synchronized Object put(Object key, Object value) {
        return map.put(key, value);
    }

    @Override
    public synchronized Object remove(Object key) {
        return map.remove(key);
    }

    @Override
    public synchronized void putAll(Map<?, ?> t) {
        map.putAll(t);
    }

    @Override
    public synchronized void clear() {
        map.clear();
    }

    @Override
    public synchronized String toString() {
        return map.toString();
    }

    @Override
    public Set<Object> keySet() {
        return map.keySet();
    }

    @Override
    public Collection<Object> values() {
        return map.values();
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        Set<Map.Entry<Object, Object>> entries = map.entrySet();
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }

            @Override
            public boolean contains(Object o) {
                return entries.contains(o);
            }

            @Override
            public boolean remove(Object o) {
                return entries.remove(o);
            }

            @Override
            public void clear() {
                entries.clear();
            }

            @Override
            public boolean add(Map.Entry<Object, Object> e) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean addAll(Collection<? extends Map.Entry<Object, Object>> c) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean equals(Object o) {
                return o == this || entries.equals(o);
            }

            @Override
            public int hashCode() {
                return entries.hashCode();
            }

            @Override
            public String toString() {
                return entries.toString();
            }
        };
    }

    @Override
    public synchronized boolean equals(Object o) {
        return map.equals(o);
    }

    @Override
    public synchronized int hashCode() {
        return map.hashCode();
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        return map.getOrDefault(key, defaultValue);
    }

    @Override
    public synchronized void forEach(BiConsumer<? super Object, ? super Object> action) {
        map.forEach(action);
    }

    @Override
    public synchronized void replaceAll(BiFunction<? super Object, ? super Object, ?> function) {
        map.replaceAll(function);
    }

    @Override
    public synchronized Object putIfAbsent(Object key, Object value) {
        return map.putIfAbsent(key, value);
    }

    @Override
    public synchronized boolean remove(Object key, Object value) {
        return map.remove(key, value);
    }

    @Override
    public synchronized boolean replace(Object key, Object oldValue, Object newValue) {
        return map.replace(key, oldValue, newValue);
    }

    @Override
    public synchronized Object replace(Object key, Object value) {
        return map.replace(key, value);
    }

    @Override
    public synchronized Object computeIfAbsent(Object key, Function<? super Object, ?> mappingFunction) {
        return map.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public synchronized Object computeIfPresent(
            Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.computeIfPresent(key, remappingFunction);
    }

    @Override
    public synchronized Object compute(Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.compute(key, remappingFunction);
    }

    @Override
    public synchronized Object merge(
            Object key, Object value, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.merge(key, value, remappingFunction);
    }

    @Override
    protected void rehash() {
        // the map grows by itself
    }

    @Override
    public synchronized Object clone() {
        TProperties copy = new TProperties(defaults, 8);
        copy.map = new ConcurrentHashMap<>(map);
        return copy;
    }
}
