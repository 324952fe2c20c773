package tad.search.opensearch;

import java.io.IOException;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import tad.core.search.Relevance;

/**
 * The index mapping (documented in docs/search.md): English-analysed text fields, an unstemmed all-text field for
 * prefix and typo matching, keywords for ids, styles, city and country, a geo_point and the update time.
 * Dynamic mapping is off so a stray field cannot change the index's shape.
 */
final class OpenSearchMapping {
    static final String ENGLISH = "english";
    static final String PLAIN = "standard";
    /** What {@code _source} keeps: the id and update time a listing reads (searches read doc values only). */
    static final List<String> SOURCE_FIELDS = List.of("artistId", "updatedAt");

    private OpenSearchMapping() {}

    static TypeMapping mapping() {
        TypeMapping.Builder m = new TypeMapping.Builder().dynamic(DynamicMapping.Strict)
                // _source keeps only what listings read back (the text fields and the item are indexed from the
                // request but not kept there; the sync rebuilds from the store)
                .source(src -> src.includes(SOURCE_FIELDS));
        m.properties("artistId", keyword());
        for (Relevance.TextField field : Relevance.TextField.values()) {
            m.properties(field.field, text(ENGLISH));
        }
        m.properties(Relevance.ALL_TEXT, text(PLAIN));
        // facets aggregate styles on every search: build their global ordinals at refresh, not on the first search after
        m.properties("styles", Property.of(p -> p.keyword(k -> k.eagerGlobalOrdinals(true))));
        m.properties("city", keyword());
        m.properties("country", keyword());
        m.properties("location", Property.of(p -> p.geoPoint(g -> g)));
        m.properties("updatedAt", Property.of(p -> p.date(d -> d.format("epoch_millis"))));
        m.properties(OpenSearchAvailability.FIELD, availabilityExpires());
        m.properties(OpenSearchItems.FIELD, item());
        return m.build();
    }

    /** What a result item shows, never searched: one binary doc value read by the fetch phase (OpenSearchItems). */
    private static Property item() {
        return Property.of(p -> p.binary(b -> b.docValues(true)));
    }

    /** Per availability kind, the last day (epoch day) one of its statements holds. */
    private static Property availabilityExpires() {
        return Property.of(p -> p.object(o -> {
            OpenSearchAvailability.KINDS.forEach(kind -> o.properties(kind, Property.of(k -> k.long_(l -> l))));
            return o;
        }));
    }

    /**
     * Creates the index when it does not exist yet; an existing index gets the fields added since it was created
     * (adding fields is the one mapping change OpenSearch allows in place; dynamic mapping is strict).
     */
    static void ensureIndex(OpenSearchClient client, OpenSearchIndexSettings settings) throws IOException {
        if (client.indices().exists(e -> e.index(settings.indexName())).value()) {
            client.indices().putMapping(p -> p.index(settings.indexName())
                    .properties(OpenSearchAvailability.FIELD, availabilityExpires())
                    .properties(OpenSearchItems.FIELD, item()));
            return;
        }
        client.indices().create(c -> c.index(settings.indexName())
                .settings(s -> s.numberOfShards(settings.shards()).numberOfReplicas(settings.replicas()))
                .mappings(mapping()));
    }

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k));
    }

    private static Property text(String analyzer) {
        return Property.of(p -> p.text(t -> t.analyzer(analyzer)));
    }
}
