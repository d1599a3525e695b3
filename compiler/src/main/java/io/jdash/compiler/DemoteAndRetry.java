package io.jdash.compiler;

import io.jdash.compiler.codegen.AdapterSource;
import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.teavm.LeanRegexTransformer;
import io.jdash.compiler.teavm.TeaVmStep;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to do with the callbacks whose code TeaVM could not compile: with {@link OnUnsupported#FAIL} each is an
 * error naming the call chain; with {@link OnUnsupported#SERVER} they are demoted to the server (with the reason
 * kept for the manifest) and the others are compiled again without them.
 */
final class DemoteAndRetry {
    private DemoteAndRetry() {}

    /**
     * Reports TeaVM's problems and returns the callbacks to leave out of the next round.
     *
     * @param demoted collects why each demoted callback cannot run in the browser
     */
    static Set<CallbackMethod> unsupported(
            TeaVmStep.Output out,
            AdapterSource adapter,
            OnUnsupported policy,
            Map<CallbackMethod, String> demoted,
            Phases phases) {
        Map<String, CallbackMethod> byFunction = new LinkedHashMap<>();
        adapter.functions().forEach((cb, fn) -> byFunction.put(fn, cb));
        Set<CallbackMethod> unsupported = new LinkedHashSet<>();
        for (TeaVmStep.Unsupported p : out.problems()) {
            if (p.chains().isEmpty()) {
                phases.report(DiagnosticCode.TEAVM_FAILED.error(
                        p.file(), p.line(), null, DiagnosticCode.TEAVM_FAILED.message(p.text())));
                continue;
            }
            for (Map.Entry<String, List<String>> chain : p.chains().entrySet()) {
                CallbackMethod cb = byFunction.get(chain.getKey());
                String path = String.join(" -> ", chain.getValue());
                String at = p.file() != null ? p.file() + ":" + p.line() : null;
                unsupported.add(cb);
                demoted.merge(
                        cb, p.text() + " (" + path + (at != null ? ", at " + at : "") + ")", (a, b) -> a + "; " + b);
                if (policy == OnUnsupported.FAIL) {
                    DiagnosticCode code = p.text().startsWith(LeanRegexTransformer.PROBLEM)
                            ? DiagnosticCode.REGEX_NOT_EXACT
                            : DiagnosticCode.UNSUPPORTED_CODE;
                    phases.report(code.error(
                            cb.sourceFile(),
                            cb.line(),
                            cb.element(),
                            code.message(cb.displayName(), p.text(), path, at != null ? "\n    at " + at : "")));
                }
            }
        }
        if (out.problems().isEmpty()) {
            phases.report(DiagnosticCode.TEAVM_FAILED.error(
                    null, 0, null, DiagnosticCode.TEAVM_FAILED.message("TeaVM reported no problem but wrote no code")));
        }
        return unsupported;
    }
}
