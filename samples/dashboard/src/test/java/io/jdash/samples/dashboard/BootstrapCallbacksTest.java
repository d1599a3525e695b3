package io.jdash.samples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.api.PreventUpdate;
import io.jdash.api.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The background job called directly on the JVM, as any unit test would: a recorder stands for the page. */
class BootstrapCallbacksTest {
    @Test
    void reportsEveryBatchInOrder_andTheIntervalContainsTheMean() {
        Progress.Recorder progress = Progress.recorder();
        String result = BootstrapCallbacks.confidenceInterval(progress, 1, List.of("North"), null, 400);
        assertTrue(result.startsWith("95% confidence interval of the mean revenue per order: $"), result);
        List<List<Object>> values = progress.progressValues();
        assertEquals(BootstrapCallbacks.BATCHES, values.size());
        for (int i = 0; i < values.size(); i++) {
            assertEquals(List.of(String.valueOf(i + 1), String.valueOf(BootstrapCallbacks.BATCHES)), values.get(i));
        }
        Progress.Recorder.Update last =
                progress.updates().get(progress.updates().size() - 1);
        assertEquals("ci-log", last.id());
        assertTrue(String.valueOf(last.props().get("children")).contains("batch 20/20: 400 resamples"));
        String again = BootstrapCallbacks.confidenceInterval(Progress.recorder(), 7, List.of("North"), null, 400);
        assertEquals(withoutTime(result), withoutTime(again), "the same orders give the same interval");
    }

    private static String withoutTime(String result) {
        return result.replaceAll(", computed in [0-9.]+ s", "");
    }

    @Test
    void aCancelledJob_stopsBeforeItsNextBatch() {
        Progress.Recorder progress = Progress.recorder();
        progress.cancel();
        assertThrows(PreventUpdate.class, () -> BootstrapCallbacks.confidenceInterval(progress, 1, null, null, 400));
        assertEquals(List.of(), progress.updates());
    }
}
