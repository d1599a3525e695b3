package io.jdash.server.components;

import io.jdash.server.Component;
import io.jdash.server.Html;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Values for the parameters of the builders' setters, by parameter type: every constant of an enum, one value of
 * each other kind, and for a typed prop value ({@link PropObject}) its factories with each of its setters applied.
 */
public final class SampleValues {
    private static final int MAX_DEPTH = 3;

    private SampleValues() {}

    /** The argument lists to call {@code m} with: the first sample of every parameter, then each other sample. */
    public static List<Object[]> argumentLists(Method m) {
        return argumentLists(m, 0);
    }

    private static List<Object[]> argumentLists(Method m, int depth) {
        Type[] types = m.getGenericParameterTypes();
        List<List<Object>> samples = new ArrayList<>();
        for (Type t : types) {
            samples.add(of(t, depth));
        }
        List<Object[]> lists = new ArrayList<>();
        Object[] first = samples.stream().map(s -> s.get(0)).toArray();
        lists.add(first);
        for (int i = 0; i < types.length; i++) {
            for (Object other : samples.get(i).subList(1, samples.get(i).size())) {
                Object[] args = first.clone();
                args[i] = other;
                lists.add(args);
            }
        }
        return lists;
    }

    /** Samples of a value of type {@code t}. */
    public static List<Object> of(Type t, int depth) {
        if (t instanceof WildcardType w) {
            return of(w.getUpperBounds()[0], depth);
        }
        if (t instanceof GenericArrayType g) {
            return arrays(raw(g.getGenericComponentType()), of(g.getGenericComponentType(), depth));
        }
        if (t instanceof ParameterizedType p) {
            Class<?> raw = raw(p);
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return of(args[0], depth).stream().map(e -> (Object) List.of(e)).toList();
            }
            if (Map.class.isAssignableFrom(raw)) {
                Object key = of(args[0], depth).get(0);
                return of(args[1], depth).stream()
                        .map(v -> (Object) Map.of(key, v))
                        .toList();
            }
            return of(raw, depth);
        }
        Class<?> c = (Class<?>) t;
        if (c.isArray()) {
            return arrays(c.getComponentType(), of(c.getComponentType(), depth));
        }
        if (c == String.class || c == Object.class) {
            return List.of("x");
        }
        if (c == boolean.class || c == Boolean.class) {
            return List.of(true);
        }
        if (c == int.class || c == Integer.class) {
            return List.of(1);
        }
        if (c == long.class || c == Long.class) {
            return List.of(1L);
        }
        if (c == double.class || c == Double.class || c == Number.class) {
            return List.of(1.5);
        }
        if (c == LocalDate.class) {
            return List.of(LocalDate.of(2024, 5, 31));
        }
        if (c.isEnum()) {
            return List.of((Object[]) c.getEnumConstants());
        }
        if (c == Component.class) {
            return List.of(Html.span("x"));
        }
        if (Component.class.isAssignableFrom(c)) {
            return List.of(instance(c));
        }
        if (PropObject.class.isAssignableFrom(c)) {
            return propObjects(c, depth);
        }
        throw new IllegalArgumentException("no sample for " + t + ": teach SampleValues this type");
    }

    /** A builder made by its factories and each of its setters: enough to show every key it can write. */
    private static List<Object> propObjects(Class<?> c, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(c + " nests too deep");
        }
        List<Object> bases = new ArrayList<>();
        for (Method f : sorted(c.getMethods())) {
            if (Modifier.isStatic(f.getModifiers()) && f.getReturnType() == c) {
                for (Object[] args : argumentLists(f, depth + 1)) {
                    bases.add(invoke(f, null, args));
                }
            }
        }
        if (bases.isEmpty()) {
            bases.add(instance(c));
        }
        List<Object> samples = new ArrayList<>(bases);
        for (Method setter : sorted(c.getMethods())) {
            if (!Modifier.isStatic(setter.getModifiers())
                    && setter.getParameterCount() > 0
                    && PropObject.class.isAssignableFrom(setter.getDeclaringClass())) {
                for (Object[] args : argumentLists(setter, depth + 1)) {
                    Object base = rebuild(bases.get(0), c);
                    samples.add(invoke(setter, base, args));
                }
            }
        }
        return samples;
    }

    /** A fresh copy of the first base (builders are mutable). */
    private static Object rebuild(Object base, Class<?> c) {
        for (Method f : sorted(c.getMethods())) {
            if (Modifier.isStatic(f.getModifiers()) && f.getReturnType() == c) {
                return invoke(f, null, argumentLists(f, MAX_DEPTH).get(0));
            }
        }
        return instance(c);
    }

    private static List<Object> arrays(Class<?> component, List<Object> elements) {
        List<Object> arrays = new ArrayList<>();
        for (Object e : elements) {
            Object array = Array.newInstance(component, 1);
            Array.set(array, 0, e);
            arrays.add(array);
        }
        return arrays;
    }

    private static Object instance(Class<?> c) {
        try {
            return c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no public no-argument constructor in " + c, e);
        }
    }

    /** Calls {@code m}, unwrapping what it throws. */
    public static Object invoke(Method m, Object target, Object[] args) {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(m + " threw " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Methods in a stable order. */
    public static List<Method> sorted(Method[] methods) {
        return Arrays.stream(methods)
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(Method::toGenericString))
                .toList();
    }

    private static Class<?> raw(Type t) {
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (t instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return (Class<?>) t;
    }
}
