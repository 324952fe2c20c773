package tad.store.dynamodb;

import static tad.store.dynamodb.Attrs.s;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import tad.core.store.DenylistStore;

/**
 * Denylist entries in one partition ({@code PK=DENYLIST, SK=HASH#<hmac>}): a key lookup answers "is it denied?"
 * and a single-partition query lists them, with no scan. Only keyed hashes are stored.
 */
public final class DynamoDenylistStore implements DenylistStore {
    private final Table table;

    public DynamoDenylistStore(DynamoConnection connection) {
        this.table = new Table(connection.client(), connection.table());
    }

    private static Map<String, AttributeValue> key(String hash) {
        return Map.of(Keys.PK, s(Keys.DENYLIST_PARTITION), Keys.SK, s(Keys.HASH + hash));
    }

    @Override
    public boolean add(String hash, String kind, Instant at) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(hash));
        item.put(Keys.ENTITY, s("denylist"));
        item.put("hash", s(hash));
        item.put("kind", s(kind));
        item.put("addedAt", s(at.toString()));
        try {
            table.client().putItem(b -> b.tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK)));
            return true;
        } catch (ConditionalCheckFailedException alreadyThere) {
            return false;
        }
    }

    @Override
    public boolean remove(String hash) {
        var response = table.client().deleteItem(b -> b.tableName(table.name()).key(key(hash))
                .returnValues(ReturnValue.ALL_OLD));
        return response.hasAttributes() && !response.attributes().isEmpty();
    }

    @Override
    public boolean contains(String hash) {
        return table.get(key(hash)).isPresent();
    }

    @Override
    public boolean containsAny(java.util.Collection<String> hashes) {
        List<Map<String, AttributeValue>> keys = hashes.stream().distinct().map(DynamoDenylistStore::key).toList();
        return !keys.isEmpty() && !table.batchGet(keys).isEmpty();
    }

    @Override
    public List<Entry> list() {
        return table.queryAll(Keys.DENYLIST_PARTITION, Keys.HASH).stream()
                .map(i -> new Entry(Attrs.str(i, "hash"), Attrs.str(i, "kind"), Instant.parse(Attrs.str(i, "addedAt"))))
                .toList();
    }
}
