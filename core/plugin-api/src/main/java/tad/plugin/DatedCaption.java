package tad.plugin;

import java.time.Instant;
import java.util.Optional;

/**
 * A post's caption with the time it was posted, for enrichers that need to know when something was said ("flash day
 * Saturday" means a different Saturday in every post). Untrusted scraped text.
 *
 * @param text     the caption
 * @param postedAt when the post was published, when the source says
 */
public record DatedCaption(String text, Optional<Instant> postedAt) {
}
