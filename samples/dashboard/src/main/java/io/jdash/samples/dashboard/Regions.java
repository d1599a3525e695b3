package io.jdash.samples.dashboard;

import java.util.List;

/** The sales regions, in trace order; small enough to be shared by the server and the browser bundle. */
public final class Regions {
    /** The region names. */
    public static final List<String> NAMES = List.of("North", "South", "East", "West", "Central");

    private Regions() {}
}
