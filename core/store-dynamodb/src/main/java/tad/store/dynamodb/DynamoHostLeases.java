package tad.store.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import tad.core.politeness.HostLeases;

/**
 * Host leases shared by every worker through the table: one item per host ({@code PK=HOST#host, SK=LEASE}) holding
 * the instant the next request may start. A grant is one conditional UpdateItem (condition: no item yet, or its
 * instant has passed), so of several workers asking at once exactly one wins; the others learn from the failed
 * condition's old item how long to wait, without a second read. One write per granted request; a refused ask costs
 * a write unit too, which is why callers sleep the returned wait instead of spinning.
 *
 * <p>Instants come from each worker's clock, so the interval between two workers is only as exact as their clocks
 * agree; Fargate tasks are NTP-synchronised (Amazon Time Sync) to well under the one-second default interval.
 */
public final class DynamoHostLeases implements HostLeases {
    static final String HOST = "HOST#";
    static final String LEASE = "LEASE";
    static final String ENTITY_TYPE = "HOST_LEASE";
    static final String NEXT_ALLOWED = "nextAllowedAt";
    /** Epoch seconds a day past the lease: a TTL on this attribute (if the table has one) clears forgotten hosts. */
    static final String EXPIRES = "expiresAt";

    private final Table table;
    private final Clock clock;

    public DynamoHostLeases(DynamoConnection connection, Clock clock) {
        this.table = new Table(connection.client(), connection.table());
        this.clock = clock;
    }

    @Override
    public Optional<Duration> tryAcquire(String hostKey, Duration interval) {
        Instant now = clock.instant();
        Instant next = now.plus(interval);
        try {
            table.client().updateItem(b -> b.tableName(table.name()).key(key(hostKey))
                    .updateExpression("SET #next = :next, #type = :type, #expires = :expires")
                    .conditionExpression("attribute_not_exists(#next) OR #next <= :now")
                    .expressionAttributeNames(Map.of("#next", NEXT_ALLOWED, "#type", Keys.ENTITY,
                            "#expires", EXPIRES))
                    .expressionAttributeValues(Map.of(
                            ":next", Attrs.n(next.toEpochMilli()),
                            ":now", Attrs.n(now.toEpochMilli()),
                            ":type", Attrs.s(ENTITY_TYPE),
                            ":expires", Attrs.n(next.plus(Duration.ofDays(1)).getEpochSecond())))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException held) {
            Map<String, AttributeValue> old = held.hasItem() ? held.item()
                    : table.get(key(hostKey)).orElse(Map.of());
            long nextAllowed = Attrs.num(old, NEXT_ALLOWED, now.toEpochMilli());
            // at least a millisecond, so a caller that sleeps the answer always asks again later, never at once
            return Optional.of(Duration.ofMillis(Math.max(1, nextAllowed - now.toEpochMilli())));
        }
    }

    private static Map<String, AttributeValue> key(String hostKey) {
        return Map.of(Keys.PK, Attrs.s(HOST + hostKey), Keys.SK, Attrs.s(LEASE));
    }
}
