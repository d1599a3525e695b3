package it.verify;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import java.util.ArrayList;
import java.util.List;
import java.util.Date;

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
        List<String> seen = new ArrayList<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            if (tag != null && !seen.contains(tag)) {
                seen.add(tag);
            }
        }
        if (tags != null) {
            seen.add(new Date(seen.size() * 1000L).toString()); // JavaScript's text in the browser, not the JDK's
        }
        return seen;
    }
}
