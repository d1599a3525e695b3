package io.jdash.samples.dashboard;

import io.jdash.api.Background;
import io.jdash.api.Callback;
import io.jdash.api.Memoize;
import io.jdash.api.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The dashboard's background job: a bootstrap confidence interval of the mean order revenue over the orders the
 * filters select. It resamples the orders thousands of times, in batches, reporting each batch to the page; the run
 * button is disabled while it runs and the cancel button stops it. Results are cached: the same filters and
 * resample count are answered at once, whatever the run button's click count.
 */
public final class BootstrapCallbacks {
    /** Batches per run: the progress bar's maximum. */
    public static final int BATCHES = 20;

    private BootstrapCallbacks() {}

    /** On the server, as a background job: the 95% interval of the mean revenue per order. */
    @Memoize(ttl = "10m")
    @Background(
            interval = 500,
            progress = {"ci-progress.value", "ci-progress.max"},
            progressDefault = {"\"0\"", "\"" + BATCHES + "\""},
            running = {
                @Background.Running(output = "ci-run.disabled", during = "true", after = "false"),
                @Background.Running(output = "ci-cancel.disabled", during = "false", after = "true")
            },
            cancel = "ci-cancel.n_clicks",
            cacheIgnore = "ci-run.n_clicks",
            timeout = "5m")
    @Callback(
            outputs = "ci-result.children",
            inputs = "ci-run.n_clicks",
            state = {"region.value", "category.value", "ci-resamples.value"},
            preventInitialCall = true)
    public static String confidenceInterval(
            Progress progress, Integer clicks, List<String> regions, List<String> categories, Integer resamples) {
        long started = System.nanoTime();
        SalesData data = DashboardApp.data();
        int[] rows = SalesQueries.select(
                data,
                new SalesQueries.Filter(
                        regions,
                        categories,
                        0,
                        Double.MAX_VALUE,
                        SalesData.FIRST_DAY,
                        SalesData.FIRST_DAY.plusDays(SalesData.DAYS)));
        if (rows.length == 0) {
            return "No orders match the filters.";
        }
        double[] revenue = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            revenue[i] = data.revenue(rows[i]);
        }
        int total = resamples == null || resamples < BATCHES ? 2000 : resamples;
        int perBatch = total / BATCHES;
        double[] means = new double[perBatch * BATCHES];
        SplittableRandom random = new SplittableRandom(20_240_101L); // the same orders give the same interval
        List<String> log = new ArrayList<>();
        for (int batch = 0; batch < BATCHES; batch++) {
            progress.checkCancelled(); // the cancel button, a newer run, or a closed tab end the job here
            for (int k = batch * perBatch; k < (batch + 1) * perBatch; k++) {
                double sum = 0;
                for (int j = 0; j < revenue.length; j++) {
                    sum += revenue[random.nextInt(revenue.length)];
                }
                means[k] = sum / revenue.length;
            }
            double[] sofar = Arrays.copyOf(means, (batch + 1) * perBatch);
            Arrays.sort(sofar);
            log.add(String.format(
                    "batch %d/%d: %,d resamples, interval $%,.2f – $%,.2f",
                    batch + 1, BATCHES, sofar.length, percentile(sofar, 0.025), percentile(sofar, 0.975)));
            progress.set(String.valueOf(batch + 1), String.valueOf(BATCHES)); // html.Progress takes strings
            progress.setProps("ci-log", Map.of("children", String.join("\n", log)));
        }
        Arrays.sort(means);
        return String.format(
                "95%% confidence interval of the mean revenue per order: $%,.2f – $%,.2f"
                        + " (%,d orders, %,d resamples, computed in %.1f s)",
                percentile(means, 0.025),
                percentile(means, 0.975),
                rows.length,
                means.length,
                (System.nanoTime() - started) / 1e9);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
