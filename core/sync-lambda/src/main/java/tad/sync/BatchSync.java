package tad.sync;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tad.core.sync.IndexUpdater;
import tad.core.sync.IndexUpdater.Change;

/**
 * Applies one batch of stream records to the index and says which records failed. Each distinct change is applied
 * once, in the order of its first record: {@link IndexUpdater} re-reads the current state, so the last write of a
 * batch wins whichever record named it. A failure is confined to the records that named the failing change.
 */
final class BatchSync {
    private static final Logger LOG = LoggerFactory.getLogger(BatchSync.class);
    private final IndexUpdater updater;

    BatchSync(IndexUpdater updater) {
        this.updater = updater;
    }

    /** @return the sequence numbers of the records that were not applied, in batch order */
    List<String> apply(List<DynamodbStreamRecord> records) {
        List<String> failed = new ArrayList<>();
        Map<Change, List<String>> changes = new LinkedHashMap<>();
        for (DynamodbStreamRecord record : records) {
            String sequence = sequenceNumber(record);
            try {
                Optional<Change> change = StreamRecordKeys.change(record.getDynamodb() == null ? null
                        : record.getDynamodb().getKeys());
                change.ifPresent(c -> changes.computeIfAbsent(c, k -> new ArrayList<>()).add(sequence));
            } catch (StreamRecordKeys.MalformedRecordException e) {
                LOG.warn("stream record {} ({}) is malformed: {}", sequence, record.getEventID(), e.getMessage());
                failed.add(sequence);
            }
        }
        List<String> applied = new ArrayList<>();
        changes.forEach((change, sequences) -> {
            try {
                updater.apply(change);
                applied.addAll(sequences);
            } catch (RuntimeException e) {
                // the store or the index refused this one: let Lambda retry from here, keep going with the rest
                LOG.warn("applying {} {} failed: {}", change.kind(), change.id(), e.toString());
                failed.addAll(sequences);
            }
        });
        if (!applied.isEmpty()) {
            flush(applied, failed);
        }
        return inBatchOrder(records, failed);
    }

    /** Writes are durable before the refresh; a failed refresh only delays visibility, but retrying is cheap. */
    private void flush(List<String> applied, List<String> failed) {
        try {
            updater.flush();
        } catch (RuntimeException e) {
            LOG.warn("refreshing the index failed, the batch's changes will be applied again: {}", e.toString());
            failed.addAll(applied);
        }
    }

    /**
     * A record without a sequence number cannot be named; Lambda treats an empty identifier as a failure of the
     * whole batch, which bisecting then narrows down.
     */
    private static String sequenceNumber(DynamodbStreamRecord record) {
        String sequence = record.getDynamodb() == null ? null : record.getDynamodb().getSequenceNumber();
        return sequence == null ? "" : sequence;
    }

    private static List<String> inBatchOrder(List<DynamodbStreamRecord> records, List<String> failed) {
        Set<String> wanted = new HashSet<>(failed);
        Set<String> ordered = new LinkedHashSet<>();
        for (DynamodbStreamRecord record : records) {
            String sequence = sequenceNumber(record);
            if (wanted.contains(sequence)) {
                ordered.add(sequence);
            }
        }
        return List.copyOf(ordered);
    }
}
