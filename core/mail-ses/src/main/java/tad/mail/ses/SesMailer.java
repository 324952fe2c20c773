package tad.mail.ses;

import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;
import tad.core.mail.MailAddresses;
import tad.core.mail.MailException;
import tad.core.mail.MailMessage;
import tad.core.mail.Mailer;

/**
 * Sends with Amazon SES API v2 {@code SendEmail} as a Simple message (SES assembles the MIME: subject, text and
 * HTML parts in UTF-8, the {@code Auto-Submitted} header). The sender must be an address of the verified domain
 * identity; the task role may send only from it (docs/architecture.md, "E-mail on AWS").
 */
public final class SesMailer implements Mailer {
    private final SesV2Client client;
    private final String from;

    public SesMailer(SesV2Client client, String from) {
        this.client = client;
        this.from = from;
    }

    @Override
    public void send(MailMessage message) {
        String to = MailAddresses.requireSingle(message.to());
        try {
            client.sendEmail(request -> request.fromEmailAddress(from)
                    .destination(destination -> destination.toAddresses(to))
                    .content(content -> content.simple(simple -> simple
                            .subject(utf8(message.subject()))
                            .body(body -> body.text(utf8(message.text())).html(utf8(message.html())))
                            .headers(MessageHeader.builder().name("Auto-Submitted").value("auto-generated").build()))));
        } catch (SesV2Exception e) {
            throw failure(e);
        } catch (SdkClientException e) {
            throw new MailException(MailException.Kind.UNAVAILABLE, "cannot reach SES (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /**
     * By error code only: SES's messages name the addresses ("Email address is not verified. The following
     * identities failed the check ..."), which must not reach logs or the audit trail.
     */
    static MailException failure(SesV2Exception e) {
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "HTTP " + e.statusCode()
                : e.awsErrorDetails().errorCode();
        MailException.Kind kind;
        if (e instanceof MessageRejectedException || e instanceof BadRequestException) {
            kind = MailException.Kind.REJECTED;
        } else if (e instanceof MailFromDomainNotVerifiedException || e instanceof AccountSuspendedException
                || e instanceof SendingPausedException || e.statusCode() == 403) {
            kind = MailException.Kind.NOT_ALLOWED;
        } else if (e instanceof TooManyRequestsException || e instanceof LimitExceededException
                || e.statusCode() >= 500) {
            kind = MailException.Kind.UNAVAILABLE;
        } else {
            kind = MailException.Kind.REJECTED;
        }
        return new MailException(kind, "SES refused the request (" + code + ")");
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset(StandardCharsets.UTF_8.name()).build();
    }
}
