package io.jdash.compiler.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static Fingerprint built(String jdk) {
        return new Fingerprint("1.0", jdk, "settings", Map.of("a/A.class", "11"), Map.of());
    }

    @Test
    void anotherBuildJdk_needsABuild_andSaysWhy() {
        assertEquals(
                "the build JDK changed (Vendor 17.0.15 -> Vendor 21.0.2), whose Unicode and locale data the bundle"
                        + " holds",
                built("Vendor 21.0.2").changeSince(built("Vendor 17.0.15")));
        assertEquals(
                "the build JDK changed (null -> Vendor 21.0.2), whose Unicode and locale data the bundle holds",
                built("Vendor 21.0.2").changeSince(built(null)),
                "a fingerprint written before the JDK was recorded");
        assertNull(built("Vendor 21.0.2").changeSince(built("Vendor 21.0.2")));
    }

    @Test
    void aComputedFingerprint_recordsTheRunningJdk() {
        Fingerprint now = Fingerprint.of("1.0", "settings", java.util.List.of(), java.util.List.of());
        assertEquals(Runtime.version().toString(), now.jdk().substring(now.jdk().lastIndexOf(' ') + 1));
    }
}
