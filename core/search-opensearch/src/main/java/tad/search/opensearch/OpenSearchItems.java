package tad.search.opensearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;
import tad.core.search.ArtistHit;

/**
 * The result item of a hit, read from doc values instead of {@code _source}: {@code item} is a binary field with doc
 * values holding the artist's {@link OpenSearchArtist.Show} as JSON (sent Base64-encoded, as OpenSearch's binary type
 * takes it), and a search asks for it and for {@code artistId} as {@code docvalue_fields} with no stored field at all.
 * So the fetch phase reads two doc values per hit instead of decompressing a stored-field block and parsing and
 * filtering {@code _source} (the same choice as the embedded index's binary doc value; figures in docs/search.md).
 *
 * <p>Documents indexed before {@code item} existed have their item in {@code _source.show} only: the few hits without
 * an {@code item} are read from there with one multi-get, until the sync indexes them again.
 */
final class OpenSearchItems {
    static final String FIELD = "item";
    static final String ARTIST_ID = "artistId";
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private OpenSearchItems() {}

    static String encode(OpenSearchArtist.Show show) {
        try {
            return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(show));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result item that cannot be written as JSON", e);
        }
    }

    static OpenSearchArtist.Show decode(String base64) {
        try {
            return JSON.readValue(Base64.getDecoder().decode(base64), OpenSearchArtist.Show.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable result item in the search index", e);
        }
    }

    /** The page's items in the hits' order. */
    static List<ArtistHit> of(List<Hit<JsonData>> hits, OpenSearchClient client, String index) throws IOException {
        List<String> ids = new ArrayList<>(hits.size());
        List<String> withoutItem = new ArrayList<>();
        Map<String, OpenSearchArtist.Show> shows = new HashMap<>();
        for (Hit<JsonData> hit : hits) {
            String artistId = first(hit, ARTIST_ID);
            String item = first(hit, FIELD);
            ids.add(artistId);
            if (item == null) {
                withoutItem.add(artistId);
            } else {
                shows.put(artistId, decode(item));
            }
        }
        if (!withoutItem.isEmpty()) {
            shows.putAll(fromSource(client, index, withoutItem));
        }
        return ids.stream().filter(shows::containsKey).map(id -> OpenSearchArtist.hit(id, shows.get(id))).toList();
    }

    /** The first value of a doc value field of the hit, or null when the document has none. */
    private static String first(Hit<JsonData> hit, String field) {
        JsonData values = hit.fields().get(field);
        return values == null || values.toJson().asJsonArray().isEmpty() ? null
                : values.toJson().asJsonArray().getString(0);
    }

    /** Items of documents indexed before {@code item} existed, from their {@code _source}. */
    private static Map<String, OpenSearchArtist.Show> fromSource(OpenSearchClient client, String index,
                                                                List<String> ids) throws IOException {
        Map<String, OpenSearchArtist.Show> shows = new HashMap<>();
        for (MultiGetResponseItem<OpenSearchArtist.Shown> doc : client.mget(m -> m.index(index).ids(ids)
                .sourceIncludes(OpenSearchArtist.SHOWN_FIELDS), OpenSearchArtist.Shown.class).docs()) {
            // a document deleted between the search and this read is left out, as it is from the next search
            if (doc.isResult() && doc.result().found() && doc.result().source() != null
                    && doc.result().source().show() != null) {
                shows.put(doc.result().id(), doc.result().source().show());
            }
        }
        return shows;
    }
}
