package it.verify;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class TagCallbacks {
    private TagCallbacks() {
    }

    @Clientside
    @Callback(outputs = "count.children", inputs = "tags.value")
    public static String count(List<String> tags) {
        return tags == null ? "no tags" : tags.size() + " tags";
    }

    @Clientside
    @Callback(outputs = "unique.children", inputs = "tags.value")
    public static List<String> unique(List<String> tags) {
        Map<String, Boolean> seen = new java.util.concurrent.ConcurrentHashMap<>(); // TeaVM's layout: another order
        for (String tag : tags == null ? List.<String>of() : tags) {
            if (tag != null) {
                seen.put(tag, true);
            }
        }
        return new ArrayList<>(seen.keySet());
    }
}
