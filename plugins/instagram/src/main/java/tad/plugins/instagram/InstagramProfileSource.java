package tad.plugins.instagram;

import java.time.Clock;
import java.time.Duration;
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
 * Fetches a public Instagram profile logged out, without cookies, the way instagram.com's own web app does:
 * one call to {@code /api/v1/users/web_profile_info/?username=}. Every answer Instagram gives (no such user,
 * private, login wall, throttling, a changed format) becomes a classified failure, never an exception.
 *
 * <p>The request budget lives in this instance: the host should keep one instance for the whole crawl (PF4J hands
 * out the same one when the host caches its extensions) so that the budget is global.
 */
@Extension
public final class InstagramProfileSource implements ProfileSource {
    /**
     * Real responses are 100-400 KB; the cap leaves room for long captions while refusing anything absurd.
     */
    static final long MAX_RESPONSE_BYTES = 4L * 1024 * 1024;

    private final Sleeper sleeper;
    private Budget budget;

    public InstagramProfileSource() {
        this(Sleeper.threadSleep());
    }

    InstagramProfileSource(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public ProfileResult fetchProfile(String instagramHandle, PluginContext context) throws SourceException {
        InstagramConfig config = InstagramConfig.from(context.config());
        String handle = instagramHandle == null ? "" : instagramHandle.strip().toLowerCase(Locale.ROOT);
        if (!InstagramHandles.isValid(handle)) {
            // no request: Instagram has no profile under a name it would not allow
            return ProfileResult.failed(Failure.Reason.NOT_FOUND, "not a valid Instagram handle");
        }
        waitForBudget(config, context);
        HttpResponse response;
        try {
            response = context.http().get(config.profileInfoUri(handle), WebAppHeaders.forProfile(config, handle),
                    RequestOptions.api().withMaxBytes(MAX_RESPONSE_BYTES));
        } catch (HttpFailure e) {
            return logged(new ProfileResult.Failed(e.failure()), context);
        }
        ProfileResult result = switch (ResponseClassifier.classify(response)) {
            case ResponseClassifier.Outcome.Failed failed -> new ProfileResult.Failed(failed.failure());
            case ResponseClassifier.Outcome.JsonBody json -> new WebProfileInfoParser(config).parse(handle, json.body());
        };
        return logged(result, context);
    }

    private void waitForBudget(InstagramConfig config, PluginContext context) throws SourceException {
        Optional<TokenBucket> bucket = budgetFor(config, context.clock());
        if (bucket.isEmpty()) {
            return;
        }
        try {
            Duration waited = bucket.get().acquire();
            if (!waited.isZero()) {
                context.log().debug("instagram request budget: waited {} ms", waited.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(Failure.of(Failure.Reason.THROTTLED,
                    "interrupted while waiting for the Instagram request budget"), false, e);
        }
    }

    /** One bucket per instance, rebuilt only if the budget settings change between calls. */
    private synchronized Optional<TokenBucket> budgetFor(InstagramConfig config, Clock clock) {
        if (config.perMinute() == 0) {
            return Optional.empty();
        }
        if (budget == null || budget.perMinute() != config.perMinute() || budget.burst() != config.burst()) {
            budget = new Budget(config.perMinute(), config.burst(),
                    new TokenBucket(config.perMinute(), config.burst(), clock, sleeper));
        }
        return Optional.of(budget.bucket());
    }

    /** Logs the outcome by category only: handles are personal data and stay out of logs. */
    private static ProfileResult logged(ProfileResult result, PluginContext context) {
        switch (result) {
            case ProfileResult.Found found ->
                    context.log().debug("instagram profile fetched with {} images", found.profile().images().size());
            case ProfileResult.Failed failed ->
                    context.log().info("instagram profile not fetched: {}", failed.failure().reason());
        }
        return result;
    }

    private record Budget(int perMinute, int burst, TokenBucket bucket) {
    }
}
