package io.jdash.compiler.teavm;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the jars (or class directories) that every bundle is compiled against: jdash's api and browser runtime,
 * TeaVM's class library, JSO and their dependencies. They are looked up on the compiler's own class loader by a
 * class file each contains, so this works from a Maven plugin realm, a test run or a plain class path alike.
 */
public final class RuntimeClasspath {
    private static final List<String> MARKERS = List.of(
            "io/jdash/api/Callback.class",
            "io/jdash/runtime/Js.class",
            "org/teavm/classlib/java/lang/TObject.class",
            "org/teavm/jso/JSObject.class",
            "org/teavm/jso/core/JSString.class",
            "org/teavm/jso/impl/JSWrapper.class",
            "org/teavm/platform/Platform.class",
            "org/teavm/interop/Address.class",
            "org/teavm/runtime/Allocator.class",
            "org/teavm/metaprogramming/Action.class",
            "org/teavm/metaprogramming/impl/ActionImpl.class",
            "org/joda/time/DateTime.class",
            "com/jcraft/jzlib/ZStream.class");

    private static volatile List<Path> entries;

    private RuntimeClasspath() {}

    /** The entries, in a fixed order. Throws if one is missing: the compiler's own installation is broken. */
    public static List<Path> entries() {
        List<Path> found = entries;
        if (found == null) {
            found = List.copyOf(find());
            entries = found;
        }
        return found;
    }

    private static List<Path> find() {
        ClassLoader loader = RuntimeClasspath.class.getClassLoader();
        Set<Path> result = new LinkedHashSet<>();
        for (String marker : MARKERS) {
            URL url = loader.getResource(marker);
            if (url == null) {
                throw new IllegalStateException("jdash-compiler's class path lacks " + marker
                        + "; check that its dependencies (TeaVM " + "0.16.0, jdash-runtime-js) were resolved");
            }
            result.add(root(url, marker));
        }
        return new ArrayList<>(result);
    }

    static Path root(URL url, String resource) {
        String s = url.toString();
        try {
            if (s.startsWith("jar:")) {
                String file = s.substring(4, s.indexOf("!/"));
                return Path.of(new URL(file).toURI());
            }
            Path p = Path.of(url.toURI());
            for (int i = resource.split("/").length; i > 0; i--) {
                p = p.getParent();
            }
            return p;
        } catch (URISyntaxException | java.net.MalformedURLException e) {
            throw new IllegalStateException("cannot locate " + resource + " from " + s, e);
        }
    }
}
