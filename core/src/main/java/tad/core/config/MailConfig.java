package tad.core.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code mail.*} keys into {@link MailSettings}, naming the key in every error. */
final class MailConfig {
    /** {@code a@b.c} or {@code Name <a@b.c>}: the checks a configuration deserves; the mail library parses it. */
    private static final Pattern FROM = Pattern.compile("(?:[^<>\\r\\n]+<)?[^@<>\\s]+@[^@<>\\s]+\\.[^@<>\\s]+>?");

    private MailConfig() {
    }

    static MailSettings parse(ConfigValues v) {
        String from = v.required("mail.from");
        if (!FROM.matcher(from).matches()) {
            throw new ConfigException("mail.from must be an address like privacy@example.org or "
                    + "'Name <privacy@example.org>', got '" + from + "'");
        }
        Optional<MailSettings.SmtpSettings> smtp = v.optional("mail.smtp.host").map(host -> new MailSettings.SmtpSettings(
                host, v.integer("mail.smtp.port", 1, 65_535), v.optional("mail.smtp.user"),
                v.secret("mail.smtp.password"), security(v), v.millis("mail.smtp.timeout.ms")));
        MailSettings.Transport transport = transport(v, smtp.isPresent());
        return new MailSettings(transport, from, smtp,
                v.optionalUri("mail.ses.endpoint"),
                Duration.ofDays(v.integer("mail.outbox.retention.days", 1, 365)));
    }

    /** {@code auto}: SMTP when a host is set, else the outbox. SES is chosen explicitly (the AWS deployment does). */
    private static MailSettings.Transport transport(ConfigValues v, boolean smtpHost) {
        String text = v.required("mail.transport").toLowerCase(Locale.ROOT);
        return switch (text) {
            case "auto" -> smtpHost ? MailSettings.Transport.SMTP : MailSettings.Transport.OUTBOX;
            case "outbox" -> MailSettings.Transport.OUTBOX;
            case "ses" -> MailSettings.Transport.SES;
            case "smtp" -> {
                if (!smtpHost) {
                    throw new ConfigException("mail.transport is smtp but mail.smtp.host ("
                            + RawConfig.envName("mail.smtp.host") + ") is not set");
                }
                yield MailSettings.Transport.SMTP;
            }
            default -> throw new ConfigException("mail.transport must be auto, outbox, smtp or ses, got '" + text + "'");
        };
    }

    private static MailSettings.Security security(ConfigValues v) {
        String text = v.required("mail.smtp.security").toLowerCase(Locale.ROOT);
        return switch (text) {
            case "starttls" -> MailSettings.Security.STARTTLS;
            case "tls" -> MailSettings.Security.TLS;
            case "none" -> MailSettings.Security.NONE;
            default -> throw new ConfigException("mail.smtp.security must be starttls, tls or none, got '" + text + "'");
        };
    }
}
