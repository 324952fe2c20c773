package tad.core.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %maskedMsg} in logback.xml: the formatted message with {@link PiiMasker} applied, so a handle or email
 * that a caller forgot to wrap with {@link Pii} still does not reach the log in clear.
 */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PiiMasker.mask(super.convert(event));
    }
}
