package tad.core.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.RobotsVerdict;

/**
 * robots.txt per host (RFC 9309, parsed by crawler-commons), fetched once and shared by every plugin and thread.
 * A 4xx answer means no rules; a 5xx answer or an unreachable host means "disallow everything" for
 * {@link #UNREACHABLE_FOR}, after which the file is asked for again. Good answers are kept for
 * {@link #CACHE_FOR}, the RFC's upper bound. Only the first {@link #MAX_ROBOTS_BYTES} of a larger file are parsed.
 */
final class RobotsCache {
    /** RFC 9309 section 2.5: parse at least 500 KiB. A longer file is cut there, not refused. */
    static final long MAX_ROBOTS_BYTES = 500 * 1024;
    /** RFC 9309 section 2.4: a cached robots.txt should not be used for more than 24 hours. */
    static final Duration CACHE_FOR = Duration.ofHours(24);
    /** How long a 5xx or unreachable robots.txt keeps the whole site disallowed before the next try. */
    static final Duration UNREACHABLE_FOR = Duration.ofMinutes(30);

    /** Fetches robots.txt politely (same host gate, no robots check of its own, body cut at the cap). */
    interface Fetcher {
        HttpResponse fetch(URI robotsUri) throws HttpFailure;
    }

    /** The parsed rules of one host, why they are what they are, and until when they hold. */
    record Rules(BaseRobotRules rules, String basis, Instant expires) {
    }

    private final Map<String, CompletableFuture<Rules>> rules = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final String robotName;
    private final Fetcher fetcher;
    private final Clock clock;

    RobotsCache(String robotName, Fetcher fetcher, Clock clock) {
        this.robotName = robotName;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    RobotsVerdict verdict(URI uri) throws HttpFailure {
        Rules host = rulesFor(uri);
        return RobotsExplainer.verdict(host, uri);
    }

    Rules rulesFor(URI uri) throws HttpFailure {
        String authority = PoliteHttpClient.hostKey(uri);
        CompletableFuture<Rules> mine = new CompletableFuture<>();
        CompletableFuture<Rules> current = rules.compute(authority, (key, existing) ->
                existing == null || expired(existing) ? mine : existing);
        if (current == mine) {
            mine.complete(load(uri));
            return mine.join();
        }
        try {
            return current.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(Failure.Reason.NETWORK, "interrupted while waiting for robots.txt");
        } catch (ExecutionException e) {
            throw new HttpFailure(Failure.Reason.NETWORK, "robots.txt could not be read");
        }
    }

    /** A finished entry past its time is replaced; one still loading is waited for. */
    private boolean expired(CompletableFuture<Rules> entry) {
        return entry.isDone() && !entry.isCompletedExceptionally() && clock.instant().isAfter(entry.join().expires());
    }

    private Rules load(URI uri) {
        URI robots = uri.resolve("/robots.txt");
        Instant now = clock.instant();
        try {
            HttpResponse response = fetcher.fetch(robots);
            if (response.isSuccess()) {
                BaseRobotRules parsed = parser.parseContent(robots.toString(), response.body(),
                        response.contentType().orElse("text/plain"), List.of(robotName));
                return new Rules(parsed, "robots.txt (HTTP " + response.status() + ")", now.plus(CACHE_FOR));
            }
            BaseRobotRules failed = parser.failedFetch(response.status());
            if (failed.isAllowNone()) {
                return unreachable("robots.txt answered HTTP " + response.status(), failed, now);
            }
            return new Rules(failed, "no robots.txt (HTTP " + response.status() + "): everything allowed",
                    now.plus(CACHE_FOR));
        } catch (HttpFailure unreachable) {
            return unreachable("robots.txt unreachable (" + unreachable.failure().reason() + ")",
                    parser.failedFetch(503), now);
        }
    }

    private static Rules unreachable(String what, BaseRobotRules rules, Instant now) {
        Instant until = now.plus(UNREACHABLE_FOR);
        return new Rules(rules, what + ": everything disallowed until " + until.truncatedTo(ChronoUnit.SECONDS),
                until);
    }
}
