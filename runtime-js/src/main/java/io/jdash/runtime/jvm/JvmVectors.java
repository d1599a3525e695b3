package io.jdash.runtime.jvm;

import java.util.Vector;

/**
 * {@code Vector}'s (and so {@code Stack}'s) refusals of an index with the JDK's exceptions and texts: past the end
 * {@code Array index out of range: 5} or {@code 5 >= 3} as the method words it, before the start the array's own
 * {@code Index -1 out of bounds for length 10} (the capacity), and {@code Illegal Capacity: -1}. TeaVM's said
 * {@code Array index out of range} for all of them and nothing for a negative capacity. The compiler runs these at
 * the start of TeaVM's methods.
 */
public final class JvmVectors {
    private JvmVectors() {}

    /** {@code get}, {@code set}, {@code remove(int)}: past the end the index alone, before the start the array's text. */
    public static void index(Vector<?> vector, int index) {
        if (index >= vector.size()) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        notBelow(vector, index);
    }

    /** {@code elementAt}: past the end {@code index >= size}. */
    public static void element(Vector<?> vector, int index) {
        if (index >= vector.size()) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + vector.size());
        }
        notBelow(vector, index);
    }

    /** {@code setElementAt(E, int)}. */
    public static void setElement(Vector<?> vector, Object element, int index) {
        element(vector, index);
    }

    /** {@code removeElementAt}: past the end {@code index >= size}, before the start the index alone. */
    public static void removeElement(Vector<?> vector, int index) {
        if (index >= vector.size()) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + vector.size());
        }
        if (index < 0) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
    }

    /** {@code add(int, E)}: a position past the end. */
    public static void position(Vector<?> vector, int index) {
        if (index > vector.size()) {
            throw new ArrayIndexOutOfBoundsException(index + " > " + vector.size());
        }
    }

    /** {@code insertElementAt(E, int)}: as {@link #position}. */
    public static void insertElement(Vector<?> vector, Object element, int index) {
        position(vector, index);
    }

    /** {@code lastIndexOf(Object, int)}: a start at or past the end is refused, one before the start finds nothing. */
    public static void lastIndex(Vector<?> vector, Object element, int index) {
        if (index >= vector.size()) {
            throw new IndexOutOfBoundsException(index + " >= " + vector.size());
        }
    }

    /** {@code indexOf(Object, int)}: a start past the end finds nothing, one before the start reads the array. */
    public static void firstIndex(Vector<?> vector, Object element, int index) {
        notBelow(vector, index);
    }

    /** {@code new Vector(int)} and {@code new Vector(int, int)}. */
    public static void capacity(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
    }

    /** {@code copyInto(Object[])}: an array too short for the elements, in {@code System.arraycopy}'s words. */
    public static void copyInto(Vector<?> vector, Object[] array) {
        if (array.length < vector.size()) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + vector.size()
                    + " out of bounds for object array[" + array.length + "]");
        }
    }

    private static void notBelow(Vector<?> vector, int index) {
        if (index < 0) {
            throw new ArrayIndexOutOfBoundsException(
                    "Index " + index + " out of bounds for length " + vector.capacity());
        }
    }
}
