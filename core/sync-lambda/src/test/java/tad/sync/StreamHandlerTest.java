package tad.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.Record;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.store.Fixtures;
import tad.core.sync.ArtistDocuments;
import tad.core.sync.IndexUpdater;
import tad.search.lucene.LuceneSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;

/**
 * The handler fed with DynamoDB Local's real stream records, converted into the event Lambda delivers: the index
 * (Lucene here; OpenSearch in ProductionAdaptersGovernanceIT) follows inserts, updates, stale status and deletes,
 * and a bad record is reported alone while the rest of its batch applies.
 */
class StreamHandlerTest {
    @TempDir
    Path indexDir;
    private DynamoConnection dynamo;
    private DynamoArtistStore store;
    private LuceneSearchIndex index;
    private StreamRecords stream;
    private Denylist denylist;
    private StreamHandler handler;

    @BeforeEach
    void start() {
        dynamo = DynamoConnection.inMemory("TattooDirectory");
        store = new DynamoArtistStore(dynamo);
        index = new LuceneSearchIndex(indexDir);
        denylist = new Denylist(new DynamoDenylistStore(dynamo),
                new DenylistKey("a-test-secret-of-enough-bytes".getBytes(StandardCharsets.UTF_8)), Clock.systemUTC());
        handler = new StreamHandler(new IndexUpdater(store, index, denylist,
                new ArtistDocuments(StyleTaxonomy.bundled())));
        stream = new StreamRecords(dynamo);
    }

    @AfterEach
    void stop() {
        index.close();
        dynamo.close();
    }

    @Test
    void theIndexFollowsInsertsUpdatesStaleStatusAndDeletes() {
        Artist ada = artist("ada.ink");
        Artist bo = artist("bo.lines");
        store.upsertArtist(ada, List.of(Fixtures.image("ada-1", 0)));
        store.upsertArtist(bo, List.of());
        List<Record> inserts = stream.next();
        assertThat(inserts).extracting(Record::eventNameAsString).contains("INSERT");
        assertThat(sync(inserts).getBatchItemFailures()).isEmpty();
        assertThat(ids("ada.ink")).containsExactly(ada.artistId());
        assertThat(index.count()).isEqualTo(2);

        store.upsertArtist(ArtistEdits.named(ada, "Ada Quillfeather"), List.of(Fixtures.image("ada-1", 0)));
        List<Record> update = stream.next();
        assertThat(update).extracting(Record::eventNameAsString).contains("MODIFY");
        assertThat(update.getFirst().dynamodb().hasOldImage()).isTrue();
        sync(update);
        assertThat(ids("quillfeather")).containsExactly(ada.artistId());

        store.updateArtistState(ArtistEdits.withStatus(bo, ArtistStatus.STALE));
        sync(stream.next());
        assertThat(ids("bo.lines")).isEmpty();
        assertThat(index.count()).isEqualTo(1);

        store.deleteArtist(ada.artistId());
        List<Record> deletes = stream.next();
        assertThat(deletes).extracting(Record::eventNameAsString).containsOnly("REMOVE");
        sync(deletes);
        assertThat(index.count()).isZero();
    }

    @Test
    void aMalformedRecordIsReportedAloneAndTheOthersApply() {
        store.upsertArtist(artist("cy.dots"), List.of());
        store.upsertArtist(artist("di.fineline"), List.of());
        List<DynamodbStreamRecord> records = new ArrayList<>(LambdaEvents.of(stream.next()).getRecords());
        DynamodbStreamRecord malformed = malformed("4900000000000000000000000001");
        records.add(1, malformed);

        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        StreamsEventResponse response = handler.handleRequest(event, null);

        assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactly("4900000000000000000000000001");
        assertThat(ids("cy.dots")).hasSize(1);
        assertThat(ids("di.fineline")).hasSize(1);
    }

    @Test
    void aChangeTheIndexRefusesIsReportedForEachOfItsRecordsAndTheOthersApply() {
        Artist refused = artist("eve.refused");
        StreamHandler refusing = new StreamHandler(new IndexUpdater(store, new RefusingIndex(index, refused.artistId()),
                denylist, new ArtistDocuments(StyleTaxonomy.bundled())));
        store.upsertArtist(artist("fay.accepted"), List.of());
        store.upsertArtist(refused, List.of(Fixtures.image("eve-1", 0)));
        List<Record> records = stream.next();
        List<String> refusedRecords = records.stream()
                .filter(r -> r.dynamodb().keys().get("PK").s().endsWith(refused.artistId()))
                .map(r -> r.dynamodb().sequenceNumber()).toList();
        assertThat(refusedRecords).hasSizeGreaterThan(1); // profile, image and style items

        StreamsEventResponse response = refusing.handleRequest(LambdaEvents.of(records), null);

        assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
                .containsExactlyElementsOf(refusedRecords);
        assertThat(ids("fay.accepted")).hasSize(1);
        assertThat(ids("eve.refused")).isEmpty();
    }

    @Test
    void itemsTheIndexDoesNotUseAndEmptyEventsChangeNothing() {
        assertThat(handler.handleRequest(new DynamodbEvent(), null).getBatchItemFailures()).isEmpty();
        DynamodbStreamRecord removal = new DynamodbStreamRecord();
        removal.setDynamodb(new StreamRecord().withSequenceNumber("1")
                .withKeys(Map.of("PK", new AttributeValue("REMOVAL#r1"), "SK", new AttributeValue("REQUEST"))));
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(removal));
        assertThat(handler.handleRequest(event, null).getBatchItemFailures()).isEmpty();
        assertThat(index.count()).isZero();
    }

    private StreamsEventResponse sync(List<Record> records) {
        return handler.handleRequest(LambdaEvents.of(records), null);
    }

    private List<String> ids(String text) {
        return index.search(ArtistQuery.builder().text(text).size(100).build()).items().stream()
                .map(ArtistHit::id).toList();
    }

    /** A record whose key holds a value of no key type (DynamoDB never sends one, a broken relay might). */
    private static DynamodbStreamRecord malformed(String sequence) {
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        record.setEventName("MODIFY");
        record.setDynamodb(new StreamRecord().withSequenceNumber(sequence)
                .withKeys(Map.of("PK", new AttributeValue().withBOOL(true), "SK", new AttributeValue("PROFILE"))));
        return record;
    }

    private static Artist artist(String handle) {
        return Fixtures.artist(handle, Set.of("blackwork"), "Leeds", Set.of());
    }
}
