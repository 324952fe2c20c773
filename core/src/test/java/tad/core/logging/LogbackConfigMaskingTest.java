package tad.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Formats events through the real logback.xml that the CLI and the server load, and reads what would be written. */
class LogbackConfigMaskingTest {

    private static final String HANDLE = "some.artist";
    private static final String NAME = "Ada Lovelace";
    private static final String EMAIL = "ada.lovelace@example.org";

    private ConsoleAppender<?> appender;
    private Logger logger;

    @BeforeEach
    void loadTheShippedConfiguration() throws Exception {
        URL config = getClass().getClassLoader().getResource("logback.xml");
        assertThat(config).as("logback.xml on the class path").isNotNull();
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(config);
        logger = context.getLogger("tad.crawl.Pipeline");
        appender = (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(appender).as("the STDERR appender").isNotNull();
        assertThat(appender.getTarget()).isEqualTo("System.err");
    }

    @Test
    void wrappedAndForgottenPersonalDataAreMaskedInMessages() {
        String line = format(Level.INFO, "fetched {} ({}) contact {} from https://www.instagram.com/" + HANDLE
                + "/ and ?username=" + HANDLE + " mentioning @" + HANDLE, null,
                Pii.handle(HANDLE), Pii.name(NAME), EMAIL);

        assertNoneInClear(line);
        assertThat(line).contains(" INFO ").contains("fetched handle:s~");
    }

    @Test
    void exceptionMessagesAndCausesAreMasked() {
        Exception failure = new IllegalStateException("login wall for https://www.instagram.com/" + HANDLE + "/",
                new java.io.IOException("GET /api/v1/users/web_profile_info/?username=" + HANDLE + " from " + EMAIL));

        String line = format(Level.WARN, "profile failed", failure);

        assertThat(line).contains("IllegalStateException").contains("Caused by: java.io.IOException")
                .contains("LogbackConfigMaskingTest");
        assertNoneInClear(line);
    }

    private void assertNoneInClear(String line) {
        assertThat(line).doesNotContainIgnoringCase(HANDLE).doesNotContainIgnoringCase("Lovelace")
                .doesNotContain("example.org");
    }

    @SuppressWarnings("unchecked")
    private String format(Level level, String message, Throwable throwable, Object... arguments) {
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, level, message, throwable, arguments);
        Encoder<LoggingEvent> encoder = (Encoder<LoggingEvent>) appender.getEncoder();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedConfigurationWritesNoUnmaskedConverters() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("logback.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<!--(?s).*?-->", "");
            assertThat(xml).doesNotContainPattern("%(msg|m|message|ex|exception|throwable|mdc|X)\\b");
        }
    }
}
