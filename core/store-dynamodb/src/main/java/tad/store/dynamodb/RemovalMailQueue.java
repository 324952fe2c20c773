package tad.store.dynamodb;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import tad.core.removal.MailRecord;
import tad.core.removal.OwedMail;

/**
 * The owed-mail half of {@link DynamoRemovalRequestStore}: find what is due, claim it, and settle it. Settling
 * deletes the owed item (and with it the address) in the same transaction that writes the outcome, on condition
 * that the item still exists, so a message two senders raced for is settled once.
 */
final class RemovalMailQueue {
    private final DynamoDbClient client;
    private final String table;

    RemovalMailQueue(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    List<OwedMail> owed(Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // '$' sorts right after '#': every item due at or before now, and none after
        String upTo = RemovalMailItems.DUE + DynamoRemovalRequestStore.sortableInstant(now) + "$";
        return client.query(q -> q.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", Attrs.s(RemovalMailItems.OWED_PARTITION),
                                ":from", Attrs.s(RemovalMailItems.DUE), ":to", Attrs.s(upTo)))
                        .limit(limit))
                .items().stream().map(RemovalMailItems::owed).toList();
    }

    boolean claim(OwedMail mail, Instant now, Instant until) {
        try {
            client.updateItem(u -> u.tableName(table).key(RemovalMailItems.owedKey(mail))
                    .updateExpression("SET #claim = :until")
                    .conditionExpression("attribute_exists(#pk) AND (attribute_not_exists(#claim) OR #claim < :now)")
                    .expressionAttributeNames(Map.of("#pk", Keys.PK, "#claim", RemovalMailItems.CLAIMED_UNTIL))
                    .expressionAttributeValues(Map.of(":until", Attrs.s(until.toString()),
                            ":now", Attrs.s(now.toString()))));
            return true;
        } catch (ConditionalCheckFailedException takenOrGone) {
            return false;
        }
    }

    void sent(OwedMail mail, Instant at) {
        settle(mail, new MailRecord(mail.kind(), MailRecord.State.SENT, at, mail.attempts(), Optional.empty()),
                Optional.empty());
    }

    void failed(OwedMail mail, String reason, Optional<Instant> retryAt, Instant at) {
        int attempts = mail.attempts() + 1;
        Optional<OwedMail> again = retryAt.map(when -> new OwedMail(mail.requestId(), mail.kind(), mail.address(),
                attempts, when));
        MailRecord.State state = again.isPresent() ? MailRecord.State.OWED : MailRecord.State.GAVE_UP;
        settle(mail, new MailRecord(mail.kind(), state, at, attempts, Optional.of(reason)), again);
    }

    List<MailRecord> records(String requestId) {
        return client.query(q -> q.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :mail)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoRemovalRequestStore.REMOVAL + requestId),
                                ":mail", Attrs.s(RemovalMailItems.recordPrefix()))))
                .items().stream().map(RemovalMailItems::record)
                .sorted(Comparator.comparing(MailRecord::kind)).toList();
    }

    private void settle(OwedMail mail, MailRecord outcome, Optional<OwedMail> owedAgain) {
        List<TransactWriteItem> writes = new java.util.ArrayList<>(List.of(
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(RemovalMailItems.owedKey(mail))
                        .conditionExpression("attribute_exists(" + Keys.PK + ")")).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table)
                        .item(RemovalMailItems.recordItem(mail.requestId(), outcome))).build()));
        owedAgain.ifPresent(next -> writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(RemovalMailItems.owedItem(next))).build()));
        try {
            client.transactWriteItems(t -> t.transactItems(writes));
        } catch (TransactionCanceledException settledMeanwhile) {
            // another sender settled it first; its outcome stands
        }
    }
}
