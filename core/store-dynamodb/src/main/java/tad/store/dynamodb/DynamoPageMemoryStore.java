package tad.store.dynamodb;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.memory.PageMemoryStore;
import tad.plugin.RememberedPage;
import tad.plugin.Validators;

/**
 * Page memory in the table: one item per remembered page, {@code PK=PAGES#<site>}, {@code SK=<owner>#<url>}, with
 * the validators, the yield (binary, at most {@link PageMemoryStore#MAX_YIELD_BYTES}) and when it was fetched. One
 * partition per site, so forgetting a site is one query and a batch of deletes. The index's stream follower ignores
 * these items (docs/data-model.md).
 */
public final class DynamoPageMemoryStore implements PageMemoryStore {
    static final String PAGES = "PAGES#";
    static final String ENTITY_TYPE = "PAGE_MEMORY";
    private static final String ETAG = "etag";
    private static final String LAST_MODIFIED = "lastModified";
    private static final String YIELD = "yield";
    private static final String FETCHED_AT = "fetchedAt";

    private final Table table;

    public DynamoPageMemoryStore(DynamoConnection connection) {
        this.table = new Table(connection.client(), connection.table());
    }

    @Override
    public Optional<RememberedPage> recall(String owner, URI page) {
        return table.get(key(owner, page)).map(item -> new RememberedPage(
                new Validators(Attrs.optStr(item, ETAG), Attrs.optStr(item, LAST_MODIFIED)),
                item.containsKey(YIELD) ? item.get(YIELD).b().asByteArray() : new byte[0],
                Instant.ofEpochMilli(Attrs.num(item, FETCHED_AT, 0))));
    }

    @Override
    public void remember(String owner, URI page, RememberedPage memory) {
        if (memory.yield().length > MAX_YIELD_BYTES) {
            return;
        }
        Map<String, AttributeValue> item = new HashMap<>(key(owner, page));
        item.put(Keys.ENTITY, Attrs.s(ENTITY_TYPE));
        Attrs.putIfPresent(item, ETAG, memory.validators().etag());
        Attrs.putIfPresent(item, LAST_MODIFIED, memory.validators().lastModified());
        item.put(YIELD, AttributeValue.fromB(SdkBytes.fromByteArray(memory.yield())));
        item.put(FETCHED_AT, Attrs.n(memory.fetchedAt().toEpochMilli()));
        table.put(item);
    }

    @Override
    public int forgetSite(URI site) {
        List<Map<String, AttributeValue>> keys = table.queryAll(PAGES + PageMemoryStore.siteOf(site), "").stream()
                .map(item -> Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK))).toList();
        table.batchWrite(List.of(), keys);
        return keys.size();
    }

    private static Map<String, AttributeValue> key(String owner, URI page) {
        return Map.of(Keys.PK, Attrs.s(PAGES + PageMemoryStore.siteOf(page)), Keys.SK, Attrs.s(owner + "#" + page));
    }
}
