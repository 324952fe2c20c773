package tad.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.random.RandomGenerator;
import tad.core.config.HttpSettings;
import tad.core.politeness.HostLeases;
import tad.plugin.HttpFailure;
import tad.plugin.RequestOptions;

/** How many requests one host sees at once, counted by the server itself while each response is held open. */
class HostConcurrencyTest {
    private static final int CALLERS = 6;
    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<Long> startNanos = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(CALLERS * 2));
        server.createContext("/slow", exchange -> {
            startNanos.add(System.nanoTime());
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void oneRequestAtATimePerHostByDefault() throws Exception {
        callConcurrently(settings(Duration.ZERO));
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void aHostConcurrencyAllowsThatManyInFlightAndNoMore() throws Exception {
        callConcurrently(settings(Duration.ZERO).withHostConcurrency(3));
        assertThat(mostAtOnce.get()).isEqualTo(3);
    }

    @Test
    void withSeveralSlotsADelayStillSpacesTheStarts() throws Exception {
        callConcurrently(settings(Duration.ofMillis(300)).withHostConcurrency(3));
        List<Long> starts = startNanos.stream().sorted().toList();
        // the server notes each start when its handler thread runs, which a busy machine can delay by tens of
        // milliseconds for one request and not the next: so each gap may land somewhat under the 300 ms interval,
        // but never near zero (three slots with no spacing would start three requests at once), and the five gaps
        // together cannot fall short of five intervals by more than one such delay
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.ofNanos(starts.get(i) - starts.get(i - 1)).toMillis())
                    .as("gap before start %d", i).isGreaterThanOrEqualTo(150);
        }
        assertThat(Duration.ofNanos(starts.get(starts.size() - 1) - starts.get(0)).toMillis())
                .as("five gaps").isGreaterThanOrEqualTo(5 * 300 - 150);
    }

    /** A failing shared lease (its table unreachable, say) fails that request only; the host's gate is left. */
    @Test
    void aSharedLeaseThatThrowsDoesNotKeepTheHostClosed() throws Exception {
        URI slow = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow");
        java.util.concurrent.atomic.AtomicBoolean failNext = new java.util.concurrent.atomic.AtomicBoolean(true);
        HostLeases flaky = (host, interval) -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("lease table unreachable");
            }
            return java.util.Optional.empty();
        };
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (PoliteHttpClient http = new PoliteHttpClient(settings(Duration.ZERO), Clock.systemUTC(),
                Sleeper.REAL, RandomGenerator.getDefault(), java.util.Optional.of(flaky))) {
            assertThatThrownBy(() -> http.get(slow, Map.of(), RequestOptions.api().withoutRetry()))
                    .isInstanceOf(HttpFailure.class).hasMessageContaining("shared host lease");
            Future<Integer> next = caller.submit(() -> http.get(slow, Map.of(), RequestOptions.api()).status());
            // before the fix the gate's only slot stayed taken and this waited forever
            assertThat(next.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            caller.shutdownNow();
        }
    }

    /**
     * A read timeout far above the handler's 150 ms: with the shared tests' 800 ms, a busy machine let a held response
     * time out and the client's retry reached the server as a seventh start.
     */
    private static HttpSettings settings(Duration hostDelay) {
        return new HttpSettings("tad-bot/0.1 (+https://tad.example/bot)", hostDelay, Duration.ofSeconds(10),
                Duration.ofSeconds(60), 64 * 1024, 4, 3, Duration.ofMillis(100), Duration.ofSeconds(30), 5,
                Duration.ofMinutes(1));
    }

    private void callConcurrently(HttpSettings settings) throws Exception {
        URI slow = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow");
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try (PoliteHttpClient http = new PoliteHttpClient(settings)) {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                calls.add(callers.submit(() -> http.get(slow, Map.of(), RequestOptions.api()).status()));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(startNanos).hasSize(CALLERS);
    }
}
