package io.jdash.server.background;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The job engine contract on the embedded engine, and its bounded queue. */
class EmbeddedJobEngineTest extends JobEngineContract {
    @Override
    protected JobEngine open(JobRunner runner, BackgroundOptions options) {
        return new EmbeddedJobEngine(runner, options);
    }

    @Test
    void aFullQueue_refusesNewJobsClearly() {
        JobEngine engine = engine(options().withWorkers(1, 2));
        for (int i = 0; i < 3; i++) {
            engine.submit(job("sleep 2000"));
        }
        QueueFullException e = assertThrows(QueueFullException.class, () -> engine.submit(job("sleep 1")));
        assertTrue(e.getMessage().contains("all 1 workers are busy and 2 jobs wait"), e.getMessage());
    }
}
