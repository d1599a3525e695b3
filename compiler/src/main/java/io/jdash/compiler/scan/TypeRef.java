package io.jdash.compiler.scan;

/**
 * A Java type as the value mapping sees it: the declared type of a callback parameter, result, list element, map
 * value or record component.
 */
public sealed interface TypeRef {

    /** The Java source form, e.g. {@code java.util.List<java.lang.Integer>}. */
    String javaName();

    /** The types without type arguments. */
    enum Scalar {
        STRING("java.lang.String"),
        INT("int"),
        INTEGER("java.lang.Integer"),
        LONG("long"),
        LONG_BOXED("java.lang.Long"),
        DOUBLE("double"),
        DOUBLE_BOXED("java.lang.Double"),
        BOOLEAN("boolean"),
        BOOLEAN_BOXED("java.lang.Boolean"),
        OBJECT("java.lang.Object"),
        CONTEXT("io.jdash.api.CallbackContext"),
        PROGRESS("io.jdash.api.Progress"),
        VOID("void");

        private final String javaName;

        Scalar(String javaName) {
            this.javaName = javaName;
        }

        /** The Java source form. */
        public String javaName() {
            return javaName;
        }
    }

    /** A type without type arguments. */
    record Simple(Scalar scalar) implements TypeRef {
        @Override
        public String javaName() {
            return scalar.javaName();
        }
    }

    /** {@code List<T>}; {@code List<?>} and raw {@code List} have an {@code Object} element. */
    record ListOf(TypeRef element) implements TypeRef {
        @Override
        public String javaName() {
            return "java.util.List<" + element.javaName() + ">";
        }
    }

    /** {@code T[]}. */
    record ArrayOf(TypeRef element) implements TypeRef {
        @Override
        public String javaName() {
            return element.javaName() + "[]";
        }
    }

    /** {@code Map<String, T>}. */
    record MapOf(TypeRef value) implements TypeRef {
        @Override
        public String javaName() {
            return "java.util.Map<java.lang.String, " + value.javaName() + ">";
        }
    }

    /** A record class; its components are looked up in the {@link ClassIndex}. */
    record RecordOf(String className) implements TypeRef {
        @Override
        public String javaName() {
            return className.replace('$', '.');
        }
    }

    /** A type outside the mapping, kept for the diagnostic. */
    record Unsupported(String javaName, String why) implements TypeRef {}
}
