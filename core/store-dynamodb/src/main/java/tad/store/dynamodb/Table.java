package tad.store.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** The few table operations the stores share: key reads, partition queries, puts, deletes. */
final class Table {
    private final DynamoDbClient client;
    private final String name;

    Table(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
    }

    DynamoDbClient client() {
        return client;
    }

    String name() {
        return name;
    }

    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        var response = client.getItem(b -> b.tableName(name).key(key).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /**
     * Items by key in as few BatchGetItem calls as it takes (at most 100 keys each, DynamoDB's limit), retrying
     * unprocessed keys; consistent reads.
     */
    List<Map<String, AttributeValue>> batchGet(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 100) {
            out.addAll(batchGetChunk(keys.subList(from, Math.min(from + 100, keys.size()))));
        }
        return out;
    }

    private List<Map<String, AttributeValue>> batchGetChunk(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        List<Map<String, AttributeValue>> pending = keys;
        int rounds = 0;
        while (!pending.isEmpty()) {
            List<Map<String, AttributeValue>> ask = pending;
            var response = client.batchGetItem(b -> b.requestItems(Map.of(name,
                    software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder().keys(ask)
                            .consistentRead(true).build())));
            out.addAll(response.responses().getOrDefault(name, List.of()));
            var unprocessed = response.unprocessedKeys().get(name);
            pending = unprocessed == null ? List.of() : unprocessed.keys();
            if (++rounds > 10 && !pending.isEmpty()) {
                throw new IllegalStateException("DynamoDB left " + pending.size() + " keys unprocessed");
            }
        }
        return out;
    }

    /**
     * Puts and deletes in BatchWriteItem calls of up to 25, retrying unprocessed items: an artist's profile, images,
     * style entries and roster links in one or two round trips instead of one each. Not atomic, like separate puts.
     */
    void batchWrite(List<Map<String, AttributeValue>> puts, List<Map<String, AttributeValue>> deleteKeys) {
        List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> requests = new ArrayList<>();
        puts.forEach(item -> requests.add(software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                .putRequest(p -> p.item(item)).build()));
        deleteKeys.forEach(key -> requests.add(software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                .deleteRequest(d -> d.key(key)).build()));
        for (int from = 0; from < requests.size(); from += 25) {
            List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> chunk =
                    requests.subList(from, Math.min(from + 25, requests.size()));
            int rounds = 0;
            while (!chunk.isEmpty()) {
                List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> ask = chunk;
                var response = client.batchWriteItem(b -> b.requestItems(Map.of(name, ask)));
                chunk = response.unprocessedItems().getOrDefault(name, List.of());
                if (++rounds > 10 && !chunk.isEmpty()) {
                    throw new IllegalStateException("DynamoDB left " + chunk.size() + " writes unprocessed");
                }
            }
        }
    }

    void put(Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(name).item(item));
    }

    void delete(Map<String, AttributeValue> key) {
        client.deleteItem(b -> b.tableName(name).key(key));
    }

    /** Every item of a partition whose sort key starts with the prefix ("" for all), following page tokens. */
    List<Map<String, AttributeValue>> queryAll(String pk, String skPrefix) {
        return queryAll(pk, skPrefix, true);
    }

    List<Map<String, AttributeValue>> queryAll(String pk, String skPrefix, boolean ascending) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder q = QueryRequest.builder().tableName(name).consistentRead(true)
                    .scanIndexForward(ascending)
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK));
            if (skPrefix.isEmpty()) {
                q.keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", Keys.PK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)));
            } else {
                q.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk),
                                ":prefix", AttributeValue.fromS(skPrefix)));
            }
            if (start != null) {
                q.exclusiveStartKey(start);
            }
            QueryResponse page = client.query(q.build());
            out.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    /** One page of a secondary index's partition, sort keys starting with a prefix (eventually consistent). */
    QueryResponse queryIndex(String index, String pkAttribute, String pk, String skAttribute, String skPrefix,
                             Optional<String> pageToken, int limit) {
        QueryRequest.Builder q = QueryRequest.builder().tableName(name).indexName(index).limit(limit)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", pkAttribute, "#sk", skAttribute))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":prefix",
                        AttributeValue.fromS(skPrefix)));
        pageToken.ifPresent(t -> q.exclusiveStartKey(PageTokens.decode(t)));
        return client.query(q.build());
    }

    /** A page of one entity type; maintenance paths only (index rebuild, retention), never request paths. */
    ScanResponse scanEntity(String entityType, Optional<String> pageToken, int limit) {
        ScanRequest.Builder scan = ScanRequest.builder().tableName(name).limit(limit)
                .filterExpression("#t = :t")
                .expressionAttributeNames(Map.of("#t", Keys.ENTITY))
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(entityType)));
        pageToken.ifPresent(t -> scan.exclusiveStartKey(PageTokens.decode(t)));
        return client.scan(scan.build());
    }
}
