package tad.core.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;

/**
 * robots.txt per host (RFC 9309), fetched once and shared by concurrent callers. 4xx means no rules; 5xx or an
 * unreachable host means "disallow everything" for this run, as the RFC asks.
 */
final class RobotsCache {
    /** RFC 9309 asks parsers to read at least 500 KiB. */
    static final long MAX_ROBOTS_BYTES = 512 * 1024;

    /** Fetches robots.txt politely (same host gate, no robots check of its own). */
    interface Fetcher {
        HttpResponse fetch(URI robotsUri) throws HttpFailure;
    }

    private final Map<String, CompletableFuture<BaseRobotRules>> rules = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final String robotName;
    private final Fetcher fetcher;

    RobotsCache(String robotName, Fetcher fetcher) {
        this.robotName = robotName;
        this.fetcher = fetcher;
    }

    BaseRobotRules rulesFor(URI uri) throws HttpFailure {
        String authority = PoliteHttpClient.hostKey(uri);
        CompletableFuture<BaseRobotRules> mine = new CompletableFuture<>();
        CompletableFuture<BaseRobotRules> existing = rules.putIfAbsent(authority, mine);
        if (existing == null) {
            mine.complete(load(uri));
            return mine.join();
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(Failure.Reason.NETWORK, "interrupted while waiting for robots.txt");
        } catch (ExecutionException e) {
            throw new HttpFailure(Failure.Reason.NETWORK, "robots.txt could not be read");
        }
    }

    private BaseRobotRules load(URI uri) {
        URI robots = uri.resolve("/robots.txt");
        try {
            HttpResponse response = fetcher.fetch(robots);
            if (response.isSuccess()) {
                return parser.parseContent(robots.toString(), response.body(),
                        response.contentType().orElse("text/plain"), List.of(robotName));
            }
            return parser.failedFetch(response.status());
        } catch (HttpFailure unreachable) {
            return parser.failedFetch(503);
        }
    }
}
