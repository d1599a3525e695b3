package io.jdash.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodKeyTest {
    /** A nested class, so that keys with {@code $} are among the cases. */
    static final class Nested {
        static String many(
                int a,
                long[] b,
                String[][] c,
                Map.Entry<String, Integer> d,
                Nested e,
                boolean f,
                char g,
                byte h,
                short i,
                float j,
                double k,
                Object[][][] l) {
            return null;
        }
    }

    @Test
    void fromClassFile_isTheSameAsFromReflection_forEveryMethodOfManyClasses() {
        int checked = 0;
        for (Class<?> type : List.of(
                Nested.class,
                String.class,
                Math.class,
                java.util.Arrays.class,
                java.util.Collections.class,
                java.time.LocalDate.class,
                java.util.concurrent.ConcurrentHashMap.class,
                java.lang.invoke.MethodHandles.class,
                Character.class,
                java.util.stream.Collectors.class)) {
            for (Method m : type.getDeclaredMethods()) {
                String descriptor = MethodType.methodType(m.getReturnType(), m.getParameterTypes())
                        .toMethodDescriptorString();
                assertEquals(MethodKey.of(m), MethodKey.of(type.getName(), m.getName(), descriptor), descriptor);
                checked++;
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    @Test
    void key_namesTheClassTheMethodAndTheTypeNames() throws Exception {
        Method m = Nested.class.getDeclaredMethod(
                "many",
                int.class,
                long[].class,
                String[][].class,
                Map.Entry.class,
                Nested.class,
                boolean.class,
                char.class,
                byte.class,
                short.class,
                float.class,
                double.class,
                Object[][][].class);
        assertEquals(
                "io.jdash.contract.MethodKeyTest$Nested#many(int,long[],java.lang.String[][],java.util.Map$Entry,"
                        + "io.jdash.contract.MethodKeyTest$Nested,boolean,char,byte,short,float,double,java.lang.Object[][][])",
                MethodKey.of(m));
        assertEquals(
                "io.jdash.contract.MethodKeyTest$Nested#none()", MethodKey.of(Nested.class.getName(), "none", "()V"));
    }

    @Test
    void displayName_joinsNestedNamesWithDots() {
        assertEquals("Callbacks.label", MethodKey.displayName("com.example.Callbacks", "label"));
        assertEquals("Outer.Inner.label", MethodKey.displayName("com.example.Outer$Inner", "label"));
        assertEquals("Top.run", MethodKey.displayName("Top", "run"));
    }

    @Test
    void badDescriptors_areRefused() {
        for (String bad : new String[] {null, "", "I", "(", "(Ljava/lang/String)V", "(Q)V", "([)V"}) {
            assertThrows(RuntimeException.class, () -> MethodKey.of("a.B", "m", bad), String.valueOf(bad));
        }
    }
}
