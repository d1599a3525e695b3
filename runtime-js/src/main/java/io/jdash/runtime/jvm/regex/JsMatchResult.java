package io.jdash.runtime.jvm.regex;

import java.util.regex.MatchResult;

/** What {@code Matcher.toMatchResult()} returns: one match, frozen, with the JDK's (Java 17) exceptions. */
final class JsMatchResult implements MatchResult {
    private final int first;
    private final int last;
    private final int groupCount;
    private final int[] bounds;
    private final String text;

    JsMatchResult(int first, int last, int groupCount, int[] bounds, String text) {
        this.first = first;
        this.last = last;
        this.groupCount = groupCount;
        this.bounds = bounds;
        this.text = text;
    }

    @Override
    public int start() {
        checkMatch();
        return first;
    }

    @Override
    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return bounds[group * 2];
    }

    @Override
    public int end() {
        checkMatch();
        return last;
    }

    @Override
    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return bounds[group * 2 + 1];
    }

    @Override
    public String group() {
        checkMatch();
        return group(0);
    }

    @Override
    public String group(int group) {
        checkMatch();
        checkGroup(group);
        if (bounds[group * 2] == -1 || bounds[group * 2 + 1] == -1) {
            return null;
        }
        return text.substring(bounds[group * 2], bounds[group * 2 + 1]);
    }

    @Override
    public int groupCount() {
        return groupCount;
    }

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }
}
