package tad.cli.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import tad.core.logging.MaskedMessageConverter;
import tad.core.logging.MaskedThrowableConverter;

/**
 * One log line as logback.xml writes it (UTC time, level, thread, logger, message, stack trace), through the same
 * personal-data masking converters; built in code because the CLI attaches its appenders once it knows the data
 * directory.
 */
final class MaskedLineLayout extends LayoutBase<ILoggingEvent> {
    private final MaskedMessageConverter message = new MaskedMessageConverter();
    private final MaskedThrowableConverter throwable = new MaskedThrowableConverter();

    @Override
    public void start() {
        throwable.setContext(getContext());
        throwable.start();
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return Instant.ofEpochMilli(event.getTimeStamp()) + " " + String.format("%-5s", event.getLevel())
                + " [" + event.getThreadName() + "] " + event.getLoggerName() + " - " + message.convert(event)
                + System.lineSeparator() + throwable.convert(event);
    }
}
