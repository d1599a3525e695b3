package it.multi;

import io.jdash.api.Callback;
import io.jdash.api.CallbackContext;
import io.jdash.api.Clientside;
import io.jdash.api.NoUpdate;
import java.util.Map;

public final class SummaryCallbacks {
    private SummaryCallbacks() {
    }

    public record Summary(String text, Object style) {
    }

    @Clientside
    @Callback(outputs = {"summary.children", "summary.style"}, inputs = "threshold.value")
    public static Summary summary(CallbackContext ctx, Double threshold) {
        if (threshold == null) {
            return new Summary("no threshold", NoUpdate.VALUE);
        }
        return new Summary("above " + threshold + " (" + ctx.triggeredId() + ")",
                Map.of("color", threshold > 10 ? "red" : "green"));
    }
}
