package io.jdash.samples.dashboard;

import io.jdash.api.Background;
import io.jdash.api.Callback;
import io.jdash.api.Progress;

/** A background job that fails after one step, for the error test. */
public final class FailingJob {
    private FailingJob() {}

    /** Reports one step, then throws. */
    @Background(interval = 200, progress = "boom-progress.value")
    @Callback(outputs = "boom-out.children", inputs = "boom.n_clicks", preventInitialCall = true)
    public static String boom(Progress progress, Integer clicks) throws InterruptedException {
        progress.set("1");
        Thread.sleep(300);
        throw new IllegalStateException("the orders file is unreadable (click " + clicks + ")");
    }
}
