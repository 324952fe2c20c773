package tad.search.opensearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.search.ListedArtist;
import tad.core.search.SearchIndex;
import tad.core.search.SearchResult;

/**
 * The search index on OpenSearch (AWS OpenSearch Service in production). Creates its index with
 * {@link OpenSearchMapping} when missing. Writes become searchable at the next refresh (every second by default,
 * or at once with {@link #refresh()}).
 */
public final class OpenSearchSearchIndex implements SearchIndex {
    private static final int BULK_SIZE = 1_000;

    private final OpenSearchClient client;
    private final OpenSearchIndexSettings settings;
    private final OpenSearchTransport ownedTransport;

    /**
     * Uses a client the caller built and keeps owning (in AWS: one with the SigV4-signing {@code AwsSdk2Transport}).
     */
    public OpenSearchSearchIndex(OpenSearchClient client, OpenSearchIndexSettings settings) {
        this(client, settings, null);
    }

    private OpenSearchSearchIndex(OpenSearchClient client, OpenSearchIndexSettings settings, OpenSearchTransport owned) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ownedTransport = owned;
        io(() -> {
            OpenSearchMapping.ensureIndex(client, settings);
            return null;
        });
    }

    /** Connects over plain HTTP(S) without authentication (a local node); {@link #close()} closes the connection. */
    public static OpenSearchSearchIndex connect(URI endpoint, OpenSearchIndexSettings settings) {
        HttpHost host = new HttpHost(endpoint.getScheme(), endpoint.getHost(), endpoint.getPort());
        ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper(json))
                .build();
        return new OpenSearchSearchIndex(new OpenSearchClient(transport), settings, transport);
    }

    @Override
    public void upsert(ArtistDocument document) {
        io(() -> client.index(i -> i.index(settings.indexName()).id(document.artistId())
                .document(OpenSearchArtist.of(document))));
    }

    @Override
    public void upsertAll(Iterable<ArtistDocument> documents) {
        List<BulkOperation> batch = new ArrayList<>();
        for (ArtistDocument document : documents) {
            OpenSearchArtist artist = OpenSearchArtist.of(document);
            batch.add(BulkOperation.of(o -> o.index(i -> i.id(artist.artistId()).document(artist))));
            if (batch.size() == BULK_SIZE) {
                bulk(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            bulk(batch);
        }
    }

    private void bulk(List<BulkOperation> operations) {
        BulkResponse response = io(() -> client.bulk(b -> b.index(settings.indexName()).operations(operations)));
        if (response.errors()) {
            String firstError = response.items().stream().filter(item -> item.error() != null)
                    .map(item -> item.id() + ": " + item.error().reason()).findFirst().orElse("unknown");
            throw new IllegalStateException("bulk indexing failed, first error " + firstError);
        }
    }

    @Override
    public void delete(String artistId) {
        try {
            client.delete(d -> d.index(settings.indexName()).id(artistId));
        } catch (OpenSearchException e) {
            if (e.status() != 404) { // deleting what is not there is fine: the sync may replay a delete
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index delete failed", e);
        }
    }

    @Override
    public void deleteAll() {
        // dropping and recreating is quicker than delete-by-query and also resets the mapping to the current one
        io(() -> {
            if (client.indices().exists(e -> e.index(settings.indexName())).value()) {
                client.indices().delete(d -> d.index(settings.indexName()));
            }
            OpenSearchMapping.ensureIndex(client, settings);
            return null;
        });
    }

    @Override
    public long count() {
        return io(() -> client.count(c -> c.index(settings.indexName())).count());
    }

    @Override
    public SearchResult search(ArtistQuery query) {
        SearchResponse<JsonData> response = io(() -> client.search(
                OpenSearchSearchRequest.of(settings.indexName(), query), JsonData.class));
        List<ArtistHit> items = io(() -> OpenSearchItems.of(response.hits().hits(), client, settings.indexName()));
        return OpenSearchSearchRequest.result(response, items, query);
    }

    @Override
    public List<ListedArtist> listing(String afterId, int limit) {
        ListedArtist.checkLimit(limit);
        return io(() -> OpenSearchListing.listing(client, settings.indexName(), afterId, limit));
    }

    @Override
    public void refresh() {
        io(() -> client.indices().refresh(r -> r.index(settings.indexName())));
    }

    @Override
    public void expungeDeletes() {
        io(() -> client.indices().forcemerge(f -> f.index(settings.indexName()).onlyExpungeDeletes(true)));
        refresh();
    }

    @Override
    public void close() {
        if (ownedTransport != null) {
            io(() -> {
                ownedTransport.close();
                return null;
            });
        }
    }

    private static <T> T io(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException("search index request failed", e);
        }
    }

    @FunctionalInterface
    private interface IoCall<T> {
        T call() throws IOException;
    }
}
