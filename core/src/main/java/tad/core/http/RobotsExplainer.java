package tad.core.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tad.plugin.RobotsVerdict;

/**
 * Turns crawler-commons' rules into a {@link RobotsVerdict} that names the deciding directive. crawler-commons
 * decides by RFC 9309's longest match (an Allow wins a tie) but does not say which rule matched; its sorted rule
 * list is tried here in the same order, each rule alone, and the first that matches the URL is the one that decided.
 */
final class RobotsExplainer {
    private RobotsExplainer() {
    }

    static RobotsVerdict verdict(RobotsCache.Rules host, URI uri) {
        BaseRobotRules rules = host.rules();
        String url = uri.toString();
        boolean allowed = rules.isAllowed(url);
        Duration delay = rules.getCrawlDelay() > 0 ? Duration.ofMillis(rules.getCrawlDelay()) : Duration.ZERO;
        return new RobotsVerdict(allowed, decidingRule(rules, url), delay, sitemaps(rules), host.basis());
    }

    private static Optional<String> decidingRule(BaseRobotRules rules, String url) {
        if (!(rules instanceof SimpleRobotRules simple) || simple.isAllowAll() || simple.isAllowNone()) {
            return Optional.empty();
        }
        for (SimpleRobotRules.RobotRule rule : simple.getRobotRules()) {
            SimpleRobotRules alone = new SimpleRobotRules();
            alone.addRule(rule.getPrefix(), false);
            if (!alone.isAllowed(url)) {
                return Optional.of((rule.isAllow() ? "Allow: " : "Disallow: ") + rule.getPrefix());
            }
        }
        return Optional.empty();
    }

    private static List<URI> sitemaps(BaseRobotRules rules) {
        List<URI> out = new ArrayList<>();
        for (String line : rules.getSitemaps()) {
            try {
                URI sitemap = new URI(line.strip());
                if (sitemap.getHost() != null && ("http".equals(sitemap.getScheme())
                        || "https".equals(sitemap.getScheme()))) {
                    out.add(sitemap);
                }
            } catch (java.net.URISyntaxException e) {
                // a malformed Sitemap line in scraped content: skipped
            }
        }
        return out;
    }
}
