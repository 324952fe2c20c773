package tad.cli.styles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tad.cli.UsageException;

/**
 * One labelled file and the split it belongs to. The split is named in a {@code splits.txt} beside the file
 * ({@code dev.jsonl = tuning}, {@code test.jsonl = held-out}), so a figure is never printed without saying whether
 * the rules were tuned on it. Stdin, or a file with no manifest beside it, is "unnamed split"; a file missing from
 * the manifest beside it, or named there under a split that is neither tuning nor held-out, is a usage error (a new
 * set scored before its split is written down is how a held-out figure loses its meaning).
 */
record LabelledSet(String name, String split, List<String> lines) {

    static final String MANIFEST = "splits.txt";
    static final String UNNAMED = "unnamed split";
    private static final List<String> SPLITS = List.of("tuning", "held-out");

    static LabelledSet stdin(List<String> lines) {
        return new LabelledSet("-", UNNAMED, lines);
    }

    static LabelledSet read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
        }
        Path manifest = file.toAbsolutePath().resolveSibling(MANIFEST);
        String split = UNNAMED;
        if (Files.isRegularFile(manifest)) {
            split = splitOf(file.getFileName().toString(), manifest);
        }
        return new LabelledSet(file.toString(), split, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private static String splitOf(String fileName, Path manifest) throws IOException {
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0 && line.substring(0, eq).strip().equals(fileName)) {
                String split = line.substring(eq + 1).strip();
                if (SPLITS.stream().noneMatch(known -> split.equals(known) || split.startsWith(known + " "))) {
                    throw new UsageException("unknown split '" + split + "' for " + fileName + " in " + manifest
                            + ": a split is " + String.join(" or ", SPLITS) + ", then any note");
                }
                return split;
            }
        }
        throw new UsageException(fileName + " has no split in " + manifest + ": add a line '" + fileName
                + " = tuning' or '" + fileName + " = held-out' before scoring it");
    }
}
