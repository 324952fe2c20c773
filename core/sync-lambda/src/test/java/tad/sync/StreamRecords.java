package tad.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import tad.store.dynamodb.DynamoConnection;

/**
 * Reads the table's real stream records from DynamoDB Local with the streams client, as Lambda's poller does on AWS,
 * handing out each record once.
 */
final class StreamRecords {
    private final DynamoConnection dynamo;
    private final Set<String> delivered = new HashSet<>();

    StreamRecords(DynamoConnection dynamo) {
        this.dynamo = dynamo;
    }

    /** Every record written since the last call, shard by shard, in stream order. */
    List<Record> next() {
        String arn = dynamo.client().describeTable(b -> b.tableName(dynamo.table())).table().latestStreamArn();
        List<Record> out = new ArrayList<>();
        for (Shard shard : dynamo.streams().describeStream(b -> b.streamArn(arn)).streamDescription().shards()) {
            String iterator = dynamo.streams().getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (iterator != null) {
                String current = iterator;
                var page = dynamo.streams().getRecords(b -> b.shardIterator(current).limit(1000));
                page.records().stream().filter(r -> delivered.add(r.dynamodb().sequenceNumber())).forEach(out::add);
                // an open shard always hands out a next iterator: an empty page means caught up
                iterator = page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        return out;
    }
}
