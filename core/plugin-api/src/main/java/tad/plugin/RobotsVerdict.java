package tad.plugin;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a site's robots.txt (RFC 9309) says about one URL for this bot, with the reason, so that an operator can see
 * why a page was or was not fetched.
 *
 * @param allowed    whether the bot may fetch the URL
 * @param rule       the directive that decided, as written in robots.txt ({@code Disallow: /private/*}); empty when
 *                   no rule matched or the whole file decided (missing, unreachable)
 * @param crawlDelay the site's Crawl-delay for this bot ({@link Duration#ZERO} when none)
 * @param sitemaps   the {@code Sitemap:} lines of the file, in order
 * @param basis      how the rules were obtained, for example {@code robots.txt (HTTP 200)} or
 *                   {@code robots.txt answered HTTP 503: everything disallowed until 10:32:00Z}
 */
public record RobotsVerdict(boolean allowed, Optional<String> rule, Duration crawlDelay, List<URI> sitemaps,
                            String basis) {

    public RobotsVerdict {
        sitemaps = List.copyOf(sitemaps);
    }

    /** A short reason for a skipped URL: the rule when one decided, else the basis. */
    public String reason() {
        return rule.map(r -> "robots.txt " + r).orElse(basis);
    }
}
