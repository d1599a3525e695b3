package io.jdash.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assets from a directory, and from a class path folder inside a jar (how an app ships). */
class AssetFilesTest {
    @Test
    void classPathFolderInAJar_isListedAndServedAndCannotBeLeft(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "web/", "");
            put(out, "web/b.js", "window.b = 1;");
            put(out, "web/sub/a.js", "window.a = 1;");
            put(out, "web/site.css", "body{}");
            put(out, "secret.properties", "password=1");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            AssetFiles assets = new AssetFiles(null, "web", loader);
            assertEquals(List.of("b.js", "sub/a.js"), assets.list(".js"));
            assertEquals(List.of("site.css"), assets.list(".css"));
            assertEquals(
                    "window.a = 1;",
                    new String(assets.get("sub/a.js").orElseThrow().bytes(), StandardCharsets.UTF_8));
            assertTrue(assets.get("../secret.properties").isEmpty());
            assertTrue(assets.get("nothing.js").isEmpty());
            assertTrue(assets.get("sub/").isEmpty());
        }
    }

    @Test
    void directory_showsEditsOnTheNextRequest(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("app.js"), "v1");
        AssetFiles assets = new AssetFiles(dir, "ignored", getClass().getClassLoader());
        assertEquals("v1", new String(assets.get("app.js").orElseThrow().bytes(), StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("app.js"), "v22");
        assertEquals("v22", new String(assets.get("app.js").orElseThrow().bytes(), StandardCharsets.UTF_8));
        assertEquals(List.of("app.js"), assets.list(".js"));
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
