package io.jdash.compiler.teavm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.callgraph.CallGraph;
import org.teavm.callgraph.CallGraphNode;
import org.teavm.callgraph.CallSite;
import org.teavm.callgraph.FieldAccessSite;
import org.teavm.model.FieldReference;
import org.teavm.model.MethodReference;

/**
 * TeaVM's call graph, read upwards from a lambda's method through the places that make the lambda, not the places
 * that call it. A lambda's method is called by every call of its interface method ({@code Supplier.get},
 * {@code Function.apply}…) that can reach any lambda of that interface, so the callers of one lambda's body were every
 * callback that passes some lambda to the same method ({@code stream.map}, a helper of the app's own): a missing API
 * in one callback's lambda was blamed on all of them. TeaVM makes each lambda a class of its own
 * ({@code Caller$method$lambda$_i_j}) constructed where the lambda is written; its methods' callers are here the
 * callers of its constructors.
 */
final class LambdaCreationCallGraph implements CallGraph {
    private static final String LAMBDA_CLASS = "$lambda$_";
    private final CallGraph graph;
    private final Map<String, List<MethodReference>> constructors;

    private LambdaCreationCallGraph(CallGraph graph, Map<String, List<MethodReference>> constructors) {
        this.graph = graph;
        this.constructors = constructors;
    }

    /** The graph, with the constructors of the lambda classes among {@code reachable}. */
    static CallGraph of(CallGraph graph, Collection<MethodReference> reachable) {
        Map<String, List<MethodReference>> constructors = new HashMap<>();
        for (MethodReference m : reachable) {
            if (m.getName().equals("<init>") && isLambdaClass(m.getClassName())) {
                constructors
                        .computeIfAbsent(m.getClassName(), c -> new ArrayList<>())
                        .add(m);
            }
        }
        return new LambdaCreationCallGraph(graph, constructors);
    }

    /** Whether TeaVM made the class for a lambda. */
    static boolean isLambdaClass(String className) {
        return className.contains(LAMBDA_CLASS);
    }

    @Override
    public CallGraphNode getNode(MethodReference method) {
        CallGraphNode node = graph.getNode(method);
        List<MethodReference> made = constructors.get(method.getClassName());
        if (node == null || made == null || method.getName().equals("<init>")) {
            return node;
        }
        List<CallSite> creations = new ArrayList<>();
        for (MethodReference constructor : made) {
            CallGraphNode c = graph.getNode(constructor);
            if (c != null) {
                creations.addAll(c.getCallerCallSites());
            }
        }
        return new CallGraphNode() {
            @Override
            public CallGraph getGraph() {
                return LambdaCreationCallGraph.this;
            }

            @Override
            public MethodReference getMethod() {
                return node.getMethod();
            }

            @Override
            public Collection<? extends CallSite> getCallSites() {
                return node.getCallSites();
            }

            @Override
            public Collection<? extends CallSite> getCallerCallSites() {
                return creations;
            }

            @Override
            public Collection<? extends FieldAccessSite> getFieldAccessSites() {
                return node.getFieldAccessSites();
            }
        };
    }

    @Override
    public Collection<? extends FieldAccessSite> getFieldAccess(FieldReference reference) {
        return graph.getFieldAccess(reference);
    }
}
