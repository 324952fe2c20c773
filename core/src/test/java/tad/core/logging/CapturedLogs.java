package tad.core.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line written while it is open, formatted by the same masking converters as logback.xml, so a
 * test can prove that a whole run (a crawl, a removal) logged no handle, name or email in clear:
 *
 * <pre>{@code
 * try (CapturedLogs logs = CapturedLogs.start(Level.DEBUG)) {
 *     crawl(...);
 *     assertThat(logs.text()).doesNotContainIgnoringCase("some.artist");
 * }
 * }</pre>
 *
 * DEBUG and TRACE lines are captured too when asked for: the root level is lowered while open and restored on close.
 */
public final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final MaskedMessageConverter message = new MaskedMessageConverter();
    private final MaskedThrowableConverter throwable = new MaskedThrowableConverter();
    private final Logger root;
    private final Level previousLevel;

    private CapturedLogs(Logger root, Level level) {
        this.root = root;
        this.previousLevel = root.getLevel();
        root.setLevel(level);
    }

    /** Starts capturing on the root logger of the running logback context, at the given level and above. */
    public static CapturedLogs start(Level level) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        CapturedLogs capture = new CapturedLogs(context.getLogger(Logger.ROOT_LOGGER_NAME), level);
        capture.setContext(context);
        capture.setName("captured-logs");
        capture.throwable.setContext(context);
        capture.throwable.start();
        capture.start();
        capture.root.addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(event.getLevel() + " " + event.getLoggerName() + " - " + message.convert(event)
                + throwable.convert(event));
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** All lines, one per line, for "does not contain" assertions. */
    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        root.setLevel(previousLevel);
        stop();
    }
}
