package tad.store.dynamodb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import tad.core.removal.MailKind;
import tad.core.removal.MailRecord;
import tad.core.removal.OwedMail;
import tad.core.removal.RemovalRequest;
import tad.core.removal.RemovalRequestStore;

/**
 * Removal requests in the single table. Each request is one item, {@code PK=SK=REMOVAL#{id}}; while it is pending a
 * second, key-only item {@code PK=REMOVAL#QUEUE, SK=PENDING#{createdAt}#{id}} lists it, so the review queue is one
 * Query in creation order rather than a scan. Both items are written and the listing item deleted in one
 * transaction, so the queue never shows a decided request nor misses a pending one; the same transactions owe the
 * requester's e-mails ({@link RemovalMailItems}). Every partition key written here starts with {@code REMOVAL#}, the
 * only keys the serving API's role may put (docs/architecture.md, "Security").
 */
public final class DynamoRemovalRequestStore implements RemovalRequestStore {
    static final String REMOVAL = "REMOVAL#";
    static final String REMOVALS_PARTITION = REMOVAL + "QUEUE";
    static final String PENDING = "PENDING#";
    static final String ENTITY_TYPE = "RemovalRequest";

    private static final String ID = "id";
    private static final String HANDLE = "instagramHandle";
    private static final String ARTIST_ID = "artistId";
    private static final String EMAIL = "email";
    private static final String REASON = "reason";
    private static final String CREATED_AT = "createdAt";
    private static final String APPROVED = "approved";
    private static final String DECIDED_AT = "decidedAt";
    private static final String NOTE = "decisionNote";

    private final DynamoDbClient client;
    private final String table;
    private final RemovalMailQueue mail;

    public DynamoRemovalRequestStore(DynamoConnection connection) {
        this(connection.client(), connection.table());
    }

    DynamoRemovalRequestStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
        this.mail = new RemovalMailQueue(client, table);
    }

    @Override
    public void save(RemovalRequest request) {
        if (!request.isPending()) {
            throw new IllegalArgumentException("only pending requests are saved; decide() records decisions");
        }
        List<TransactWriteItem> writes = new ArrayList<>(List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(toItem(request))
                        .conditionExpression("attribute_not_exists(" + Keys.PK + ")")).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(pendingItem(request))).build()));
        request.email().ifPresent(address -> writes.addAll(List.of(RemovalMailItems.owe(table,
                new OwedMail(request.id(), MailKind.ACKNOWLEDGEMENT, address, 0, request.createdAt())))));
        try {
            client.transactWriteItems(t -> t.transactItems(writes));
        } catch (TransactionCanceledException exists) {
            throw new IllegalStateException("a removal request with id " + request.id() + " exists already");
        }
    }

    @Override
    public Optional<RemovalRequest> get(String id) {
        Map<String, AttributeValue> item = client.getItem(g -> g.tableName(table).key(key(id)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public List<RemovalRequest> pending(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        QueryResponse listing = client.query(q -> q.tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :pending)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", Attrs.s(REMOVALS_PARTITION), ":pending", Attrs.s(PENDING)))
                .scanIndexForward(true)
                .limit(limit));
        List<RemovalRequest> requests = new ArrayList<>();
        for (Map<String, AttributeValue> entry : listing.items()) {
            // a listing entry whose request was decided in between is skipped, not shown as pending
            get(Attrs.str(entry, ID)).filter(RemovalRequest::isPending).ifPresent(requests::add);
        }
        return requests;
    }

    @Override
    public Optional<RemovalRequest> decide(String id, RemovalRequest.Decision decision) {
        Optional<RemovalRequest> current = get(id);
        if (current.isEmpty() || !current.get().isPending()) {
            return current;
        }
        RemovalRequest decided = current.get().decided(decision);
        List<TransactWriteItem> writes = new ArrayList<>(List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(toItem(decided))
                        .conditionExpression("attribute_exists(" + Keys.PK + ") AND attribute_not_exists("
                                + DECIDED_AT + ")")).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(pendingKey(current.get()))).build()));
        current.get().email().ifPresent(address -> writes.addAll(List.of(RemovalMailItems.owe(table,
                new OwedMail(id, MailKind.DECISION, address, 0, decision.at())))));
        try {
            client.transactWriteItems(t -> t.transactItems(writes));
            return Optional.of(decided);
        } catch (TransactionCanceledException decidedMeanwhile) {
            // another operator decided first; theirs stands
            return get(id);
        }
    }

    @Override
    public List<OwedMail> owedMail(Instant now, int limit) {
        return mail.owed(now, limit);
    }

    @Override
    public boolean claimMail(OwedMail owed, Instant now, Instant until) {
        return mail.claim(owed, now, until);
    }

    @Override
    public void mailSent(OwedMail owed, Instant at) {
        mail.sent(owed, at);
    }

    @Override
    public void mailFailed(OwedMail owed, String reason, Optional<Instant> retryAt, Instant at) {
        mail.failed(owed, reason, retryAt, at);
    }

    @Override
    public List<MailRecord> mailRecords(String requestId) {
        return mail.records(requestId);
    }

    private Map<String, AttributeValue> toItem(RemovalRequest request) {
        Map<String, AttributeValue> item = new HashMap<>(key(request.id()));
        item.put(Keys.ENTITY, Attrs.s(ENTITY_TYPE));
        item.put(ID, Attrs.s(request.id()));
        Attrs.putIfPresent(item, HANDLE, request.instagramHandle());
        Attrs.putIfPresent(item, ARTIST_ID, request.artistId());
        Attrs.putIfPresent(item, EMAIL, request.email());
        item.put(REASON, Attrs.s(request.reason()));
        item.put(CREATED_AT, Attrs.s(request.createdAt().toString()));
        request.decision().ifPresent(d -> {
            item.put(APPROVED, Attrs.bool(d.approved()));
            item.put(DECIDED_AT, Attrs.s(d.at().toString()));
            item.put(NOTE, Attrs.s(d.note()));
        });
        return item;
    }

    private static RemovalRequest fromItem(Map<String, AttributeValue> item) {
        Optional<RemovalRequest.Decision> decision = Attrs.optStr(item, DECIDED_AT).map(at ->
                new RemovalRequest.Decision(Attrs.bool(item, APPROVED), Instant.parse(at), Attrs.str(item, NOTE)));
        return new RemovalRequest(Attrs.str(item, ID), Attrs.optStr(item, HANDLE), Attrs.optStr(item, ARTIST_ID),
                Attrs.optStr(item, EMAIL), Attrs.str(item, REASON), Instant.parse(Attrs.str(item, CREATED_AT)),
                decision);
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of(Keys.PK, Attrs.s(REMOVAL + id), Keys.SK, Attrs.s(REMOVAL + id));
    }

    private static Map<String, AttributeValue> pendingItem(RemovalRequest request) {
        Map<String, AttributeValue> item = new HashMap<>(pendingKey(request));
        item.put(Keys.ENTITY, Attrs.s("PendingRemoval"));
        item.put(ID, Attrs.s(request.id()));
        return item;
    }

    private static Map<String, AttributeValue> pendingKey(RemovalRequest request) {
        return Map.of(Keys.PK, Attrs.s(REMOVALS_PARTITION),
                Keys.SK, Attrs.s(PENDING + sortableInstant(request.createdAt()) + "#" + request.id()));
    }

    /** Fixed-width seconds and nanoseconds, so that text order is time order (ISO strings vary in length). */
    static String sortableInstant(Instant at) {
        return String.format("%012d.%09d", at.getEpochSecond(), at.getNano());
    }
}
