package io.jdash.compiler.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The layout probes tell the JDKs apart as their sources do. */
class HashSizingTransformerTest {
    @Test
    void probesMatchTheJdkVersionThatChangedTheRules() {
        boolean java19 = Runtime.version().feature() >= 19;
        assertEquals(java19, HashSizingTransformer.mapCopySizedByCeiling(), "HashMap(Map) sizing");
        assertEquals(java19, HashSizingTransformer.setCopySizedByCeiling(), "HashSet(Collection) sizing");
    }

    /**
     * The other rules as observed on Java 17 and on Java 25 (the JDKs of this project's machines); the releases in
     * between are not asserted.
     */
    @Test
    void concurrentWeakAndPropertiesProbes_tellJava17FromLaterJdks() {
        int feature = Runtime.version().feature();
        assumeTrue(feature == 17 || feature >= 25, "observed on Java 17 and 25 only");
        boolean later = feature >= 25;
        assertEquals(later, HashSizingTransformer.concurrentCopySizedFromItsSize(), "ConcurrentHashMap(Map)");
        assertEquals(!later, HashSizingTransformer.concurrentPresizesEveryPutAll(), "ConcurrentHashMap.putAll");
        assertEquals(later, HashSizingTransformer.weakCopySizedByCeiling(), "WeakHashMap(Map)");
        assertEquals(!later, HashSizingTransformer.weakGrowsOnReachingThreshold(), "WeakHashMap.put growth");
        assertEquals(later, HashSizingTransformer.propertiesStoredSortedByKey(), "Properties.store order");
    }
}
