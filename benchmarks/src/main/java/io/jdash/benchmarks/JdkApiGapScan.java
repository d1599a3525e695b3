package io.jdash.benchmarks;

import com.sun.source.util.JavacTask;
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
        String classpath = System.getProperty("java.class.path");
        Map<String, Set<String>> java8 = api("8", null).members;
        Api java17 = api("17", classpath);
        StringBuilder report = new StringBuilder();
        StringBuilder newClasses = new StringBuilder("\nClasses added since Java 8:\n");
        int added = 0;
        int missing = 0;
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
            for (String member : e.getValue()) {
                if (old.contains(member)) {
                    continue;
                }
                added++;
                if (teavm == null || !teavm.contains(member)) {
                    lacking.add(member);
                }
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
                + " of them absent from TeaVM 0.16's class library\n\n";
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, head + report + newClasses);
        System.out.print(head);
    }

    private record Api(Map<String, Set<String>> members, Map<String, Set<String>> teavm) {}

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
        return new Api(members, teavm);
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
