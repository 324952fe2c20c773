package tad.mail.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tad.core.mail.MailException;
import tad.core.mail.MailMessage;
import tad.core.mail.Mailer;
import tad.core.mail.MailerContract;

/** The contract through the real SDK client against SES's wire protocol, and SES's refusals. */
class SesMailerTest extends MailerContract {
    private static SesStub ses;
    private static SesV2Client client;

    @BeforeAll
    static void start() {
        ses = SesStub.start();
        client = SesClients.create("eu-west-2", Optional.of(ses.endpoint()));
    }

    @AfterAll
    static void stop() {
        client.close();
        ses.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        ses.reset();
    }

    @Override
    protected Mailer mailer() {
        return new SesMailer(client, FROM);
    }

    @Override
    protected List<ReceivedMail> received() {
        return ses.received();
    }

    @Test
    void theRequestIsSendEmailV2SignedForSesInTheRegionWithUtf8Parts() {
        mailer().send(new MailMessage("studio@example.net", "Notice", "text", "<p>html</p>", Set.of("art-1")));
        LoggedRequest request = ses.requests().get(0);
        assertThat(request.getHeader("Authorization")).contains("/eu-west-2/ses/aws4_request");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = SesStub.body(request);
        assertThat(body.path("FromEmailAddress").asText()).isEqualTo(FROM);
        assertThat(body.path("Destination").path("ToAddresses")).hasSize(1);
        JsonNode simple = body.path("Content").path("Simple");
        assertThat(simple.path("Subject").path("Charset").asText()).isEqualTo("UTF-8");
        assertThat(simple.path("Body").path("Text").path("Charset").asText()).isEqualTo("UTF-8");
        assertThat(simple.path("Headers").path(0).path("Name").asText()).isEqualTo("Auto-Submitted");
        assertThat(body.toString()).as("internal ids stay inside").doesNotContain("art-1");
    }

    @ParameterizedTest
    @CsvSource({
            "400, MessageRejected, REJECTED",
            "400, BadRequestException, REJECTED",
            "400, MailFromDomainNotVerifiedException, NOT_ALLOWED",
            "400, SendingPausedException, NOT_ALLOWED",
            "400, AccountSuspendedException, NOT_ALLOWED",
            "403, AccessDeniedException, NOT_ALLOWED",
            "400, LimitExceededException, UNAVAILABLE",
            "429, TooManyRequestsException, UNAVAILABLE",
            "500, InternalServiceErrorException, UNAVAILABLE"})
    void refusalsAreClassifiedByCodeAndNeverRepeatTheAddress(int status, String code, MailException.Kind kind) {
        ses.refuses(status, code, "Email address is not verified. The following identities failed the check in "
                + "region EU-WEST-2: secret.person@example.org");
        assertThatThrownBy(() -> mailer().send(new MailMessage("secret.person@example.org", "s", "t", "<p>t</p>",
                Set.of()))).isInstanceOfSatisfying(MailException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.reason()).contains(code).doesNotContain("secret.person");
                });
    }

    @Test
    void anUnreachableEndpointIsTemporary() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (SesV2Client nowhere = SesClients.create("eu-west-2", Optional.of(URI.create("http://127.0.0.1:" + closed)))) {
            assertThatThrownBy(() -> new SesMailer(nowhere, FROM).send(new MailMessage("a@example.org", "s", "t",
                    "<p>t</p>", Set.of()))).isInstanceOfSatisfying(MailException.class, e ->
                            assertThat(e.kind()).isEqualTo(MailException.Kind.UNAVAILABLE));
        }
    }
}
