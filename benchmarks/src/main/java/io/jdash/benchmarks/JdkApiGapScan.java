package io.jdash.benchmarks;

import com.sun.source.util.JavacTask;
import io.jdash.compiler.teavm.JdkSurfaceTransformer;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.ValueType;

/**
 * Lists the public methods and constructors that Java 9 to 17 added to {@code java.lang}, {@code java.util},
 * {@code java.util.stream}, {@code java.time}, {@code java.text} and {@code java.math}, and says which of them TeaVM's
 * class library lacks. The Java 8 and Java 17 APIs come from javac's {@code --release} data (the JDK's
 * {@code ct.sym}); TeaVM's classes ({@code org.teavm.classlib.java.…T*}, and {@code org.threeten.bp.*}, which TeaVM
 * maps to {@code java.time}) are read from its jar on the class path. Members are compared by name and erased
 * parameter types, inherited members included. Writes the list to the file given as the first argument.
 */
public final class JdkApiGapScan {
    private static final List<String> PACKAGES =
            List.of("java.lang", "java.util", "java.util.stream", "java.time", "java.text", "java.math");

    private JdkApiGapScan() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/jdk-api-gaps.txt");
        String classpath = runtimeFirst(System.getProperty("java.class.path"));
        Map<String, Set<String>> java8 = api("8", null).members;
        Api java17 = api("17", classpath);
        // a member jdash adds to a class or interface is there in each of its subtypes too
        Map<String, Set<String>> additions = jdashAdditions();
        for (String cls : java17.members.keySet()) {
            Set<String> added = new TreeSet<>(additions.getOrDefault(cls, Set.of()));
            java17.supertypes
                    .getOrDefault(cls, Set.of())
                    .forEach(t -> added.addAll(additions.getOrDefault(t, Set.of())));
            if (!added.isEmpty() && (java17.teavm.containsKey(cls) || additions.containsKey(cls))) {
                java17.teavm.computeIfAbsent(cls, c -> new TreeSet<>()).addAll(added);
            }
        }
        StringBuilder report = new StringBuilder();
        StringBuilder newClasses = new StringBuilder("\nClasses added since Java 8:\n");
        StringBuilder older = new StringBuilder();
        int added = 0;
        int missing = 0;
        int olderMissing = 0;
        for (Map.Entry<String, Set<String>> e : java17.members.entrySet()) {
            String cls = e.getKey();
            Set<String> old = java8.get(cls);
            Set<String> teavm = java17.teavm.get(cls);
            if (old == null) {
                newClasses
                        .append(cls)
                        .append(teavm == null ? "  (absent from TeaVM)" : "  (in TeaVM)")
                        .append('\n');
                continue;
            }
            List<String> lacking = new ArrayList<>();
            List<String> lackingOld = new ArrayList<>();
            for (String member : e.getValue()) {
                if (old.contains(member)) {
                    if (teavm != null && !teavm.contains(member)) {
                        lackingOld.add(member);
                    }
                    continue;
                }
                added++;
                if (teavm == null || !teavm.contains(member)) {
                    lacking.add(member);
                }
            }
            if (!lackingOld.isEmpty()) {
                olderMissing += lackingOld.size();
                older.append(cls).append('\n');
                lackingOld.forEach(m -> older.append("    ").append(m).append('\n'));
            }
            if (lacking.isEmpty()) {
                continue;
            }
            missing += lacking.size();
            report.append(cls)
                    .append(teavm == null ? "  (class absent from TeaVM)" : "")
                    .append('\n');
            lacking.forEach(m -> report.append("    ").append(m).append('\n'));
        }
        String head = "Java 9-17 public API of " + PACKAGES + ": " + added
                + " members added since Java 8 to classes Java 8 has, " + missing
                + " of them absent from the browser (TeaVM 0.16's class library with jdash's classes of the same"
                + " names and the methods JdkSurfaceTransformer adds; methods the lean formatters add, such as"
                + " Locale.forLanguageTag, are listed although a bundle has them)\n\n";
        String olderHead = "\nJava 8 members of the classes TeaVM has that the browser lacks: " + olderMissing + "\n";
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, head + report + newClasses + olderHead + older);
        System.out.print(head);
    }

    /**
     * The class path with jdash's runtime jar (or classes) first: its {@code org.teavm.classlib} classes replace
     * TeaVM's of the same name in a bundle, so javac must find them first too.
     */
    private static String runtimeFirst(String classpath) {
        List<String> entries = new ArrayList<>(List.of(classpath.split(java.io.File.pathSeparator)));
        List<String> runtime =
                entries.stream().filter(e -> e.contains("runtime-js")).toList();
        entries.removeAll(runtime);
        entries.addAll(0, runtime);
        return String.join(java.io.File.pathSeparator, entries);
    }

    /**
     * The members jdash adds to TeaVM's class library, by JDK class name: the methods its compiler gives bodies of
     * its own ({@link JdkSurfaceTransformer#redirectedMethods()}).
     */
    private static Map<String, Set<String>> jdashAdditions() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Map.Entry<String, MethodDescriptor> e : JdkSurfaceTransformer.redirectedMethods()) {
            MethodDescriptor m = e.getValue();
            StringBuilder sb = new StringBuilder(m.getName()).append('(');
            for (int i = 0; i < m.parameterCount(); i++) {
                sb.append(i > 0 ? "," : "").append(javaName(m.parameterType(i)));
            }
            out.computeIfAbsent(e.getKey(), c -> new TreeSet<>())
                    .add(sb.append(')').toString());
        }
        return out;
    }

    private static String javaName(ValueType type) {
        if (type instanceof ValueType.Object object) {
            return object.getClassName().replace('$', '.');
        }
        if (type instanceof ValueType.Array array) {
            return javaName(array.getItemType()) + "[]";
        }
        return switch (((ValueType.Primitive) type).getKind()) {
            case BOOLEAN -> "boolean";
            case BYTE -> "byte";
            case SHORT -> "short";
            case CHARACTER -> "char";
            case INTEGER -> "int";
            case LONG -> "long";
            case FLOAT -> "float";
            case DOUBLE -> "double";
        };
    }

    private record Api(
            Map<String, Set<String>> members, Map<String, Set<String>> teavm, Map<String, Set<String>> supertypes) {}

    /** The public members of the public classes of {@link #PACKAGES} in {@code release}, and TeaVM's if asked. */
    private static Api api(String release, String teavmClasspath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = new ArrayList<>(List.of("--release", release, "-proc:none"));
        if (teavmClasspath != null) {
            options.addAll(List.of("-classpath", teavmClasspath));
        }
        JavaFileObject empty =
                new SimpleJavaFileObject(URI.create("string:///Empty.java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return "class Empty {}";
                    }
                };
        JavacTask task = (JavacTask) javac.getTask(new StringWriter(), null, null, options, null, List.of(empty));
        task.analyze();
        Elements elements = task.getElements();
        Types types = task.getTypes();
        Map<String, Set<String>> members = new TreeMap<>();
        Map<String, Set<String>> teavm = new TreeMap<>();
        for (String pkg : PACKAGES) {
            PackageElement p = elements.getPackageElement(pkg);
            if (p == null) {
                continue;
            }
            for (Element e : p.getEnclosedElements()) {
                if (e instanceof TypeElement type && type.getModifiers().contains(Modifier.PUBLIC)) {
                    collect(type, elements, types, members);
                    if (teavmClasspath != null) {
                        TypeElement t = teavmType(type.getQualifiedName().toString(), elements);
                        if (t != null) {
                            teavm.put(type.getQualifiedName().toString(), signatures(t, elements, types));
                        }
                    }
                }
            }
        }
        Map<String, Set<String>> supertypes = new TreeMap<>();
        for (String cls : members.keySet()) {
            Set<String> all = new TreeSet<>();
            TypeElement type = elements.getTypeElement(cls);
            if (type != null) {
                addSupertypes(type.asType(), types, all);
            }
            supertypes.put(cls, all);
        }
        return new Api(members, teavm, supertypes);
    }

    private static void addSupertypes(TypeMirror type, Types types, Set<String> out) {
        for (TypeMirror s : types.directSupertypes(type)) {
            if (out.add(types.erasure(s).toString())) {
                addSupertypes(s, types, out);
            }
        }
    }

    private static void collect(TypeElement type, Elements elements, Types types, Map<String, Set<String>> out) {
        out.put(type.getQualifiedName().toString(), signatures(type, elements, types));
        for (Element inner : type.getEnclosedElements()) {
            if (inner instanceof TypeElement nested && nested.getModifiers().contains(Modifier.PUBLIC)) {
                collect(nested, elements, types, out);
            }
        }
    }

    /** TeaVM's class for a JDK class name, e.g. {@code org.teavm.classlib.java.util.TList$TEntry}. */
    private static TypeElement teavmType(String jdkName, Elements elements) {
        if (jdkName.startsWith("java.time")) {
            TypeElement t = elements.getTypeElement("org.threeten.bp" + jdkName.substring("java.time".length()));
            if (t != null) {
                return t;
            }
        }
        String pkg = jdkName.substring(0, jdkName.lastIndexOf('.', firstUpper(jdkName)));
        String[] names = jdkName.substring(pkg.length() + 1).split("\\.");
        String plain = "org.teavm.classlib." + pkg + ".T" + names[0];
        String prefixed = plain;
        for (int i = 1; i < names.length; i++) {
            plain += "." + names[i];
            prefixed += ".T" + names[i];
        }
        TypeElement t = elements.getTypeElement(plain);
        return t != null ? t : elements.getTypeElement(prefixed);
    }

    private static int firstUpper(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                return i;
            }
        }
        return name.length();
    }

    private static Set<String> signatures(TypeElement type, Elements elements, Types types) {
        Set<String> out = new TreeSet<>();
        for (Element e : elements.getAllMembers(type)) {
            if (!(e instanceof ExecutableElement m) || !m.getModifiers().contains(Modifier.PUBLIC)) {
                continue;
            }
            if (e.getKind() != ElementKind.METHOD && e.getKind() != ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (e.getKind() == ElementKind.CONSTRUCTOR
                    && !e.getEnclosingElement().equals(type)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(
                            e.getKind() == ElementKind.CONSTRUCTOR
                                    ? "<init>"
                                    : m.getSimpleName().toString())
                    .append('(');
            for (int i = 0; i < m.getParameters().size(); i++) {
                TypeMirror p = types.erasure(m.getParameters().get(i).asType());
                sb.append(i > 0 ? "," : "").append(jdkName(p.toString()));
            }
            out.add(sb.append(')').toString());
        }
        return out;
    }

    /** A TeaVM type name as the JDK's: {@code org.teavm.classlib.java.util.TList} is {@code java.util.List}. */
    private static String jdkName(String name) {
        String n = name.replace("org.threeten.bp", "java.time");
        if (!n.startsWith("org.teavm.classlib.")) {
            return n;
        }
        n = n.substring("org.teavm.classlib.".length());
        StringBuilder sb = new StringBuilder();
        for (String part : n.split("\\.", -1)) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(
                    !part.isEmpty()
                                    && part.charAt(0) == 'T'
                                    && part.length() > 1
                                    && Character.isUpperCase(part.charAt(1))
                            ? part.substring(1)
                            : part);
        }
        return sb.toString();
    }
}
