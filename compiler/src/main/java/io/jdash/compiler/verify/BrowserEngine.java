package io.jdash.compiler.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs calls against a built bundle, loaded as dash-renderer loads it. */
public interface BrowserEngine {
    /** A short name for the summary line, e.g. {@code node v20.11.1}. */
    String name();

    /**
     * Runs the calls in order, each stopped after {@code timeoutMillis}.
     *
     * @param workDir a directory for the engine's files
     */
    EngineRun run(Path bundle, List<Call> calls, Path workDir, long timeoutMillis)
            throws IOException, InterruptedException;
}
