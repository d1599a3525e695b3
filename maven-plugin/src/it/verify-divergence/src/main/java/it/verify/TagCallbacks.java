package it.verify;

import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

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
        return tags == null ? List.of() : new ArrayList<>(new HashSet<>(tags));
    }
}
