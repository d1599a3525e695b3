package io.jdash.server.values;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A JSON array of numbers backed by a Java {@code int[]}, {@code long[]} or {@code double[]}: Jackson writes it
 * straight from the primitive array, with no node per element (a 100,000-point figure is no 200,000 nodes). Read
 * as a tree it is an ordinary, read-only array whose elements are made on access: {@code IntNode},
 * {@code LongNode}, {@code DoubleNode}, and {@code null} for NaN and the infinities, as {@link ValueMapper#toJson}
 * maps the boxed numbers. The array is not copied: a callback must not change it after returning it.
 */
public final class NumericArrayNode extends ArrayNode {
    private static final long serialVersionUID = 1L;

    private final transient Object values;

    private NumericArrayNode(Object values, int length) {
        super(JsonNodeFactory.instance, new View(values, length));
        this.values = values;
    }

    /** An array node of {@code values}. */
    public static NumericArrayNode of(double[] values) {
        return new NumericArrayNode(values, values.length);
    }

    /** An array node of {@code values}. */
    public static NumericArrayNode of(int[] values) {
        return new NumericArrayNode(values, values.length);
    }

    /** An array node of {@code values}. */
    public static NumericArrayNode of(long[] values) {
        return new NumericArrayNode(values, values.length);
    }

    /** The backing {@code int[]}, {@code long[]} or {@code double[]} (not a copy). */
    public Object values() {
        return values;
    }

    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
        if (values instanceof double[] d) {
            g.writeStartArray(d, d.length);
            for (double x : d) {
                if (Double.isFinite(x)) {
                    g.writeNumber(x);
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
        } else if (values instanceof int[] a) {
            g.writeArray(a, 0, a.length);
        } else {
            long[] a = (long[]) values;
            g.writeArray(a, 0, a.length);
        }
    }

    /** The elements as nodes, made on access. */
    private static final class View extends AbstractList<JsonNode> implements RandomAccess {
        private final Object values;
        private final int length;

        View(Object values, int length) {
            this.values = values;
            this.length = length;
        }

        @Override
        public JsonNode get(int index) {
            if (values instanceof double[] d) {
                double x = d[index];
                return Double.isFinite(x) ? DoubleNode.valueOf(x) : NullNode.getInstance();
            }
            if (values instanceof int[] a) {
                return IntNode.valueOf(a[index]);
            }
            return LongNode.valueOf(((long[]) values)[index]);
        }

        @Override
        public int size() {
            return length;
        }
    }
}
