package tad.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CapturedLogsTest {

    private static final Logger LOG = LoggerFactory.getLogger("tad.crawl.Example");

    @Test
    void capturesMaskedLinesAtTheRequestedLevelAndRestoresTheLevel() {
        Level before = ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).getLevel();
        try (CapturedLogs logs = CapturedLogs.start(Level.DEBUG)) {
            LOG.debug("GET /api/v1/users/web_profile_info/?username=some.artist");
            LOG.info("artist {} is {}", Pii.handle("some.artist"), Pii.name("Ada Lovelace"));
            LOG.warn("failed", new IllegalStateException("see instagram.com/some.artist"));

            assertThat(logs.lines()).hasSize(3);
            assertThat(logs.text()).doesNotContainIgnoringCase("some.artist").doesNotContain("Lovelace")
                    .contains("DEBUG tad.crawl.Example").contains("IllegalStateException");
        }
        assertThat(((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).getLevel())
                .isEqualTo(before);
    }
}
