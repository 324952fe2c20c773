package tad.search.opensearch;

import java.io.IOException;
import tad.core.search.SearchBenchmark;

/**
 * Runs {@link SearchBenchmark} on a real OpenSearch node started for the run (see {@link OpenSearchNode}) and stopped
 * afterwards. The node must have been unpacked by the build; see docs/benchmarks.md for the command.
 */
public final class OpenSearchSearchBenchmark {
    private OpenSearchSearchBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        OpenSearchNode node = new OpenSearchNode();
        node.start();
        try (OpenSearchSearchIndex index = OpenSearchSearchIndex.connect(node.endpoint(),
                OpenSearchIndexSettings.singleNode("tad-artists-bench"))) {
            SearchBenchmark.run("opensearch", index, System.out);
        } finally {
            node.stop();
        }
    }
}
