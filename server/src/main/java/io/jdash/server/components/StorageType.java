package io.jdash.server.components;

/** Where a browser-side value lives: {@code dcc.Store}'s {@code storage_type}, every {@code persistence_type}. */
public enum StorageType implements LowerCaseEnum {
    /** {@code window.localStorage}: kept after the browser quits. */
    LOCAL,
    /** {@code window.sessionStorage}: cleared when the browser quits. */
    SESSION,
    /** Memory only: reset on a page reload. */
    MEMORY
}
