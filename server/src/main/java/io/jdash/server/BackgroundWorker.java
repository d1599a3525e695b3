package io.jdash.server;

import io.jdash.server.background.JobEngine;
import io.jdash.server.internal.BackgroundJobs;

/**
 * A process that runs an app's background jobs without serving HTTP: the {@code worker} role of a shared job engine
 * (e.g. Redis), next to web processes that queue the jobs and answer the page's polls. Close it to stop.
 */
public final class BackgroundWorker implements AutoCloseable {
    private final BackgroundJobs jobs;

    private BackgroundWorker(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    /** Starts running the background jobs of {@code app} in this process. */
    public static BackgroundWorker start(DashApp app) {
        return new BackgroundWorker(BackgroundJobs.worker(app));
    }

    /** The engine the jobs come from, or null when the app has no background callbacks. */
    public JobEngine engine() {
        return jobs.engine();
    }

    /** Stops taking jobs and stops the ones running here. */
    @Override
    public void close() {
        jobs.close();
    }
}
