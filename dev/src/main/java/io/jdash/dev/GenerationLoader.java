package io.jdash.dev;

import io.jdash.contract.ClassPathLocations;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * One build of the app: the classes directory, loaded before the parent (so an edited class is its new version even
 * when the parent has the directory on its own class path), everything else from the parent. It can show another
 * manifest than the one on disk: while a bundle is rebuilt, the manifest that sends every browser callback to the
 * server; once the bundle is built, the same loader (and the app its {@code main} made) shows the new manifest.
 */
final class GenerationLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private volatile URL manifest;

    GenerationLoader(int generation, Path classes, ClassLoader parent, Path manifestOverride)
            throws MalformedURLException {
        super("jdash-app-" + generation, new URL[] {classes.toUri().toURL()}, parent);
        this.manifest =
                manifestOverride == null ? null : manifestOverride.toUri().toURL();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null && !name.startsWith("java.")) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException notHere) {
                    c = null;
                }
            }
            if (c == null) {
                c = getParent().loadClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /** From now on, shows the manifest on disk (the rebuilt bundle's) instead of the interim one. */
    void useBuiltManifest() {
        manifest = null;
    }

    @Override
    public URL getResource(String name) {
        if (manifest != null && name.equals(ClassPathLocations.MANIFEST)) {
            return manifest;
        }
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (manifest != null && name.equals(ClassPathLocations.MANIFEST)) {
            return Collections.enumeration(List.of(manifest));
        }
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        for (URL parent : Collections.list(getParent().getResources(name))) {
            if (!all.contains(parent)) {
                all.add(parent);
            }
        }
        return Collections.enumeration(all);
    }
}
