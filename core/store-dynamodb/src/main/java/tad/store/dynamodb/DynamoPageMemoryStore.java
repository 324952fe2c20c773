package tad.store.dynamodb;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.memory.PageMemoryStore;
import tad.plugin.RememberedPage;
import tad.plugin.Validators;

/**
 * Page memory in the table: one item per remembered page, {@code PK=PAGES#<site>}, {@code SK=<owner>#<url>}, with
 * the validators, the yield (binary, at most {@link PageMemoryStore#MAX_YIELD_BYTES}), when it was fetched and the
 * keyed hashes of the handles it names; and one item per name of a page, {@code PK=PAGENAME#<hash>},
 * {@code SK=<owner>#<url>}, with the page's site, so that a removal finds the sites naming an artist with one query.
 * One partition per site, so forgetting a site is one query and a batch of deletes. The index's stream follower
 * ignores these items (docs/data-model.md).
 */
public final class DynamoPageMemoryStore implements PageMemoryStore {
    static final String PAGES = "PAGES#";
    static final String PAGE_NAME = "PAGENAME#";
    static final String ENTITY_TYPE = "PAGE_MEMORY";
    static final String NAME_ENTITY_TYPE = "PAGE_MEMORY_NAME";
    private static final String ETAG = "etag";
    private static final String LAST_MODIFIED = "lastModified";
    private static final String YIELD = "yield";
    private static final String FETCHED_AT = "fetchedAt";
    private static final String NAMES = "names";
    private static final String SITE = "site";

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
    public void remember(String owner, URI page, RememberedPage memory, Set<String> names) {
        if (memory.yield().length > MAX_YIELD_BYTES) {
            return;
        }
        Set<String> before = table.get(key(owner, page)).map(item -> Attrs.set(item, NAMES)).orElse(Set.of());
        Map<String, AttributeValue> item = new HashMap<>(key(owner, page));
        item.put(Keys.ENTITY, Attrs.s(ENTITY_TYPE));
        Attrs.putIfPresent(item, ETAG, memory.validators().etag());
        Attrs.putIfPresent(item, LAST_MODIFIED, memory.validators().lastModified());
        item.put(YIELD, AttributeValue.fromB(SdkBytes.fromByteArray(memory.yield())));
        item.put(FETCHED_AT, Attrs.n(memory.fetchedAt().toEpochMilli()));
        Attrs.ss(names).ifPresent(set -> item.put(NAMES, set));
        List<Map<String, AttributeValue>> puts = new ArrayList<>();
        puts.add(item);
        names.forEach(name -> puts.add(nameItem(name, owner, page)));
        List<Map<String, AttributeValue>> deletes = before.stream().filter(name -> !names.contains(name))
                .map(name -> nameKey(name, owner + "#" + page)).toList();
        table.batchWrite(puts, deletes);
    }

    @Override
    public void forget(String owner, URI page) {
        table.get(key(owner, page)).ifPresent(item -> table.batchWrite(List.of(), keysOf(item)));
    }

    @Override
    public int forgetSite(URI site) {
        List<Map<String, AttributeValue>> pages = table.queryAll(PAGES + PageMemoryStore.siteOf(site), "");
        table.batchWrite(List.of(), pages.stream().flatMap(item -> keysOf(item).stream()).toList());
        return pages.size();
    }

    @Override
    public Set<String> sitesNaming(String name) {
        return table.queryAll(PAGE_NAME + name, "").stream().map(item -> Attrs.str(item, SITE))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A page item's key and the keys of its name items. */
    private static List<Map<String, AttributeValue>> keysOf(Map<String, AttributeValue> item) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK)));
        Attrs.set(item, NAMES).forEach(name -> keys.add(nameKey(name, item.get(Keys.SK).s())));
        return keys;
    }

    private static Map<String, AttributeValue> nameItem(String name, String owner, URI page) {
        Map<String, AttributeValue> item = new HashMap<>(nameKey(name, owner + "#" + page));
        item.put(Keys.ENTITY, Attrs.s(NAME_ENTITY_TYPE));
        item.put(SITE, Attrs.s(PageMemoryStore.siteOf(page)));
        return item;
    }

    private static Map<String, AttributeValue> nameKey(String name, String pageSk) {
        return Map.of(Keys.PK, Attrs.s(PAGE_NAME + name), Keys.SK, Attrs.s(pageSk));
    }

    private static Map<String, AttributeValue> key(String owner, URI page) {
        return Map.of(Keys.PK, Attrs.s(PAGES + PageMemoryStore.siteOf(page)), Keys.SK, Attrs.s(owner + "#" + page));
    }
}
