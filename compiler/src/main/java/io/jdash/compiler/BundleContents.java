package io.jdash.compiler;

import java.util.Set;

/**
 * What the bundle's code was compiled from: a change to a class or method outside these cannot change the bundle.
 *
 * @param classes the top-level classes (binary names, {@code a.b.C}) with code in the bundle
 * @param methods the methods compiled into it, as {@code a.b.C$D#name(Ljava/lang/String;)V}
 */
public record BundleContents(Set<String> classes, Set<String> methods) {
    /** Nothing: no bundle, or an up-to-date build that did not look. */
    public static final BundleContents NONE = new BundleContents(Set.of(), Set.of());

    /** Copies the sets. */
    public BundleContents {
        classes = Set.copyOf(classes);
        methods = Set.copyOf(methods);
    }
}
