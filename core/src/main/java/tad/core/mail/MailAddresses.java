package tad.core.mail;

import java.util.regex.Pattern;

/**
 * The shape of one recipient address, checked before a message goes to a service that would only refuse it later
 * (and echo the address in its error). The SMTP adapters parse strictly with Jakarta Mail instead.
 */
public final class MailAddresses {
    private static final Pattern SINGLE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private MailAddresses() {
    }

    /** @throws MailException of kind {@code REJECTED} when the text is not exactly one address */
    public static String requireSingle(String text) {
        if (text == null || text.length() > 254 || !SINGLE.matcher(text).matches()) {
            throw new MailException(MailException.Kind.REJECTED, "the recipient address is malformed");
        }
        return text;
    }
}
