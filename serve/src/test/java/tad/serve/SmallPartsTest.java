package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The small pure parts: ETag matching, rate limiting, route templates, address masking, the style taxonomy. */
class SmallPartsTest {

    @Test
    void ifNoneMatchUsesWeakComparisonAndStar() {
        String etag = Responses.etag("body".getBytes());

        assertThat(Responses.matches(etag, etag)).isTrue();
        assertThat(Responses.matches("W/" + etag, etag)).isTrue();
        assertThat(Responses.matches("\"x\", " + etag, etag)).isTrue();
        assertThat(Responses.matches("*", etag)).isTrue();
        assertThat(Responses.matches("\"x\"", etag)).isFalse();
        assertThat(Responses.matches(null, etag)).isFalse();
    }

    @Test
    void aTokenBucketAllowsABurstThenRefillsAtItsRate() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(60, 2, clock);

        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).hasValue(60);
        assertThat(limiter.acquire("b")).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.acquire("a")).isEmpty();
    }

    @Test
    void routeTemplatesAreABoundedSet() {
        assertThat(RouteTemplates.of("/api/artists")).isEqualTo("/api/artists");
        assertThat(RouteTemplates.of("/api/artists/a123")).isEqualTo("/api/artists/{id}");
        assertThat(RouteTemplates.of("/media/artists/a/b/thumb.webp")).isEqualTo("/media/{key}");
        assertThat(RouteTemplates.of("/api/whatever/x")).isEqualTo("/api/unknown");
        assertThat(RouteTemplates.of("/artists/a1")).isEqualTo("/{web}");
    }

    @Test
    void clientAddressesAreMaskedInLogs() {
        assertThat(ClientAddress.masked("203.0.113.77")).isEqualTo("203.0.113.0");
        assertThat(ClientAddress.masked("2001:db8:85a3:8d3:1319:8a2e:370:7348")).isEqualTo("2001:db8:85a3::");
        assertThat(AccessLog.line("GET", "/api/artists/{id}", 200, 1_234_567, "203.0.113.77"))
                .isEqualTo("{\"type\":\"access\",\"method\":\"GET\",\"route\":\"/api/artists/{id}\",\"status\":200,"
                        + "\"durationMs\":1.23,\"client\":\"203.0.113.0\"}");
    }

    @Test
    void theApiUsesTheCanonicalTaxonomyOf23Styles() {
        tad.core.domain.StyleTaxonomy taxonomy = tad.core.domain.StyleTaxonomy.bundled();

        assertThat(taxonomy.slugs()).hasSize(23).startsWith("traditional").endsWith("sketch");
        assertThat(taxonomy.label("black-and-grey")).contains("Black and grey");
    }

    @Test
    void thePagePolicyAdmitsGoogleMapsOnlyWhenConfigured() {
        assertThat(SecurityHeaders.pagePolicy(false)).doesNotContain("google").contains("frame-ancestors 'none'");
        assertThat(SecurityHeaders.pagePolicy(true)).contains("https://maps.googleapis.com");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
