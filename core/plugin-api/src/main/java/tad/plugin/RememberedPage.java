package tad.plugin;

import java.time.Instant;

/**
 * What a source kept of one fetched page: the page's validators and what the page yielded, in the source's own
 * encoding, so that a 304 on the next run still yields the same links and findings.
 *
 * @param validators the validators the page was fetched with
 * @param yield      the source's own record of the page (opaque to the host; the host caps its size)
 * @param fetchedAt  when the page was last fetched in full
 */
public record RememberedPage(Validators validators, byte[] yield, Instant fetchedAt) {
}
