package tad.core.notice;

import java.util.Locale;
import tad.core.denylist.DenylistKey;

/**
 * The keyed hashes of the notice ledger (HMAC-SHA-256 with the deployment's denylist secret, as the denylist's own,
 * each kind of value under its own label so the hashes of one kind say nothing about another).
 */
public final class NoticeKeys {
    private final DenylistKey key;

    public NoticeKeys(DenylistKey key) {
        this.key = key;
    }

    /** One studio at one address: a studio that changes its address is a new recipient and is told again. */
    public String recipient(String studioId, String address) {
        return key.hash("notice-recipient", studioId + "|" + address.strip().toLowerCase(Locale.ROOT));
    }

    public String artist(String artistId) {
        return key.hash("notice-artist", artistId);
    }
}
