package tad.store.dynamodb;

import static tad.store.dynamodb.Attrs.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.governance.AuditTrail;

/** The audit trail in one partition ({@code PK=AUDIT, SK=<at>#<requestId>#<action>}); keyed hashes only. */
public final class DynamoAuditTrail implements AuditTrail {
    private static final String PARTITION = "AUDIT";
    private final Table table;

    public DynamoAuditTrail(DynamoConnection connection) {
        this.table = new Table(connection.client(), connection.table());
    }

    @Override
    public void record(Entry e) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(PARTITION));
        item.put(Keys.SK, s(e.at() + "#" + e.requestId() + "#" + e.action()));
        item.put(Keys.ENTITY, s("audit"));
        item.put("requestId", s(e.requestId()));
        item.put("at", s(e.at().toString()));
        item.put("action", s(e.action()));
        item.put("identifierHash", s(e.identifierHash()));
        item.put("detail", s(e.detail()));
        table.put(item);
    }

    @Override
    public List<Entry> recent(int limit) {
        return table.queryAll(PARTITION, "", false).stream().limit(limit)
                .map(i -> new Entry(Attrs.str(i, "requestId"), Instant.parse(Attrs.str(i, "at")),
                        Attrs.str(i, "action"), Attrs.str(i, "identifierHash"), Attrs.str(i, "detail")))
                .toList();
    }
}
