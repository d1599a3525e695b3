package io.jdash.cache.redis;

import io.jdash.api.Background;
import io.jdash.api.Callback;
import io.jdash.api.Progress;
import java.util.Map;

/** A background job that says which process runs each of its steps. */
public final class SharedJobs {
    private SharedJobs() {}

    /** {@code steps} steps of 100 ms; each step reports its number and the pid of the process running it. */
    @Background(interval = 100, progress = "bar.value")
    @Callback(outputs = "work.children", inputs = "work.n_clicks", state = "work-steps.value")
    public static String work(Progress progress, Integer clicks, Integer steps) throws InterruptedException {
        long pid = ProcessHandle.current().pid();
        for (int i = 1; i <= steps; i++) {
            Thread.sleep(100);
            progress.set(i);
            progress.setProps("who", Map.of("children", pid));
        }
        return "run " + clicks + " done by " + pid;
    }
}
