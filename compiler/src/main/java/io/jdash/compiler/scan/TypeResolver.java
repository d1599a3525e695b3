package io.jdash.compiler.scan;

import io.jdash.compiler.scan.TypeRef.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/** Turns class-file type signatures into {@link TypeRef}s, following the value mapping ({@code docs/values.md}). */
public final class TypeResolver {
    private static final Map<String, Scalar> SCALARS = Map.of(
            "java.lang.String",
            Scalar.STRING,
            "java.lang.Integer",
            Scalar.INTEGER,
            "java.lang.Long",
            Scalar.LONG_BOXED,
            "java.lang.Double",
            Scalar.DOUBLE_BOXED,
            "java.lang.Boolean",
            Scalar.BOOLEAN_BOXED,
            "java.lang.Object",
            Scalar.OBJECT,
            "io.jdash.api.CallbackContext",
            Scalar.CONTEXT,
            "io.jdash.api.Progress",
            Scalar.PROGRESS);
    private static final Map<Character, Scalar> PRIMITIVES =
            Map.of('I', Scalar.INT, 'J', Scalar.LONG, 'D', Scalar.DOUBLE, 'Z', Scalar.BOOLEAN, 'V', Scalar.VOID);
    private static final Map<Character, String> PRIMITIVE_NAMES =
            Map.of('B', "byte", 'C', "char", 'S', "short", 'F', "float");

    private final ClassIndex index;

    /** A resolver that looks records up in {@code index}. */
    public TypeResolver(ClassIndex index) {
        this.index = index;
    }

    /** A generic type as written in a signature. */
    private static final class GType {
        char primitive;
        String className;
        int dimensions;
        char wildcard = SignatureVisitor.INSTANCEOF;
        boolean typeVariable;
        final List<GType> arguments = new ArrayList<>();
    }

    private static final class Builder extends SignatureVisitor {
        final GType type;

        Builder(GType type) {
            super(Opcodes.ASM9);
            this.type = type;
        }

        @Override
        public void visitBaseType(char descriptor) {
            type.primitive = descriptor;
        }

        @Override
        public void visitTypeVariable(String name) {
            type.typeVariable = true;
            type.className = name;
        }

        @Override
        public SignatureVisitor visitArrayType() {
            type.dimensions++;
            return this;
        }

        @Override
        public void visitClassType(String name) {
            type.className = name.replace('/', '.');
        }

        @Override
        public void visitInnerClassType(String name) {
            type.className = type.className + "$" + name;
            type.arguments.clear();
        }

        @Override
        public void visitTypeArgument() {
            GType arg = new GType();
            arg.wildcard = '*';
            type.arguments.add(arg);
        }

        @Override
        public SignatureVisitor visitTypeArgument(char wildcard) {
            GType arg = new GType();
            arg.wildcard = wildcard;
            type.arguments.add(arg);
            return new Builder(arg);
        }
    }

    /** The parameter types and the return type ({@code last}) of a method signature or descriptor. */
    public List<TypeRef> method(String signatureOrDescriptor) {
        List<GType> params = new ArrayList<>();
        GType[] ret = new GType[1];
        new SignatureReader(signatureOrDescriptor).accept(new SignatureVisitor(Opcodes.ASM9) {
            @Override
            public SignatureVisitor visitParameterType() {
                GType t = new GType();
                params.add(t);
                return new Builder(t);
            }

            @Override
            public SignatureVisitor visitReturnType() {
                ret[0] = new GType();
                return new Builder(ret[0]);
            }
        });
        List<TypeRef> result = new ArrayList<>();
        for (GType p : params) {
            result.add(resolve(p));
        }
        result.add(resolve(ret[0]));
        return result;
    }

    /** The type of a field or record component from its signature or descriptor. */
    public TypeRef field(String signatureOrDescriptor) {
        GType t = new GType();
        new SignatureReader(signatureOrDescriptor).acceptType(new Builder(t));
        return resolve(t);
    }

    private TypeRef resolve(GType t) {
        if (t.dimensions > 0) {
            GType element = copyWithoutOneDimension(t);
            TypeRef e = resolve(element);
            if (e instanceof TypeRef.Unsupported u) {
                return new TypeRef.Unsupported(u.javaName() + "[]", u.why());
            }
            if (e instanceof TypeRef.Simple s && s.scalar() == Scalar.CONTEXT) {
                return new TypeRef.Unsupported("CallbackContext[]", "CallbackContext is not a value");
            }
            return new TypeRef.ArrayOf(e);
        }
        if (t.wildcard == '*' || t.wildcard == SignatureVisitor.SUPER) {
            return new TypeRef.Simple(Scalar.OBJECT);
        }
        if (t.primitive != 0) {
            Scalar s = PRIMITIVES.get(t.primitive);
            if (s == null) {
                return new TypeRef.Unsupported(
                        PRIMITIVE_NAMES.get(t.primitive),
                        "only int, long, double and boolean are mapped among the primitives");
            }
            return new TypeRef.Simple(s);
        }
        if (t.typeVariable) {
            return new TypeRef.Unsupported(t.className, "a type variable has no JSON mapping; use a concrete type");
        }
        String name = t.className;
        Scalar scalar = SCALARS.get(name);
        if (scalar != null) {
            return new TypeRef.Simple(scalar);
        }
        switch (name) {
            case "java.util.List":
                return new TypeRef.ListOf(argument(t, 0));
            case "java.util.Map":
                if (!t.arguments.isEmpty()) {
                    TypeRef key = argument(t, 0);
                    if (!(key instanceof TypeRef.Simple s && s.scalar() == Scalar.STRING)) {
                        return new TypeRef.Unsupported(display(t), "JSON object keys are strings: use Map<String, T>");
                    }
                }
                return new TypeRef.MapOf(argument(t, 1));
            default:
                break;
        }
        var info = index.info(name);
        if (info.isPresent() && info.get().isRecord()) {
            return new TypeRef.RecordOf(name);
        }
        return new TypeRef.Unsupported(
                display(t),
                info.isPresent()
                        ? "it is neither in the value mapping nor a record"
                        : "its class file was not found on the classpath");
    }

    private TypeRef argument(GType t, int i) {
        if (t.arguments.size() <= i) {
            return new TypeRef.Simple(Scalar.OBJECT);
        }
        return resolve(t.arguments.get(i));
    }

    private static GType copyWithoutOneDimension(GType t) {
        GType c = new GType();
        c.primitive = t.primitive;
        c.className = t.className;
        c.typeVariable = t.typeVariable;
        c.dimensions = t.dimensions - 1;
        c.arguments.addAll(t.arguments);
        return c;
    }

    private static String display(GType t) {
        StringBuilder sb = new StringBuilder(t.className == null ? "?" : t.className);
        if (!t.arguments.isEmpty()) {
            sb.append('<');
            for (int i = 0; i < t.arguments.size(); i++) {
                GType a = t.arguments.get(i);
                sb.append(i > 0 ? ", " : "").append(a.className != null ? display(a) : "?");
            }
            sb.append('>');
        }
        return sb.toString();
    }
}
