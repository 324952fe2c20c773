package tad.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailConfigTest {

    private static TadConfig parse(Map<String, String> env) {
        return TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of()));
    }

    @Test
    void withoutAMailServerMailGoesToTheOutbox() {
        MailSettings mail = parse(Map.of()).mail();
        assertThat(mail.transport()).isEqualTo(MailSettings.Transport.OUTBOX);
        assertThat(mail.smtp()).isEmpty();
        assertThat(mail.outboxRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(mail.fromAddress()).isEqualTo("privacy@tad.example");
        assertThat(parse(Map.of()).siteUrl()).hasToString("http://localhost:8080");
        assertThat(parse(Map.of("TAD_SERVE_SITE_URL", "https://tattoo.example")).siteUrl())
                .hasToString("https://tattoo.example");
    }

    @Test
    void aServerHostSelectsSmtpWithStarttlsAndThePasswordNeverPrints() {
        RawConfig raw = RawConfig.load(Optional.empty(), Map.of("TAD_MAIL_SMTP_HOST", "smtp.example.org",
                "TAD_MAIL_SMTP_USER", "tad", "TAD_MAIL_SMTP_PASSWORD", "hunter22"), Map.of());
        MailSettings mail = TadConfig.parse(raw).mail();
        assertThat(mail.transport()).isEqualTo(MailSettings.Transport.SMTP);
        MailSettings.SmtpSettings smtp = mail.smtp().orElseThrow();
        assertThat(smtp.host()).isEqualTo("smtp.example.org");
        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.security()).isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(smtp.password()).map(Secret::value).contains("hunter22");
        assertThat(smtp.toString()).doesNotContain("hunter22");
        assertThat(RawConfig.isSecret("mail.smtp.password")).isTrue();
        assertThat(raw.entry("mail.smtp.password").orElseThrow().origin()).isEqualTo(Origin.ENVIRONMENT);
    }

    @Test
    void sesIsChosenExplicitlyWithAnOptionalTestEndpoint() {
        MailSettings mail = parse(Map.of("TAD_MAIL_TRANSPORT", "ses", "TAD_MAIL_SES_ENDPOINT",
                "http://127.0.0.1:9999", "TAD_MAIL_FROM", "privacy@tad.example")).mail();
        assertThat(mail.transport()).isEqualTo(MailSettings.Transport.SES);
        assertThat(mail.sesEndpoint()).map(Object::toString).contains("http://127.0.0.1:9999");
        assertThat(mail.from()).isEqualTo("privacy@tad.example");
        assertThat(mail.fromAddress()).isEqualTo("privacy@tad.example");
    }

    @Test
    void badMailSettingsNameTheirKey() {
        assertThatThrownBy(() -> parse(Map.of("TAD_MAIL_TRANSPORT", "smtp")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TAD_MAIL_SMTP_HOST");
        assertThatThrownBy(() -> parse(Map.of("TAD_MAIL_TRANSPORT", "pigeon")))
                .hasMessageContaining("mail.transport must be auto, outbox, smtp or ses");
        assertThatThrownBy(() -> parse(Map.of("TAD_MAIL_FROM", "nobody")))
                .hasMessageContaining("mail.from must be an address");
        assertThatThrownBy(() -> parse(Map.of("TAD_MAIL_SMTP_HOST", "h", "TAD_MAIL_SMTP_SECURITY", "ssl3")))
                .hasMessageContaining("mail.smtp.security");
        assertThatThrownBy(() -> parse(Map.of("TAD_MAIL_SMTP_HOST", "h", "TAD_MAIL_SMTP_PORT", "0")))
                .hasMessageContaining("mail.smtp.port must be between 1 and 65535");
        assertThatThrownBy(() -> parse(Map.of("TAD_SERVE_SITE_URL", "tad.example")))
                .hasMessageContaining("serve.site.url (TAD_SERVE_SITE_URL) must be an http(s) URL");
    }
}
