package tad.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tad.core.search.SearchBenchmark;

/**
 * Runs {@link SearchBenchmark} on a fresh Lucene index in a temporary directory (or the one given as argument).
 * See docs/benchmarks.md for the command.
 */
public final class LuceneSearchBenchmark {
    private LuceneSearchBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("tad-search-bench");
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            SearchBenchmark.run("lucene", index, System.out);
        }
    }
}
