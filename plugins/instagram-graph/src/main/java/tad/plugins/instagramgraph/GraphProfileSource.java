package tad.plugins.instagramgraph;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.pf4j.Extension;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.InstagramHandles;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.plugin.ProfileSource;
import tad.plugin.RequestOptions;
import tad.plugin.SourceException;

/**
 * Reads an artist's Instagram professional (business or creator) account through the official Instagram Graph API,
 * Business Discovery: one call per artist for the profile and its recent media. Personal accounts cannot be read
 * this way (error 110/2207013, which Meta also gives for handles that do not exist): those are NOT_PROFESSIONAL, and
 * the host lists the artist from their studio's own site.
 *
 * <p>The request budget ({@code per-hour}) and what Meta says about throttling live in this instance; the host keeps
 * one instance for the whole crawl. A refused token (190) or a missing permission stops the crawl: a fatal
 * {@link SourceException} whose message is one line naming the setting to fix and never the token.
 */
@Extension
public final class GraphProfileSource implements ProfileSource {
    static final String TOKEN_ENV = "TAD_PLUGIN_INSTAGRAM_GRAPH_ACCESS_TOKEN";
    static final String USER_ID_ENV = "TAD_PLUGIN_INSTAGRAM_GRAPH_USER_ID";
    static final String NOT_READY = "the Instagram Graph API source needs an access token and your Instagram "
            + "professional account's id: set " + TOKEN_ENV + " and " + USER_ID_ENV + " (docs/instagram.md shows how"
            + " to get them), or choose another profile source: TAD_PROFILE_SOURCE=instagram (logged out, against "
            + "Instagram's Terms) or TAD_PROFILE_SOURCE=none (studio websites only)";
    /** A Business Discovery answer with 12 posts and their children is 20-60 KB; this leaves room for long captions. */
    static final long MAX_RESPONSE_BYTES = 2L * 1024 * 1024;

    private final Sleeper sleeper;
    private Limits limits;

    public GraphProfileSource() {
        this(Sleeper.threadSleep());
    }

    GraphProfileSource(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /**
     * Checks the settings, then asks Meta about the operator's own account ({@code GET /{user-id}?fields=id}, one
     * call): a refused token, a missing permission or a wrong user id stops the crawl here, before discovery has
     * spent anything. A throttled answer does not stop it (the artists will be deferred); a network fault neither
     * (each artist's fetch reports its own).
     */
    @Override
    public void preflight(PluginContext context) throws SourceException {
        GraphConfig config = GraphConfig.from(context.config());
        if (!config.ready()) {
            throw fatal(NOT_READY);
        }
        Limits limits = limitsFor(config, context.clock());
        new Attempts(config, limits, context, "").checkAccount();
    }

    @Override
    public ProfileResult fetchProfile(String instagramHandle, PluginContext context) throws SourceException {
        GraphConfig config = GraphConfig.from(context.config());
        if (!config.ready()) {
            throw fatal(NOT_READY);
        }
        String handle = instagramHandle == null ? "" : instagramHandle.strip().toLowerCase(Locale.ROOT);
        if (!InstagramHandles.isValid(handle)) {
            return ProfileResult.failed(Failure.Reason.NOT_FOUND, "not a valid Instagram handle");
        }
        ProfileResult result = new Attempts(config, limitsFor(config, context.clock()), context, handle).run();
        switch (result) {
            case ProfileResult.Found found ->
                    context.log().debug("graph profile read with {} images", found.profile().images().size());
            case ProfileResult.Failed failed ->
                    context.log().info("graph profile not read: {}", failed.failure().reason());
        }
        return result;
    }

    /** One pacer and one throttle per instance, rebuilt only if the budget setting changes between calls. */
    private synchronized Limits limitsFor(GraphConfig config, Clock clock) {
        if (limits == null || limits.perHour() != config.perHour()) {
            limits = new Limits(config.perHour(), config.perHour() == 0 ? Optional.empty()
                    : Optional.of(new CallPacer(config.perHour(), clock, sleeper)), new Throttle(clock));
        }
        return limits;
    }

    static SourceException fatal(String line) {
        return new SourceException(Failure.of(Failure.Reason.HTTP_ERROR, line), true);
    }

    private record Limits(int perHour, Optional<CallPacer> pacer, Throttle throttle) {
    }

    /** The calls for one artist: waits, retries of transient errors and short throttles, then one outcome. */
    private final class Attempts {
        private final GraphConfig config;
        private final Limits limits;
        private final PluginContext context;
        private final String handle;
        private int throttledCalls;
        private int transientRetries;

        Attempts(GraphConfig config, Limits limits, PluginContext context, String handle) {
            this.config = config;
            this.limits = limits;
            this.context = context;
            this.handle = handle;
        }

        void checkAccount() throws SourceException {
            pace();
            try {
                HttpResponse response = context.http().get(DiscoveryRequest.accountUri(config),
                        DiscoveryRequest.headers(config), RequestOptions.api().withMaxBytes(MAX_RESPONSE_BYTES));
                if (!response.isSuccess()) {
                    outcome(response);
                }
            } catch (HttpFailure e) {
                context.log().info("graph account check not answered: {}", e.failure().reason());
            }
        }

        ProfileResult run() throws SourceException {
            while (true) {
                Optional<ProfileResult> deferred = waitOutThrottle();
                if (deferred.isPresent()) {
                    return deferred.get();
                }
                pace();
                HttpResponse response;
                try {
                    response = context.http().get(DiscoveryRequest.uri(config, handle),
                            DiscoveryRequest.headers(config), RequestOptions.api().withMaxBytes(MAX_RESPONSE_BYTES));
                } catch (HttpFailure e) {
                    return new ProfileResult.Failed(e.failure());
                }
                Optional<ProfileResult> outcome = outcome(response);
                if (outcome.isPresent()) {
                    return outcome.get();
                }
            }
        }

        /** Empty when the call should be made again (after a short throttle or a transient error). */
        private Optional<ProfileResult> outcome(HttpResponse response) throws SourceException {
            UsageHeaders usage = UsageHeaders.of(response);
            Optional<JsonNode> body = GraphJson.read(response.body());
            if (response.isSuccess()) {
                usage.regain().or(() -> usage.exhausted() ? Optional.of(Throttle.UNKNOWN_WAIT) : Optional.empty())
                        .ifPresent(limits.throttle()::block);
                context.log().debug("graph usage at {}%", usage.maxPercent());
                return Optional.of(body.map(root -> new DiscoveryParser(config).parse(handle, root))
                        .orElseGet(() -> ProfileResult.failed(Failure.Reason.UNEXPECTED_FORMAT,
                                "the answer is not a JSON object")));
            }
            Optional<GraphError> error = body.flatMap(GraphError::of);
            if (error.isEmpty()) {
                return Optional.of(ProfileResult.failed(Failure.Reason.HTTP_ERROR, "HTTP " + response.status()
                        + " without a Graph error object"));
            }
            GraphError e = error.get();
            return switch (e.kind()) {
                case NOT_PROFESSIONAL -> Optional.of(ProfileResult.failed(Failure.Reason.NOT_PROFESSIONAL,
                        "Graph error " + e.label() + ": not a professional (business or creator) account, or no "
                                + "such user"));
                case TOKEN_REFUSED -> throw fatal("Meta refused the Instagram Graph API access token (error "
                        + e.label() + ": " + e.tokenProblem() + "): set a new long-lived token in " + TOKEN_ENV
                        + " (plugin.instagram-graph.access-token); docs/instagram.md shows how");
                case PERMISSION_MISSING -> throw fatal("the Instagram Graph API access token lacks a permission "
                        + "Business Discovery needs (error " + e.label() + "): grant instagram_basic, "
                        + "instagram_manage_insights and pages_read_engagement and set the new token in " + TOKEN_ENV);
                case USER_ID_WRONG -> throw fatal("the Instagram Graph API cannot read the account in " + USER_ID_ENV
                        + " (error " + e.label() + "): set it to the id of your own Instagram professional account");
                case RATE_LIMITED -> throttled(e, usage, response);
                case TRANSIENT -> transientError(e);
                case OTHER -> Optional.of(ProfileResult.failed(Failure.Reason.HTTP_ERROR, "Graph error "
                        + e.label() + (e.type().isEmpty() ? "" : " (" + e.type() + ")")));
            };
        }

        /** Meta says how long through the usage headers (minutes) or Retry-After; unknown means its rolling hour. */
        private Optional<ProfileResult> throttled(GraphError e, UsageHeaders usage, HttpResponse response) {
            Duration wait = usage.regain().or(() -> retryAfter(response)).orElse(Throttle.UNKNOWN_WAIT);
            limits.throttle().block(wait);
            context.log().info("graph rate limit (error {}): calls paused for {} s", e.label(), wait.toSeconds());
            throttledCalls++;
            if (throttledCalls > 1) {
                return Optional.of(deferred("throttled again right after waiting"));
            }
            return Optional.empty();
        }

        private Optional<ProfileResult> transientError(GraphError e) throws SourceException {
            if (transientRetries >= config.transientRetries()) {
                return Optional.of(ProfileResult.failed(Failure.Reason.HTTP_ERROR, "Graph error " + e.label()
                        + " is transient but persisted after " + transientRetries + " retries"));
            }
            transientRetries++;
            sleep(Duration.ofSeconds(1L << transientRetries));
            return Optional.empty();
        }

        private Optional<ProfileResult> waitOutThrottle() throws SourceException {
            Instant askedAt = limits.throttle().now();
            Optional<Duration> remaining = limits.throttle().remaining();
            if (remaining.isEmpty()) {
                return Optional.empty();
            }
            if (remaining.get().compareTo(config.maxWait()) > 0) {
                return Optional.of(deferred("Meta asked to wait " + remaining.get().toMinutes() + " min, longer "
                        + "than max-wait"));
            }
            sleep(remaining.get());
            limits.throttle().waitedOut(remaining.get(), askedAt);
            return Optional.empty();
        }

        private void pace() throws SourceException {
            if (limits.pacer().isEmpty()) {
                return;
            }
            try {
                Duration waited = limits.pacer().get().acquire();
                if (!waited.isZero()) {
                    context.log().debug("graph request budget: waited {} ms", waited.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException(Failure.of(Failure.Reason.DEFERRED, "interrupted while waiting for the "
                        + "Graph request budget"), false, e);
            }
        }

        private void sleep(Duration duration) throws SourceException {
            try {
                sleeper.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException(Failure.of(Failure.Reason.DEFERRED, "interrupted while waiting for the "
                        + "Graph API"), false, e);
            }
        }

        private static ProfileResult deferred(String why) {
            return ProfileResult.failed(Failure.Reason.DEFERRED, why + ": deferred to the next run");
        }

        private static Optional<Duration> retryAfter(HttpResponse response) {
            return response.header("retry-after").filter(v -> v.strip().matches("\\d{1,6}"))
                    .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
        }
    }
}
