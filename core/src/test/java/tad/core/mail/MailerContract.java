package tad.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Mailer} adapter must do, checked by reading each message back from where the adapter put it:
 * the SMTP server (GreenMail), the outbox files, the SES endpoint (a stub speaking SES's wire protocol).
 */
public abstract class MailerContract {
    /** The sender every adapter under test is configured with. */
    public static final String FROM = "Tattoo Artist Directory <privacy@tad.example>";
    public static final String FROM_ADDRESS = "privacy@tad.example";

    /** A message as it arrived, with the parts a reader sees. */
    public record ReceivedMail(String from, String to, String subject, String text, String html) {
    }

    protected abstract Mailer mailer();

    /** Every message handed over since the test began, in the order sent. */
    protected abstract List<ReceivedMail> received();

    @Test
    void aMessageArrivesWithItsSenderRecipientSubjectAndBothParts() {
        mailer().send(new MailMessage("requester@example.org", "Your removal request rq-0123",
                "We received your request.\n", "<p>We received your request.</p>", Set.of()));
        List<ReceivedMail> got = received();
        assertThat(got).hasSize(1);
        ReceivedMail mail = got.get(0);
        assertThat(mail.from()).isEqualTo(FROM_ADDRESS);
        assertThat(mail.to()).isEqualTo("requester@example.org");
        assertThat(mail.subject()).isEqualTo("Your removal request rq-0123");
        assertThat(mail.text().strip()).isEqualTo("We received your request.");
        assertThat(mail.html().strip()).isEqualTo("<p>We received your request.</p>");
    }

    @Test
    void nonAsciiTextAndEscapedMarkupArriveUnchanged() {
        String subject = "Notice: Café Ñandú & Søn — artists we list ✓";
        String text = "Zoë Ó Briain <zoe> lists \"neo-traditional\" work; 100% of it.\n";
        String html = "<p>Zoë Ó Briain &lt;zoe&gt; &amp; <b>Søn</b></p>";
        mailer().send(new MailMessage("studio@example.net", subject, text, html, Set.of("a1b2c3")));
        ReceivedMail mail = received().get(0);
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.text().strip()).isEqualTo(text.strip());
        assertThat(mail.html().strip()).isEqualTo(html);
    }

    @Test
    void messagesToSeveralRecipientsStayApartAndInOrder() {
        for (int i = 1; i <= 3; i++) {
            mailer().send(new MailMessage("r" + i + "@example.org", "Message " + i, "text " + i, "<p>" + i + "</p>",
                    Set.of()));
        }
        assertThat(received()).extracting(ReceivedMail::to, ReceivedMail::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("r1@example.org", "Message 1"),
                org.assertj.core.groups.Tuple.tuple("r2@example.org", "Message 2"),
                org.assertj.core.groups.Tuple.tuple("r3@example.org", "Message 3"));
    }

    @Test
    void aMalformedRecipientIsRejectedAndNothingIsHandedOver() {
        assertThatThrownBy(() -> mailer().send(new MailMessage("not an address", "s", "t", "<p>t</p>", Set.of())))
                .isInstanceOfSatisfying(MailException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MailException.Kind.REJECTED);
                    assertThat(e.getMessage()).doesNotContain("not an address");
                });
        assertThat(received()).isEmpty();
    }
}
