package io.jdash.maven;

/** The user properties of the plugin's parameters; every one starts with {@code jdash.}. */
final class PropertyNames {
    static final String SKIP = "jdash.skip";
    static final String FORCE = "jdash.force";
    static final String MINIFY = "jdash.minify";
    static final String ON_UNSUPPORTED = "jdash.onUnsupported";
    static final String NAMESPACE = "jdash.namespace";
    static final String BUNDLE_NAME = "jdash.bundleName";
    static final String SOURCE_MAPS = "jdash.sourceMaps";
    static final String SOURCES_CONTENT = "jdash.sourcesContent";
    static final String STRICT = "jdash.strict";
    static final String BUDGET_GZIP_BYTES = "jdash.budget.gzipBytes";
    static final String BUDGET_CALLBACK_GZIP_BYTES = "jdash.budget.callbackGzipBytes";
    static final String FAIL_ON_WARNINGS = "jdash.failOnWarnings";
    static final String BASELINE = "jdash.baseline";
    static final String SCAN_DEPENDENCIES = "jdash.scanDependencies";
    static final String OUTPUT_DIRECTORY = "jdash.outputDirectory";
    static final String REPORT_DIRECTORY = "jdash.reportDirectory";
    static final String ACKNOWLEDGED_METHODS = "jdash.acknowledgedMethods";
    static final String VERIFY_SKIP = "jdash.verify.skip";
    static final String VERIFY_INPUTS = "jdash.verify.inputs";
    static final String VERIFY_SEED = "jdash.verify.seed";
    static final String VERIFY_TIMEOUT = "jdash.verify.timeout";
    static final String VERIFY_ACKNOWLEDGED = "jdash.verify.acknowledged";
    static final String NODE = "jdash.node";
    static final String PORT = "jdash.port";
    static final String HOST = "jdash.host";
    static final String MAIN_CLASS = "jdash.mainClass";
    static final String ARGS = "jdash.args";
    static final String DEV_POLL_MILLIS = "jdash.dev.pollMillis";
    static final String DEV_SMOKE_TEST = "jdash.dev.smokeTest";
    static final String CDS_ARCHIVE = "jdash.cds.archive";
    static final String CDS_TIMEOUT_SECONDS = "jdash.cds.timeoutSeconds";

    private PropertyNames() {}
}
