package io.jdash.compiler;

import io.jdash.compiler.teavm.TeaVmCache;
import java.io.IOException;

/**
 * Compiles again and again in one JVM, keeping TeaVM's in-memory caches between compiles: what the development
 * loop uses instead of {@link JdashCompiler#compile}. Each {@link #compile} behaves as {@code JdashCompiler.compile}
 * with the same configuration (the same diagnostics, outputs and answers of the callbacks); only the time differs.
 *
 * <pre>{@code
 * try (CompilerSession session = JdashCompiler.session()) {
 *     session.compile(config, listener);       // fills the caches
 *     // ... a class file changes ...
 *     session.compile(config, listener);       // reads and compiles again only what changed
 * }
 * }</pre>
 *
 * <p>What the caches keep: the classes TeaVM parsed (for every configuration) and, with
 * {@link CompilerConfig#development()}, the methods it optimized and rendered to JavaScript. Before each compile the
 * class directories are compared with the previous compile's by content hash, and each changed, new or deleted class
 * is read again with what depends on it; a changed jar (size or modification time) or other settings drop the
 * caches. A production configuration in a session gives the bytes {@code JdashCompiler.compile} gives.
 *
 * <p>Compiles are serialized; the session holds memory (tens of MB for a sample app) until {@link #close}.
 */
public final class CompilerSession implements AutoCloseable {
    private TeaVmCache cache = new TeaVmCache();

    CompilerSession() {}

    /**
     * Runs the whole pipeline as {@link JdashCompiler#compile} does, with the caches of the compiles before.
     *
     * @throws CompilationFailedException when the user's callbacks or configuration are wrong (every error listed)
     * @throws IOException when reading classes or writing outputs fails
     * @throws IllegalStateException when the session was closed
     */
    public synchronized CompilationResult compile(CompilerConfig config, BuildListener listener)
            throws CompilationFailedException, IOException {
        if (cache == null) {
            throw new IllegalStateException(
                    "this CompilerSession was closed: open another with JdashCompiler.session()");
        }
        return JdashCompiler.compile(config, listener, cache);
    }

    /** Whether the last compile had to start from empty caches (the first compile, a changed jar or setting). */
    public synchronized boolean lastCompileStartedCold() {
        return cache == null || cache.droppedLastTime();
    }

    /** How many classes the last compile read again because their class files changed. */
    public synchronized int lastCompileChangedClasses() {
        return cache == null ? 0 : cache.evictedLastTime();
    }

    /** Frees the caches. */
    @Override
    public synchronized void close() {
        cache = null;
    }
}
