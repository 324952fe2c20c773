package tad.store.dynamodb;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import tad.core.store.CrawlLeases;

/**
 * Crawl leases in the table: one item per area ({@code PK=CRAWL_LEASE#area, SK=LEASE}), written by one conditional
 * PutItem (no item, an expired one, or the named holder's), so of two crawls taking an area at once one wins.
 */
public final class DynamoCrawlLeases implements CrawlLeases {
    static final String PREFIX = "CRAWL_LEASE#";
    static final String LEASE = "LEASE";
    static final String ENTITY_TYPE = "CRAWL_LEASE";
    private static final String HOLDER = "holder";
    private static final String HOST = "host";
    private static final String PID = "pid";
    private static final String EXPIRES_MS = "expiresAtMs";

    private final Table table;

    public DynamoCrawlLeases(DynamoConnection connection) {
        this.table = new Table(connection.client(), connection.table());
    }

    @Override
    public boolean tryPut(String area, Lease lease, Instant now, Optional<String> replacing) {
        Map<String, AttributeValue> item = new HashMap<>(key(area));
        item.put(Keys.ENTITY, Attrs.s(ENTITY_TYPE));
        item.put(HOLDER, Attrs.s(lease.holder()));
        item.put(HOST, Attrs.s(lease.host()));
        item.put(PID, Attrs.n(lease.pid()));
        item.put(EXPIRES_MS, Attrs.n(lease.expiresAt().toEpochMilli()));
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":now", Attrs.n(now.toEpochMilli()));
        values.put(":holder", Attrs.s(replacing.orElse("")));
        try {
            table.client().putItem(b -> b.tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #expires < :now OR #holder = :holder")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#expires", EXPIRES_MS, "#holder", HOLDER))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException held) {
            return false;
        }
    }

    @Override
    public Optional<Lease> current(String area) {
        return table.get(key(area)).map(item -> new Lease(Attrs.str(item, HOLDER), Attrs.str(item, HOST),
                Attrs.num(item, PID, 0), Instant.ofEpochMilli(Attrs.num(item, EXPIRES_MS, 0))));
    }

    @Override
    public void release(String area, String holder) {
        try {
            table.client().deleteItem(b -> b.tableName(table.name()).key(key(area))
                    .conditionExpression("#holder = :holder")
                    .expressionAttributeNames(Map.of("#holder", HOLDER))
                    .expressionAttributeValues(Map.of(":holder", Attrs.s(holder))));
        } catch (ConditionalCheckFailedException taken) {
            // another crawl holds it now: not ours to remove
        }
    }

    private static Map<String, AttributeValue> key(String area) {
        return Map.of(Keys.PK, Attrs.s(PREFIX + area), Keys.SK, Attrs.s(LEASE));
    }
}
