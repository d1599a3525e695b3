package io.jdash.contract;

import io.jdash.api.Callback;
import io.jdash.api.Memoize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks declarations against every {@link Rule} and collects every violation, in declaration order. */
public final class DeclarationRules {
    private DeclarationRules() {}

    /** Every violation of the declarations, those of each declaration together, in order. */
    public static List<Violation> check(List<Declaration> declarations) {
        List<Violation> out = new ArrayList<>();
        Map<String, Declaration> writers = new LinkedHashMap<>();
        for (Declaration d : declarations) {
            if (!d.publicStatic()) {
                out.add(new Violation(Rule.NOT_PUBLIC_STATIC, d, Rule.NOT_PUBLIC_STATIC.message(d.displayName())));
            }
            checkDependencies(d, "outputs", d.outputs(), out);
            checkDependencies(d, "inputs", d.inputs(), out);
            checkDependencies(d, "state", d.state(), out);
            checkMemoize(d, out);
            for (String output : new LinkedHashSet<>(d.outputs())) {
                if (Dependency.allowsDuplicate(output)) {
                    continue;
                }
                Declaration first = writers.putIfAbsent(output, d);
                if (first != null) {
                    out.add(new Violation(
                            Rule.DUPLICATE_OUTPUT,
                            d,
                            Rule.DUPLICATE_OUTPUT.message(
                                    "output",
                                    output,
                                    "written",
                                    "both " + first.displayName()
                                            + (first.location() != null ? " (" + first.location() + ")" : "") + " and "
                                            + d.displayName(),
                                    "; Dash allows one writer per output: write \"" + output + Callback.ALLOW_DUPLICATE
                                            + "\" in " + d.displayName() + " to allow several")));
                }
            }
        }
        return out;
    }

    private static void checkDependencies(Declaration d, String kind, List<String> deps, List<Violation> out) {
        Set<String> seen = new HashSet<>();
        for (String dep : deps) {
            String plain = kind.equals("outputs") ? Dependency.withoutAllowDuplicate(dep) : dep;
            String problem = Dependency.problem(plain);
            if (problem != null) {
                out.add(new Violation(
                        Rule.BAD_DEPENDENCY, d, Rule.BAD_DEPENDENCY.message(kind, dep, d.displayName(), problem)));
            } else if (!seen.add(plain)) {
                out.add(new Violation(
                        Rule.DUPLICATE_OUTPUT,
                        d,
                        Rule.DUPLICATE_OUTPUT.message(kind, "\"" + dep + "\"", "listed twice", d.displayName(), "")));
            }
        }
    }

    private static void checkMemoize(Declaration d, List<Violation> out) {
        if (d.memoizeTtl() == null) {
            return;
        }
        if (d.takesContext()) {
            out.add(new Violation(Rule.MEMOIZE_WITH_CONTEXT, d, Rule.MEMOIZE_WITH_CONTEXT.message(d.displayName())));
        }
        try {
            Memoize.Ttl.parse(d.memoizeTtl());
        } catch (IllegalArgumentException e) {
            out.add(new Violation(Rule.BAD_TTL, d, Rule.BAD_TTL.message(d.displayName(), e.getMessage())));
        }
    }
}
