package io.jdash.compiler.bundle;

/**
 * The bundle's code on its way to the file: wrapped, then minified.
 *
 * @param code the JavaScript
 * @param sourceMap its V3 source map, or null
 */
public record BundleCode(String code, String sourceMap) {}
