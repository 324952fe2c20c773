package tad.core.notice;

import java.time.Instant;
import java.util.Set;

/**
 * What the studios were told about which artists (GDPR Art. 14 notices), as keyed hashes only: neither an address
 * nor an artist id is kept in clear, so the ledger names nobody and survives every purge. A recipient is one
 * studio at one address; its notice is not repeated unless an artist it was not told about appears. Adapters:
 * DynamoDB ({@code DynamoNoticeLedger}); every adapter passes {@code NoticeLedgerContract}.
 */
public interface NoticeLedger {

    /** The artists (keyed hashes) the recipient has been told about; empty for a recipient never written to. */
    Set<String> notifiedArtists(String recipientHash);

    /** Records that a notice listing these artists reached the recipient. */
    void recordNotice(String recipientHash, Set<String> artistHashes, Instant at);
}
