package tad.samplecity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the files of one site, from the class path or a directory. Request paths are checked segment by segment
 * before any lookup, so that {@code ..}, backslashes or hidden files ({@code _routes.json}) never escape or leak.
 */
interface SiteFiles {

    /** The bytes of a site-relative file such as {@code artists/index.html}; empty when there is none. */
    Optional<byte[]> read(String relativePath);

    static SiteFiles classPath(String root) {
        String base = root.endsWith("/") ? root : root + "/";
        return relativePath -> {
            try (InputStream in = SiteFiles.class.getClassLoader().getResourceAsStream(base + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static SiteFiles directory(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        return relativePath -> {
            Path file = root.resolve(relativePath).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * The site-relative file names a decoded request path may be served from, most specific first; empty when
     * the path tries to climb out of the site or names a hidden file.
     */
    static List<String> candidatesFor(String requestPath) {
        if (requestPath == null || !requestPath.startsWith("/") || requestPath.contains("\\")
                || requestPath.indexOf('\0') >= 0) {
            return List.of();
        }
        String trimmed = requestPath.substring(1);
        for (String segment : trimmed.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.startsWith("_") || segment.startsWith(".")) {
                return List.of();
            }
        }
        if (trimmed.isEmpty()) {
            return List.of("index.html");
        }
        if (trimmed.endsWith("/")) {
            return List.of(trimmed + "index.html");
        }
        return List.of(trimmed, trimmed + ".html", trimmed + "/index.html");
    }
}
