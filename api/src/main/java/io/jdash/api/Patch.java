package io.jdash.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partial update of an output's current value, as Dash's {@code Patch}: the browser applies the operations to the
 * value it already has, so a callback can add one point to a 100,000-point figure without sending the figure.
 * Immutable; every operation returns a new patch.
 *
 * <pre>{@code
 * @Callback(outputs = "graph.figure", inputs = "interval.n_intervals")
 * public static Patch addPoint(Integer n) {
 *     return Patch.create()
 *             .append(List.of("data", 0, "y"), Math.random())
 *             .assign(List.of("layout", "title", "text"), "points: " + n);
 * }
 * }</pre>
 *
 * <p>A location is a list of object keys ({@code String}) and list indexes ({@code Integer}; negative ones count
 * from the end). Patch is serialized as a record, so it works the same on the server and in a {@code @Clientside}
 * callback whose declared return type is {@code Patch}.
 *
 * @param __dash_patch_update Dash's marker; always {@value #MARKER}
 * @param operations the operations in the order the browser applies them
 */
@SuppressWarnings("checkstyle:MemberName")
public record Patch(String __dash_patch_update, List<Operation> operations) {
    /** The marker value dash-renderer recognises a patch by. */
    public static final String MARKER = "__dash_patch_update";

    /**
     * One operation.
     *
     * @param operation Dash's operation name, e.g. {@code Assign}
     * @param location where in the value it applies
     * @param params its parameters ({@code value}, and {@code index} for {@code Insert})
     */
    public record Operation(String operation, List<Object> location, Map<String, Object> params) {}

    /** Checks the marker and copies. */
    public Patch {
        if (!MARKER.equals(__dash_patch_update)) {
            throw new IllegalArgumentException("a Patch's marker must be " + MARKER);
        }
        operations = Collections.unmodifiableList(new ArrayList<>(operations));
    }

    /** A patch that changes nothing yet. */
    public static Patch create() {
        return new Patch(MARKER, List.of());
    }

    /** Sets the value at {@code location} (Python: {@code p[...] = value}). */
    public Patch assign(List<?> location, Object value) {
        return with("Assign", location, value);
    }

    /** Removes the key or index at {@code location} (Python: {@code del p[...]}). */
    public Patch delete(List<?> location) {
        return with("Delete", location, null);
    }

    /** Merges the entries of {@code value} into the object at {@code location} (Python: {@code p.update}). */
    public Patch merge(List<?> location, Map<String, ?> value) {
        return with("Merge", location, value);
    }

    /** Adds {@code item} to the end of the list at {@code location}. */
    public Patch append(List<?> location, Object item) {
        return with("Append", location, item);
    }

    /** Adds {@code item} to the start of the list at {@code location}. */
    public Patch prepend(List<?> location, Object item) {
        return with("Prepend", location, item);
    }

    /** Adds all {@code items} to the end of the list at {@code location}. */
    public Patch extend(List<?> location, List<?> items) {
        return with("Extend", location, items);
    }

    /** Inserts {@code item} at {@code index} of the list at {@code location}. */
    public Patch insert(List<?> location, int index, Object item) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("value", item);
        params.put("index", index);
        return with(new Operation("Insert", new ArrayList<>(location), params));
    }

    /** Removes every element equal to {@code item} from the list at {@code location}. */
    public Patch remove(List<?> location, Object item) {
        return with("Remove", location, item);
    }

    /** Empties the list at {@code location}. */
    public Patch clear(List<?> location) {
        return with("Clear", location, null);
    }

    /** Reverses the list at {@code location}. */
    public Patch reverse(List<?> location) {
        return with("Reverse", location, null);
    }

    /** Adds {@code amount} to the number at {@code location} (Python: {@code p[...] += amount}). */
    public Patch add(List<?> location, double amount) {
        return with("Add", location, amount);
    }

    /** Subtracts {@code amount} from the number at {@code location}. */
    public Patch subtract(List<?> location, double amount) {
        return with("Sub", location, amount);
    }

    /** Multiplies the number at {@code location} by {@code factor}. */
    public Patch multiply(List<?> location, double factor) {
        return with("Mul", location, factor);
    }

    /** Divides the number at {@code location} by {@code divisor}. */
    public Patch divide(List<?> location, double divisor) {
        return with("Div", location, divisor);
    }

    private Patch with(String name, List<?> location, Object value) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (value != null || !(name.equals("Delete") || name.equals("Clear") || name.equals("Reverse"))) {
            params.put("value", value);
        }
        return with(new Operation(name, new ArrayList<>(location), params));
    }

    private Patch with(Operation operation) {
        List<Operation> all = new ArrayList<>(operations);
        all.add(operation);
        return new Patch(MARKER, all);
    }
}
