package io.jdash.contract;

/** Where the build puts its outputs on the class path, and so where the server looks for them. */
public final class ClassPathLocations {
    /** The manifest. */
    public static final String MANIFEST = "META-INF/jdash/manifest.json";
    /** The folder of the bundles and their source maps (ends with {@code /}). */
    public static final String ASSETS = "META-INF/jdash/assets/";

    private ClassPathLocations() {}
}
