package io.jdash.compiler.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sizing probes tell the JDKs apart as their sources do: Java 19 changed both rules together. */
class HashSizingTransformerTest {
    @Test
    void probesMatchTheJdkVersionThatChangedTheRules() {
        boolean java19 = Runtime.version().feature() >= 19;
        assertEquals(java19, HashSizingTransformer.mapCopySizedByCeiling(), "HashMap(Map) sizing");
        assertEquals(java19, HashSizingTransformer.setCopySizedByCeiling(), "HashSet(Collection) sizing");
    }
}
