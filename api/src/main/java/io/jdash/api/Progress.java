package io.jdash.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link Background} callback's job tells the page while it runs, and how it learns that it was cancelled.
 *
 * <p>Declare it as a parameter (after an optional {@link CallbackContext}, before the inputs); the server supplies
 * it. Every update reaches the page in the order it was made, also when several are made between two polls. In a
 * unit test, pass {@link #recorder()} and look at what the job reported.
 */
public interface Progress {
    /**
     * Sets the {@link Background#progress()} outputs, one value per output in their order (fewer values leave the
     * rest unchanged). Values are converted as a callback result is.
     */
    void set(Object... values);

    /** Sets properties of any component, like {@link CallbackContext#setProps}, while the job runs. */
    void setProps(String id, Map<String, ?> props);

    /** Whether the job was cancelled (a cancel input, a newer run, its timeout, or nobody waits for it any more). */
    boolean isCancelled();

    /** Throws {@link PreventUpdate} when the job was cancelled: a convenient check between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new PreventUpdate();
        }
    }

    /** A handle that records every update and can be cancelled by the test itself. */
    static Recorder recorder() {
        return new Recorder();
    }

    /**
     * A {@link Progress} for calling a background callback directly, e.g. in a JVM unit test: it keeps every
     * update in order. Thread-safe.
     */
    final class Recorder implements Progress {
        /** One update: either {@code values} of {@link #set} or the {@code id} and {@code props} of setProps. */
        public record Update(List<Object> values, String id, Map<String, Object> props) {}

        private final List<Update> updates = new ArrayList<>();
        private volatile boolean cancelled;

        private Recorder() {}

        @Override
        public synchronized void set(Object... values) {
            updates.add(new Update(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))), null, null));
        }

        @Override
        public synchronized void setProps(String id, Map<String, ?> props) {
            updates.add(new Update(null, id, Collections.unmodifiableMap(new LinkedHashMap<>(props))));
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        /** Makes {@link #isCancelled()} true from now on, as a cancel button would. */
        public void cancel() {
            cancelled = true;
        }

        /** Every update so far, in order. */
        public synchronized List<Update> updates() {
            return List.copyOf(updates);
        }

        /** The values of every {@link #set} call so far, in order. */
        public synchronized List<List<Object>> progressValues() {
            return updates.stream()
                    .filter(u -> u.values() != null)
                    .map(Update::values)
                    .toList();
        }
    }
}
