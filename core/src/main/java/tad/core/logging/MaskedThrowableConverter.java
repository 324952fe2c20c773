package tad.core.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * {@code %maskedEx} in logback.xml: the stack trace with {@link PiiMasker} applied. Exception messages often quote
 * the URL that failed ({@code .../web_profile_info/?username=...}), and causes repeat it, so the whole rendered
 * trace is masked, not only the top message. Logback adds no unmasked {@code %ex} of its own because this is a
 * throwable converter.
 */
public class MaskedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return PiiMasker.mask(super.throwableProxyToString(proxy));
    }
}
