package tad.store.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import tad.core.sync.IndexFollower;
import tad.core.sync.IndexUpdater;
import tad.core.sync.IndexUpdater.Change;

/**
 * Follows the table's DynamoDB stream (DynamoDB Local's when embedded) and keeps the search index in line with it.
 * Each poll reads every shard from its saved position, applies each distinct change once, then saves the new
 * positions, so a restart resumes without loss (changes are re-read from the store, so re-applying is harmless).
 */
public final class DynamoStreamFollower implements IndexFollower {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoStreamFollower.class);
    private final DynamoConnection connection;
    private final IndexUpdater updater;
    private final StreamPositionFile positions;

    public DynamoStreamFollower(DynamoConnection connection, IndexUpdater updater, StreamPositionFile positions) {
        this.connection = connection;
        this.updater = updater;
        this.positions = positions;
    }

    @Override
    public int catchUp() {
        return poll();
    }

    /** Applies everything new on the stream; returns how many stream records were read. */
    public synchronized int poll() {
        Map<String, String> at = positions.read();
        Set<Change> changes = new LinkedHashSet<>();
        int records = 0;
        for (Shard shard : shards()) {
            for (Record r : read(shard, at.get(shard.shardId()))) {
                records++;
                StreamChanges.of(r.dynamodb().keys()).ifPresent(changes::add);
                at.put(shard.shardId(), r.dynamodb().sequenceNumber());
            }
        }
        changes.forEach(updater::apply);
        if (!changes.isEmpty()) {
            updater.flush();
        }
        if (records > 0) {
            positions.write(at);
        }
        return records;
    }

    /** Stream records not yet applied, and when the oldest of them was written. */
    @Override
    public synchronized Lag lag() {
        Map<String, String> at = positions.read();
        int pending = 0;
        Optional<Instant> oldest = Optional.empty();
        for (Shard shard : shards()) {
            for (Record r : read(shard, at.get(shard.shardId()))) {
                pending++;
                Instant written = r.dynamodb().approximateCreationDateTime();
                if (written != null && (oldest.isEmpty() || written.isBefore(oldest.get()))) {
                    oldest = Optional.of(written);
                }
            }
        }
        return new Lag(pending, oldest);
    }

    /**
     * Moves past every record pending now, for a rebuild that re-reads the whole store ({@code IndexRebuild}); not
     * part of {@link tad.core.sync.IndexFollower}, since only the follower in the index's writer can do it.
     */
    public synchronized void skipToLatest() {
        Map<String, String> at = positions.read();
        for (Shard shard : shards()) {
            List<Record> pending = read(shard, at.get(shard.shardId()));
            if (!pending.isEmpty()) {
                at.put(shard.shardId(), pending.get(pending.size() - 1).dynamodb().sequenceNumber());
            }
        }
        positions.write(at);
    }

    private List<Shard> shards() {
        String arn = connection.client().describeTable(b -> b.tableName(connection.table())).table()
                .latestStreamArn();
        DynamoDbStreamsClient streams = connection.streams();
        List<Shard> shards = new ArrayList<>();
        String start = null;
        do {
            String from = start;
            var description = streams.describeStream(b -> b.streamArn(arn).exclusiveStartShardId(from))
                    .streamDescription();
            shards.addAll(description.shards());
            start = description.lastEvaluatedShardId();
        } while (start != null);
        return shards;
    }

    private List<Record> read(Shard shard, String afterSequence) {
        DynamoDbStreamsClient streams = connection.streams();
        String arn = connection.client().describeTable(b -> b.tableName(connection.table())).table()
                .latestStreamArn();
        String iterator;
        try {
            iterator = streams.getShardIterator(b -> {
                b.streamArn(arn).shardId(shard.shardId());
                if (afterSequence == null) {
                    b.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
                } else {
                    b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(afterSequence);
                }
            }).shardIterator();
        } catch (TrimmedDataAccessException e) {
            LOG.warn("stream position {} is older than the stream keeps; run `tad index rebuild`", afterSequence);
            iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        }
        List<Record> out = new ArrayList<>();
        while (iterator != null) {
            String current = iterator;
            var page = streams.getRecords(b -> b.shardIterator(current).limit(1000));
            out.addAll(page.records());
            // an open shard always returns a next iterator: stop when a page is empty
            iterator = page.records().isEmpty() ? null : page.nextShardIterator();
        }
        return out;
    }
}
