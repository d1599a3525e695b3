package io.jdash.compiler.teavm;

import io.jdash.compiler.BuildListener;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.backend.javascript.JavaScriptTarget;
import org.teavm.cache.AlwaysStaleCacheStatus;
import org.teavm.cache.EmptyProgramCache;
import org.teavm.cache.MemoryCachedClassReaderSource;
import org.teavm.debugging.information.DebugInformationBuilder;
import org.teavm.debugging.information.SourceMapsWriter;
import org.teavm.dependency.PreciseDependencyAnalyzer;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.parsing.ClasspathClassHolderSource;
import org.teavm.parsing.resource.ResourceProvider;
import org.teavm.vm.DirectoryBuildTarget;
import org.teavm.vm.TeaVM;
import org.teavm.vm.TeaVMBuilder;
import org.teavm.vm.TeaVMOptimizationLevel;
import org.teavm.vm.TeaVMPhase;
import org.teavm.vm.TeaVMProgressFeedback;
import org.teavm.vm.TeaVMProgressListener;

/**
 * TeaVM's JavaScript build as {@code org.teavm.tooling.TeaVMTool#generate} wires it (the same target settings,
 * precise dependency analysis, transformers, entry point, output and source map files), with the class source and,
 * in development, the program and AST caches taken from a {@link TeaVmCache} instead of made anew, and with
 * {@link JvmPreservingPreOptimization} in place of the tool's clean-up of parsed classes.
 *
 * <p>Production settings use only the class cache (what TeaVM parsed from the class files), so they give the bytes
 * the tool gives; the optimized programs and rendered methods are cached only at the SIMPLE level, where TeaVM's
 * own incremental mode caches them too (the tool switches to SIMPLE when incremental, and marks every method
 * virtual so that a cached method's code does not depend on what the rest of the program calls).
 */
final class CachedTeaVm {
    /** {@code TeaVMTool}'s default {@code maxTopLevelNames}. */
    private static final int MAX_TOP_LEVEL_NAMES = 80_000;

    private CachedTeaVm() {}

    static TeaVM build(
            TeaVmCache cache,
            String entryClass,
            Path targetDirectory,
            String outputName,
            List<File> files,
            ClassLoader loader,
            Properties properties,
            List<String> transformers,
            TeaVMOptimizationLevel level,
            boolean development,
            boolean sourceMaps,
            List<Path> classpath,
            BuildListener listener)
            throws IOException {
        long start = System.nanoTime();
        cache.prepare(
                classpath,
                "level=" + level + "\ndevelopment=" + development + "\nsourceMaps=" + sourceMaps
                        + "\nentry=" + entryClass + "\ntransformers=" + transformers + "\nproperties="
                        + new TreeMap<>(properties));
        long prepared = System.nanoTime();
        MemoryCachedClassReaderSource classSource = cache.classSource();
        boolean succeeded = false;
        try (ResourceProvider resources = ResourceProvider.ofClassPath(files)) {
            ClasspathClassHolderSource parsed =
                    new ClasspathClassHolderSource(resources, cache.referenceCache(), loader);
            boolean checked = transformers.contains(JvmChecksTransformer.class.getName());
            classSource.setProvider(name -> JvmPreservingPreOptimization.optimize(parsed, name, checked));

            JavaScriptTarget js = new JavaScriptTarget();
            js.setObfuscated(true);
            js.setStrict(false);
            js.setMaxTopLevelNames(MAX_TOP_LEVEL_NAMES);
            DebugInformationBuilder debug = sourceMaps ? new DebugInformationBuilder(cache.referenceCache()) : null;
            js.setDebugEmitter(debug);
            js.setModuleType(JSModuleType.COMMON_JS);
            if (development) {
                js.setAstCache(cache.astCache());
            }
            TeaVM vm = new TeaVMBuilder(js)
                    .setReferenceCache(cache.referenceCache())
                    .setClassLoader(loader)
                    .setClassSource(classSource)
                    .setResourceProvider(resources)
                    .setDependencyAnalyzerFactory(PreciseDependencyAnalyzer::new)
                    .setObfuscated(true)
                    .setStrict(false)
                    .build();
            vm.setProperties(properties);
            if (development) {
                vm.setProgramCache(cache.programCache());
                vm.setCacheStatus(classSource);
                vm.addVirtualMethods(m -> true);
            } else {
                vm.setProgramCache(EmptyProgramCache.INSTANCE);
                vm.setCacheStatus(AlwaysStaleCacheStatus.INSTANCE);
            }
            vm.setOptimizationLevel(level);
            vm.setLastKnownClasses(cache.lastReachedClasses());
            long[] compiling = {0};
            vm.setProgressListener(new TeaVMProgressListener() {
                @Override
                public TeaVMProgressFeedback phaseStarted(TeaVMPhase phase, int count) {
                    if (phase == TeaVMPhase.COMPILING && compiling[0] == 0) {
                        compiling[0] = System.nanoTime();
                    }
                    return TeaVMProgressFeedback.CONTINUE;
                }

                @Override
                public TeaVMProgressFeedback progressReached(int progress) {
                    return TeaVMProgressFeedback.CONTINUE;
                }
            });
            vm.installPlugins();
            for (String name : transformers) {
                vm.add(instantiate(name, loader));
            }
            vm.setEntryPoint(entryClass);
            vm.setEntryPointName("main");
            vm.build(new DirectoryBuildTarget(targetDirectory.toFile()), outputName);
            if (sourceMaps) {
                File output = targetDirectory.resolve(outputName).toFile();
                try (Writer writer =
                        new OutputStreamWriter(new FileOutputStream(output, true), StandardCharsets.UTF_8)) {
                    writer.append("\n//# sourceMappingURL=").append(outputName).append(".map");
                }
                try (Writer map = new OutputStreamWriter(
                        new FileOutputStream(
                                targetDirectory.resolve(outputName + ".map").toFile()),
                        StandardCharsets.UTF_8)) {
                    new SourceMapsWriter(map).write(outputName, "src", debug.getDebugInformation());
                }
            }
            long end = System.nanoTime();
            listener.debug("teavm: cache check " + (prepared - start) / 1_000_000 + " ms ("
                    + (cache.droppedLastTime() ? "cold" : cache.evictedLastTime() + " changed classes")
                    + "), dependency analysis " + ((compiling[0] == 0 ? end : compiling[0]) - prepared) / 1_000_000
                    + " ms, compiling and rendering " + (compiling[0] == 0 ? 0 : (end - compiling[0]) / 1_000_000)
                    + " ms, " + vm.getDependencyInfo().getReachableClasses().size() + " classes");
            succeeded = true;
            cache.finish(
                    !vm.wasCancelled()
                            && vm.getProblemProvider().getSevereProblems().isEmpty(),
                    vm.getDependencyInfo().getReachableClasses().size());
            return vm;
        } finally {
            classSource.setProvider(null);
            if (!succeeded) {
                cache.abandon();
            }
        }
    }

    private static ClassHolderTransformer instantiate(String name, ClassLoader loader) {
        try {
            return Class.forName(name, true, loader)
                    .asSubclass(ClassHolderTransformer.class)
                    .getConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("jdash's TeaVM transformer " + name + " cannot be made: " + e, e);
        }
    }
}
