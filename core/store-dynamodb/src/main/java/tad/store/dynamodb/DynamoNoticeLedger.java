package tad.store.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import tad.core.notice.NoticeLedger;

/**
 * The notice ledger in the single table: one key-only item per artist a recipient was told about,
 * {@code PK=NOTICE#{recipientHash}, SK=ARTIST#{artistHash}} with the time of the notice, so a recipient's artists are
 * one Query. Nothing in it is readable: both keys are keyed hashes.
 */
public final class DynamoNoticeLedger implements NoticeLedger {
    static final String NOTICE = "NOTICE#";
    private static final String ARTIST = "ARTIST#";
    private static final int BATCH = 25;

    private final DynamoDbClient client;
    private final String table;

    public DynamoNoticeLedger(DynamoConnection connection) {
        this(connection.client(), connection.table());
    }

    DynamoNoticeLedger(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Set<String> notifiedArtists(String recipientHash) {
        Set<String> artists = new HashSet<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("#pk = :pk AND begins_with(#sk, :artist)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                    .expressionAttributeValues(Map.of(":pk", Attrs.s(NOTICE + recipientHash),
                            ":artist", Attrs.s(ARTIST)))
                    .exclusiveStartKey(from).build());
            page.items().forEach(item -> artists.add(Attrs.str(item, Keys.SK).substring(ARTIST.length())));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return artists;
    }

    @Override
    public void recordNotice(String recipientHash, Set<String> artistHashes, Instant at) {
        List<WriteRequest> writes = new ArrayList<>();
        for (String artist : artistHashes) {
            writes.add(WriteRequest.builder().putRequest(p -> p.item(Map.of(Keys.PK, Attrs.s(NOTICE + recipientHash),
                    Keys.SK, Attrs.s(ARTIST + artist), Keys.ENTITY, Attrs.s("NoticedArtist"),
                    "notifiedAt", Attrs.s(at.toString())))).build());
        }
        for (int i = 0; i < writes.size(); i += BATCH) {
            write(writes.subList(i, Math.min(i + BATCH, writes.size())));
        }
    }

    /** One batch, re-sending what DynamoDB leaves unprocessed (throttling) after a growing pause. */
    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 0; !pending.getOrDefault(table, List.of()).isEmpty(); attempt++) {
            if (attempt == 8) {
                throw new IllegalStateException("DynamoDB left notice records unwritten after 8 attempts");
            }
            if (attempt > 0) {
                pause(50L << attempt);
            }
            Map<String, List<WriteRequest>> request = pending;
            pending = client.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing notice records", e);
        }
    }
}
