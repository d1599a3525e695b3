package io.jdash.compiler.bundle;

import io.jdash.contract.ClassPathLocations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bundle under its content hash ({@code <bundleName>.<hash>.js}) with its source map next to it, and
 * deletes the bundles of earlier builds.
 */
public final class BundleFiles {
    /**
     * The bundle as written.
     *
     * @param path its class path location, e.g. {@code META-INF/jdash/assets/app.3f9a2c1b.js}
     * @param sourceMapPath its map's class path location, or null when no map was written
     * @param bytes the file's bytes (the code and, with a map, the {@code sourceMappingURL} comment)
     * @param code the code whose hash names the file
     * @param sourceMap the map of {@code code}, or null
     */
    public record Written(String path, String sourceMapPath, byte[] bytes, String code, String sourceMap) {}

    private BundleFiles() {}

    /**
     * Writes the bundle (and its map when {@code sourceMaps} is set and there is one) into
     * {@code outputDirectory}'s assets, and deletes the other bundles of {@code bundleName} there.
     */
    public static Written write(
            Path outputDirectory, String bundleName, boolean sourceMaps, BundleCode bundle, WrittenFiles out)
            throws IOException {
        Path assets = outputDirectory.resolve(ClassPathLocations.ASSETS);
        String hash = OutputFiles.contentHash(bundle.code().getBytes(StandardCharsets.UTF_8), 8);
        String fileName = bundleName + "." + hash + ".js";
        String path = ClassPathLocations.ASSETS + fileName;
        boolean withMap = sourceMaps && bundle.sourceMap() != null;
        String served = withMap ? bundle.code() + "\n//# sourceMappingURL=" + fileName + ".map\n" : bundle.code();
        byte[] bytes = served.getBytes(StandardCharsets.UTF_8);
        out.write(assets.resolve(fileName), bytes);
        String mapPath = null;
        if (withMap) {
            mapPath = path + ".map";
            out.write(assets.resolve(fileName + ".map"), SourceMaps.named(bundle.sourceMap(), fileName));
        }
        deleteStale(outputDirectory, bundleName, fileName);
        return new Written(path, mapPath, bytes, bundle.code(), bundle.sourceMap());
    }

    /** Deletes the bundles (and maps) of {@code bundleName} other than {@code keep} (all of them when null). */
    public static void deleteStale(Path outputDirectory, String bundleName, String keep) throws IOException {
        Path assets = outputDirectory.resolve(ClassPathLocations.ASSETS);
        if (!Files.isDirectory(assets)) {
            return;
        }
        String prefix = bundleName + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(assets)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean ours = name.startsWith(prefix)
                        && (name.endsWith(".js") || name.endsWith(".js.map"))
                        && name.substring(prefix.length()).matches("[0-9a-f]{8}\\.js(\\.map)?");
                if (ours && (keep == null || !(name.equals(keep) || name.equals(keep + ".map")))) {
                    Files.delete(f);
                }
            }
        }
    }
}
