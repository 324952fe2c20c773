package tad.cli.styles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One labelled file and the split it belongs to. The split is named in a {@code splits.txt} beside the file
 * ({@code dev.jsonl = tuning}, {@code test.jsonl = held-out}), so a figure is never printed without saying whether
 * the rules were tuned on it; a file the manifest does not name is "unnamed split".
 */
record LabelledSet(String name, String split, List<String> lines) {

    static final String MANIFEST = "splits.txt";
    static final String UNNAMED = "unnamed split";

    static LabelledSet stdin(List<String> lines) {
        return new LabelledSet("-", UNNAMED, lines);
    }

    static LabelledSet read(Path file) throws IOException {
        return new LabelledSet(file.toString(), splitOf(file).orElse(UNNAMED),
                Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private static Optional<String> splitOf(Path file) throws IOException {
        Path manifest = file.toAbsolutePath().resolveSibling(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        String fileName = file.getFileName().toString();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0 && line.substring(0, eq).strip().equals(fileName)) {
                return Optional.of(line.substring(eq + 1).strip());
            }
        }
        return Optional.empty();
    }
}
