package tad.store.dynamodb;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import tad.core.removal.MailKind;
import tad.core.removal.MailRecord;
import tad.core.removal.OwedMail;

/**
 * The items of the e-mails owed to removal requesters. An owed message is one item
 * {@code PK=REMOVAL#MAIL, SK=DUE#{dueAt}#{requestId}#{kind}} holding the address, so the sender finds what is due
 * with one Query in due order; its record (no address) is {@code PK=REMOVAL#{id}, SK=MAIL#{kind}}. Both partitions
 * start with {@code REMOVAL#}: the serving API, which may write nothing else, owes the acknowledgement itself.
 */
final class RemovalMailItems {
    static final String OWED_PARTITION = DynamoRemovalRequestStore.REMOVAL + "MAIL";
    static final String DUE = "DUE#";
    private static final String RECORD = "MAIL#";
    private static final String REQUEST_ID = "requestId";
    private static final String KIND = "kind";
    private static final String EMAIL = "email";
    private static final String ATTEMPTS = "attempts";
    private static final String DUE_AT = "dueAt";
    static final String CLAIMED_UNTIL = "claimedUntil";
    private static final String STATE = "state";
    private static final String AT = "at";
    private static final String REASON = "lastReason";

    private RemovalMailItems() {
    }

    static Map<String, AttributeValue> owedKey(OwedMail mail) {
        return Map.of(Keys.PK, Attrs.s(OWED_PARTITION), Keys.SK, Attrs.s(DUE
                + DynamoRemovalRequestStore.sortableInstant(mail.dueAt()) + "#" + mail.requestId() + "#" + mail.kind()));
    }

    static Map<String, AttributeValue> owedItem(OwedMail mail) {
        Map<String, AttributeValue> item = new HashMap<>(owedKey(mail));
        item.put(Keys.ENTITY, Attrs.s("OwedRemovalMail"));
        item.put(REQUEST_ID, Attrs.s(mail.requestId()));
        item.put(KIND, Attrs.s(mail.kind().name()));
        item.put(EMAIL, Attrs.s(mail.address()));
        item.put(ATTEMPTS, Attrs.n(mail.attempts()));
        item.put(DUE_AT, Attrs.s(mail.dueAt().toString()));
        return item;
    }

    static OwedMail owed(Map<String, AttributeValue> item) {
        return new OwedMail(Attrs.str(item, REQUEST_ID), MailKind.valueOf(Attrs.str(item, KIND)), Attrs.str(item, EMAIL),
                (int) Attrs.num(item, ATTEMPTS, 0), Instant.parse(Attrs.str(item, DUE_AT)));
    }

    static Map<String, AttributeValue> recordKey(String requestId, MailKind kind) {
        return Map.of(Keys.PK, Attrs.s(DynamoRemovalRequestStore.REMOVAL + requestId), Keys.SK,
                Attrs.s(RECORD + kind.name()));
    }

    static Map<String, AttributeValue> recordItem(String requestId, MailRecord record) {
        Map<String, AttributeValue> item = new HashMap<>(recordKey(requestId, record.kind()));
        item.put(Keys.ENTITY, Attrs.s("RemovalMailRecord"));
        item.put(KIND, Attrs.s(record.kind().name()));
        item.put(STATE, Attrs.s(record.state().name()));
        item.put(AT, Attrs.s(record.at().toString()));
        item.put(ATTEMPTS, Attrs.n(record.attempts()));
        Attrs.putIfPresent(item, REASON, record.lastReason());
        return item;
    }

    static MailRecord record(Map<String, AttributeValue> item) {
        return new MailRecord(MailKind.valueOf(Attrs.str(item, KIND)), MailRecord.State.valueOf(Attrs.str(item, STATE)),
                Instant.parse(Attrs.str(item, AT)), (int) Attrs.num(item, ATTEMPTS, 0), Attrs.optStr(item, REASON));
    }

    static String recordPrefix() {
        return RECORD;
    }

    /** A new owed message and its record, as two puts of one transaction. */
    static TransactWriteItem[] owe(String table, OwedMail mail) {
        MailRecord record = new MailRecord(mail.kind(), MailRecord.State.OWED, mail.dueAt(), 0, Optional.empty());
        return new TransactWriteItem[] {
                TransactWriteItem.builder().put(p -> p.tableName(table).item(owedItem(mail))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(recordItem(mail.requestId(), record)))
                        .build()};
    }
}
