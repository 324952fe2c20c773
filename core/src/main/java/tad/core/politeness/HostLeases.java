package tad.core.politeness;

import java.time.Duration;
import java.util.Optional;

/**
 * Per-host politeness shared by every crawler process: the right to send the next request to a host, granted to
 * one caller per interval. A single process keeps this in memory ({@link InMemoryHostLeases}); several workers on
 * AWS share it through DynamoDB ({@code DynamoHostLeases}), so adding workers never makes a host see more than one
 * request per interval from us. See docs/distributed.md.
 */
public interface HostLeases {

    /**
     * Empty when the caller may send to the host now; the next request is then allowed {@code interval} from now,
     * recorded atomically with the check. Otherwise how long to wait before asking again (another caller holds the
     * current interval). Callers sleep the returned time and ask again; they must not send without a grant.
     *
     * @param hostKey  the host as the HTTP layer keys it ({@code scheme://host:port}, lower case)
     * @param interval the host's minimum interval (TAD_HOST_DELAY_MS, or a larger robots.txt Crawl-delay)
     */
    Optional<Duration> tryAcquire(String hostKey, Duration interval);
}
