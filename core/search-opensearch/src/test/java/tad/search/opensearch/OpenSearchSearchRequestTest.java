package tad.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchMix;

/**
 * The search request as opensearch-java sends it (serialised by the client itself): the shape docs/search.md
 * documents. The same requests run against a real node in {@link OpenSearchSearchIndexIT}.
 */
class OpenSearchSearchRequestTest {
    /** Every leaf query the adapter writes; each must sit in filter context (scores come from constant_score). */
    private static final Set<String> LEAF_QUERIES = Set.of("match", "term", "terms", "prefix", "fuzzy", "range",
            "geo_distance", "geo_bounding_box", "match_all");
    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentedSearchReadsItemsFromDocValuesAndFiltersInFilterContext() throws IOException {
        JsonNode body = body(ArtistQuery.builder().text("ink").style("realism", "japanese").city("leeds").build());

        assertThat(body.at("/_source").asBoolean(true)).as("no _source").isFalse();
        assertThat(body.at("/stored_fields").toString()).as("no stored field, not even _id").isEqualTo("[\"_none_\"]");
        assertThat(body.at("/docvalue_fields").findValuesAsText("field")).containsExactly("artistId", "item");
        assertThat(body.has("script_fields")).isFalse();
        assertThat(body.at("/query/bool/filter/0/term/city/value").asText()).isEqualTo("leeds");
        assertThat(body.at("/post_filter/terms/styles").toString()).isEqualTo("[\"japanese\",\"realism\"]");
        JsonNode styleCounts = body.at("/aggregations/styles/aggregations/styles/terms");
        assertThat(styleCounts.get("field").asText()).isEqualTo("styles");
        assertThat(styleCounts.has("execution_hint")).isFalse();
        assertThat(body.at("/track_total_hits").asBoolean()).isTrue();
    }

    @Test
    void everyLeafQueryOfTheLoadMixIsInFilterContext() throws IOException {
        for (ArtistQuery query : SearchMix.generate(2_000, 5)) {
            JsonNode body = body(query);
            List<String> leaves = new ArrayList<>();
            collectLeaves(body.get("query"), "query", leaves);
            collectLeaves(body.get("post_filter"), "post_filter", leaves);
            collectAggregationLeaves(body.get("aggregations"), "aggregations", leaves);
            assertThat(leaves).as("leaf queries of %s", query).isNotEmpty()
                    .allSatisfy(path -> assertThat(path).containsAnyOf("/filter", "post_filter"));
        }
    }

    /** The leaf queries of each aggregation's filter, and of its sub-aggregations'. */
    private static void collectAggregationLeaves(JsonNode aggregations, String path, List<String> leaves) {
        aggregations.properties().forEach(aggregation -> {
            String at = path + "/" + aggregation.getKey();
            collectLeaves(aggregation.getValue().get("filter"), at + "/filter", leaves);
            if (aggregation.getValue().has("aggregations")) {
                collectAggregationLeaves(aggregation.getValue().get("aggregations"), at + "/aggregations", leaves);
            }
        });
    }

    /** The JSON paths of the leaf queries under {@code node}. */
    private static void collectLeaves(JsonNode node, String path, List<String> leaves) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectLeaves(node.get(i), path + "/" + i, leaves);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (LEAF_QUERIES.contains(field.getKey())) {
                leaves.add(path + "/" + field.getKey());
            } else {
                collectLeaves(field.getValue(), path + "/" + field.getKey(), leaves);
            }
        }
    }

    private static JsonNode body(ArtistQuery query) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.jsonProvider().createGenerator(out)) {
            OpenSearchSearchRequest.of("tad-artists", query).serialize(generator, MAPPER);
        }
        return JSON.readTree(out.toString());
    }
}
