package tad.plugin;

import java.time.Instant;
import java.util.List;

/**
 * What a source kept of one fetched page: the page's validators and what the page yielded, in the source's own
 * encoding, so that a 304 on the next run still yields the same links and findings.
 *
 * @param validators the validators the page was fetched with
 * @param yield      the source's own record of the page (opaque to the host; the host caps its size)
 * @param fetchedAt  when the page was last fetched in full
 * @param names      the Instagram handles the yield names: the host keeps no page naming a denylisted artist, and
 *                   keeps the others' names only as the denylist's keyed hashes, so that a removal finds and drops
 *                   every page that names the artist
 */
public record RememberedPage(Validators validators, byte[] yield, Instant fetchedAt, List<String> names) {

    public RememberedPage {
        names = names == null ? List.of() : List.copyOf(names);
    }

    /** A memory that names nobody (a redirect, a sitemap's URLs, a missing sitemap). */
    public RememberedPage(Validators validators, byte[] yield, Instant fetchedAt) {
        this(validators, yield, fetchedAt, List.of());
    }
}
